// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_schema.h"

#include "mission/rtree_bulk_loader.h"

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

SuspendedTrackIndexing suspendTrackPointIndexing(Database &db, qint64 expectedPoints)
{
    SuspendedTrackIndexing s;
    s.aside.drop(db, QStringLiteral("gii_track_points_geom"));
    s.aside.drop(db, QStringLiteral("ggi_track_points_geom"));
    s.firstNewFid = db.scalar(QStringLiteral("SELECT coalesce(max(fid), 0) + 1 FROM track_points")).toLongLong();
    if (rebuildIndexesAfter(s.firstNewFid - 1, expectedPoints))
        s.aside.drop(db, QStringLiteral("track_points_time"));
    return s;
}

void resumeTrackPointIndexing(Database &db, SuspendedTrackIndexing &suspended, qint64 added)
{
    RTreeBulkLoader::indexNew(db, QStringLiteral("idx_track_points_geom"), QStringLiteral("track_points"), suspended.firstNewFid, added);
    suspended.aside.restore(db);
}

} // namespace vigie::core
