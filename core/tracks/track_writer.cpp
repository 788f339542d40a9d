// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_writer.h"

#include "mission/mission_store.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace vigie::core {

TrackWriter::TrackWriter(Database &db, TrackImportReport &report)
    : m_db(db), m_report(report), m_insertChunk(db),
      m_chunkPoints(db.prepare(QStringLiteral("SELECT points FROM track_chunks WHERE fid = ?1")))
{
}

TrackWriter::~TrackWriter() = default;

int TrackWriter::track(const Track &header)
{
    const auto it = m_bySource.constFind(header.sourceId);
    if (it != m_bySource.constEnd()) {
        // The newest declaration wins for what it says (callsign, type); counts stay ours.
        Track &h = m_tracks[size_t(*it)].header;
        if (!header.callsign.isEmpty())
            h.callsign = header.callsign;
        if (!header.cotType.isEmpty() && header.cotType != h.cotType) {
            h.setCotType(header.cotType);
        }
        if (header.kind != TrackKind::Unknown)
            h.kind = header.kind;
        m_tracks[size_t(*it)].dirty = true;
        return *it;
    }
    State s;
    s.header = header;
    Statement find = m_db.prepare(QStringLiteral(
        "SELECT fid, id, first_seen_ms, last_seen_ms, point_count, min_lat, min_lon, max_lat, max_lon, kind, sensitivity "
        "FROM tracks WHERE source_id = ?1 AND deleted_at_ms IS NULL ORDER BY fid LIMIT 1"));
    find.bind(1, header.sourceId);
    if (find.step()) {
        s.fid = find.int64(0);
        s.header.id = find.text(1);
        s.header.firstSeenMs = find.isNull(2) ? TrackPoint::kNoTime : find.int64(2);
        s.header.lastSeenMs = find.isNull(3) ? TrackPoint::kNoTime : find.int64(3);
        s.header.pointCount = find.int64(4);
        if (!find.isNull(5)) {
            s.header.minLat = find.real(5);
            s.header.minLon = find.real(6);
            s.header.maxLat = find.real(7);
            s.header.maxLon = find.real(8);
        }
        if (header.kind == TrackKind::Unknown)
            s.header.kind = trackKindFromString(find.text(9)).value_or(TrackKind::Unknown);
        s.header.sensitivity = sensitivityFromString(find.text(10)).value_or(m_sensitivity);
        s.existed = true;
    } else {
        s.header.id = MissionStore::newUuid();
        s.header.sensitivity = std::max(header.sensitivity, m_sensitivity);
        s.header.pointCount = 0;
        Statement ins = m_db.prepare(QStringLiteral(
            "INSERT INTO tracks(id, source_id, source_format, callsign, kind, affiliation, sensitivity, cot_type, sidc, "
            "created_at_ms, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
        ins.bind(1, s.header.id).bind(2, header.sourceId).bind(3, header.sourceFormat).bind(4, header.callsign);
        ins.bind(5, trackKindToString(header.kind)).bind(6, affiliationToString(header.affiliation));
        ins.bind(7, sensitivityToString(s.header.sensitivity)).bind(8, header.cotType).bind(9, header.sidc);
        ins.bind(10, QDateTime::currentMSecsSinceEpoch()).bind(11, MissionStore::currentUser());
        ins.run();
        s.fid = m_db.lastInsertRowId();
        ++m_report.newTracks;
    }
    s.dirty = true;
    m_tracks.push_back(std::move(s));
    const int handle = int(m_tracks.size() - 1);
    m_bySource.insert(header.sourceId, handle);
    return handle;
}

void TrackWriter::point(int track, const TrackPoint &p)
{
    Q_ASSERT(track >= 0 && size_t(track) < m_tracks.size());
    if (!p.isValidPosition()) {
        rejected({m_report.file, 0, 0, QStringLiteral("invalid position %1, %2").arg(p.lat).arg(p.lon)});
        return;
    }
    State &s = m_tracks[size_t(track)];
    if (p.hasTime()) {
        if (isDuplicate(s, p.timeMs)) {
            ++m_report.duplicates;
            return;
        }
        if (s.newestTime == TrackPoint::kNoTime || p.timeMs > s.newestTime)
            s.newestTime = p.timeMs;
    }
    TrackChunkBuilder &chunk = s.pending.builderFor(p);
    if (!chunk.fits(p))
        writeChunk(s, chunk);
    chunk.add(p);
    accept(s, p);
}

bool TrackWriter::isDuplicate(State &s, qint64 t)
{
    if (!s.spansLoaded)
        loadSpans(s);
    if (s.newestTime == TrackPoint::kNoTime || t > s.newestTime)
        return false; // the usual case: a log read in time order
    if (t == s.newestTime)
        return true;
    for (const TrackChunkBuilder &chunk : s.pending.builders())
        if (!chunk.isEmpty() && t >= chunk.minTime() && t <= chunk.maxTime())
            for (const TrackPoint &q : chunk.points())
                if (q.timeMs == t)
                    return true;
    // The chunks that may hold t: by the chunk rules, those that start in [t - span, t].
    auto it = std::upper_bound(s.spans.begin(), s.spans.end(), t, [](qint64 v, const Span &c) { return v < c.minTime; });
    std::vector<qint64> times;
    while (it != s.spans.begin()) {
        --it;
        if (it->minTime < t - kMaxChunkSpanMs)
            break;
        if (it->timesKnown || it->maxTime < t)
            continue;
        it->timesKnown = true;
        m_chunkPoints.bind(1, it->fid);
        if (m_chunkPoints.step()) {
            sqlite3_stmt *st = m_chunkPoints.handle();
            times.clear();
            decodeTrackChunkTimes(static_cast<const char *>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0), times);
            s.seen.insert(times.begin(), times.end());
        }
        m_chunkPoints.reset();
    }
    return s.seen.count(t) > 0;
}

void TrackWriter::loadSpans(State &s)
{
    s.spansLoaded = true;
    if (!s.existed)
        return;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT fid, t_min_ms, t_max_ms FROM track_chunks WHERE track_fid = ?1 AND t_min_ms IS NOT NULL ORDER BY t_min_ms, fid"));
    st.bind(1, s.fid);
    while (st.step()) {
        s.spans.push_back({st.int64(0), st.int64(1), st.int64(2), false});
        if (s.newestTime == TrackPoint::kNoTime || st.int64(2) > s.newestTime)
            s.newestTime = st.int64(2);
    }
}

void TrackWriter::writeChunk(State &s, TrackChunkBuilder &chunk)
{
    if (chunk.isEmpty())
        return;
    const std::vector<TrackPoint> points = chunk.take();
    const qint64 fid = m_insertChunk.insert(s.fid, points);
    if (!points.front().hasTime())
        return;
    const Span span{fid, points.front().timeMs, points.back().timeMs, false};
    auto at = std::upper_bound(s.spans.begin(), s.spans.end(), span.minTime, [](qint64 v, const Span &c) { return v < c.minTime; });
    s.spans.insert(at, span);
}

void TrackWriter::accept(State &s, const TrackPoint &p)
{
    ++m_report.pointsAccepted;
    Track &h = s.header;
    s.touched = true;
    s.dirty = true;
    ++h.pointCount;
    if (p.hasTime()) {
        if (h.firstSeenMs == TrackPoint::kNoTime || p.timeMs < h.firstSeenMs)
            h.firstSeenMs = p.timeMs;
        if (h.lastSeenMs == TrackPoint::kNoTime || p.timeMs > h.lastSeenMs)
            h.lastSeenMs = p.timeMs;
    }
    if (!(p.lat >= h.minLat))
        h.minLat = p.lat;
    if (!(p.lat <= h.maxLat))
        h.maxLat = p.lat;
    if (!(p.lon >= h.minLon))
        h.minLon = p.lon;
    if (!(p.lon <= h.maxLon))
        h.maxLon = p.lon;
}

void TrackWriter::flush()
{
    for (State &s : m_tracks)
        for (TrackChunkBuilder &chunk : s.pending.builders())
            writeChunk(s, chunk);
}

void TrackWriter::rejected(const ReadIssue &issue)
{
    ++m_report.rejectedCount;
    if (m_report.rejected.size() < TrackImportReport::kMaxIssuesKept)
        m_report.rejected.append(issue);
}

void TrackWriter::badChecksum(const ReadIssue &issue)
{
    ++m_report.badChecksums;
    if (m_report.rejected.size() < TrackImportReport::kMaxIssuesKept)
        m_report.rejected.append(issue);
}

void TrackWriter::progress(qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(done, total);
}

void TrackWriter::finish()
{
    flush();
    Statement up = m_db.prepare(QStringLiteral(
        "UPDATE tracks SET callsign = ?2, kind = ?3, affiliation = ?4, cot_type = ?5, sidc = ?6, first_seen_ms = ?7, "
        "last_seen_ms = ?8, point_count = ?9, min_lat = ?10, min_lon = ?11, max_lat = ?12, max_lon = ?13 WHERE fid = ?1"));
    m_report.tracks = 0;
    for (State &s : m_tracks) {
        const Track &h = s.header;
        if (s.touched)
            ++m_report.tracks;
        if (!s.dirty)
            continue;
        s.dirty = false;
        up.bind(1, s.fid).bind(2, h.callsign).bind(3, trackKindToString(h.kind)).bind(4, affiliationToString(h.affiliation));
        up.bind(5, h.cotType).bind(6, h.sidc);
        h.firstSeenMs == TrackPoint::kNoTime ? void(up.bindNull(7)) : void(up.bind(7, h.firstSeenMs));
        h.lastSeenMs == TrackPoint::kNoTime ? void(up.bindNull(8)) : void(up.bind(8, h.lastSeenMs));
        up.bind(9, h.pointCount);
        if (std::isfinite(h.minLat)) {
            up.bind(10, h.minLat).bind(11, h.minLon).bind(12, h.maxLat).bind(13, h.maxLon);
        } else {
            for (int i = 10; i <= 13; ++i)
                up.bindNull(i);
        }
        up.run();
    }
}

} // namespace vigie::core
