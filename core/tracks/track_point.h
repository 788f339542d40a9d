// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <limits>

namespace vigie::core {

// One fix of a track. Unknown values are NaN (and kNoTime for the time): readers never invent.
struct TrackPoint
{
    static constexpr qint64 kNoTime = INT64_MIN;

    qint64 timeMs = kNoTime; // UTC, milliseconds since 1970
    double lat = 0.0;        // WGS 84 degrees
    double lon = 0.0;
    double altitude = std::numeric_limits<double>::quiet_NaN(); // metres (ellipsoid or MSL, as the source says)
    double speed = std::numeric_limits<double>::quiet_NaN();    // m/s over ground
    double course = std::numeric_limits<double>::quiet_NaN();   // degrees true, [0, 360)
    double horizontalAccuracy = std::numeric_limits<double>::quiet_NaN(); // metres (CoT ce, or HDOP-derived)
    QString source; // short, e.g. "nmea", "gpx", "cot:m-g"; shared between points of one file

    bool hasTime() const { return timeMs != kNoTime; }
    bool isValidPosition() const
    {
        return std::isfinite(lat) && std::isfinite(lon) && lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
    }
};

} // namespace vigie::core
