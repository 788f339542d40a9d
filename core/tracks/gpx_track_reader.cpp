// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/gpx_track_reader.h"

#include "io/plain_xml_scanner.h"
#include "io/safe_xml_reader.h"
#include "io/xml_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <string>
#include <string_view>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#endif

namespace vigie::core {

namespace {

// The two inputs GpxParser reads from. Each hands out the tokens, names, attributes and element
// text of SafeXmlReader's model, and turns text into values with xml_text, so that one parser
// gives the same sink calls from either.

// Any XML: SafeXmlReader over the file.
class XmlInput
{
  public:
    using Text = QString;

    explicit XmlInput(QFile *file) : m_file(file), m_r(file) {}

    bool atEnd() const { return m_r.atEnd(); }
    QXmlStreamReader::TokenType readNext() { return m_r.readNext(); }
    int depth() const { return m_r.depth(); }
    bool is(const char *local) const { return m_r.xml().name() == QLatin1String(local); }
    QString name() const { return m_r.xml().name().toString(); }
    void latLon(double *lat, bool *okLat, double *lon, bool *okLon) const
    {
        // Read and let go before the next token: a copy still alive then costs a deep copy.
        const QXmlStreamAttributes attrs = m_r.attributes();
        *lat = attrs.value(QLatin1String("lat")).toDouble(okLat);
        *lon = attrs.value(QLatin1String("lon")).toDouble(okLon);
    }
    // Reused: no allocation per leaf.
    const Text &readElementText()
    {
        m_r.readElementText(&m_text);
        return m_text;
    }
    static QString toString(const Text &t) { return t.trimmed(); }
    void skipCurrentElement() { m_r.skipCurrentElement(); }
    qint64 lineNumber() const { return m_r.lineNumber(); }
    // Where a point starts, for its line if it is rejected.
    qint64 here() const { return m_r.lineNumber(); }
    static qint64 lineOf(qint64 here) { return here; }
    void raiseError(const QString &reason) { m_r.raiseError(reason); }
    bool hasError() const { return m_r.hasError(); }
    QString errorString() const { return m_r.errorString(); }
    qint64 position() const { return m_file->pos(); }
    void releaseBehind() {}

  private:
    QFile *m_file;
    SafeXmlReader m_r;
    QString m_text;
};

// The file mapped read-only. Pages already read are let go now and then: they stay in the page
// cache and come back if touched again, but the process's resident size stays bounded whatever
// the file's size (as it does when reading through a buffer). As with any mapping, a file cut
// short by another program while it is read faults (SIGBUS) where a read() would end early.
class Mapping
{
  public:
    explicit Mapping(QFile &file) : m_file(file)
    {
        const qint64 size = file.size();
        if (size > 0 && size < qint64(PTRDIFF_MAX / 2))
            m_data = file.map(0, size);
        if (m_data)
            m_size = size;
    }
    ~Mapping()
    {
        if (m_data)
            m_file.unmap(m_data);
    }
    Mapping(const Mapping &) = delete;
    Mapping &operator=(const Mapping &) = delete;

    bool isValid() const { return m_data != nullptr; }
    std::string_view bytes() const { return {reinterpret_cast<const char *>(m_data), size_t(m_size)}; }

    void releaseBefore(qint64 offset)
    {
#if defined(Q_OS_UNIX) && defined(MADV_DONTNEED)
        // In steps, a margin behind: the few bytes still looked at behind (names of open elements)
        // are cheap to fault back in.
        constexpr qint64 kStep = 16 * 1024 * 1024, kMargin = 1024 * 1024, kPage = 64 * 1024;
        const qint64 upTo = (offset - kMargin) / kPage * kPage;
        if (upTo < m_released)
            m_released = 0; // a new pass over the file
        if (upTo - m_released < kStep)
            return;
        madvise(m_data + m_released, size_t(upTo - m_released), MADV_DONTNEED);
        m_released = upTo;
#else
        Q_UNUSED(offset);
#endif
    }

  private:
    QFile &m_file;
    uchar *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_released = 0;
};

// Plain XML: PlainXmlScanner over the mapping, once the whole file is known to be plain.
class PlainInput
{
  public:
    using Text = std::string_view;

    explicit PlainInput(Mapping &mapping) : m_mapping(mapping), m_s(mapping.bytes()) {}

    bool atEnd() const { return m_s.atEnd(); }
    // The parser looks at elements only; element text it reads with readElementText().
    QXmlStreamReader::TokenType readNext() { return m_s.readNextNonBlank(); }
    int depth() const { return m_s.depth(); }
    template <size_t N> bool is(const char (&local)[N]) const { return m_s.isNamed(local); }
    QString name() const { return xml_text::toQString(m_s.name()); }
    void latLon(double *lat, bool *okLat, double *lon, bool *okLon)
    {
        std::string_view v;
        *okLat = *okLon = false;
        *lat = m_s.attribute("lat", &v, &m_scratch) ? xml_text::toDouble(v, okLat) : 0.0;
        *lon = m_s.attribute("lon", &v, &m_scratch) ? xml_text::toDouble(v, okLon) : 0.0;
    }
    const Text &readElementText()
    {
        m_s.readElementText(&m_text);
        return m_text;
    }
    static QString toString(const Text &t) { return xml_text::toQString(t).trimmed(); }
    void skipCurrentElement() { m_s.skipCurrentElement(); }
    qint64 lineNumber() const { return m_s.lineNumber(); }
    // Lines are counted only for a point that is rejected (counting them all cost 10 %).
    qint64 here() const { return m_s.offset(); }
    qint64 lineOf(qint64 here) const { return m_s.lineAt(here); }
    void raiseError(const QString &reason) { m_s.raiseError(reason); }
    bool hasError() const { return m_s.hasError(); }
    QString errorString() const
    {
        // A decline here, after the prescan took the whole file, means the bytes changed under it.
        if (m_s.declined())
            return SafeXmlReader::positioned(m_s.lineNumber(), m_s.columnNumber(),
                                             QCoreApplication::translate("vigie::core::GpxTrackReader", "the file changed while it was read"));
        return m_s.errorString();
    }
    qint64 position() const { return m_s.offset(); }
    void releaseBehind() { m_mapping.releaseBefore(m_s.offset()); }

