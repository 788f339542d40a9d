// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations/annotation.h"

#include <GeographicLib/Geodesic.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace vigie::core {

namespace {
QString num(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

QString coords(const QVector<GeoPoint> &pts)
{
    QStringList out;
    out.reserve(pts.size());
    for (const GeoPoint &p : pts)
        out += num(p.lon) + QLatin1Char(' ') + num(p.lat);
    return out.join(QLatin1Char(','));
}

// Parses "x y, x y, …" into points.
bool parseCoords(const QString &text, QVector<GeoPoint> *out)
{
    const QStringList pairs = text.split(QLatin1Char(','));
    for (const QString &pair : pairs) {
        const QStringList xy = pair.simplified().split(QLatin1Char(' '));
        if (xy.size() < 2)
            return false;
        bool okx = false, oky = false;
        const double x = xy[0].toDouble(&okx), y = xy[1].toDouble(&oky);
        if (!okx || !oky || x < -180 || x > 180 || y < -90 || y > 90)
            return false;
        out->append({y, x});
    }
    return !out->isEmpty();
}
} // namespace

QString SimpleGeometry::toWkt() const
{
    switch (type) {
    case Type::Point: return isEmpty() ? QStringLiteral("POINT EMPTY") : QStringLiteral("POINT(%1)").arg(coords({parts[0][0]}));
    case Type::LineString: return QStringLiteral("LINESTRING(%1)").arg(coords(parts.value(0)));
    case Type::Polygon:
    case Type::MultiLineString: {
        QStringList rings;
        for (const auto &r : parts)
            rings += QLatin1Char('(') + coords(r) + QLatin1Char(')');
        return (type == Type::Polygon ? QStringLiteral("POLYGON(%1)") : QStringLiteral("MULTILINESTRING(%1)")).arg(rings.join(QLatin1Char(',')));
    }
    }
    return {};
}

std::optional<SimpleGeometry> SimpleGeometry::fromWkt(const QString &wkt, QString *error)
{
    static const QRegularExpression head(QStringLiteral("^\\s*([A-Za-z]+)\\s*\\((.*)\\)\\s*$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto fail = [&](const QString &why) -> std::optional<SimpleGeometry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QRegularExpressionMatch m = head.match(wkt);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("vigie::core::SimpleGeometry", "not a geometry: %1").arg(wkt.left(40)));
    const QString name = m.captured(1).toUpper();
    const QString body = m.captured(2).trimmed();
    SimpleGeometry g;
    if (name == QLatin1String("POINT") || name == QLatin1String("LINESTRING")) {
        g.type = name == QLatin1String("POINT") ? Type::Point : Type::LineString;
        QVector<GeoPoint> pts;
        if (!parseCoords(body, &pts) || (g.type == Type::Point && pts.size() != 1) || (g.type == Type::LineString && pts.size() < 2))
            return fail(QCoreApplication::translate("vigie::core::SimpleGeometry", "bad coordinates in %1").arg(wkt.left(40)));
        g.parts = {pts};
        return g;
    }
    if (name == QLatin1String("POLYGON") || name == QLatin1String("MULTILINESTRING")) {
        g.type = name == QLatin1String("POLYGON") ? Type::Polygon : Type::MultiLineString;
        static const QRegularExpression ring(QStringLiteral("\\(([^()]*)\\)"));
        auto it = ring.globalMatch(body);
        while (it.hasNext()) {
            QVector<GeoPoint> pts;
            if (!parseCoords(it.next().captured(1), &pts) || pts.size() < (g.type == Type::Polygon ? 4 : 2))
                return fail(QCoreApplication::translate("vigie::core::SimpleGeometry", "bad coordinates in %1").arg(wkt.left(40)));
            g.parts.append(pts);
        }
        if (g.parts.isEmpty())
            return fail(QCoreApplication::translate("vigie::core::SimpleGeometry", "empty geometry: %1").arg(wkt.left(40)));
        return g;
    }
    return fail(QCoreApplication::translate("vigie::core::SimpleGeometry", "unsupported geometry type %1").arg(name));
}

SimpleGeometry SimpleGeometry::polygon(QVector<GeoPoint> ring)
{
    if (!ring.isEmpty() && (ring.front().lat != ring.back().lat || ring.front().lon != ring.back().lon))
        ring.append(ring.front());
    return {Type::Polygon, {ring}};
}

bool SimpleGeometry::operator==(const SimpleGeometry &o) const
{
    if (type != o.type || parts.size() != o.parts.size())
        return false;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i].size() != o.parts[i].size())
            return false;
        for (int j = 0; j < parts[i].size(); ++j)
            if (parts[i][j].lat != o.parts[i][j].lat || parts[i][j].lon != o.parts[i][j].lon)
                return false;
    }
    return true;
}

bool AnnotationStyle::operator==(const AnnotationStyle &o) const
{
    return strokeColor == o.strokeColor && strokeOpacity == o.strokeOpacity && strokeWidth == o.strokeWidth
        && fillColor == o.fillColor && fillOpacity == o.fillOpacity && fontFamily == o.fontFamily
        && fontSize == o.fontSize && text == o.text && symbolName == o.symbolName && symbolSize == o.symbolSize;
}

