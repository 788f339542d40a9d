// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The points a mission stores, decoded from its track chunks (schema 8): what tests count and
// check where they used to query the track_points table of schemas 2-7.

#include "mission/sqlite_db.h"
#include "tracks/track_chunk.h"

#include <QString>

#include <vector>

namespace vigie::test {

struct StoredPoint
{
    qint64 chunk = 0;
    qint64 trackFid = 0;
    QString sourceId; // the track's
    core::TrackPoint point;
};

// `trackWhere`: SQL on the tracks table, alias t (e.g. "t.source_id LIKE 'SOAK-%'").
inline std::vector<StoredPoint> storedPoints(const core::Database &db, const QString &trackWhere = QStringLiteral("1"))
{
    core::Statement st = db.prepare(QStringLiteral("SELECT c.points, c.source, c.fid, c.track_fid, t.source_id FROM track_chunks c "
                                                   "JOIN tracks t ON t.fid = c.track_fid WHERE %1 ORDER BY c.fid")
                                        .arg(trackWhere));
    std::vector<StoredPoint> out;
    std::vector<core::TrackPoint> points;
    while (st.step()) {
        points.clear();
        if (!core::decodeTrackChunk(st.blob(0), st.text(1), points))
            continue;
        for (const core::TrackPoint &p : points)
            out.push_back({st.int64(2), st.int64(3), st.text(4), p});
    }
    return out;
}

inline qint64 storedPointCount(const core::Database &db, const QString &trackWhere = QStringLiteral("1"))
{
    return db
        .scalar(QStringLiteral("SELECT coalesce(sum(c.point_count), 0) FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid WHERE %1")
                    .arg(trackWhere))
        .toLongLong();
}

} // namespace vigie::test
