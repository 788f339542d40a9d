// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/kml_incident_reader.h"

#include "incidents/incident_values.h"
#include "io/kml_coordinates.h"
#include "io/kmz_archive.h"
#include "io/safe_xml_reader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <memory>
#include <vector>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::KmlIncidentReader", text); }

using Ring = std::vector<KmlCoordinate>;
struct PolygonRings
{
    std::vector<Ring> rings; // the outer boundary first, then the holes
};

// What one Placemark holds.
struct PlacemarkData
{
    qint64 line = 0;
    QString name;
    QString description;
    QString timestamp;
    QString begin;
    QString end;
    std::vector<std::pair<QString, QString>> fields; // ExtendedData, in file order
    std::vector<KmlCoordinate> points;
    std::vector<Ring> lines;
    std::vector<PolygonRings> polygons;
    QString badCoordinates; // the first malformed tuple, if any
};

// The shortest text that reads back to the same double.
QString number(double v) { return QString::fromLatin1(IncidentValues::formatDouble(v)); }

QString ringText(const Ring &ring)
{
    QStringList out;
    out.reserve(int(ring.size()));
    for (const KmlCoordinate &c : ring)
        out << number(c.lon) + QLatin1Char(' ') + number(c.lat);
    return QLatin1Char('(') + out.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString polygonText(const PolygonRings &p)
{
    QStringList rings;
    for (const Ring &r : p.rings)
        rings << ringText(r);
    return QLatin1Char('(') + rings.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Signed area and area-weighted centroid sums of a ring (shoelace), in degrees.
void ringMoments(const Ring &ring, double &area2, double &cx6, double &cy6)
{
    area2 = cx6 = cy6 = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i) {
        const double cross = ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
        area2 += cross;
        cx6 += (ring[i].lon + ring[i + 1].lon) * cross;
        cy6 += (ring[i].lat + ring[i + 1].lat) * cross;
    }
}

// The position of a placemark's geometry and its WKT; `area` gets the polygon WKT when there
// are polygons. False when there is no usable geometry.
bool locate(const PlacemarkData &pm, double &lon, double &lat, QString &wkt, QString &area)
{
    if (!pm.polygons.empty()) {
        double a = 0, x = 0, y = 0;
        QStringList parts;
        for (const PolygonRings &p : pm.polygons) {
            // The outer ring counts positively, holes negatively, whatever their winding.
            for (size_t i = 0; i < p.rings.size(); ++i) {
                double ra, rx, ry;
                ringMoments(p.rings[i], ra, rx, ry);
                const double sign = ((ra >= 0) == (i == 0)) ? 1.0 : -1.0;
                a += sign * ra;
                x += sign * rx;
                y += sign * ry;
            }
            parts << polygonText(p);
        }
        if (std::abs(a) > 1e-18) {
            lon = x / (3 * a);
            lat = y / (3 * a);
        } else { // degenerate: the mean of the outer rings' vertices
            double sx = 0, sy = 0;
            size_t n = 0;
            for (const PolygonRings &p : pm.polygons)
                for (const KmlCoordinate &c : p.rings.front())
                    sx += c.lon, sy += c.lat, ++n;
            lon = sx / double(n);
            lat = sy / double(n);
        }
        area = pm.polygons.size() == 1 ? QStringLiteral("POLYGON ") + parts.front()
                                       : QStringLiteral("MULTIPOLYGON (") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
        wkt = area;
        return true;
    }
    if (!pm.lines.empty()) {
        double len = 0, x = 0, y = 0;
        QStringList parts;
        for (const Ring &l : pm.lines) {
            for (size_t i = 0; i + 1 < l.size(); ++i) {
                const double d = std::hypot(l[i + 1].lon - l[i].lon, l[i + 1].lat - l[i].lat);
                len += d;
                x += d * (l[i].lon + l[i + 1].lon) / 2;
                y += d * (l[i].lat + l[i + 1].lat) / 2;
            }
            parts << ringText(l);
        }
        if (len > 0) {
            lon = x / len;
            lat = y / len;
        } else {
            lon = pm.lines.front().front().lon;
            lat = pm.lines.front().front().lat;
        }
        wkt = pm.lines.size() == 1 ? QStringLiteral("LINESTRING ") + parts.front()
                                   : QStringLiteral("MULTILINESTRING (") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
        return true;
    }
    if (pm.points.empty())
        return false;
    double sx = 0, sy = 0;
    QStringList parts;
    for (const KmlCoordinate &c : pm.points) {
        sx += c.lon;
        sy += c.lat;
        parts << QLatin1Char('(') + number(c.lon) + QLatin1Char(' ') + number(c.lat) + QLatin1Char(')');
    }
    lon = sx / double(pm.points.size());
    lat = sy / double(pm.points.size());
    wkt = pm.points.size() == 1 ? QStringLiteral("POINT ") + parts.front()
                                : QStringLiteral("MULTIPOINT (") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    return true;
}

// Streams the document's placemarks; `visit` returns false to stop. Throws IncidentReadError
// (with line) when the XML is not well-formed or breaks SafeXmlReader's limits.
class PlacemarkScanner
{
  public:
    // `entry`: the document's name inside a KMZ (named in errors), empty for a plain file.
    PlacemarkScanner(const QString &path, QIODevice &device, const QString &entry = QString())
        : m_path(path), m_device(device), m_entry(entry)
    {
    }

    // Pass 1: the columns (Schema fields, then data names as they appear), and whether any
    // placemark has a time. Also checks the whole file is well-formed.
    void scanColumns(QStringList &fields, bool &hasTimeStamp, bool &hasTimeSpan, qint64 &placemarks)
    {
        SafeXmlReader r(&m_device);
        const auto addField = [&](const QString &name) {
            if (!name.isEmpty() && !fields.contains(name))
                fields << name;
        };
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QStringView n = r.xml().name();
            if (n == QLatin1String("SimpleField") || n == QLatin1String("SimpleData") || n == QLatin1String("Data"))
                addField(r.attributes().value(QStringLiteral("name")).toString());
            else if (n == QLatin1String("Placemark"))
                ++placemarks;
            else if (n == QLatin1String("TimeStamp"))
                hasTimeStamp = true;
            else if (n == QLatin1String("TimeSpan"))
                hasTimeSpan = true;
        }
        if (r.hasError())
            fail(r);
    }

    // Pass 2: each placemark.
    void forEachPlacemark(const std::function<bool(PlacemarkData &)> &visit)
    {
        SafeXmlReader r(&m_device);
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                break;
            if (t != QXmlStreamReader::StartElement || r.xml().name() != QLatin1String("Placemark"))
                continue;
            PlacemarkData pm;
            pm.line = r.lineNumber();
            readPlacemark(r, pm);
            if (r.hasError())
                break;
            if (!visit(pm))
                return;
        }
        if (r.hasError())
            fail(r);
    }

    QIODevice &device() { return m_device; }

  private:
    [[noreturn]] void fail(const SafeXmlReader &r) const
    {
        throw IncidentReadError(m_path, r.lineNumber(),
                                m_entry.isEmpty() ? r.errorString() : m_entry + QStringLiteral(": ") + r.errorString());
    }

    static void readPlacemark(SafeXmlReader &r, PlacemarkData &pm)
    {
        // The open elements below <Placemark>, innermost last.
        std::vector<QString> open;
        const auto inside = [&](const char *name) {
            for (const QString &e : open)
                if (e == QLatin1String(name))
                    return true;
            return false;
        };
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                return;
            if (t == QXmlStreamReader::EndElement) {
                if (open.empty())
                    return; // </Placemark>
                open.pop_back();
                continue;
            }
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QString n = r.xml().name().toString();
            if (open.empty() && n == QLatin1String("name")) {
                pm.name = r.readElementText().trimmed();
            } else if (open.empty() && n == QLatin1String("description")) {
                pm.description = r.readElementText().trimmed();
            } else if (n == QLatin1String("when") && inside("TimeStamp")) {
                pm.timestamp = r.readElementText().trimmed();
            } else if (n == QLatin1String("begin") && inside("TimeSpan")) {
                pm.begin = r.readElementText().trimmed();
            } else if (n == QLatin1String("end") && inside("TimeSpan")) {
                pm.end = r.readElementText().trimmed();
            } else if (n == QLatin1String("SimpleData")) {
                const QString key = r.attributes().value(QStringLiteral("name")).toString();
                const QString value = r.readElementText();
                if (!key.isEmpty())
                    pm.fields.emplace_back(key, value);
            } else if (n == QLatin1String("value") && !open.empty() && open.back() == QLatin1String("Data")) {
                const QString value = r.readElementText();
                if (!pm.fields.empty() && pm.fields.back().second.isNull())
                    pm.fields.back().second = value.isNull() ? QStringLiteral("") : value;
            } else if (n == QLatin1String("Data")) {
                pm.fields.emplace_back(r.attributes().value(QStringLiteral("name")).toString(), QString());
                open.push_back(n);
            } else if (n == QLatin1String("coordinates")) {
                const QString text = r.readElementText();
                Ring coords;
                parseKmlCoordinates(text, coords, [&](const QString &bad) {
                    if (pm.badCoordinates.isEmpty())
                        pm.badCoordinates = bad;
                });
                if (coords.empty()) {
                    if (pm.badCoordinates.isEmpty())
                        pm.badCoordinates = QStringLiteral("");
                    continue;
                }
                if (inside("Polygon")) {
                    if (inside("outerBoundaryIs") || pm.polygons.empty())
                        pm.polygons.emplace_back();
                    pm.polygons.back().rings.push_back(std::move(coords));
                } else if (inside("LineString") || inside("LinearRing")) {
                    pm.lines.push_back(std::move(coords));
                } else if (inside("Point")) {
                    pm.points.insert(pm.points.end(), coords.begin(), coords.end());
                }
            } else if (n == QLatin1String("Style") || n == QLatin1String("StyleMap") || n == QLatin1String("Region")
                       || n == QLatin1String("LookAt") || n == QLatin1String("Camera")) {
                r.skipCurrentElement();
            } else {
                open.push_back(n);
            }
        }
    }

    QString m_path;
    QIODevice &m_device;
    QString m_entry;
};

} // namespace