QVector<GeoPoint> geodesicCircle(const GeoPoint &centre, double radiusMetres, int segments)
{
    const GeographicLib::Geodesic &geod = GeographicLib::Geodesic::WGS84();
    QVector<GeoPoint> ring;
    ring.reserve(segments + 1);
    for (int i = 0; i < segments; ++i) {
        double lat = 0, lon = 0;
        geod.Direct(centre.lat, centre.lon, 360.0 * i / segments, radiusMetres, lat, lon);
        ring.append({lat, lon});
    }
    ring.append(ring.front());
    return ring;
}

SimpleGeometry Annotation::displayGeometry() const
{
    if ((kind != Kind::Circle && kind != Kind::RangeRings) || geometry.isEmpty() || radiiMetres.isEmpty())
        return geometry;
    const GeoPoint c = geometry.parts[0][0];
    if (kind == Kind::Circle)
        return SimpleGeometry::polygon(geodesicCircle(c, radiiMetres.front()));
    SimpleGeometry rings{SimpleGeometry::Type::MultiLineString, {}};
    for (double r : radiiMetres)
        rings.parts.append(geodesicCircle(c, r));
    return rings;
}

QString Annotation::validate() const
{
    using T = SimpleGeometry::Type;
    if (geometry.isEmpty())
        return QCoreApplication::translate("vigie::core::Annotation", "The annotation has no geometry.");
    T want = T::Point;
    switch (kind) {
    case Kind::Symbol: case Kind::Text: case Kind::Circle: case Kind::RangeRings: want = T::Point; break;
    case Kind::Line: case Kind::Arrow: want = T::LineString; break;
    case Kind::Polygon: want = T::Polygon; break;
    }
    if (geometry.type != want)
        return QCoreApplication::translate("vigie::core::Annotation", "The geometry does not fit the kind of annotation.");
    if (kind == Kind::Circle && radiiMetres.size() != 1)
        return QCoreApplication::translate("vigie::core::Annotation", "A circle needs one radius.");
    if (kind == Kind::RangeRings && radiiMetres.isEmpty())
        return QCoreApplication::translate("vigie::core::Annotation", "Range rings need at least one radius.");
    for (double r : radiiMetres)
        if (!(r > 0 && r < 20000000))
            return QCoreApplication::translate("vigie::core::Annotation", "A radius must be more than 0 m and less than 20 000 km.");
    if (kind == Kind::Text && style.text.trimmed().isEmpty())
        return QCoreApplication::translate("vigie::core::Annotation", "A text annotation needs a text.");
    if (kind == Kind::Symbol && style.symbolName.isEmpty())
        return QCoreApplication::translate("vigie::core::Annotation", "A symbol annotation needs a symbol.");
    return {};
}

bool Annotation::sameContent(const Annotation &o) const
{
    return kind == o.kind && geometry == o.geometry && radiiMetres == o.radiiMetres && style == o.style
        && sensitivity == o.sensitivity && note == o.note;
}

bool Annotation::operator==(const Annotation &o) const
{
    return id == o.id && sameContent(o) && author == o.author && createdAtMs == o.createdAtMs
        && updatedAtMs == o.updatedAtMs && version == o.version;
}

QString Annotation::kindToString(Kind k)
{
    switch (k) {
    case Kind::Symbol: return QStringLiteral("symbol");
    case Kind::Text: return QStringLiteral("text");
    case Kind::Line: return QStringLiteral("line");
    case Kind::Arrow: return QStringLiteral("arrow");
    case Kind::Polygon: return QStringLiteral("polygon");
    case Kind::Circle: return QStringLiteral("circle");
    case Kind::RangeRings: return QStringLiteral("range_rings");
    }
    return {};
}

std::optional<Annotation::Kind> Annotation::kindFromString(const QString &s)
{
    for (Kind k : {Kind::Symbol, Kind::Text, Kind::Line, Kind::Arrow, Kind::Polygon, Kind::Circle, Kind::RangeRings})
        if (kindToString(k) == s.trimmed().toLower())
            return k;
    return std::nullopt;
}

QString Annotation::kindLabel(Kind k)
{
    switch (k) {
    case Kind::Symbol: return QCoreApplication::translate("vigie::core::Annotation", "Symbol");
    case Kind::Text: return QCoreApplication::translate("vigie::core::Annotation", "Text");
    case Kind::Line: return QCoreApplication::translate("vigie::core::Annotation", "Line");
    case Kind::Arrow: return QCoreApplication::translate("vigie::core::Annotation", "Arrow");
    case Kind::Polygon: return QCoreApplication::translate("vigie::core::Annotation", "Area");
    case Kind::Circle: return QCoreApplication::translate("vigie::core::Annotation", "Circle");
    case Kind::RangeRings: return QCoreApplication::translate("vigie::core::Annotation", "Range rings");
    }
    return {};
}

} // namespace vigie::core
