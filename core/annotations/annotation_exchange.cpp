// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations/annotation_exchange.h"

#include "annotations/annotation_repository.h"
#include "io/kml_coordinates.h"
#include "io/safe_xml_reader.h"
#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>

namespace vigie::core::annotation_exchange {

namespace {
using Kind = Annotation::Kind;
using GType = SimpleGeometry::Type;

[[noreturn]] void bad(const QString &source, int index, const QString &why)
{
    throw AnnotationError(AnnotationError::Kind::Invalid,
                          QCoreApplication::translate("vigie::core::annotation_exchange", "%1, feature %2: %3").arg(source).arg(index + 1).arg(why));
}

QString num(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

// ---------------------------------------------------------------- GeoJSON
QJsonArray position(const GeoPoint &p) { return QJsonArray{p.lon, p.lat}; }
QJsonArray positions(const QVector<GeoPoint> &pts)
{
    QJsonArray a;
    for (const GeoPoint &p : pts)
        a.append(position(p));
    return a;
}

QJsonObject geometryJson(const SimpleGeometry &g)
{
    QJsonObject o;
    switch (g.type) {
    case GType::Point: o[QStringLiteral("type")] = QStringLiteral("Point"); o[QStringLiteral("coordinates")] = position(g.parts[0][0]); break;
    case GType::LineString: o[QStringLiteral("type")] = QStringLiteral("LineString"); o[QStringLiteral("coordinates")] = positions(g.parts[0]); break;
    case GType::Polygon:
    case GType::MultiLineString: {
        QJsonArray rings;
        for (const auto &r : g.parts)
            rings.append(positions(r));
        o[QStringLiteral("type")] = g.type == GType::Polygon ? QStringLiteral("Polygon") : QStringLiteral("MultiLineString");
        o[QStringLiteral("coordinates")] = rings;
        break;
    }
    }
    return o;
}

bool readPosition(const QJsonValue &v, GeoPoint *p)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        return false;
    *p = {a[1].toDouble(), a[0].toDouble()};
    return p->lat >= -90 && p->lat <= 90 && p->lon >= -180 && p->lon <= 180;
}

bool readPositions(const QJsonValue &v, QVector<GeoPoint> *out)
{
    for (const QJsonValue &e : v.toArray()) {
        GeoPoint p;
        if (!readPosition(e, &p))
            return false;
        out->append(p);
    }
    return !out->isEmpty();
}

std::optional<SimpleGeometry> geometryFromJson(const QJsonObject &o)
{
    const QString type = o.value(QStringLiteral("type")).toString();
    const QJsonValue c = o.value(QStringLiteral("coordinates"));
    SimpleGeometry g;
    if (type == QLatin1String("Point")) {
        GeoPoint p;
        if (!readPosition(c, &p))
            return std::nullopt;
        return SimpleGeometry::point(p);
    }
    if (type == QLatin1String("LineString")) {
        QVector<GeoPoint> pts;
        if (!readPositions(c, &pts) || pts.size() < 2)
            return std::nullopt;
        return SimpleGeometry::lineString(pts);
    }
    if (type == QLatin1String("Polygon") || type == QLatin1String("MultiLineString")) {
        g.type = type == QLatin1String("Polygon") ? GType::Polygon : GType::MultiLineString;
        for (const QJsonValue &r : c.toArray()) {
            QVector<GeoPoint> pts;
            if (!readPositions(r, &pts))
                return std::nullopt;
            g.parts.append(pts);
        }
        if (g.parts.isEmpty())
            return std::nullopt;
        return g;
    }
    return std::nullopt;
}

QString prop(const char *name) { return QString::fromLatin1(name); }

// Fills the definition (kind, defining geometry, radii) from the drawn geometry and the vigie:*
// hints; `fail` reports a reason.
template <typename Fail>
void defineFromDrawn(Annotation &a, const SimpleGeometry &drawn, const QString &kindText, const std::optional<GeoPoint> &centre,
                     const QList<double> &radii, Fail fail)
{
    if (!kindText.isEmpty()) {
        const auto k = Annotation::kindFromString(kindText);
        if (!k)
            fail(QCoreApplication::translate("vigie::core::annotation_exchange", "unknown kind \"%1\"").arg(kindText));
        a.kind = *k;
    } else {
        switch (drawn.type) {
        case GType::Point: a.kind = a.style.symbolName.isEmpty() ? Kind::Text : Kind::Symbol; break;
        case GType::LineString: a.kind = Kind::Line; break;
        case GType::Polygon: a.kind = Kind::Polygon; break;
        case GType::MultiLineString: fail(QCoreApplication::translate("vigie::core::annotation_exchange", "a MultiLineString is only read as Vigie range rings"));
        }
    }
    if (a.kind == Kind::Circle || a.kind == Kind::RangeRings) {
        if (!centre || radii.isEmpty())
            fail(QCoreApplication::translate("vigie::core::annotation_exchange", "a circle or range rings need vigie:centre and vigie:radii"));
        a.geometry = SimpleGeometry::point(*centre);
        a.radiiMetres = radii;
    } else {
        a.geometry = drawn;
    }
    if (a.kind == Kind::Text && a.style.text.isEmpty())
        a.style.text = QStringLiteral("?");
}

// ---------------------------------------------------------------- KML
QString kmlColor(const QString &hex, double opacity)
{
    const QString h = hex.startsWith(QLatin1Char('#')) ? hex.mid(1) : hex;
    const int alpha = qBound(0, static_cast<int>(std::lround(opacity * 255)), 255);
    if (h.size() != 6)
        return QStringLiteral("%1000000").arg(alpha, 2, 16, QLatin1Char('0'));
    return QStringLiteral("%1%2%3%4").arg(alpha, 2, 16, QLatin1Char('0')).arg(h.mid(4, 2), h.mid(2, 2), h.mid(0, 2)).toLower();
}

// aabbggrr → #rrggbb and opacity
void fromKmlColor(const QString &kml, QString *hex, double *opacity)
{
    const QString c = kml.trimmed();
    if (c.size() != 8)
        return;
    bool ok = false;
    const int alpha = c.left(2).toInt(&ok, 16);
    if (!ok)
        return;
    *opacity = alpha / 255.0;
    *hex = QLatin1Char('#') + c.mid(6, 2) + c.mid(4, 2) + c.mid(2, 2).toLower();
    *hex = hex->toLower();
}

QString kmlCoords(const QVector<GeoPoint> &pts)
{
    QStringList out;
    for (const GeoPoint &p : pts)
        out += num(p.lon) + QLatin1Char(',') + num(p.lat);
    return out.join(QLatin1Char(' '));
}

bool parseKmlCoords(const QString &text, QVector<GeoPoint> *out)
{
    std::vector<KmlCoordinate> coords;
    if (parseKmlCoordinates(text, coords) > 0)
        return false;
    for (const KmlCoordinate &c : coords)
        out->append({c.lat, c.lon});
    return !out->isEmpty();
}

void writeKmlGeometry(QXmlStreamWriter &w, const SimpleGeometry &g)
{
    switch (g.type) {
    case GType::Point:
        w.writeStartElement(QStringLiteral("Point"));
        w.writeTextElement(QStringLiteral("coordinates"), kmlCoords({g.parts[0][0]}));
        w.writeEndElement();
        break;
    case GType::LineString:
        w.writeStartElement(QStringLiteral("LineString"));
        w.writeTextElement(QStringLiteral("tessellate"), QStringLiteral("1"));
        w.writeTextElement(QStringLiteral("coordinates"), kmlCoords(g.parts[0]));
        w.writeEndElement();
        break;
    case GType::Polygon:
        w.writeStartElement(QStringLiteral("Polygon"));
        w.writeTextElement(QStringLiteral("tessellate"), QStringLiteral("1"));
        for (int i = 0; i < g.parts.size(); ++i) {
            w.writeStartElement(i == 0 ? QStringLiteral("outerBoundaryIs") : QStringLiteral("innerBoundaryIs"));
            w.writeStartElement(QStringLiteral("LinearRing"));
            w.writeTextElement(QStringLiteral("coordinates"), kmlCoords(g.parts[i]));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    case GType::MultiLineString:
        w.writeStartElement(QStringLiteral("MultiGeometry"));
        for (const auto &part : g.parts) {
            w.writeStartElement(QStringLiteral("LineString"));
            w.writeTextElement(QStringLiteral("tessellate"), QStringLiteral("1"));
            w.writeTextElement(QStringLiteral("coordinates"), kmlCoords(part));
            w.writeEndElement();
        }
        w.writeEndElement();
        break;
    }
}

QString radiiText(const QList<double> &radii)
{
    QStringList out;
    for (double r : radii)
        out += num(r);
    return out.join(QLatin1Char(' '));
}

QList<double> parseRadii(const QString &text, bool *ok)
{
    QList<double> out;
    *ok = true;
    for (const QString &t : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        bool k = false;
        out.append(t.toDouble(&k));
        *ok = *ok && k;
    }
    return out;
}
} // namespace

// ================================================================ GeoJSON
QByteArray toGeoJson(const QList<Annotation> &annotations)
{
    QJsonArray features;
    for (const Annotation &a : annotations) {
        QJsonObject p;
        p[prop("stroke")] = a.style.strokeColor;
        p[prop("stroke-width")] = a.style.strokeWidth;
        p[prop("stroke-opacity")] = a.style.strokeOpacity;
        p[prop("fill")] = a.style.fillColor;
        p[prop("fill-opacity")] = a.style.fillOpacity;
        if (!a.style.symbolName.isEmpty())
            p[prop("marker-symbol")] = a.style.symbolName;
        if (!a.style.text.isEmpty())
            p[prop("title")] = a.style.text; // what other viewers show as the name
        p[prop("vigie:id")] = a.id;
        p[prop("vigie:kind")] = Annotation::kindToString(a.kind);
        p[prop("vigie:text")] = a.style.text;
        p[prop("vigie:font-family")] = a.style.fontFamily;
        p[prop("vigie:font-size")] = a.style.fontSize;
        p[prop("vigie:symbol-size")] = a.style.symbolSize;
        if (a.kind == Kind::Circle || a.kind == Kind::RangeRings) {
            p[prop("vigie:centre")] = position(a.geometry.parts[0][0]);
            QJsonArray radii;
            for (double r : a.radiiMetres)
                radii.append(r);
            p[prop("vigie:radii")] = radii;
        }
        p[prop("vigie:author")] = a.author;
        p[prop("vigie:created")] = static_cast<double>(a.createdAtMs);
        p[prop("vigie:updated")] = static_cast<double>(a.updatedAtMs);
        p[prop("vigie:sensitivity")] = sensitivityToString(a.sensitivity);
        p[prop("vigie:note")] = a.note;
        p[prop("vigie:version")] = a.version;
        QJsonObject f;
        f[prop("type")] = QStringLiteral("Feature");
        f[prop("id")] = a.id;
        f[prop("geometry")] = geometryJson(a.displayGeometry());
        f[prop("properties")] = p;
        features.append(f);
    }
    QJsonObject root;
    root[prop("type")] = QStringLiteral("FeatureCollection");
    root[prop("features")] = features;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Annotation> fromGeoJson(const QByteArray &data, const QString &source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "%1 is not GeoJSON: %2 at byte %3.")
                                  .arg(source, err.errorString())
                                  .arg(err.offset));
    const QJsonObject root = doc.object();
    QJsonArray features;
    if (root.value(prop("type")).toString() == QLatin1String("FeatureCollection"))
        features = root.value(prop("features")).toArray();
    else if (root.value(prop("type")).toString() == QLatin1String("Feature"))
        features.append(root);
    else
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "%1 holds no GeoJSON features.").arg(source));
    QList<Annotation> out;
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject f = features[i].toObject();
        const QJsonObject p = f.value(prop("properties")).toObject();
        const auto fail = [&](const QString &why) { bad(source, i, why); };
        const auto g = geometryFromJson(f.value(prop("geometry")).toObject());
        if (!g)
            fail(QCoreApplication::translate("vigie::core::annotation_exchange", "missing or unsupported geometry"));
        Annotation a;
        a.id = p.value(prop("vigie:id")).toString(f.value(prop("id")).toString());
        const auto str = [&](const char *k, QString *dst) { if (p.contains(prop(k)) && p.value(prop(k)).isString()) *dst = p.value(prop(k)).toString(); };
        const auto dbl = [&](const char *k, double *dst) { if (p.value(prop(k)).isDouble()) *dst = p.value(prop(k)).toDouble(); };
        str("stroke", &a.style.strokeColor);
        dbl("stroke-width", &a.style.strokeWidth);
        dbl("stroke-opacity", &a.style.strokeOpacity);
        str("fill", &a.style.fillColor);
        dbl("fill-opacity", &a.style.fillOpacity);
        str("marker-symbol", &a.style.symbolName);
        str("title", &a.style.text);
        str("vigie:text", &a.style.text);
        str("vigie:font-family", &a.style.fontFamily);
        dbl("vigie:font-size", &a.style.fontSize);
        dbl("vigie:symbol-size", &a.style.symbolSize);
        str("vigie:author", &a.author);
        a.createdAtMs = static_cast<qint64>(p.value(prop("vigie:created")).toDouble(0));
        a.updatedAtMs = static_cast<qint64>(p.value(prop("vigie:updated")).toDouble(0));
        if (p.contains(prop("vigie:sensitivity"))) {
            const auto s = sensitivityFromString(p.value(prop("vigie:sensitivity")).toString());
            if (!s)
                fail(QCoreApplication::translate("vigie::core::annotation_exchange", "unknown sensitivity \"%1\"").arg(p.value(prop("vigie:sensitivity")).toString()));
            a.sensitivity = *s;
        }
        str("vigie:note", &a.note);
        a.version = p.value(prop("vigie:version")).toInt(0);
        std::optional<GeoPoint> centre;
        GeoPoint c;
        if (readPosition(p.value(prop("vigie:centre")), &c))
            centre = c;
        QList<double> radii;
        for (const QJsonValue &r : p.value(prop("vigie:radii")).toArray())
            radii.append(r.toDouble());
        defineFromDrawn(a, *g, p.value(prop("vigie:kind")).toString(), centre, radii, fail);
        out.append(a);
    }
    return out;
}

