// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/kml_track_reader.h"

#include "io/iso_date_time.h"
#include "io/kml_coordinates.h"
#include "io/kmz_archive.h"
#include "io/safe_xml_reader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <vector>

namespace vigie::core {

namespace {


qint64 parseTime(const QString &text)
{
    const QByteArray b = text.trimmed().toLatin1();
    return IsoDateTime::parse(std::string_view(b.constData(), size_t(b.size())));
}

TrackPoint toPoint(const KmlCoordinate &c)
{
    TrackPoint p;
    p.lon = c.lon;
    p.lat = c.lat;
    p.altitude = c.alt;
    return p;
}

struct Placemark
{
    QString name;
    qint64 line = 0;
    qint64 when = TrackPoint::kNoTime;
    qint64 begin = TrackPoint::kNoTime;
    qint64 end = TrackPoint::kNoTime;
    std::vector<TrackPoint> points;  // Point / LineString vertices
    std::vector<qint64> gxWhen;
    std::vector<TrackPoint> gxCoords;
    bool isLine = false;
};

class KmlParser
{
  public:
    KmlParser(const QString &path, TrackSink &sink) : m_path(path), m_sink(sink)
    {
        m_fileName = QFileInfo(path).fileName();
    }

    void run(QIODevice &device)
    {
        SafeXmlReader r(&device);
        int index = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                break;
            if (t == QXmlStreamReader::StartElement && r.xml().name() == QLatin1String("Placemark")) {
                Placemark pm;
                pm.line = r.lineNumber();
                ++index;
                readPlacemark(r, pm);
                if (r.hasError())
                    break;
                emitPlacemark(pm, index);
                m_sink.progress(device.pos(), device.size());
                if (m_sink.isCancelled())
                    return;
            }
        }
        if (r.hasError())
            m_sink.rejected({m_path, r.lineNumber(), 0, r.errorString()});
    }

  private:
    void readPlacemark(SafeXmlReader &r, Placemark &pm)
    {
        const int depth = r.depth();
        QString geometry; // the innermost geometry element being read
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                return;
            if (t == QXmlStreamReader::EndElement && r.depth() < depth)
                return;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const QString n = r.xml().name().toString();
            if (n == QLatin1String("name") && r.depth() == depth + 1) {
                pm.name = r.readElementText().trimmed();
            } else if (n == QLatin1String("when")) {
                const QString text = r.readElementText();
                if (geometry == QLatin1String("Track"))
                    pm.gxWhen.push_back(parseTime(text));
                else
                    pm.when = parseTime(text);
            } else if (n == QLatin1String("begin")) {
                pm.begin = parseTime(r.readElementText());
            } else if (n == QLatin1String("end")) {
                pm.end = parseTime(r.readElementText());
            } else if (n == QLatin1String("Track") || n == QLatin1String("Point") || n == QLatin1String("LineString")) {
                geometry = n;
                pm.isLine = pm.isLine || n == QLatin1String("LineString");
            } else if (n == QLatin1String("coord")) {
                KmlCoordinate c;
                if (parseKmlTuple(r.readElementText(), QLatin1Char(' '), c))
                    pm.gxCoords.push_back(toPoint(c));
                else
                    m_sink.rejected({m_path, r.lineNumber(), 0,
                                     QCoreApplication::translate("vigie::core::KmlTrackReader", "malformed gx:coord")});
            } else if (n == QLatin1String("coordinates")) {
                const QString text = r.readElementText();
                if (geometry != QLatin1String("Point") && geometry != QLatin1String("LineString"))
                    continue; // polygons are areas, not tracks
                // Every well-formed tuple is kept; each malformed one is reported.
                std::vector<KmlCoordinate> coords;
                parseKmlCoordinates(text, coords, [&](const QString &bad) {
                    m_sink.rejected({m_path, r.lineNumber(), 0,
                                     QCoreApplication::translate("vigie::core::KmlTrackReader", "malformed coordinates \"%1\"").arg(bad)});
                });
                for (const KmlCoordinate &c : coords)
                    pm.points.push_back(toPoint(c));
            }
        }
    }

    int handleFor(const Placemark &pm, int index)
    {
        Track t;
        t.sourceFormat = QStringLiteral("kml");
        t.sourceId = m_fileName + QLatin1Char('#') + (pm.name.isEmpty() ? QString::number(index) : pm.name);
        t.callsign = pm.name.isEmpty() ? QStringLiteral("%1 %2").arg(QFileInfo(m_path).completeBaseName()).arg(index) : pm.name;
        return m_sink.track(t);
    }

