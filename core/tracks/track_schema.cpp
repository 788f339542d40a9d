// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_schema.h"

#include "tracks/track_chunk.h"

#include <algorithm>
#include <limits>

namespace vigie::core {

namespace {
// The points' R*Tree fed in plain SQL (see applyTrackSchema for why not SpatiaLite's own).
void createIndexTrigger(Database &db)
{
    db.exec(QStringLiteral(R"SQL(
CREATE TRIGGER gii_track_points_geom AFTER INSERT ON track_points
FOR EACH ROW WHEN NEW.geom IS NOT NULL BEGIN
  INSERT OR REPLACE INTO idx_track_points_geom(pkid, xmin, xmax, ymin, ymax)
  VALUES (NEW.fid, MbrMinX(NEW.geom), MbrMaxX(NEW.geom), MbrMinY(NEW.geom), MbrMaxY(NEW.geom));
END;
)SQL"));
}
} // namespace

void applyTrackSchema(Database &db)
{
    // fid INTEGER PRIMARY KEY: a stable rowid (VACUUM keeps it) for points, the R*Tree and QGIS;
    // id is the UUID that survives merging missions.
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE tracks (
  fid            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,            -- UUID
  source_id      TEXT NOT NULL,                   -- CoT uid, device id, file#name
  source_format  TEXT,
  callsign       TEXT,
  kind           TEXT NOT NULL DEFAULT 'unknown'
                 CHECK (kind IN ('unknown','patrol','vehicle','uav','aircraft','radar_contact','person')),
  affiliation    TEXT NOT NULL DEFAULT 'unknown' CHECK (affiliation IN ('unknown','friend','hostile','neutral')),
  sensitivity    TEXT NOT NULL DEFAULT 'UNCLASSIFIED',
  cot_type       TEXT,
  sidc           TEXT,                            -- MIL-STD-2525B, derived from cot_type
  first_seen_ms  INTEGER,                         -- UTC ms
  last_seen_ms   INTEGER,
  point_count    INTEGER NOT NULL DEFAULT 0,
  min_lat REAL, min_lon REAL, max_lat REAL, max_lon REAL,
  created_at_ms  INTEGER NOT NULL,
  created_by     TEXT NOT NULL,
  deleted_at_ms  INTEGER
);
CREATE INDEX tracks_source ON tracks(source_id);
CREATE INDEX tracks_seen ON tracks(first_seen_ms, last_seen_ms);
CREATE VIRTUAL TABLE tracks_extent USING rtree(fid, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER tracks_extent_insert AFTER INSERT ON tracks WHEN NEW.min_lat IS NOT NULL
BEGIN
  INSERT OR REPLACE INTO tracks_extent VALUES (NEW.fid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat);
END;
CREATE TRIGGER tracks_extent_update AFTER UPDATE OF min_lat, min_lon, max_lat, max_lon ON tracks
WHEN NEW.min_lat IS NOT NULL
BEGIN
  INSERT OR REPLACE INTO tracks_extent VALUES (NEW.fid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat);
END;
)SQL"));
    createSchema2TrackPoints(db);
}

void createSchema2TrackPoints(Database &db)
{
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE track_points (
  fid         INTEGER PRIMARY KEY,
  track_fid   INTEGER NOT NULL REFERENCES tracks(fid),
  t_ms        INTEGER,                            -- UTC ms; NULL when the source has no time
  lat         REAL NOT NULL,
  lon         REAL NOT NULL,
  alt_m       REAL,
  speed_ms    REAL,
  course_deg  REAL,
  hacc_m      REAL,
  source      TEXT
);
-- One fix per track and instant: re-importing a file adds nothing twice.
CREATE UNIQUE INDEX track_points_track_time ON track_points(track_fid, t_ms);
CREATE INDEX track_points_time ON track_points(t_ms);
)SQL"));
    db.scalar(QStringLiteral("SELECT AddGeometryColumn('track_points', 'geom', 4326, 'POINT', 'XY', 1)"));
    db.scalar(QStringLiteral("SELECT CreateSpatialIndex('track_points', 'geom')"));
    // Imports write hundreds of thousands of points at a time. SpatiaLite's per-row triggers
    // stamp geometry_columns_time with strftime('now') (a time-zone file read per row) and feed
    // the R*Tree through RTreeAlign() (SQL text built per row): together ~20x slower than the
    // rest of the insert. The stamps only serve layer-statistics caching, so they go; the index
    // trigger keeps its name and meaning in plain SQL (RecoverSpatialIndex still works).
    db.exec(QStringLiteral(R"SQL(
DROP TRIGGER IF EXISTS tmi_track_points_geom;
DROP TRIGGER IF EXISTS tmu_track_points_geom;
DROP TRIGGER IF EXISTS tmd_track_points_geom;
DROP TRIGGER IF EXISTS gii_track_points_geom;
)SQL"));
    createIndexTrigger(db);
}

void moveTrackPointsToChunks(Database &db)
{
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE track_chunks (
  fid          INTEGER PRIMARY KEY,
  track_fid    INTEGER NOT NULL REFERENCES tracks(fid),
  t_min_ms     INTEGER,                 -- UTC ms; NULL when its points have no time
  t_max_ms     INTEGER,
  point_count  INTEGER NOT NULL,
  min_lat REAL NOT NULL, min_lon REAL NOT NULL, max_lat REAL NOT NULL, max_lon REAL NOT NULL,
  source       TEXT,
  points       BLOB NOT NULL            -- see core/tracks/track_chunk.h
);
CREATE INDEX track_chunks_start ON track_chunks(track_fid, t_min_ms);
CREATE INDEX track_chunks_end ON track_chunks(track_fid, t_max_ms);
CREATE VIRTUAL TABLE track_chunks_extent USING rtree(fid, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER track_chunks_extent_insert AFTER INSERT ON track_chunks
BEGIN
  INSERT INTO track_chunks_extent VALUES (NEW.fid, NEW.min_lon, NEW.max_lon, NEW.min_lat, NEW.max_lat);
END;
CREATE TRIGGER track_chunks_extent_delete AFTER DELETE ON track_chunks
BEGIN
  DELETE FROM track_chunks_extent WHERE fid = OLD.fid;
END;
)SQL"));
    {
        TrackChunkInsert insert(db);
        Statement points = db.prepare(QStringLiteral(
            "SELECT track_fid, t_ms, lat, lon, alt_m, speed_ms, course_deg, hacc_m, source FROM track_points ORDER BY track_fid, t_ms, fid"));
        TrackChunkSet chunks;
        qint64 chunkTrack = -1;
        const auto writeAll = [&] {
            for (TrackChunkBuilder &b : chunks.builders())
                if (!b.isEmpty())
                    insert.insert(chunkTrack, b.take());
        };
        const auto orNaN = [&points](int i) { return points.isNull(i) ? std::numeric_limits<double>::quiet_NaN() : points.real(i); };
        while (points.step()) {
            TrackPoint p;
            const qint64 track = points.int64(0);
            p.timeMs = points.isNull(1) ? TrackPoint::kNoTime : points.int64(1);
            p.lat = points.real(2);
            p.lon = points.real(3);
            p.altitude = orNaN(4);
            p.speed = orNaN(5);
            p.course = orNaN(6);
            p.horizontalAccuracy = orNaN(7);
            p.source = points.text(8);
            if (track != chunkTrack) {
                writeAll();
                chunkTrack = track;
            }
            TrackChunkBuilder &chunk = chunks.builderFor(p);
            if (!chunk.fits(p))
                insert.insert(chunkTrack, chunk.take());
            chunk.add(p);
        }
        writeAll();
    }
    db.scalar(QStringLiteral("SELECT DisableSpatialIndex('track_points', 'geom')"));
    db.exec(QStringLiteral("DROP TABLE IF EXISTS idx_track_points_geom"));
    db.scalar(QStringLiteral("SELECT DiscardGeometryColumn('track_points', 'geom')"));
    db.exec(QStringLiteral("DROP TABLE track_points"));
}

TrackChunkInsert::TrackChunkInsert(Database &db)
    : m_db(db),
      m_insert(db.prepare(QStringLiteral("INSERT INTO track_chunks(track_fid, t_min_ms, t_max_ms, point_count, min_lat, min_lon, "
                                         "max_lat, max_lon, source, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")))
{
}

qint64 TrackChunkInsert::insert(qint64 trackFid, const std::vector<TrackPoint> &points)
{
    Q_ASSERT(!points.empty());
    double minLat = points.front().lat, maxLat = minLat, minLon = points.front().lon, maxLon = minLon;
    for (const TrackPoint &p : points) {
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    m_insert.bind(1, trackFid);
    if (points.front().hasTime())
        m_insert.bind(2, points.front().timeMs).bind(3, points.back().timeMs);
    else
        m_insert.bindNull(2).bindNull(3);
    m_insert.bind(4, qint64(points.size())).bind(5, minLat).bind(6, minLon).bind(7, maxLat).bind(8, maxLon);
    m_insert.bind(9, points.front().source);
    m_insert.bindBlob(10, encodeTrackChunk(points.data(), int(points.size())));
    m_insert.run();
    return m_db.lastInsertRowId();
}

} // namespace vigie::core