// ================================================================ KML
QByteArray toKml(const QList<Annotation> &annotations, const QString &documentName)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("kml"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    w.writeStartElement(QStringLiteral("Document"));
    w.writeTextElement(QStringLiteral("name"), documentName.isEmpty() ? QStringLiteral("Vigie annotations") : documentName);
    for (const Annotation &a : annotations) {
        const AnnotationStyle &s = a.style;
        w.writeStartElement(QStringLiteral("Placemark"));
        w.writeAttribute(QStringLiteral("id"), a.id);
        w.writeTextElement(QStringLiteral("name"), s.text.isEmpty() ? s.symbolName : s.text);
        if (!a.note.isEmpty())
            w.writeTextElement(QStringLiteral("description"), a.note);
        w.writeStartElement(QStringLiteral("Style"));
        if (!s.symbolName.isEmpty()) {
            w.writeStartElement(QStringLiteral("IconStyle"));
            w.writeTextElement(QStringLiteral("scale"), num(s.symbolSize / 32.0));
            w.writeStartElement(QStringLiteral("Icon"));
            w.writeTextElement(QStringLiteral("href"), QStringLiteral("symbols/%1.svg").arg(s.symbolName));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeStartElement(QStringLiteral("LabelStyle"));
        w.writeTextElement(QStringLiteral("color"), kmlColor(s.strokeColor, 1.0));
        w.writeTextElement(QStringLiteral("scale"), num(s.fontSize / 10.0));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("LineStyle"));
        w.writeTextElement(QStringLiteral("color"), kmlColor(s.strokeColor, s.strokeOpacity));
        w.writeTextElement(QStringLiteral("width"), num(s.strokeWidth));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("PolyStyle"));
        w.writeTextElement(QStringLiteral("color"), kmlColor(s.fillColor, s.fillOpacity));
        w.writeTextElement(QStringLiteral("fill"), s.fillOpacity > 0 ? QStringLiteral("1") : QStringLiteral("0"));
        w.writeEndElement();
        w.writeEndElement(); // Style
        w.writeStartElement(QStringLiteral("ExtendedData"));
        const auto data = [&w](const QString &name, const QString &value) {
            w.writeStartElement(QStringLiteral("Data"));
            w.writeAttribute(QStringLiteral("name"), name);
            w.writeTextElement(QStringLiteral("value"), value);
            w.writeEndElement();
        };
        data(QStringLiteral("vigie:kind"), Annotation::kindToString(a.kind));
        data(QStringLiteral("vigie:text"), s.text);
        data(QStringLiteral("vigie:symbol"), s.symbolName);
        data(QStringLiteral("vigie:symbol-size"), num(s.symbolSize));
        data(QStringLiteral("vigie:font-family"), s.fontFamily);
        data(QStringLiteral("vigie:font-size"), num(s.fontSize));
        data(QStringLiteral("vigie:stroke"), s.strokeColor);
        data(QStringLiteral("vigie:stroke-width"), num(s.strokeWidth));
        data(QStringLiteral("vigie:stroke-opacity"), num(s.strokeOpacity));
        data(QStringLiteral("vigie:fill"), s.fillColor);
        data(QStringLiteral("vigie:fill-opacity"), num(s.fillOpacity));
        if (a.kind == Kind::Circle || a.kind == Kind::RangeRings) {
            data(QStringLiteral("vigie:centre"), kmlCoords({a.geometry.parts[0][0]}));
            data(QStringLiteral("vigie:radii"), radiiText(a.radiiMetres));
        }
        data(QStringLiteral("vigie:author"), a.author);
        data(QStringLiteral("vigie:created"), QString::number(a.createdAtMs));
        data(QStringLiteral("vigie:updated"), QString::number(a.updatedAtMs));
        data(QStringLiteral("vigie:sensitivity"), sensitivityToString(a.sensitivity));
        data(QStringLiteral("vigie:note"), a.note);
        data(QStringLiteral("vigie:version"), QString::number(a.version));
        w.writeEndElement(); // ExtendedData
        writeKmlGeometry(w, a.displayGeometry());
        w.writeEndElement(); // Placemark
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QList<Annotation> fromKml(const QByteArray &data, const QString &source)
{
    // Files from other workstations: no DTD, no entities, bounded depth and token size.
    SafeXmlReader r(data);
    QList<Annotation> out;
    int index = -1;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.xml().isStartElement() || r.xml().name() != QLatin1String("Placemark"))
            continue;
        ++index;
        const auto fail = [&](const QString &why) { bad(source, index, why); };
        Annotation a;
        a.style.symbolName.clear();
        a.id = r.attributes().value(QStringLiteral("id")).toString();
        QHash<QString, QString> ext;
        QString name, description, iconHref;
        double iconScale = -1, labelScale = -1;
        SimpleGeometry g;
        bool haveGeometry = false;
        QString styleContext; // LineStyle, PolyStyle, … while inside one
        QString geometryContext;
        int depth = 1;
        while (depth > 0 && !r.atEnd()) {
            r.readNext();
            if (r.xml().isEndElement()) {
                --depth;
                if (r.xml().name() == styleContext)
                    styleContext.clear();
                continue;
            }
            if (!r.xml().isStartElement())
                continue;
            ++depth;
            const QString el = r.xml().name().toString();
            if (el == QLatin1String("LineStyle") || el == QLatin1String("PolyStyle") || el == QLatin1String("IconStyle")
                || el == QLatin1String("LabelStyle")) {
                styleContext = el;
            } else if (el == QLatin1String("name") && depth == 2) {
                name = r.readElementText(), --depth;
            } else if (el == QLatin1String("description") && depth == 2) {
                description = r.readElementText(), --depth;
            } else if (el == QLatin1String("Data")) {
                const QString key = r.attributes().value(QStringLiteral("name")).toString();
                while (!(r.xml().isEndElement() && r.xml().name() == QLatin1String("Data")) && !r.atEnd()) {
                    r.readNext();
                    if (r.xml().isStartElement() && r.xml().name() == QLatin1String("value"))
                        ext[key] = r.readElementText();
                }
                --depth;
            } else if (el == QLatin1String("color")) {
                const QString c = r.readElementText();
                --depth;
                if (styleContext == QLatin1String("LineStyle"))
                    fromKmlColor(c, &a.style.strokeColor, &a.style.strokeOpacity);
                else if (styleContext == QLatin1String("PolyStyle"))
                    fromKmlColor(c, &a.style.fillColor, &a.style.fillOpacity);
            } else if (el == QLatin1String("width") && styleContext == QLatin1String("LineStyle")) {
                a.style.strokeWidth = r.readElementText().toDouble(), --depth;
            } else if (el == QLatin1String("scale")) {
                const double s = r.readElementText().toDouble();
                --depth;
                (styleContext == QLatin1String("IconStyle") ? iconScale : labelScale) = s;
            } else if (el == QLatin1String("href") && styleContext == QLatin1String("IconStyle")) {
                iconHref = r.readElementText(), --depth;
            } else if (el == QLatin1String("Point") || el == QLatin1String("LineString") || el == QLatin1String("LinearRing")) {
                geometryContext = el;
            } else if (el == QLatin1String("Polygon")) {
                g.type = GType::Polygon;
                haveGeometry = true;
            } else if (el == QLatin1String("MultiGeometry")) {
                g.type = GType::MultiLineString;
                haveGeometry = true;
            } else if (el == QLatin1String("coordinates")) {
                QVector<GeoPoint> pts;
                if (!parseKmlCoords(r.readElementText(), &pts))
                    fail(QCoreApplication::translate("vigie::core::annotation_exchange", "bad coordinates"));
                --depth;
                if (!haveGeometry) {
                    g.type = geometryContext == QLatin1String("Point") ? GType::Point : GType::LineString;
                    haveGeometry = true;
                }
                g.parts.append(pts);
            }
        }
        if (r.hasError())
            break;
        if (!haveGeometry || g.isEmpty())
            fail(QCoreApplication::translate("vigie::core::annotation_exchange", "no geometry"));
        // Foreign KML: the style and the name; ours: the exact values in ExtendedData.
        if (!iconHref.isEmpty())
            a.style.symbolName = QFileInfo(iconHref).completeBaseName();
        if (iconScale > 0)
            a.style.symbolSize = iconScale * 32.0;
        if (labelScale > 0)
            a.style.fontSize = labelScale * 10.0;
        a.style.text = a.style.symbolName == name ? QString() : name;
        a.note = description;
        const auto take = [&](const char *key, QString *dst) { if (ext.contains(prop(key))) *dst = ext.value(prop(key)); };
        const auto takeNum = [&](const char *key, double *dst) {
            if (!ext.contains(prop(key)))
                return;
            bool ok = false;
            const double v = ext.value(prop(key)).toDouble(&ok);
            if (!ok)
                fail(QCoreApplication::translate("vigie::core::annotation_exchange", "%1 is not a number").arg(prop(key)));
            *dst = v;
        };
        take("vigie:text", &a.style.text);
        take("vigie:symbol", &a.style.symbolName);
        takeNum("vigie:symbol-size", &a.style.symbolSize);
        take("vigie:font-family", &a.style.fontFamily);
        takeNum("vigie:font-size", &a.style.fontSize);
        take("vigie:stroke", &a.style.strokeColor);
        takeNum("vigie:stroke-width", &a.style.strokeWidth);
        takeNum("vigie:stroke-opacity", &a.style.strokeOpacity);
        take("vigie:fill", &a.style.fillColor);
        takeNum("vigie:fill-opacity", &a.style.fillOpacity);
        take("vigie:author", &a.author);
        take("vigie:note", &a.note);
        a.createdAtMs = ext.value(prop("vigie:created")).toLongLong();
        a.updatedAtMs = ext.value(prop("vigie:updated")).toLongLong();
        a.version = ext.value(prop("vigie:version")).toInt();
        if (ext.contains(prop("vigie:sensitivity"))) {
            const auto s = sensitivityFromString(ext.value(prop("vigie:sensitivity")));
            if (!s)
                fail(QCoreApplication::translate("vigie::core::annotation_exchange", "unknown sensitivity \"%1\"").arg(ext.value(prop("vigie:sensitivity"))));
            a.sensitivity = *s;
        }
        std::optional<GeoPoint> centre;
        QVector<GeoPoint> cpts;
        if (ext.contains(prop("vigie:centre")) && parseKmlCoords(ext.value(prop("vigie:centre")), &cpts))
            centre = cpts.front();
        bool ok = true;
        const QList<double> radii = parseRadii(ext.value(prop("vigie:radii")), &ok);
        if (!ok)
            fail(QCoreApplication::translate("vigie::core::annotation_exchange", "bad radii"));
        defineFromDrawn(a, g, ext.value(prop("vigie:kind")), centre, radii, fail);
        out.append(a);
    }
    if (r.hasError())
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "%1 is not valid KML: %2.")
                                  .arg(source, r.errorString()));
    return out;
}

