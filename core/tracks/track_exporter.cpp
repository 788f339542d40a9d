// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_exporter.h"
#include "io/counts.h"

#include "io/iso_date_time.h"
#include "mission/mission_store.h"
#include "tracks/track_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cmath>

namespace vigie::core {

namespace {
QString num(double v, int prec = 7) { return QString::number(v, 'f', prec); }
QByteArray iso(qint64 ms) { return IsoDateTime::format(ms); }
QByteArray csvField(const QString &s)
{
    QByteArray u = s.toUtf8();
    if (u.contains(',') || u.contains('"') || u.contains('\n'))
        u = '"' + u.replace("\"", "\"\"") + '"';
    return u;
}
QByteArray jsonString(const QString &s)
{
    QByteArray out = "\"";
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\', out += char(c.unicode());
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}
} // namespace

std::optional<TrackExporter::Format> TrackExporter::formatFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("gpx"))
        return Format::Gpx;
    if (t == QLatin1String("kml"))
        return Format::Kml;
    if (t == QLatin1String("geojson") || t == QLatin1String("json"))
        return Format::GeoJson;
    if (t == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString TrackExporter::formatToString(Format f)
{
    switch (f) {
    case Format::Gpx: return QStringLiteral("gpx");
    case Format::Kml: return QStringLiteral("kml");
    case Format::GeoJson: return QStringLiteral("geojson");
    case Format::Csv: return QStringLiteral("csv");
    }
    return QString();
}

TrackExportReport TrackExporter::exportTracks(const QString &path, Format format, const QStringList &trackIds, qint64 fromMs,
                                              qint64 toMs)
{
    QElapsedTimer timer;
    timer.start();
    TrackExportReport report;
    report.file = path;
    report.format = formatToString(format);
    TrackRepository repo(m_store);
    QList<Track> tracks;
    for (const Track &t : repo.tracks())
        if (trackIds.isEmpty() || trackIds.contains(t.id))
            tracks.append(t);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(QCoreApplication::translate("vigie::core::TrackExporter", "Cannot write %1: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    if (format == Format::Gpx || format == Format::Kml) {
        QXmlStreamWriter w(&file);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        if (format == Format::Gpx) {
            w.writeStartElement(QStringLiteral("gpx"));
            w.writeDefaultNamespace(QStringLiteral("http://www.topografix.com/GPX/1/1"));
            w.writeNamespace(QStringLiteral("http://www.garmin.com/xmlschemas/TrackPointExtension/v2"), QStringLiteral("gpxtpx"));
            w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
            w.writeAttribute(QStringLiteral("creator"), QStringLiteral("Vigie"));
        } else {
            w.writeStartElement(QStringLiteral("kml"));
            w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
            w.writeNamespace(QStringLiteral("http://www.google.com/kml/ext/2.2"), QStringLiteral("gx"));
            w.writeStartElement(QStringLiteral("Document"));
        }
        for (const Track &t : tracks) {
            const auto pts = repo.points(t.id, fromMs, toMs);
            ++report.tracks;
            report.points += qint64(pts.size());
            if (format == Format::Gpx) {
                w.writeStartElement(QStringLiteral("trk"));
                w.writeTextElement(QStringLiteral("name"), t.displayName());
                w.writeTextElement(QStringLiteral("desc"), QStringLiteral("%1 %2 %3").arg(trackKindToString(t.kind), affiliationToString(t.affiliation), sensitivityToString(t.sensitivity)));
                w.writeStartElement(QStringLiteral("trkseg"));
                for (const TrackPoint &p : pts) {
                    w.writeStartElement(QStringLiteral("trkpt"));
                    w.writeAttribute(QStringLiteral("lat"), num(p.lat));
                    w.writeAttribute(QStringLiteral("lon"), num(p.lon));
                    if (std::isfinite(p.altitude))
                        w.writeTextElement(QStringLiteral("ele"), num(p.altitude, 1));
                    if (p.hasTime())
                        w.writeTextElement(QStringLiteral("time"), QString::fromLatin1(iso(p.timeMs)));
                    if (std::isfinite(p.speed) || std::isfinite(p.course)) {
                        w.writeStartElement(QStringLiteral("extensions"));
                        w.writeStartElement(QStringLiteral("http://www.garmin.com/xmlschemas/TrackPointExtension/v2"), QStringLiteral("TrackPointExtension"));
                        if (std::isfinite(p.speed))
                            w.writeTextElement(QStringLiteral("http://www.garmin.com/xmlschemas/TrackPointExtension/v2"), QStringLiteral("speed"), num(p.speed, 2));
                        if (std::isfinite(p.course))
                            w.writeTextElement(QStringLiteral("http://www.garmin.com/xmlschemas/TrackPointExtension/v2"), QStringLiteral("course"), num(p.course, 1));
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeEndElement();
            } else {
                w.writeStartElement(QStringLiteral("Placemark"));
                w.writeTextElement(QStringLiteral("name"), t.displayName());
                w.writeStartElement(QStringLiteral("http://www.google.com/kml/ext/2.2"), QStringLiteral("Track"));
                for (const TrackPoint &p : pts)
                    if (p.hasTime())
                        w.writeTextElement(QStringLiteral("when"), QString::fromLatin1(iso(p.timeMs)));
                for (const TrackPoint &p : pts)
                    if (p.hasTime())
                        w.writeTextElement(QStringLiteral("http://www.google.com/kml/ext/2.2"), QStringLiteral("coord"),
                                           QStringLiteral("%1 %2 %3").arg(num(p.lon), num(p.lat), num(std::isfinite(p.altitude) ? p.altitude : 0.0, 1)));
                w.writeEndElement();
                w.writeEndElement();
            }
        }
        w.writeEndDocument();
    } else if (format == Format::GeoJson) {
        file.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        bool firstFeature = true;
        for (const Track &t : tracks) {
            const auto pts = repo.points(t.id, fromMs, toMs);
            ++report.tracks;
            report.points += qint64(pts.size());
            QByteArray coords, times;
            for (const TrackPoint &p : pts) {
                if (!coords.isEmpty())
                    coords += ',', times += ',';
                coords += '[' + QByteArray::number(p.lon, 'f', 7) + ',' + QByteArray::number(p.lat, 'f', 7) + ']';
                times += p.hasTime() ? '"' + iso(p.timeMs) + '"' : QByteArray("null");
            }
            file.write(firstFeature ? "" : ",\n");
            firstFeature = false;
            file.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"" + QByteArray(pts.size() == 1 ? "MultiPoint" : "LineString") +
                       "\",\"coordinates\":[" + coords + "]},\"properties\":{\"id\":" + jsonString(t.id) +
                       ",\"callsign\":" + jsonString(t.callsign) + ",\"source_id\":" + jsonString(t.sourceId) +
                       ",\"kind\":" + jsonString(trackKindToString(t.kind)) + ",\"affiliation\":" + jsonString(affiliationToString(t.affiliation)) +
                       ",\"sensitivity\":" + jsonString(sensitivityToString(t.sensitivity)) + ",\"cot_type\":" + jsonString(t.cotType) +
                       ",\"sidc\":" + jsonString(t.sidc) + ",\"times\":[" + times + "]}}");
        }
        file.write("\n]}\n");
    } else {
        file.write("track_id,callsign,time,lat,lon,alt_m,speed_ms,course_deg,hacc_m,source\n");
        for (const Track &t : tracks) {
            const auto pts = repo.points(t.id, fromMs, toMs);
            ++report.tracks;
            report.points += qint64(pts.size());
            const QByteArray head = csvField(t.id) + ',' + csvField(t.callsign) + ',';
            for (const TrackPoint &p : pts)
                file.write(head + (p.hasTime() ? iso(p.timeMs) : QByteArray()) + ',' + QByteArray::number(p.lat, 'f', 7) + ',' +
                           QByteArray::number(p.lon, 'f', 7) + ',' + (std::isfinite(p.altitude) ? QByteArray::number(p.altitude, 'f', 1) : QByteArray()) +
                           ',' + (std::isfinite(p.speed) ? QByteArray::number(p.speed, 'f', 2) : QByteArray()) + ',' +
                           (std::isfinite(p.course) ? QByteArray::number(p.course, 'f', 1) : QByteArray()) + ',' +
                           (std::isfinite(p.horizontalAccuracy) ? QByteArray::number(p.horizontalAccuracy, 'f', 1) : QByteArray()) + ',' +
                           csvField(p.source) + '\n');
        }
    }
    if (!file.commit())
        throw std::runtime_error(QCoreApplication::translate("vigie::core::TrackExporter", "Cannot write %1: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    if (!m_store.isReadOnly())
        m_store.write({QStringLiteral("export"), QStringLiteral("tracks"), QString(),
                       QStringLiteral("%1 tracks, %2 points to %3 (%4)").arg(report.tracks).arg(report.points).arg(QFileInfo(path).fileName(), report.format)},
                      [](Database &, AuditRecord &) {});
    report.elapsedMs = timer.elapsed();
    return report;
}

QJsonObject TrackExportReport::toJson() const
{
    return {{QStringLiteral("file"), file}, {QStringLiteral("format"), format}, {QStringLiteral("tracks"), tracks},
            {QStringLiteral("points"), points}, {QStringLiteral("elapsed_ms"), elapsedMs}};
}

QString TrackExportReport::humanSummary() const
{
    // One count per message (%n: "1 track", "2 tracks").
    const int trackCount = clampCount(tracks), pointCount = clampCount(points);
    return QCoreApplication::translate("vigie::core::TrackExporter", "%1 (%2): ").arg(QFileInfo(file).fileName(), format) +
           QCoreApplication::translate("vigie::core::TrackExporter", "%n track(s)", nullptr, trackCount) +
           QCoreApplication::translate("vigie::core::TrackExporter", ", %n point(s)", nullptr, pointCount) +
           QCoreApplication::translate("vigie::core::TrackExporter", " in %1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 2);
}

} // namespace vigie::core
