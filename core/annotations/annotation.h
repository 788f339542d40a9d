// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"
#include "mission/sensitivity.h"

#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace vigie::core {

// A simple geometry in EPSG:4326: a point, a line string or a polygon (rings, the first the outer
// one), and the multi-line string that range rings display as. Parts hold the coordinates.
struct SimpleGeometry
{
    enum class Type { Point, LineString, Polygon, MultiLineString };
    Type type = Type::Point;
    QVector<QVector<GeoPoint>> parts;

    bool isEmpty() const { return parts.isEmpty() || parts.front().isEmpty(); }
    // "POINT(lon lat)", "LINESTRING(…)", "POLYGON((…))", "MULTILINESTRING((…),(…))", with the
    // shortest decimal form that reads back to the same double.
    QString toWkt() const;
    // nullopt (and a reason in *error) for anything else or malformed text.
    static std::optional<SimpleGeometry> fromWkt(const QString &wkt, QString *error = nullptr);
    static SimpleGeometry point(const GeoPoint &p) { return {Type::Point, {{p}}}; }
    static SimpleGeometry lineString(const QVector<GeoPoint> &pts) { return {Type::LineString, {pts}}; }
    // Closes the ring if it is not closed.
    static SimpleGeometry polygon(QVector<GeoPoint> ring);
    bool operator==(const SimpleGeometry &o) const;
};

// How an annotation is drawn. Widths and sizes in pixels (as in the simplestyle spec), font size in
// points, colours "#rrggbb" with the opacity apart (0..1).
struct AnnotationStyle
{
    QString strokeColor = QStringLiteral("#d62728");
    double strokeOpacity = 1.0;
    double strokeWidth = 2.0;
    QString fillColor = QStringLiteral("#d62728");
    double fillOpacity = 0.25;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontSize = 10.0;
    QString text;
    QString symbolName;
    double symbolSize = 24.0;

    bool operator==(const AnnotationStyle &o) const;
    bool operator!=(const AnnotationStyle &o) const { return !(*this == o); }
};

// One piece of redlining on the map.
struct Annotation
{
    enum class Kind { Symbol, Text, Line, Arrow, Polygon, Circle, RangeRings };

    QString id; // UUID
    Kind kind = Kind::Symbol;
    // The defining geometry: a point (symbol, text, and the centre of a circle or of range rings),
    // a line string (line, arrow) or a polygon.
    SimpleGeometry geometry;
    QList<double> radiiMetres; // circle: one; range rings: one or more, ascending
    AnnotationStyle style;
    QString author;
    qint64 createdAtMs = 0; // UTC
    qint64 updatedAtMs = 0;
    Sensitivity sensitivity = Sensitivity::UnRestricted;
    QString note;
    int version = 0; // 0 until stored; each stored change adds one

    // What the map draws: the geometry itself, or for a circle a geodesic polygon and for range
    // rings a geodesic multi-line string (GeographicLib, WGS 84).
    SimpleGeometry displayGeometry() const;
    // Empty if the annotation can be stored; otherwise why not, for a person.
    QString validate() const;
    // Everything but the bookkeeping (id, author, times, version) equal.
    bool sameContent(const Annotation &o) const;
    bool operator==(const Annotation &o) const;

    static QString kindToString(Kind k);                       // "symbol", "text", "line", …
    static std::optional<Kind> kindFromString(const QString &s);
    static QString kindLabel(Kind k);                          // translated
};

// Points of a geodesic circle (closed ring, `segments` + 1 points).
QVector<GeoPoint> geodesicCircle(const GeoPoint &centre, double radiusMetres, int segments = 96);

} // namespace vigie::core
