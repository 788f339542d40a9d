// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_writer.h"

#include "mission/mission_store.h"
#include "mission/point_blob.h"

#include <QDateTime>

#include <sqlite3.h>

#include <cmath>
#include <cstring>

namespace vigie::core {

TrackWriter::TrackWriter(Database &db, TrackImportReport &report) : m_db(db), m_report(report)
{
    const QString insert = QStringLiteral(
        "INSERT OR %1 INTO track_points(track_fid, t_ms, lat, lon, alt_m, speed_ms, course_deg, hacc_m, source, geom) VALUES ");
    const QString row = QStringLiteral("(?,?,?,?,?,?,?,?,?,?)");
    m_insertPoint = m_db.prepare(insert.arg(QLatin1String("IGNORE")) + row);
    // Many rows a statement: one step instead of kRowsPerInsert (a third of a big import's
    // writing time). OR FAIL keeps the rows before one that breaks the (track, time) key and
    // stops there; flush() goes on from that row one by one.
    QString rows = row;
    for (int i = 1; i < kRowsPerInsert; ++i)
        rows += QLatin1Char(',') + row;
    m_insertPoints = m_db.prepare(insert.arg(QLatin1String("FAIL")) + rows);
    m_blobs.resize(size_t(kRowsPerInsert) * kPointBlobSize);
    m_batch.reserve(kBatch);
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
    m_batch.emplace_back(track, p);
    if (m_batch.size() >= size_t(kBatch))
        flush();
}

void TrackWriter::bindPoint(Statement &st, int first, const State &s, const TrackPoint &p, char *blob)
{
    st.bind(first, s.fid);
    if (p.hasTime())
        st.bind(first + 1, p.timeMs);
    else
        st.bindNull(first + 1);
    st.bind(first + 2, p.lat).bind(first + 3, p.lon);
    const auto realOrNull = [&st](int i, double v) { v == v ? void(st.bind(i, v)) : void(st.bindNull(i)); };
    realOrNull(first + 4, p.altitude);
    realOrNull(first + 5, p.speed);
    realOrNull(first + 6, p.course);
    realOrNull(first + 7, p.horizontalAccuracy);
    if (p.source != m_lastSource) {
        m_lastSource = p.source;
        m_lastSourceUtf8 = p.source.toUtf8();
    }
    st.bind(first + 8, m_lastSourceUtf8.constData());
    writePointBlob(blob, p.lon, p.lat);
    sqlite3_bind_blob(st.handle(), first + 9, blob, kPointBlobSize, SQLITE_STATIC); // lives in m_blobs
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
    const size_t n = m_batch.size();
    size_t rowByRowUntil = 0; // after a group stopped on a duplicate, the next rows go one by one
    size_t i = 0;
    while (i < n) {
        if (i >= rowByRowUntil && n - i >= size_t(kRowsPerInsert)) {
            for (int r = 0; r < kRowsPerInsert; ++r) {
                const auto &[handle, p] = m_batch[i + size_t(r)];
                bindPoint(m_insertPoints, r * 10 + 1, m_tracks[size_t(handle)], p, m_blobs.data() + size_t(r) * kPointBlobSize);
            }
            const bool whole = m_insertPoints.runUnlessConstraint();
            const size_t inserted = whole ? size_t(kRowsPerInsert) : size_t(m_db.changes());
            for (size_t r = 0; r < inserted; ++r)
                accept(m_tracks[size_t(m_batch[i + r].first)], m_batch[i + r].second);
            i += inserted;
            if (!whole)
                rowByRowUntil = i + size_t(kRowsPerInsert);
            continue;
        }
        // One row: OR IGNORE skips a point already stored (same track and time).
        const auto &[handle, p] = m_batch[i++];
        State &s = m_tracks[size_t(handle)];
        bindPoint(m_insertPoint, 1, s, p, m_blobs.data());
        m_insertPoint.run();
        if (m_db.changes() == 0)
            ++m_report.duplicates;
        else
            accept(s, p);
    }
    m_batch.clear();
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
