// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_repository.h"

#include "mission/mission_store.h"

#include <GeographicLib/Geodesic.hpp>

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

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

TrackPoint pointFrom(Statement &st)
{
    TrackPoint p;
    p.timeMs = st.isNull(0) ? TrackPoint::kNoTime : st.int64(0);
    p.lat = st.real(1);
    p.lon = st.real(2);
    p.altitude = st.isNull(3) ? kNaN : st.real(3);
    p.speed = st.isNull(4) ? kNaN : st.real(4);
    p.course = st.isNull(5) ? kNaN : st.real(5);
    p.horizontalAccuracy = st.isNull(6) ? kNaN : st.real(6);
    p.source = st.text(7);
    return p;
}

const char *kPointColumns = "t_ms, lat, lon, alt_m, speed_ms, course_deg, hacc_m, source";
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
    const bool open = fromMs == TrackPoint::kNoTime && toMs == TrackPoint::kNoTime;
    Statement st = m_store.database().prepare(
        open ? QStringLiteral("SELECT %1 FROM track_points WHERE track_fid = ?1 ORDER BY t_ms, fid").arg(QLatin1String(kPointColumns))
             : QStringLiteral("SELECT %1 FROM track_points WHERE track_fid = ?1 AND t_ms >= ?2 AND t_ms <= ?3 ORDER BY t_ms")
                   .arg(QLatin1String(kPointColumns)));
    st.bind(1, fid);
    if (!open) {
        st.bind(2, fromMs == TrackPoint::kNoTime ? std::numeric_limits<qint64>::min() + 1 : fromMs);
        st.bind(3, toMs == TrackPoint::kNoTime ? std::numeric_limits<qint64>::max() : toMs);
    }
    while (st.step())
        out.push_back(pointFrom(st));
    return out;
}

std::optional<TrackPoint> TrackRepository::positionAt(const QString &trackId, qint64 timeMs) const
{
    const qint64 fid = fidOf(trackId);
    if (fid < 0)
        return std::nullopt;
    Statement before = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM track_points WHERE track_fid = ?1 AND t_ms <= ?2 ORDER BY t_ms DESC LIMIT 1").arg(QLatin1String(kPointColumns)));
    before.bind(1, fid).bind(2, timeMs);
    if (!before.step())
        return std::nullopt;
    const TrackPoint a = pointFrom(before);
    Statement after = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM track_points WHERE track_fid = ?1 AND t_ms > ?2 ORDER BY t_ms LIMIT 1").arg(QLatin1String(kPointColumns)));
    after.bind(1, fid).bind(2, timeMs);
    if (a.timeMs == timeMs || !after.step())
        return a;
    const TrackPoint b = pointFrom(after);
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

} // namespace vigie::core
