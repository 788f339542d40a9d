// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_statistics.h"

#include <GeographicLib/Geodesic.hpp>

#include <algorithm>
#include <cmath>

namespace vigie::core {

TrackStatistics TrackStatistics::compute(const std::vector<TrackPoint> &points, qint64 gapThresholdMs)
{
    const GeographicLib::Geodesic &geod = GeographicLib::Geodesic::WGS84();
    TrackStatistics s;
    s.pointCount = qint64(points.size());
    double maxRecorded = -1.0, maxDerived = 0.0;
    const TrackPoint *prev = nullptr;
    qint64 first = TrackPoint::kNoTime, last = TrackPoint::kNoTime;
    for (const TrackPoint &p : points) {
        if (std::isfinite(p.speed))
            maxRecorded = std::max(maxRecorded, p.speed);
        if (p.hasTime()) {
            if (first == TrackPoint::kNoTime)
                first = p.timeMs;
            last = p.timeMs;
        }
        if (prev) {
            double d = 0.0;
            geod.Inverse(prev->lat, prev->lon, p.lat, p.lon, d);
            s.distanceM += d;
            if (prev->hasTime() && p.hasTime()) {
                const qint64 dt = p.timeMs - prev->timeMs;
                if (dt >= 1000)
                    maxDerived = std::max(maxDerived, d / (double(dt) / 1000.0));
                if (gapThresholdMs > 0 && dt > gapThresholdMs)
                    s.gaps.emplace_back(prev->timeMs, p.timeMs);
            }
        }
        prev = &p;
    }
    if (first != TrackPoint::kNoTime)
        s.durationMs = last - first;
    s.meanSpeed = s.durationMs > 0 ? s.distanceM / (double(s.durationMs) / 1000.0) : 0.0;
    s.maxSpeed = maxRecorded >= 0 ? maxRecorded : maxDerived;
    return s;
}

} // namespace vigie::core
