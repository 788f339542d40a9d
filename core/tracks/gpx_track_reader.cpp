// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/gpx_track_reader.h"

#include "io/iso_date_time.h"
#include "io/safe_xml_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::core {

namespace {

bool is(const SafeXmlReader &r, const char *local) { return r.xml().name() == QLatin1String(local); }

class GpxParser
{
  public:
    GpxParser(const QString &path, TrackSink &sink) : m_path(path), m_sink(sink), m_file(path)
    {
        m_fileName = QFileInfo(path).fileName();
        m_source = QStringLiteral("gpx");
    }

    void run()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw TrackReadError({m_path, 0, 0, m_file.errorString()});
        SafeXmlReader r(&m_file);
        bool sawGpx = false;
        qint64 n = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                break;
            if (t == QXmlStreamReader::StartElement) {
                if (r.depth() == 1) {
                    if (!is(r, "gpx")) {
                        r.raiseError(QCoreApplication::translate("vigie::core::GpxTrackReader", "not a GPX file (root <%1>)")
                                         .arg(r.xml().name().toString()));
                        break;
                    }
                    sawGpx = true;
                } else if (r.depth() == 2 && (is(r, "trk") || is(r, "rte"))) {
                    m_isRoute = is(r, "rte");
                    m_containerIndex = m_isRoute ? ++m_routes : ++m_tracks;
                    m_containerName.clear();
                    m_handle = -1;
                } else if (r.depth() == 3 && is(r, "name")) {
                    m_containerName = r.readElementText().trimmed();
                    if (m_handle >= 0)
                        declare(); // the name came after points: refine the callsign
                } else if ((r.depth() == 4 && is(r, "trkpt")) || (r.depth() == 3 && is(r, "rtept"))) {
                    readPoint(r, false);
                } else if (r.depth() == 2 && is(r, "wpt")) {
                    readPoint(r, true);
                } else if (r.depth() == 2 && (is(r, "metadata") || is(r, "extensions"))) {
                    r.skipCurrentElement();
                }
                if ((++n & 0x3FFF) == 0) {
                    m_sink.progress(m_file.pos(), m_file.size());
                    if (m_sink.isCancelled())
                        return;
                }
            }
        }
        if (r.hasError())
            m_sink.rejected({m_path, r.lineNumber(), 0, r.errorString()});
        else if (!sawGpx)
            m_sink.rejected({m_path, 0, 0, QCoreApplication::translate("vigie::core::GpxTrackReader", "no <gpx> element")});
        m_sink.progress(m_file.size(), m_file.size());
    }

  private:
    void declare()
    {
        Track t;
        t.sourceFormat = QStringLiteral("gpx");
        const QString what = m_isRoute ? QStringLiteral("rte") : QStringLiteral("trk");
        t.sourceId = QStringLiteral("%1#%2%3").arg(m_fileName, what).arg(m_containerIndex);
        t.callsign = m_containerName.isEmpty() ? QStringLiteral("%1 %2%3").arg(QFileInfo(m_path).completeBaseName(), what).arg(m_containerIndex)
                                               : m_containerName;
        m_handle = m_sink.track(t);
    }

    int waypointTrack()
    {
        if (m_wptHandle < 0) {
            Track t;
            t.sourceFormat = QStringLiteral("gpx");
            t.sourceId = m_fileName + QStringLiteral("#wpt");
            t.callsign = QCoreApplication::translate("vigie::core::GpxTrackReader", "%1 waypoints")
                             .arg(QFileInfo(m_path).completeBaseName());
            m_wptHandle = m_sink.track(t);
        }
        return m_wptHandle;
    }

    // m_text as an ISO 8601 time, blanks around it ignored (as QString::trimmed() does).
    qint64 textAsTime() const
    {
        char buf[64];
        int b = 0, e = int(m_text.size());
        while (b < e && m_text.at(b).isSpace())
            ++b;
        while (e > b && m_text.at(e - 1).isSpace())
            --e;
        if (e - b > int(sizeof buf))
            return TrackPoint::kNoTime;
        for (int i = b; i < e; ++i) {
            const ushort c = m_text.at(i).unicode();
            buf[i - b] = c < 0x80 ? char(c) : '?';
        }
        return IsoDateTime::parse(std::string_view(buf, size_t(e - b)));
    }

    void readPoint(SafeXmlReader &r, bool waypoint)
    {
        const qint64 line = r.lineNumber();
        const int depth = r.depth();
        TrackPoint p;
        p.source = m_source;
        bool okLat = false, okLon = false;
        {
            // Read and let go before the next token: a copy still alive then costs a deep copy.
            const QXmlStreamAttributes attrs = r.attributes();
            p.lat = attrs.value(QLatin1String("lat")).toDouble(&okLat);
            p.lon = attrs.value(QLatin1String("lon")).toDouble(&okLon);
        }
        QString problem;
        if (!okLat || !okLon || !p.isValidPosition())
            problem = QCoreApplication::translate("vigie::core::GpxTrackReader", "missing or invalid lat/lon");
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                return; // reported by run()
            if (t == QXmlStreamReader::EndElement && r.depth() < depth)
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            // Leaves by local name: GPX 1.0 speed/course, gpxtpx:speed/course, gpxx extensions alike.
            const bool ele = is(r, "ele"), time = is(r, "time"), speed = is(r, "speed"), course = is(r, "course");
            if (!(ele || time || speed || course || is(r, "hdop")))
                continue;
            r.readElementText(&m_text); // reused: no allocation per leaf
            bool ok = true; // QString::toDouble ignores blanks around the number
            if (time) {
                p.timeMs = textAsTime();
                if (p.timeMs == TrackPoint::kNoTime && !m_text.trimmed().isEmpty() && problem.isEmpty())
                    problem = QCoreApplication::translate("vigie::core::GpxTrackReader", "malformed time \"%1\"").arg(m_text.trimmed());
            } else if (ele) {
                p.altitude = m_text.toDouble(&ok);
            } else if (speed) {
                p.speed = m_text.toDouble(&ok);
            } else if (course) {
                p.course = m_text.toDouble(&ok);
            }
            if (!ok && problem.isEmpty())
                problem = QCoreApplication::translate("vigie::core::GpxTrackReader", "malformed number \"%1\"").arg(m_text.trimmed());
        }
        if (!problem.isEmpty()) {
            m_sink.rejected({m_path, line, 0, problem});
            return;
        }
        if (waypoint) {
            m_sink.point(waypointTrack(), p);
            return;
        }
        if (m_handle < 0)
            declare();
        m_sink.point(m_handle, p);
    }

    QString m_path;
    TrackSink &m_sink;
    QFile m_file;
    QString m_fileName;
    QString m_source;
    bool m_isRoute = false;
    int m_tracks = 0;
    int m_routes = 0;
    int m_containerIndex = 0;
    QString m_containerName;
    QString m_text; // the current leaf's text
    int m_handle = -1;
    int m_wptHandle = -1;
};

} // namespace

QString GpxTrackReader::name() const { return QCoreApplication::translate("vigie::core::GpxTrackReader", "GPX"); }

int GpxTrackReader::identify(const QString &path, const QByteArray &head) const
{
    if (head.contains("<gpx"))
        return 95;
    return QFileInfo(path).suffix().compare(QLatin1String("gpx"), Qt::CaseInsensitive) == 0 ? 60 : 0;
}

void GpxTrackReader::read(const QString &path, TrackSink &sink) const { GpxParser(path, sink).run(); }

} // namespace vigie::core
