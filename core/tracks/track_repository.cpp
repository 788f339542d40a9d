// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_repository.h"

#include "mission/mission_store.h"
#include "tracks/track_chunk.h"

#include <GeographicLib/Geodesic.hpp>

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::core {

namespace {
const char *kTrackColumns = "id, source_id, source_format, callsign, kind, affiliation, sensitivity, cot_type, sidc, "
                            "first_seen_ms, last_seen_ms, point_count, min_lat, min_lon, max_lat, max_lon";
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Track trackFrom(Statement &st)
{
    Track t;
    t.id = st.text(0);
    t.sourceId = st.text(1);
    t.sourceFormat = st.text(2);
    t.callsign = st.text(3);
    t.kind = trackKindFromString(st.text(4)).value_or(TrackKind::Unknown);
    t.affiliation = affiliationFromString(st.text(5)).value_or(Affiliation::Unknown);
    t.sensitivity = sensitivityFromString(st.text(6)).value_or(Sensitivity::Unclassified);
    t.cotType = st.text(7);
    t.sidc = st.text(8);
    t.firstSeenMs = st.isNull(9) ? TrackPoint::kNoTime : st.int64(9);
    t.lastSeenMs = st.isNull(10) ? TrackPoint::kNoTime : st.int64(10);
    t.pointCount = st.int64(11);
    if (!st.isNull(12)) {
        t.minLat = st.real(12);
        t.minLon = st.real(13);
        t.maxLat = st.real(14);
        t.maxLon = st.real(15);
    }
    return t;
}

// t - span without running past the smallest instant (an open window starts at INT64_MIN + 1).
qint64 chunkStartFloor(qint64 t) { return t < std::numeric_limits<qint64>::min() + 1 + kMaxChunkSpanMs ? t : t - kMaxChunkSpanMs; }

// Appends the points of the chunks a statement selects (columns: points, source[, anything]).
// `each` is called after each chunk with the index its points start at.
template<typename Each>
void readChunks(Statement &st, std::vector<TrackPoint> &out, Each each)
{
    while (st.step()) {
        const size_t first = out.size();
        sqlite3_stmt *h = st.handle();
        if (!decodeTrackChunk(static_cast<const char *>(sqlite3_column_blob(h, 0)), sqlite3_column_bytes(h, 0), st.text(1), out)) {
            qWarning("track chunk %lld cannot be read (damaged, or written by a newer Vigie): its points are left out",
                     static_cast<long long>(st.int64(2)));
            continue;
        }
        each(first);
    }
}

void readChunks(Statement &st, std::vector<TrackPoint> &out)
{
    readChunks(st, out, [](size_t) {});
}

// Time order; points without a time first (as SQL's ORDER BY t_ms puts NULLs), then by storage.
void sortByTime(std::vector<TrackPoint> &points)
{
    std::stable_sort(points.begin(), points.end(), [](const TrackPoint &a, const TrackPoint &b) { return a.timeMs < b.timeMs; });
}
} // namespace

QList<Track> TrackRepository::tracks(qint64 fromMs, qint64 toMs) const
{
    QList<Track> out;
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM tracks WHERE deleted_at_ms IS NULL AND (?1 IS NULL OR last_seen_ms >= ?1) "
                       "AND (?2 IS NULL OR first_seen_ms <= ?2) ORDER BY callsign COLLATE NOCASE, fid")
            .arg(QLatin1String(kTrackColumns)));
    fromMs == TrackPoint::kNoTime ? void(st.bindNull(1)) : void(st.bind(1, fromMs));
    toMs == TrackPoint::kNoTime ? void(st.bindNull(2)) : void(st.bind(2, toMs));
    while (st.step())
        out.append(trackFrom(st));
    return out;
}

std::optional<Track> TrackRepository::track(const QString &id) const
{
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM tracks WHERE id = ?1 AND deleted_at_ms IS NULL").arg(QLatin1String(kTrackColumns)));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return trackFrom(st);
}

