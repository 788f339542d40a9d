// SPDX-License-Identifier: GPL-2.0-or-later
#include "fuzz_targets.h"

#include "../support/sink_recording.h"

#include "feeds/feed_codec.h"
#include "incidents/incident_reader.h"
#include "incidents/incident_reader_registry.h"
#include "tracks/gpx_track_reader.h"
#include "tracks/track_reader.h"
#include "tracks/track_reader_registry.h"

#ifdef VIGIE_FUZZ_WITH_STORE
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_repository.h"
#include "mission/mission_store.h"
#include "sites/site_io.h"
#endif

#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace vigie::fuzz {

using namespace vigie::core;

void fail(const QString &what)
{
    std::fprintf(stderr, "vigie fuzz check failed: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

namespace {

// The scratch folder: one file per input, overwritten each time (in /dev/shm when there is one,
// so that millions of inputs do not touch the disk).
QString scratchDir()
{
    static std::unique_ptr<QTemporaryDir> dir = [] {
        const QString shm = QStringLiteral("/dev/shm");
        auto d = QFileInfo(shm).isWritable() ? std::make_unique<QTemporaryDir>(shm + QStringLiteral("/vigie-fuzz-XXXXXX"))
                                             : std::make_unique<QTemporaryDir>();
        if (!d->isValid())
            fail(QStringLiteral("cannot create a scratch folder"));
        return d;
    }();
    return dir->path();
}

QString writeInput(const uint8_t *data, size_t size, const QString &suffix)
{
    const QString path = scratchDir() + QStringLiteral("/input.") + suffix;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail(QStringLiteral("cannot write the input to %1").arg(path));
    return path;
}

// A GDAL in-memory file holding the input (what GDAL-backed readers open); removed on scope exit.
class VsiMemFile
{
  public:
    VsiMemFile(const uint8_t *data, size_t size, const QString &suffix)
        : m_path(QStringLiteral("/vsimem/vigie-fuzz/input.") + suffix)
    {
        const QByteArray p = m_path.toUtf8();
        // GDAL copies nothing: the buffer must outlive the file, which it does (scope).
        VSILFILE *f = VSIFileFromMemBuffer(p.constData(), const_cast<GByte *>(data), vsi_l_offset(size), FALSE);
        if (!f)
            fail(QStringLiteral("cannot create %1").arg(m_path));
        VSIFCloseL(f);
    }
    ~VsiMemFile() { VSIUnlink(m_path.toUtf8().constData()); }
    QString path() const { return m_path; }

  private:
    QString m_path;
};

void checkReason(const QString &reason, const char *where)
{
    if (reason.trimmed().isEmpty())
        fail(QStringLiteral("%1: an error without a reason").arg(QLatin1String(where)));
}

// ---- tracks ----

class CheckingTrackSink : public TrackSink
{
  public:
    int track(const Track &header) override
    {
        auto it = m_ids.find(header.sourceId);
        if (it != m_ids.end())
            return it->second;
        const int id = int(m_ids.size());
        m_ids.emplace(header.sourceId, id);
        return id;
    }
    void point(int track, const TrackPoint &p) override
    {
        if (track < 0 || track >= int(m_ids.size()))
            fail(QStringLiteral("point for an undeclared track %1").arg(track));
        if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
            fail(QStringLiteral("point with an invalid position %1, %2").arg(p.lat).arg(p.lon));
    }
    void rejected(const ReadIssue &issue) override { checkReason(issue.reason, "track reader rejected"); }

  private:
    std::map<QString, int> m_ids;
};

void readTracks(const QString &readerId, const QString &path)
{
    const TrackReader *reader = TrackReaderRegistry::builtIn().byId(readerId);
    if (!reader)
        fail(QStringLiteral("no track reader %1").arg(readerId));
    CheckingTrackSink sink;
    try {
        reader->read(path, sink);
    } catch (const TrackReadError &e) {
        checkReason(e.issue().reason, "TrackReadError");
        if (e.issue().file.isEmpty())
            fail(QStringLiteral("TrackReadError without the file: %1").arg(e.message()));
    }
}

void trackTarget(const char *id, const char *suffix, const uint8_t *data, size_t size)
{
    readTracks(QLatin1String(id), writeInput(data, size, QLatin1String(suffix)));
}

// ---- incidents ----

void readIncidents(const QString &readerId, const QString &path)
{
    const auto reader = IncidentReaderRegistry::builtin().reader(readerId);
    if (!reader)
        fail(QStringLiteral("no incident reader %1").arg(readerId));
    IncidentReadCallbacks cb;
    cb.record = [](Incident &inc, const SourceRow &) {
        if (!std::isfinite(inc.lat) || !std::isfinite(inc.lon) || inc.lat < -90 || inc.lat > 90 || inc.lon < -180 || inc.lon > 180)
            fail(QStringLiteral("incident with an invalid position %1, %2").arg(inc.lat).arg(inc.lon));
        return true;
    };
    cb.reject = [](const SourceRow &row, const QString &reason) {
        checkReason(reason, "incident reader rejected");
        (void)row.cellList();
        return true;
    };
    try {
        reader->read(path, cb);
    } catch (const IncidentReadError &e) {
        checkReason(e.reason(), "IncidentReadError");
        if (e.file().isEmpty())
            fail(QStringLiteral("IncidentReadError without the file: %1").arg(e.message()));
    }
}

void incidentTarget(const char *id, const char *suffix, const uint8_t *data, size_t size)
{
    readIncidents(QLatin1String(id), writeInput(data, size, QLatin1String(suffix)));
}

// GeoJSON incidents go through GDAL: the input is a /vsimem/ file, as GDAL's own fuzzers do.
void fuzzGeoJson(const uint8_t *data, size_t size)
{
    VsiMemFile f(data, size, QStringLiteral("geojson"));
    readIncidents(QStringLiteral("geojson"), f.path());
}

// KML: the track reader on a file (KMZ when the input is a zip), then the OGR incident reader.
void fuzzKml(const uint8_t *data, size_t size)
{
    const bool zip = size >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
    const QString path = writeInput(data, size, zip ? QStringLiteral("kmz") : QStringLiteral("kml"));
    readTracks(QStringLiteral("kml"), path);
    readIncidents(QStringLiteral("kml"), path);
}

#ifdef VIGIE_FUZZ_WITH_STORE
// ---- sites and annotations (first byte chooses CSV/GeoJSON or GeoJSON/KML) ----

void fuzzSites(const uint8_t *data, size_t size)
{
    if (size == 0)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, int(size - 1));
    try {
        const SiteImportResult r = (data[0] & 1) ? SiteIo::readGeoJson(bytes) : SiteIo::readCsv(bytes);
        for (const SiteImportReject &rej : r.rejects)
            checkReason(rej.reason, "site rejected");
    } catch (const MissionError &e) {
        checkReason(e.message(), "MissionError");
    }
}

void fuzzAnnotations(const uint8_t *data, size_t size)
{
    if (size == 0)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, int(size - 1));
    try {
        if (data[0] & 1)
            annotation_exchange::fromKml(bytes, QStringLiteral("fuzz.kml"));
        else
            annotation_exchange::fromGeoJson(bytes, QStringLiteral("fuzz.geojson"));
    } catch (const AnnotationError &e) {
        checkReason(e.message(), "AnnotationError");
    }
}

#endif

// ---- live feeds ----

class CheckingFeedOutput : public FeedCodecOutput
{
  public:
    void received(const QByteArray &) override {}
    void fix(FeedFix &&f) override
    {
        if (!f.point.isValidPosition())
            fail(QStringLiteral("feed fix with an invalid position %1, %2").arg(f.point.lat).arg(f.point.lon));
    }
    void rejected(const QString &reason) override { checkReason(reason, "feed rejected"); }
    void ignored() override {}
};

// Byte 0: format (CoT, NMEA, gpsd) and transport; byte 1: the stream's chunk size. The rest is
// one datagram, or a stream cut into chunks; the codec's buffer must stay under its cap.
void fuzzFeed(const uint8_t *data, size_t size)
{
    if (size < 2)
        return;
    const FeedFormat format = data[0] % 3 == 0 ? FeedFormat::Cot : data[0] % 3 == 1 ? FeedFormat::Nmea : FeedFormat::Gpsd;
    const bool stream = (data[0] / 3) & 1;
    const int chunk = 1 + data[1];
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 2, int(size - 2));
    std::unique_ptr<FeedCodec> codec = FeedCodec::create(format, QStringLiteral("127.0.0.1:1"));
    CheckingFeedOutput out;
    if (!stream) {
        codec->datagram(bytes, out);
    } else {
        constexpr int kMax = 4096;
        for (int at = 0; at < bytes.size(); at += chunk) {
            if (!codec->stream(bytes.mid(at, chunk), kMax, out)) {
                if (codec->buffered() != 0)
                    fail(QStringLiteral("stream refused but kept %1 bytes").arg(codec->buffered()));
            } else if (codec->buffered() > kMax) {
                fail(QStringLiteral("stream buffer %1 above its cap %2").arg(codec->buffered()).arg(kMax));
            }
        }
    }
    codec->finish(out);
}