  private:
    Mapping &m_mapping;
    PlainXmlScanner m_s;
    std::string_view m_text;
    std::string m_scratch;
};

template <typename Input> class GpxParser
{
  public:
    GpxParser(const QString &path, qint64 size, TrackSink &sink, Input &in) : m_path(path), m_size(size), m_sink(sink), m_in(in)
    {
        m_fileName = QFileInfo(path).fileName();
        m_source = QStringLiteral("gpx");
    }

    void run()
    {
        Input &r = m_in;
        bool sawGpx = false;
        qint64 n = 0;
        while (!r.atEnd()) {
            const auto t = r.readNext();
            if (t == QXmlStreamReader::Invalid)
                break;
            if (t == QXmlStreamReader::StartElement) {
                if (r.depth() == 1) {
                    if (!r.is("gpx")) {
                        r.raiseError(QCoreApplication::translate("vigie::core::GpxTrackReader", "not a GPX file (root <%1>)").arg(r.name()));
                        break;
                    }
                    sawGpx = true;
                } else if (r.depth() == 2 && (r.is("trk") || r.is("rte"))) {
                    m_isRoute = r.is("rte");
                    m_containerIndex = m_isRoute ? ++m_routes : ++m_tracks;
                    m_containerName.clear();
                    m_handle = -1;
                } else if (r.depth() == 3 && r.is("name")) {
                    m_containerName = Input::toString(r.readElementText());
                    if (m_handle >= 0)
                        declare(); // the name came after points: refine the callsign
                } else if ((r.depth() == 4 && r.is("trkpt")) || (r.depth() == 3 && r.is("rtept"))) {
                    readPoint(false);
                } else if (r.depth() == 2 && r.is("wpt")) {
                    readPoint(true);
                } else if (r.depth() == 2 && (r.is("metadata") || r.is("extensions"))) {
                    r.skipCurrentElement();
                }
                if ((++n & 0x3FFF) == 0) {
                    r.releaseBehind();
                    m_sink.progress(r.position(), m_size);
                    if (m_sink.isCancelled())
                        return;
                }
            }
        }
        if (r.hasError())
            m_sink.rejected({m_path, r.lineNumber(), 0, r.errorString()});
        else if (!sawGpx)
            m_sink.rejected({m_path, 0, 0, QCoreApplication::translate("vigie::core::GpxTrackReader", "no <gpx> element")});
        m_sink.progress(m_size, m_size);
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

    void readPoint(bool waypoint)
    {
        Input &r = m_in;
        const qint64 start = r.here();
        const int depth = r.depth();
        TrackPoint p;
        p.source = m_source;
        bool okLat = false, okLon = false;
        r.latLon(&p.lat, &okLat, &p.lon, &okLon);
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
            const bool ele = r.is("ele"), time = r.is("time"), speed = r.is("speed"), course = r.is("course");
            if (!(ele || time || speed || course || r.is("hdop")))
                continue;
            const typename Input::Text &text = r.readElementText();
            bool ok = true; // blanks around the number are ignored
            if (time) {
                p.timeMs = xml_text::toTime(text);
                if (p.timeMs == TrackPoint::kNoTime && problem.isEmpty()) {
                    const QString shown = Input::toString(text);
                    if (!shown.isEmpty())
                        problem = QCoreApplication::translate("vigie::core::GpxTrackReader", "malformed time \"%1\"").arg(shown);
                }
            } else if (ele) {
                p.altitude = xml_text::toDouble(text, &ok);
            } else if (speed) {
                p.speed = xml_text::toDouble(text, &ok);
            } else if (course) {
                p.course = xml_text::toDouble(text, &ok);
            }
            if (!ok && problem.isEmpty())
                problem = QCoreApplication::translate("vigie::core::GpxTrackReader", "malformed number \"%1\"").arg(Input::toString(text));
        }
        if (!problem.isEmpty()) {
            m_sink.rejected({m_path, r.lineOf(start), 0, problem});
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
    qint64 m_size;
    TrackSink &m_sink;
    Input &m_in;
    QString m_fileName;
    QString m_source;
    bool m_isRoute = false;
    int m_tracks = 0;
    int m_routes = 0;
    int m_containerIndex = 0;
    QString m_containerName;
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

void GpxTrackReader::read(const QString &path, TrackSink &sink) const { readVia(Path::Auto, path, sink); }

bool GpxTrackReader::readVia(Path path, const QString &file, TrackSink &sink)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw TrackReadError({file, 0, 0, f.errorString()});
    const qint64 size = f.size();
    if (path != Path::Xml) {
        Mapping mapping(f);
        // The whole file first, without a sink call: the fast path must take all of it or none.
        if (mapping.isValid() &&
            PlainXmlScanner::prescan(mapping.bytes(), SafeXmlReader::kDefaultLimits, [&](qint64 at) { mapping.releaseBefore(at); })) {
            PlainInput in(mapping);
            GpxParser<PlainInput>(file, size, sink, in).run();
            return true;
        }
        if (path == Path::Fast)
            return false;
    }
    XmlInput in(&f);
    GpxParser<XmlInput>(file, size, sink, in).run();
    return true;
}

} // namespace vigie::core
