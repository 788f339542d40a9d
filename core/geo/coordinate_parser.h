// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"

#include <QString>

namespace vigie::core {

// What a user typed into a "Go to" box, understood: MGRS, decimal degrees or degrees-minutes-seconds.
struct ParsedCoordinate
{
    enum class Format { Invalid, Mgrs, DecimalDegrees, Dms };
    Format format = Format::Invalid;
    GeoPoint point;
    // For MGRS: digits per coordinate (1 m = 5); the map can zoom to the square's size.
    int mgrsPrecision = -1;
    QString error;

    bool isValid() const { return format != Format::Invalid; }
};

// Accepts, among others:
//   31P CT 12345 67890 · 31PCT1234567890 · 31pct 123 678
//   16.2717 -0.0447 · 16.2717, -0.0447 · 16,2717 -0,0447 (decimal commas) · 16.2717N 0.0447W
//   N16.2717 W0.0447 · 0.0447W 16.2717N (hemisphere letters fix the order) · 16.2717 N; 0.0447 O
//   16°16'18"N 0°02'41"W · 16 16 18 N 0 2 41 W · 16:16:18N 0:02:41W · 16d16'18"N 0d2'41"W
// Without hemisphere letters the order is latitude then longitude (ISO 6709).
ParsedCoordinate parseCoordinate(const QString &text);

// Decimal degrees with hemisphere letters, "16.2717 N 0.0447 W" (the status bar's form).
QString formatDecimalDegrees(const GeoPoint &p, int decimals = 4);
// "16°16'18.1"N 0°02'40.9"W".
QString formatDms(const GeoPoint &p, int secondDecimals = 1);

} // namespace vigie::core