void fuzzAcled(const uint8_t *d, size_t n) { incidentTarget("acled", "csv", d, n); }
void fuzzHxl(const uint8_t *d, size_t n) { incidentTarget("hxl", "csv", d, n); }
void fuzzCsv(const uint8_t *d, size_t n) { incidentTarget("csv", "csv", d, n); }
// GPX: the checks every reader gets (through read(), which takes the fast path when it can), then
// the reader's two parsers side by side: what the fast path takes must come out call for call as
// SafeXmlReader's reading, and what it declines must have reached no sink.
void fuzzGpx(const uint8_t *d, size_t n)
{
    const QString path = writeInput(d, n, QStringLiteral("gpx"));
    readTracks(QStringLiteral("gpx"), path);
    vigie::test::RecordingSink fast, xml;
    try {
        if (!GpxTrackReader::readVia(GpxTrackReader::Path::Fast, path, fast)) {
            if (!fast.calls.isEmpty())
                fail(QStringLiteral("the GPX fast path declined after calling the sink"));
            return;
        }
        GpxTrackReader::readVia(GpxTrackReader::Path::Xml, path, xml);
    } catch (const TrackReadError &e) {
        checkReason(e.issue().reason, "TrackReadError");
        return;
    }
    const QStringList a = vigie::test::RecordingSink::comparable(xml.calls), b = vigie::test::RecordingSink::comparable(fast.calls);
    for (int i = 0; i < std::max(a.size(), b.size()); ++i)
        if (i >= a.size() || i >= b.size() || a[i] != b[i])
            fail(QStringLiteral("GPX parsers disagree at call %1:\n  XML path:  %2\n  fast path: %3")
                     .arg(i)
                     .arg(i < a.size() ? a[i] : QStringLiteral("(nothing)"), i < b.size() ? b[i] : QStringLiteral("(nothing)")));
}
void fuzzNmea(const uint8_t *d, size_t n) { trackTarget("nmea", "nmea", d, n); }
void fuzzCot(const uint8_t *d, size_t n) { trackTarget("cot", "cot", d, n); }
void fuzzTracksCsv(const uint8_t *d, size_t n) { trackTarget("csv", "csv", d, n); }

