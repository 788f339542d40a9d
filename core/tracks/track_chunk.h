// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_point.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace vigie::core {

// A track's points are stored in chunks (table track_chunks, schema 8): one row per run of up
// to kChunkPoints points of one track, with its time span, box and source, and the points packed
// in a BLOB. A row per point cost ~190 bytes and five B-tree insertions (row, two time indexes,
// R*Tree, SpatiaLite geometry); a chunk costs 8 bytes a value and one insertion per 256.
//
// The chunk rules, kept by every writer (TrackWriter, the schema 8 migration) and relied on by
// every reader (TrackRepository):
//  - every point of a chunk has a time, or none has (t_min_ms/t_max_ms are then NULL);
//  - t_max_ms - t_min_ms <= kMaxChunkSpanMs: a query for the instants [from, to] reads the chunks
//    of the track with t_min_ms in [from - kMaxChunkSpanMs, to] (an index range) and t_max_ms >= from;
//  - points of one chunk share their source; they are stored in time order.
constexpr int kChunkPoints = 256;
constexpr qint64 kMaxChunkSpanMs = 3600 * 1000;

// Gathers the points of one chunk under the rules above.
class TrackChunkBuilder
{
  public:
    bool isEmpty() const { return m_points.empty(); }
    int size() const { return int(m_points.size()); }
    const std::vector<TrackPoint> &points() const { return m_points; }
    qint64 minTime() const { return m_min; }
    qint64 maxTime() const { return m_max; }
    // Whether `p` is of the kind gathered so far (with or without a time, same source).
    bool sameKind(const TrackPoint &p) const;
    // Whether `p` may join the points gathered so far.
    bool fits(const TrackPoint &p) const;
    void add(const TrackPoint &p);
    // The points in time order (stable), and the builder emptied.
    std::vector<TrackPoint> take();

  private:
    std::vector<TrackPoint> m_points;
    qint64 m_min = TrackPoint::kNoTime;
    qint64 m_max = TrackPoint::kNoTime;
};

// The chunks being filled for one track: one per kind of point, so that points without a time,
// or from sources that alternate (a CoT contact's "how"), do not cut each other's chunks short.
class TrackChunkSet
{
  public:
    // The builder for `p`; when `p` does not fit it, write its take() before adding `p`.
    TrackChunkBuilder &builderFor(const TrackPoint &p);
    std::vector<TrackChunkBuilder> &builders() { return m_builders; }
    const std::vector<TrackChunkBuilder> &builders() const { return m_builders; }

  private:
    std::vector<TrackChunkBuilder> m_builders;
};

// The BLOB, little endian: format (1), a mask of the optional columns present (1 time,
// 2 altitude, 4 speed, 8 course, 16 horizontal accuracy), the point count (uint32), then one
// array per column: time int64 when present, lat double, lon double, then the optional doubles
// in mask order. A column is left out when no point of the chunk has a value for it.
QByteArray encodeTrackChunk(const TrackPoint *points, int count);

// Appends the chunk's points (with `source`) to `out`. False, with nothing appended, when the
// BLOB is not a chunk this version can read (damaged, or written by a newer Vigie).
bool decodeTrackChunk(const QByteArray &blob, const QString &source, std::vector<TrackPoint> &out);
bool decodeTrackChunk(const char *data, qsizetype size, const QString &source, std::vector<TrackPoint> &out);

// Only the times (kNoTime for a chunk without times): what de-duplication needs.
bool decodeTrackChunkTimes(const char *data, qsizetype size, std::vector<qint64> &out);

} // namespace vigie::core
