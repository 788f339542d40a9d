// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"

#include <QString>

#include <optional>

namespace vigie::core {

// MGRS and UTM/UPS through GeographicLib (UPS covers the poles, zone 0).
namespace mgrs {

// precision: digits per coordinate, 0 (100 km) to 5 (1 m). Returns an empty string for a
// position MGRS cannot express (latitude outside -90..90, not finite).
// spaced: "31P CT 12345 67890"; compact: "31PCT1234567890" (GeographicLib's and GeoConvert's form).
QString fromLatLon(const GeoPoint &p, int precision = 5, bool spaced = true);

// Parses an MGRS reference (spaces and case ignored). With centre = true the result is the centre
// of the square the reference names (as GeoConvert does), else its south-west corner.
// precisionOut gets the digits per coordinate of the reference.
std::optional<GeoPoint> toLatLon(const QString &reference, QString *error = nullptr, bool centre = true,
                                 int *precisionOut = nullptr);

// Inserts the display spaces into a compact reference: zone+band, square, easting, northing.
QString spaced(const QString &compact);

// "31N 612345 1798765" (zone, hemisphere, easting, northing in metres); "UPS N …" at the poles.
QString utmFromLatLon(const GeoPoint &p);

} // namespace mgrs
} // namespace vigie::core
