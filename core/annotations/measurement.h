// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"

#include <QVector>

namespace vigie::core::measure {

// Geodesic measurements on the WGS 84 ellipsoid (GeographicLib). Distances in metres, bearings in
// degrees clockwise from true north in [0, 360), areas in square metres.
struct Inverse
{
    double distance = 0.0;
    double initialBearing = 0.0; // at the start, towards the end
    double finalBearing = 0.0;   // at the end, continuing the same way
};

Inverse inverse(const GeoPoint &from, const GeoPoint &to);
double distance(const GeoPoint &from, const GeoPoint &to);
// Sum of the geodesic legs.
double length(const QVector<GeoPoint> &line);
// Area of the polygon whose vertices are given (closed or not), always positive; 0 for fewer
// than 3 vertices.
double area(const QVector<GeoPoint> &ring);
// Perimeter of the same polygon.
double perimeter(const QVector<GeoPoint> &ring);
// The point reached from `from` along `bearing` after `metres`.
GeoPoint destination(const GeoPoint &from, double bearing, double metres);

// "850 m", "12.4 km" (a person's reading of a distance), "3.2 km²" / "4 500 m²" for areas,
// "047.3°" for bearings. Translated units.
QString formatDistance(double metres);
QString formatArea(double squareMetres);
QString formatBearing(double degrees);

} // namespace vigie::core::measure
