// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track.h"
#include "tracks/track_point.h"
#include "tracks/track_statistics.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace vigie::core {

class MissionStore;

// Reads tracks back from a mission: for the tracks panel, the map layer's time filter, the CLI.
class TrackRepository
{
  public:
    explicit TrackRepository(MissionStore &store) : m_store(store) {}

    // Live tracks whose [first, last] seen overlaps [fromMs, toMs] (kNoTime = open), by callsign.
    QList<Track> tracks(qint64 fromMs = TrackPoint::kNoTime, qint64 toMs = TrackPoint::kNoTime) const;
    std::optional<Track> track(const QString &id) const;
    // Points of a track in time order within [fromMs, toMs] (kNoTime = open; untimed points only
    // when both ends are open).
    std::vector<TrackPoint> points(const QString &trackId, qint64 fromMs = TrackPoint::kNoTime,
                                   qint64 toMs = TrackPoint::kNoTime) const;
    // Where the track was at timeMs: interpolated along the geodesic between the fixes around it
    // (course = the geodesic's azimuth there, speed = distance / time between them); the last fix
    // if timeMs is after it; nullopt before the first fix or for a track without timed fixes.
    std::optional<TrackPoint> positionAt(const QString &trackId, qint64 timeMs) const;
    TrackStatistics statistics(const QString &trackId, qint64 gapThresholdMs = 5 * 60 * 1000) const;
    // Soft delete, audited. Throws MissionError.
    void removeTrack(const QString &trackId);

    // For live layers that add what came in since they last looked. Chunks get increasing fids
    // and are never rewritten, so "chunks after N" is "points stored since N".
    qint64 lastChunk() const;
    struct NewPoint
    {
        qint64 chunk = 0;
        qint64 trackFid = 0;
        QString trackId;
        TrackPoint point;
    };
    // Points of the chunks after `chunk`, of live tracks, within [fromMs, toMs]; by chunk, each
    // chunk's points in time order.
    std::vector<NewPoint> pointsAfterChunk(qint64 chunk, qint64 fromMs, qint64 toMs) const;
    // The newest point of track `trackFid` within [fromMs, toMs] among the chunks up to `chunk`.
    std::optional<TrackPoint> lastPointUpToChunk(qint64 trackFid, qint64 chunk, qint64 fromMs, qint64 toMs) const;

  private:
    qint64 fidOf(const QString &id) const;
    MissionStore &m_store;
};

} // namespace vigie::core