qint64 TrackRepository::fidOf(const QString &id) const
{
    Statement st = m_store.database().prepare(QStringLiteral("SELECT fid FROM tracks WHERE id = ?1 AND deleted_at_ms IS NULL"));
    st.bind(1, id);
    return st.step() ? st.int64(0) : -1;
}

std::vector<TrackPoint> TrackRepository::points(const QString &trackId, qint64 fromMs, qint64 toMs) const
{
    std::vector<TrackPoint> out;
    const qint64 fid = fidOf(trackId);
    if (fid < 0)
        return out;
    if (fromMs == TrackPoint::kNoTime && toMs == TrackPoint::kNoTime) {
        Statement st = m_store.database().prepare(QStringLiteral("SELECT points, source, fid FROM track_chunks WHERE track_fid = ?1 ORDER BY fid"));
        st.bind(1, fid);
        readChunks(st, out);
    } else {
        const qint64 from = fromMs == TrackPoint::kNoTime ? std::numeric_limits<qint64>::min() + 1 : fromMs;
        const qint64 to = toMs == TrackPoint::kNoTime ? std::numeric_limits<qint64>::max() : toMs;
        Statement st = m_store.database().prepare(QStringLiteral(
            "SELECT points, source, fid FROM track_chunks WHERE track_fid = ?1 AND t_min_ms BETWEEN ?2 AND ?3 AND t_max_ms >= ?4 ORDER BY fid"));
        st.bind(1, fid).bind(2, chunkStartFloor(from)).bind(3, to).bind(4, from);
        readChunks(st, out);
        out.erase(std::remove_if(out.begin(), out.end(), [&](const TrackPoint &p) { return p.timeMs < from || p.timeMs > to; }), out.end());
    }
    sortByTime(out);
    return out;
}

std::optional<TrackPoint> TrackRepository::positionAt(const QString &trackId, qint64 timeMs) const
{
    const qint64 fid = fidOf(trackId);
    if (fid < 0)
        return std::nullopt;
    // The fixes around timeMs are in the chunks that start within a chunk's span before it (by
    // the chunk rules), the last chunk that ends by it and the first that starts after it.
    Statement st = m_store.database().prepare(QStringLiteral(
        "SELECT points, source, fid FROM track_chunks WHERE track_fid = ?1 AND t_min_ms BETWEEN ?2 AND ?3 "
        "UNION ALL SELECT * FROM (SELECT points, source, fid FROM track_chunks WHERE track_fid = ?1 AND t_max_ms <= ?3 ORDER BY t_max_ms DESC LIMIT 1) "
        "UNION ALL SELECT * FROM (SELECT points, source, fid FROM track_chunks WHERE track_fid = ?1 AND t_min_ms > ?3 ORDER BY t_min_ms LIMIT 1)"));
    st.bind(1, fid).bind(2, chunkStartFloor(timeMs)).bind(3, timeMs);
    std::vector<TrackPoint> near;
    readChunks(st, near);
    const TrackPoint *before = nullptr, *next = nullptr;
    for (const TrackPoint &p : near) {
        if (!p.hasTime())
            continue;
        if (p.timeMs <= timeMs && (!before || p.timeMs > before->timeMs))
            before = &p;
        else if (p.timeMs > timeMs && (!next || p.timeMs < next->timeMs))
            next = &p;
    }
    if (!before)
        return std::nullopt;
    const TrackPoint a = *before;
    if (a.timeMs == timeMs || !next)
        return a;
    const TrackPoint b = *next;
    const double f = double(timeMs - a.timeMs) / double(b.timeMs - a.timeMs);
    const GeographicLib::Geodesic &geod = GeographicLib::Geodesic::WGS84();
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod.Inverse(a.lat, a.lon, b.lat, b.lon, s12, azi1, azi2);
    TrackPoint p;
    p.timeMs = timeMs;
    double azi = azi1;
    geod.Direct(a.lat, a.lon, azi1, s12 * f, p.lat, p.lon, azi);
    p.course = s12 > 0.5 ? std::fmod(azi + 360.0, 360.0) : (std::isfinite(a.course) ? a.course : kNaN);
    p.speed = s12 / (double(b.timeMs - a.timeMs) / 1000.0);
    if (std::isfinite(a.altitude) && std::isfinite(b.altitude))
        p.altitude = a.altitude + (b.altitude - a.altitude) * f;
    p.source = QStringLiteral("interpolated");
    return p;
}

