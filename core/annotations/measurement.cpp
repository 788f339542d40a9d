// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations/measurement.h"

#include <GeographicLib/Geodesic.hpp>
#include <GeographicLib/PolygonArea.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cmath>

namespace vigie::core::measure {

namespace {
const GeographicLib::Geodesic &wgs84() { return GeographicLib::Geodesic::WGS84(); }
double normalised(double deg)
{
    double d = std::fmod(deg, 360.0);
    if (d < 0)
        d += 360.0;
    return d >= 360.0 ? 0.0 : d;
}
bool closed(const QVector<GeoPoint> &r)
{
    return r.size() > 1 && r.front().lat == r.back().lat && r.front().lon == r.back().lon;
}
} // namespace

Inverse inverse(const GeoPoint &from, const GeoPoint &to)
{
    double s12 = 0, azi1 = 0, azi2 = 0;
    wgs84().Inverse(from.lat, from.lon, to.lat, to.lon, s12, azi1, azi2);
    return {s12, normalised(azi1), normalised(azi2)};
}

double distance(const GeoPoint &from, const GeoPoint &to) { return inverse(from, to).distance; }

double length(const QVector<GeoPoint> &line)
{
    double sum = 0;
    for (int i = 1; i < line.size(); ++i)
        sum += distance(line[i - 1], line[i]);
    return sum;
}

static void polygonMeasures(const QVector<GeoPoint> &ring, double *area, double *perimeter)
{
    GeographicLib::PolygonArea poly(wgs84());
    const int n = closed(ring) ? ring.size() - 1 : ring.size();
    for (int i = 0; i < n; ++i)
        poly.AddPoint(ring[i].lat, ring[i].lon);
    double a = 0, p = 0;
    if (n >= 3)
        poly.Compute(false, true, p, a);
    else if (n >= 2)
        poly.Compute(false, true, p, a), a = 0;
    *area = std::fabs(a);
    *perimeter = p;
}

double area(const QVector<GeoPoint> &ring)
{
    double a = 0, p = 0;
    polygonMeasures(ring, &a, &p);
    return a;
}

double perimeter(const QVector<GeoPoint> &ring)
{
    double a = 0, p = 0;
    polygonMeasures(ring, &a, &p);
    return p;
}

GeoPoint destination(const GeoPoint &from, double bearing, double metres)
{
    double lat = 0, lon = 0;
    wgs84().Direct(from.lat, from.lon, bearing, metres, lat, lon);
    return {lat, lon};
}

QString formatDistance(double metres)
{
    if (metres < 1000.0)
        return QCoreApplication::translate("vigie::core::measure", "%1 m").arg(QLocale().toString(metres, 'f', 0));
    return QCoreApplication::translate("vigie::core::measure", "%1 km").arg(QLocale().toString(metres / 1000.0, 'f', metres < 100000.0 ? 2 : 1));
}

QString formatArea(double sq)
{
    if (sq < 1e6)
        return QCoreApplication::translate("vigie::core::measure", "%1 m²").arg(QLocale().toString(sq, 'f', 0));
    return QCoreApplication::translate("vigie::core::measure", "%1 km²").arg(QLocale().toString(sq / 1e6, 'f', 2));
}

QString formatBearing(double degrees)
{
    return QStringLiteral("%1°").arg(normalised(degrees), 5, 'f', 1, QLatin1Char('0'));
}

} // namespace vigie::core::measure