// ================================================================ files
Format formatForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("geojson") || ext == QLatin1String("json"))
        return Format::GeoJson;
    if (ext == QLatin1String("kml"))
        return Format::Kml;
    throw AnnotationError(AnnotationError::Kind::Invalid,
                          QCoreApplication::translate("vigie::core::annotation_exchange", "%1: annotations are exchanged as .geojson or .kml files.").arg(path));
}

void writeFile(const QString &path, const QList<Annotation> &annotations)
{
    const Format f = formatForPath(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "Cannot write %1: %2.").arg(path, file.errorString()));
    file.write(f == Format::GeoJson ? toGeoJson(annotations) : toKml(annotations, QFileInfo(path).completeBaseName()));
    if (!file.commit())
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "Cannot write %1: %2.").arg(path, file.errorString()));
}

QList<Annotation> readFile(const QString &path)
{
    const Format f = formatForPath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "Cannot read %1: %2.").arg(path, file.errorString()));
    if (file.size() > 256 * 1024 * 1024)
        throw AnnotationError(AnnotationError::Kind::Invalid,
                              QCoreApplication::translate("vigie::core::annotation_exchange", "%1 is too large for an annotation file.").arg(path));
    const QByteArray data = file.readAll();
    const QString name = QFileInfo(path).fileName();
    return f == Format::GeoJson ? fromGeoJson(data, name) : fromKml(data, name);
}

int exportMission(MissionStore &mission, const QString &path)
{
    const QList<Annotation> list = AnnotationRepository(mission).list();
    writeFile(path, list);
    if (!mission.isReadOnly()) // exporting from a read-only mission is fine; it just is not audited there
        mission.write({QStringLiteral("export"), QString::fromLatin1(AnnotationRepository::kTable), QString(),
                       QStringLiteral("%1 annotations to %2").arg(list.size()).arg(QFileInfo(path).fileName())},
                      [](Database &, AuditRecord &) {});
    return list.size();
}

AnnotationImportResult importIntoMission(MissionStore &mission, const QString &path)
{
    const QList<Annotation> list = readFile(path);
    return AnnotationRepository(mission).importAnnotations(list, QFileInfo(path).fileName());
}

} // namespace vigie::core::annotation_exchange