const std::map<QString, TargetFn> &targets()
{
    static const std::map<QString, TargetFn> t{
        {QStringLiteral("acled"), fuzzAcled},
        {QStringLiteral("hxl"), fuzzHxl},
        {QStringLiteral("csv"), fuzzCsv},
        {QStringLiteral("gpx"), fuzzGpx},
        {QStringLiteral("nmea"), fuzzNmea},
        {QStringLiteral("cot"), fuzzCot},
        {QStringLiteral("kml"), fuzzKml},
        {QStringLiteral("geojson"), fuzzGeoJson},
        {QStringLiteral("tracks_csv"), fuzzTracksCsv},
#ifdef VIGIE_FUZZ_WITH_STORE
        {QStringLiteral("sites"), fuzzSites},
        {QStringLiteral("annotations"), fuzzAnnotations},
#endif
        {QStringLiteral("feed"), fuzzFeed},
    };
    return t;
}

} // namespace

TargetFn target(const QString &format)
{
    const auto it = targets().find(format);
    return it == targets().end() ? nullptr : it->second;
}

QStringList formats()
{
    QStringList out;
    for (const auto &t : targets())
        out << t.first;
    return out;
}

int runOne(TargetFn fn, const uint8_t *data, size_t size)
{
    static QCoreApplication *app = [] {
        static int argc = 1;
        static char name[] = "vigie-fuzz";
        static char *argv[] = {name, nullptr};
        qputenv("QT_LOGGING_RULES", "*=false");
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
    if (size > kMaxInputBytes)
        return 0;
    try {
        fn(data, size);
    } catch (const std::exception &e) {
        fail(QStringLiteral("an exception escaped the reader: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        fail(QStringLiteral("an unknown exception escaped the reader"));
    }
    return 0;
}

} // namespace vigie::fuzz