TrackStatistics TrackRepository::statistics(const QString &trackId, qint64 gapThresholdMs) const
{
    std::vector<TrackPoint> pts = points(trackId);
    pts.erase(std::remove_if(pts.begin(), pts.end(), [](const TrackPoint &p) { return !p.hasTime(); }), pts.end());
    return TrackStatistics::compute(pts, gapThresholdMs);
}

void TrackRepository::removeTrack(const QString &trackId)
{
    m_store.write({QStringLiteral("delete"), QStringLiteral("tracks"), trackId, QString()}, [&](Database &db, AuditRecord &rec) {
        Statement st = db.prepare(QStringLiteral(
            "UPDATE tracks SET deleted_at_ms = ?1 WHERE id = ?2 AND deleted_at_ms IS NULL RETURNING coalesce(callsign, source_id)"));
        st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, trackId);
        if (!st.step())
            throw MissionError(MissionError::Kind::Invalid,
                               QCoreApplication::translate("vigie::core::TrackRepository", "No track with id %1.").arg(trackId));
        rec.summary = QStringLiteral("track \"%1\" removed").arg(st.text(0));
        while (st.step()) {
        }
    });
}

qint64 TrackRepository::lastChunk() const
{
    return m_store.database().scalar(QStringLiteral("SELECT coalesce(max(fid), 0) FROM track_chunks")).toLongLong();
}

std::vector<TrackRepository::NewPoint> TrackRepository::pointsAfterChunk(qint64 chunk, qint64 fromMs, qint64 toMs) const
{
    Statement st = m_store.database().prepare(QStringLiteral(
        "SELECT c.points, c.source, c.fid, c.track_fid, t.id FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid "
        "WHERE c.fid > ?1 AND t.deleted_at_ms IS NULL AND c.t_max_ms >= ?2 AND c.t_min_ms <= ?3 ORDER BY c.fid"));
    st.bind(1, chunk).bind(2, fromMs).bind(3, toMs);
    std::vector<NewPoint> out;
    std::vector<TrackPoint> points;
    readChunks(st, points, [&](size_t first) {
        const qint64 chunkFid = st.int64(2), trackFid = st.int64(3);
        const QString id = st.text(4);
        for (size_t i = first; i < points.size(); ++i)
            if (points[i].timeMs >= fromMs && points[i].timeMs <= toMs)
                out.push_back({chunkFid, trackFid, id, points[i]});
    });
    return out;
}

std::optional<TrackPoint> TrackRepository::lastPointUpToChunk(qint64 trackFid, qint64 chunk, qint64 fromMs, qint64 toMs) const
{
    Statement st = m_store.database().prepare(QStringLiteral(
        "SELECT points, source, fid FROM track_chunks WHERE track_fid = ?1 AND fid <= ?2 AND t_min_ms BETWEEN ?3 AND ?4 AND t_max_ms >= ?5"));
    st.bind(1, trackFid).bind(2, chunk).bind(3, chunkStartFloor(fromMs)).bind(4, toMs).bind(5, fromMs);
    std::vector<TrackPoint> points;
    readChunks(st, points);
    std::optional<TrackPoint> last;
    for (const TrackPoint &p : points)
        if (p.timeMs >= fromMs && p.timeMs <= toMs && (!last || p.timeMs > last->timeMs))
            last = p;
    return last;
}

} // namespace vigie::core