QString KmlIncidentReader::name() const { return tr("KML / KMZ"); }

int KmlIncidentReader::identify(const QString &path, const QByteArray &head) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04"))
        return suffix == QLatin1String("kmz") ? 90 : 0;
    return head.left(4096).contains("<kml") ? 90 : (extensions().contains(suffix) ? 40 : 0);
}

void KmlIncidentReader::read(const QString &path, const IncidentReadCallbacks &cb) const
{
    QFile file(path);
    if (!file.exists())
        throw IncidentReadError(path, 0, tr("the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        throw IncidentReadError(path, 0, file.errorString());
    if (file.size() == 0)
        throw IncidentReadError(path, 0, tr("the file is empty"));
    char magic[4] = {};
    file.peek(magic, 4);
    // A plain KML is one document; a KMZ may hold several (its layers), each read in turn.
    KmzContents kmz;
    std::vector<std::unique_ptr<QBuffer>> buffers;
    std::vector<PlacemarkScanner> scanners;
    if (QByteArray(magic, 4) == QByteArray("PK\x03\x04", 4)) {
        file.close();
        // Checked before anything is unpacked: no zip bombs, no names escaping the archive.
        kmz = KmzContents::read(path);
        // What was left out of the archive (unsafe entry names, links not followed) is reported
        // as a rejected row of the file (line 0), as the track reader does.
        for (const QString &warning : kmz.warnings)
            if (cb.reject && !cb.reject(SourceRow{}, warning))
                return;
        if (!kmz.error.isEmpty())
            throw IncidentReadError(path, 0, kmz.error);
        for (auto &doc : kmz.documents) {
            buffers.push_back(std::make_unique<QBuffer>(&doc.data));
            buffers.back()->open(QIODevice::ReadOnly);
            scanners.emplace_back(path, *buffers.back(), doc.entry);
        }
    } else {
        scanners.emplace_back(path, file);
    }

    QStringList fields;
    bool hasTimeStamp = false, hasTimeSpan = false;
    qint64 placemarks = 0;
    for (PlacemarkScanner &scanner : scanners)
        scanner.scanColumns(fields, hasTimeStamp, hasTimeSpan, placemarks);
    if (placemarks == 0)
        throw IncidentReadError(path, 0, tr("no placemarks: the file holds no incidents"));

    QStringList columns{QStringLiteral("name"), QStringLiteral("description")};
    // "timestamp" is the placemark's time: its TimeStamp, or else the beginning of its TimeSpan.
    if (hasTimeStamp || hasTimeSpan)
        columns << QStringLiteral("timestamp");
    if (hasTimeSpan)
        columns << QStringLiteral("begin") << QStringLiteral("end");
    const int fixedColumns = int(columns.size());
    for (const QString &f : fields)
        if (!columns.contains(f))
            columns << f;
    IncidentColumnMapping mapping = m_mapping ? *m_mapping : IncidentColumnMapping::guess(columns);
    // When a data field gives the time (Vigie's own exports: "time"), the KML time elements only
    // repeat it for viewers such as Google Earth: not kept in extra.
    if (!mapping.time.isEmpty() && mapping.time != QLatin1String("timestamp"))
        mapping.ignored << QStringLiteral("timestamp") << QStringLiteral("begin") << QStringLiteral("end");
    const IncidentColumnMapping::Bound bound = mapping.bind(columns);
    const QString problem = bound.problem(true);
    if (!problem.isEmpty())
        throw IncidentReadError(path, 0, tr("cannot map the attributes: %1").arg(problem));
    if (cb.header)
        cb.header(columns + QStringList{QStringLiteral("wkt")});

    qint64 total = 0;
    for (PlacemarkScanner &scanner : scanners)
        total += scanner.device().size();
    qint64 before = 0; // bytes of the documents already read
    std::vector<QByteArray> cells;
    bool stopped = false;
    for (PlacemarkScanner &scanner : scanners) {
        if (stopped)
            break;
        QIODevice *device = &scanner.device();
        device->seek(0);
        scanner.forEachPlacemark([&](PlacemarkData &pm) {
            cells.assign(size_t(columns.size()) + 1, QByteArray());
            cells[0] = pm.name.toUtf8();
            cells[1] = pm.description.toUtf8();
            int c = 2;
            if (hasTimeStamp || hasTimeSpan)
                cells[size_t(c++)] = (pm.timestamp.isEmpty() ? pm.begin : pm.timestamp).toUtf8();
            if (hasTimeSpan) {
                cells[size_t(c++)] = pm.begin.toUtf8();
                cells[size_t(c++)] = pm.end.toUtf8();
            }
            for (const auto &[key, value] : pm.fields) {
                const int i = int(columns.indexOf(key, fixedColumns));
                if (i >= 0 && cells[size_t(i)].isEmpty())
                    cells[size_t(i)] = value.toUtf8();
            }
            Incident inc;
            QString wkt, area;
            const bool hasPosition = locate(pm, inc.lon, inc.lat, wkt, area);
            cells.back() = wkt.toUtf8();
            inc.areaWkt = area;
            QString why;
            if (!pm.badCoordinates.isNull())
                why = pm.badCoordinates.isEmpty() ? tr("empty coordinates")
                                                  : tr("malformed coordinates \"%1\"").arg(pm.badCoordinates);
            if (why.isEmpty())
                why = bound.apply([&](int i) { return QString::fromUtf8(cells[size_t(i)]); }, inc, hasPosition);
            const SourceRow row{pm.line, nullptr, &cells};
            if (cb.progress)
                cb.progress(before + device->pos(), total);
            const bool go = why.isEmpty() ? (!cb.record || cb.record(inc, row)) : (!cb.reject || cb.reject(row, why));
            stopped = !go;
            return go;
        });
        before += device->size();
    }
}

} // namespace vigie::core
