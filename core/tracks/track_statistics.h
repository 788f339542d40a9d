// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_point.h"

#include <utility>
#include <vector>

namespace vigie::core {

// Per-track figures over timed fixes in time order: geodesic distance on WGS 84 (GeographicLib),
// duration, mean speed (distance / duration), max speed (the largest recorded speed, or when the
// fixes carry none, the largest speed between fixes at least 1 s apart), gaps above a threshold.
struct TrackStatistics
{
    qint64 pointCount = 0;
    qint64 durationMs = 0;
    double distanceM = 0.0;
    double meanSpeed = 0.0; // m/s
    double maxSpeed = 0.0;  // m/s
    std::vector<std::pair<qint64, qint64>> gaps; // (from, to) ms

    static TrackStatistics compute(const std::vector<TrackPoint> &points, qint64 gapThresholdMs);
};

} // namespace vigie::core