    void emitPlacemark(Placemark &pm, int index)
    {
        const QString source = QStringLiteral("kml");
        if (!pm.gxCoords.empty()) {
            if (pm.gxWhen.size() != pm.gxCoords.size() && !pm.gxWhen.empty()) {
                m_sink.rejected({m_path, pm.line, 0,
                                 QCoreApplication::translate("vigie::core::KmlTrackReader", "gx:Track has %1 <when> for %2 <gx:coord>; times dropped")
                                     .arg(pm.gxWhen.size())
                                     .arg(pm.gxCoords.size())});
                pm.gxWhen.clear();
            }
            const int h = handleFor(pm, index);
            for (size_t i = 0; i < pm.gxCoords.size(); ++i) {
                TrackPoint p = pm.gxCoords[i];
                p.timeMs = pm.gxWhen.empty() ? TrackPoint::kNoTime : pm.gxWhen[i];
                p.source = source;
                m_sink.point(h, p);
            }
            return;
        }
        if (pm.points.empty())
            return;
        const int h = handleFor(pm, index);
        const qint64 at = pm.when != TrackPoint::kNoTime ? pm.when : pm.begin;
        if (!pm.isLine || pm.points.size() == 1) {
            for (TrackPoint p : pm.points) {
                p.timeMs = at;
                p.source = source;
                m_sink.point(h, p);
            }
            return;
        }
        // A line: spread TimeSpan over the vertices by distance; without a span, no times.
        std::vector<double> cum(pm.points.size(), 0.0);
        for (size_t i = 1; i < pm.points.size(); ++i) {
            const double dlat = pm.points[i].lat - pm.points[i - 1].lat;
            const double dlon = (pm.points[i].lon - pm.points[i - 1].lon) * std::cos(pm.points[i].lat * M_PI / 180.0);
            cum[i] = cum[i - 1] + std::hypot(dlat, dlon);
        }
        const bool span = pm.begin != TrackPoint::kNoTime && pm.end != TrackPoint::kNoTime && pm.end > pm.begin && cum.back() > 0;
        for (size_t i = 0; i < pm.points.size(); ++i) {
            TrackPoint p = pm.points[i];
            p.timeMs = span ? pm.begin + qint64(std::llround(double(pm.end - pm.begin) * cum[i] / cum.back())) : TrackPoint::kNoTime;
            p.source = span ? QStringLiteral("kml:estimated") : source;
            m_sink.point(h, p);
        }
    }

    QString m_path;
    TrackSink &m_sink;
    QString m_fileName;
};

} // namespace

QString KmlTrackReader::name() const { return QCoreApplication::translate("vigie::core::KmlTrackReader", "KML / KMZ"); }

int KmlTrackReader::identify(const QString &path, const QByteArray &head) const
{
    if (head.startsWith("PK\x03\x04") && QFileInfo(path).suffix().compare(QLatin1String("kmz"), Qt::CaseInsensitive) == 0)
        return 95;
    if (head.contains("<kml"))
        return 95;
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("kml") || ext == QLatin1String("kmz") ? 60 : 0;
}

void KmlTrackReader::read(const QString &path, TrackSink &sink) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw TrackReadError({path, 0, 0, f.errorString()});
    char magic[4] = {};
    f.peek(magic, 4);
    KmlParser parser(path, sink);
    if (QByteArray(magic, 4) == QByteArray("PK\x03\x04", 4)) {
        f.close();
        // The archive's KML documents (KmzContents: unsafe names and bombs refused; the layers
        // a LIBKML-written doc.kml links to are read too).
        KmzContents kmz = KmzContents::read(path);
        for (const QString &warning : kmz.warnings)
            sink.rejected({path, 0, 0, warning});
        if (!kmz.error.isEmpty())
            throw TrackReadError({path, 0, 0, kmz.error});
        for (auto &doc : kmz.documents) {
            QBuffer buffer(&doc.data);
            buffer.open(QIODevice::ReadOnly);
            parser.run(buffer);
            if (sink.isCancelled())
                return;
        }
    } else {
        parser.run(f);
    }
}

} // namespace vigie::core
