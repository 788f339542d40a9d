// SPDX-License-Identifier: GPL-2.0-or-later
// Files and peers that try to hurt the workstation: XML with DTDs, entity bombs, absurd nesting
// and attributes; zip bombs and escaping paths in KMZ; a 2 GB CSV line, NUL bytes, invalid
// UTF-8; a flood of garbage datagrams (a TCP peer's endless <event: core.feeds.test_feeds). Each
// must end in a clear error (file, line, reason) with bounded memory: the peak resident size may
// grow by at most 150 MB (400 MB under ASan) over what it was, whatever the input's size.
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_repository.h"
#include "feeds/feed_codec.h"
#include "feeds/feed_config.h"
#include "feeds/feed_receiver.h"
#include "incidents/incident_reader.h"
#include "incidents/incident_reader_registry.h"
#include "io/csv_reader.h"
#include "io/safe_xml_reader.h"
#include "mission/mission_store.h"
#include "sites/site_io.h"
#include "tracks/kml_track_reader.h"
#include "tracks/track_reader.h"
#include "tracks/track_reader_registry.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <sys/resource.h>

#include <algorithm>
#include <cstring>

using namespace vigie::core;

namespace {

qint64 peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_maxrss) / 1024; // kB on Linux
}

// Under AddressSanitizer every allocation has shadow memory and a quarantine: allow more.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kRssBudgetMb = 400;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 kRssBudgetMb = 400;
#else
constexpr qint64 kRssBudgetMb = 150;
#endif
#else
constexpr qint64 kRssBudgetMb = 150;
#endif

// A device that yields prefix, then `count` copies of `fill`, then suffix, without holding them:
// gigabytes of input at no memory or disk cost.
class GeneratorDevice : public QIODevice
{
  public:
    GeneratorDevice(QByteArray prefix, char fill, qint64 count, QByteArray suffix)
        : m_prefix(std::move(prefix)), m_suffix(std::move(suffix)), m_fill(fill), m_count(count)
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return total() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= total() && QIODevice::bytesAvailable() == 0; }
    qint64 produced() const { return m_pos; }

  protected:
    qint64 readData(char *data, qint64 max) override
    {
        qint64 n = 0;
        while (n < max && m_pos < total()) {
            if (m_pos < m_prefix.size()) {
                const qint64 k = std::min<qint64>(max - n, m_prefix.size() - m_pos);
                std::memcpy(data + n, m_prefix.constData() + m_pos, size_t(k));
                n += k, m_pos += k;
            } else if (m_pos < m_prefix.size() + m_count) {
                const qint64 k = std::min<qint64>(max - n, m_prefix.size() + m_count - m_pos);
                std::memset(data + n, m_fill, size_t(k));
                n += k, m_pos += k;
            } else {
                const qint64 at = m_pos - m_prefix.size() - m_count;
                const qint64 k = std::min<qint64>(max - n, m_suffix.size() - at);
                std::memcpy(data + n, m_suffix.constData() + at, size_t(k));
                n += k, m_pos += k;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

  private:
    qint64 total() const { return m_prefix.size() + m_count + m_suffix.size(); }
    QByteArray m_prefix, m_suffix;
    char m_fill;
    qint64 m_count;
    qint64 m_pos = 0;
};

// Collects what a track reader says: rejected records and a thrown read error, as text.
struct Outcome : TrackSink
{
    QStringList issues;
    int points = 0;
    int track(const Track &) override { return 0; }
    void point(int, const TrackPoint &) override { ++points; }
    void rejected(const ReadIssue &issue) override { issues << issue.toString(); }
    QString all() const { return issues.join(QLatin1Char('\n')); }
};

Outcome readTracks(const QString &reader, const QString &path)
{
    Outcome o;
    try {
        TrackReaderRegistry::builtIn().byId(reader)->read(path, o);
    } catch (const TrackReadError &e) {
        o.issues << e.message();
    }
    return o;
}

struct IncidentOutcome
{
    QStringList issues; // "line: reason"
    int records = 0;
    QString all() const { return issues.join(QLatin1Char('\n')); }
};

IncidentOutcome readIncidents(const QString &reader, const QString &path)
{
    IncidentOutcome o;
    IncidentReadCallbacks cb;
    cb.record = [&](Incident &, const SourceRow &) { return ++o.records, true; };
    cb.reject = [&](const SourceRow &row, const QString &why) {
        o.issues << QStringLiteral("%1:%2: %3").arg(path).arg(row.line).arg(why);
        return true;
    };
    try {
        IncidentReaderRegistry::builtin().reader(reader)->read(path, cb);
    } catch (const IncidentReadError &e) {
        o.issues << e.message();
    }
    return o;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Writes a zip with the given entries through GDAL (names kept verbatim), deflated.
bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    void *zip = CPLCreateZip(path.toUtf8().constData(), nullptr);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &e : entries) {
        ok = ok && CPLCreateFileInZip(zip, e.first.constData(), nullptr) == CE_None;
        ok = ok && CPLWriteFileInZip(zip, e.second.constData(), int(e.second.size())) == CE_None;
        ok = ok && CPLCloseFileInZip(zip) == CE_None;
    }
    return CPLCloseZip(zip) == CE_None && ok;
}

const char *const kXmlReaders[] = {"gpx", "kml", "cot"};

QByteArray rootFor(const QByteArray &reader)
{
    return reader == "gpx" ? "gpx" : reader == "kml" ? "kml" : "event";
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
  private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

  private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---------------------------------------------------------------- XML
    void xmlExternalEntityAndDtdRefused_data()
    {
        QTest::addColumn<QByteArray>("reader");
        for (const char *r : kXmlReaders)
            QTest::newRow(r) << QByteArray(r);
    }
    void xmlExternalEntityAndDtdRefused()
    {
        QFETCH(QByteArray, reader);
        const QByteArray root = rootFor(reader);
        const QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<" + root
                               + " uid=\"&xxe;\"><name>&xxe;</name></" + root + ">\n";
        const QString file = path(QStringLiteral("xxe.") + QString::fromLatin1(reader));
        QVERIFY(writeFile(file, doc));
        const Outcome o = readTracks(QString::fromLatin1(reader), file);
        QCOMPARE(o.points, 0);
        QVERIFY2(o.all().contains(QLatin1String("DTD")), qPrintable(o.all()));
        QVERIFY2(o.all().contains(QLatin1String("xxe.")), qPrintable(o.all())); // names the file
        QVERIFY2(!o.all().contains(QLatin1String("root:")), "the entity was expanded");
    }

    void xmlEntityBombRefused_data() { xmlExternalEntityAndDtdRefused_data(); }
    void xmlEntityBombRefused()
    {
        QFETCH(QByteArray, reader);
        const QByteArray root = rootFor(reader);
        QByteArray dtd = "<!DOCTYPE " + root + " [\n<!ENTITY l0 \"lol\">\n";
        for (int i = 1; i < 10; ++i)
            dtd += QStringLiteral("<!ENTITY l%1 \"&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;&l%2;\">\n").arg(i).arg(i - 1).toLatin1();
        const QByteArray doc = "<?xml version=\"1.0\"?>\n" + dtd + "]>\n<" + root + "><name>&l9;</name></" + root + ">\n";
        const QString file = path(QStringLiteral("bomb.") + QString::fromLatin1(reader));
        QVERIFY(writeFile(file, doc));
        const qint64 before = peakRssMb();
        const Outcome o = readTracks(QString::fromLatin1(reader), file);
        QVERIFY2(o.all().contains(QLatin1String("DTD")), qPrintable(o.all()));
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
        // The annotations' KML import too.
        try {
            annotation_exchange::fromKml("<?xml version=\"1.0\"?>\n" + dtd + "]>\n<kml><Placemark><name>&l9;</name></Placemark></kml>",
                                         QStringLiteral("bomb.kml"));
            QFAIL("an entity bomb was accepted");
        } catch (const AnnotationError &e) {
            QVERIFY2(e.message().contains(QLatin1String("DTD")) && e.message().contains(QLatin1String("bomb.kml")), qPrintable(e.message()));
        }
    }

    void xmlMillionDeepNestingRefused_data() { xmlExternalEntityAndDtdRefused_data(); }
    void xmlMillionDeepNestingRefused()
    {
        QFETCH(QByteArray, reader);
        const QByteArray root = rootFor(reader);
        QByteArray doc = "<" + root + ">";
        doc.reserve(8 * 1000 * 1000);
        for (int i = 0; i < 1000000; ++i)
            doc += "<a>";
        for (int i = 0; i < 1000000; ++i)
            doc += "</a>";
        doc += "</" + root + ">";
        const QString file = path(QStringLiteral("deep.") + QString::fromLatin1(reader));
        QVERIFY(writeFile(file, doc));
        doc.clear();
        doc.squeeze();
        const qint64 before = peakRssMb();
        const Outcome o = readTracks(QString::fromLatin1(reader), file);
        QCOMPARE(o.points, 0);
        // The CoT file reader cuts events out before parsing: a 7 MB "event" is refused by size.
        QVERIFY2(o.all().contains(QLatin1String("deeper than")) || (reader == "cot" && o.all().contains(QLatin1String("no </event> within"))),
                 qPrintable(o.all()));
        QVERIFY2(o.all().contains(QLatin1String("line 1")), qPrintable(o.all()));
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
        if (reader == "cot") {
            // A single CoT message (a datagram) a million levels deep: refused by depth.
            QByteArray event = "<event version=\"2.0\" uid=\"deep\" type=\"a-f-G\">";
            for (int i = 0; i < 1000000; ++i)
                event += "<a>";
            struct Out : FeedCodecOutput
            {
                QString why;
                void received(const QByteArray &) override {}
                void fix(FeedFix &&) override {}
                void rejected(const QString &reason) override { why = reason; }
                void ignored() override {}
            } out;
            FeedCodec::create(FeedFormat::Cot, QStringLiteral("peer"))->datagram(event + "</event>", out);
            QVERIFY2(out.why.contains(QLatin1String("deeper than")), qPrintable(out.why));
        }
    }

    void xml100MbAttributeRefused()
    {
        // Through the reader's own device handling: a generated stream, never in memory at once.
        GeneratorDevice dev("<?xml version=\"1.0\"?>\n<gpx creator=\"", 'x', 100LL * 1024 * 1024, "\"></gpx>\n");
        QVERIFY(dev.open(QIODevice::ReadOnly));
        const qint64 before = peakRssMb();
        SafeXmlReader r(&dev);
        while (!r.atEnd())
            r.readNext();
        QVERIFY(r.hasError());
        QVERIFY2(r.errorString().contains(QLatin1String("larger than")), qPrintable(r.errorString()));
        QVERIFY2(r.errorString().startsWith(QLatin1String("line 2")), qPrintable(r.errorString()));
        QVERIFY(dev.produced() < 40LL * 1024 * 1024); // stopped early, did not read it all
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
    }

    void xml100MbAttributeRefusedByReaders_data() { xmlExternalEntityAndDtdRefused_data(); }
    void xml100MbAttributeRefusedByReaders()
    {
        QFETCH(QByteArray, reader);
        const QByteArray root = rootFor(reader);
        const QString file = path(QStringLiteral("attr.") + QString::fromLatin1(reader));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<" + root + " version=\"");
            const QByteArray mb(1024 * 1024, 'x');
            for (int i = 0; i < 100; ++i)
                f.write(mb);
            f.write("\"></" + root + ">\n");
        }
        const qint64 before = peakRssMb();
        const Outcome o = readTracks(QString::fromLatin1(reader), file);
        QFile::remove(file);
        QCOMPARE(o.points, 0);
        QVERIFY2(!o.issues.isEmpty(), "100 MB attribute accepted");
        QVERIFY2(o.all().contains(QLatin1String("MB")), qPrintable(o.all()));
        QVERIFY2(o.all().contains(QLatin1String("attr.")), qPrintable(o.all()));
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
    }

    // ---------------------------------------------------------------- KMZ
    void kmzZipBombRefused()
    {
        // 64 MB of spaces deflate to ~64 KB: a ratio of ~1000 (the limit is 200).
        const QString file = path(QStringLiteral("bomb.kmz"));
        QByteArray doc = "<kml><Placemark><name>x</name><Point><coordinates>1,2</coordinates></Point></Placemark>";
        doc += QByteArray(64 * 1024 * 1024, ' ');
        doc += "</kml>";
        QVERIFY(writeZip(file, {{"doc.kml", doc}}));
        doc.clear();
        doc.squeeze();
        QVERIFY(QFileInfo(file).size() < 1024 * 1024);
        const qint64 before = peakRssMb();
        const Outcome o = readTracks(QStringLiteral("kml"), file);
        QCOMPARE(o.points, 0);
        QVERIFY2(o.all().contains(QLatin1String("zip bomb")), qPrintable(o.all()));
        QVERIFY2(o.all().contains(QLatin1String("bomb.kmz")), qPrintable(o.all()));
        const IncidentOutcome inc = readIncidents(QStringLiteral("kml"), file);
        QCOMPARE(inc.records, 0);
        QVERIFY2(inc.all().contains(QLatin1String("zip bomb")), qPrintable(inc.all()));
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
    }

    void kmzEscapingPathsRefused()
    {
        const QByteArray kml = "<kml><Placemark><name>evil</name><Point><coordinates>1,2</coordinates></Point></Placemark></kml>";
        const QString file = path(QStringLiteral("escape.kmz"));
        QVERIFY(writeZip(file, {{"../../evil.kml", kml}, {"/etc/abs.kml", kml}, {"C:\\x\\win.kml", kml}}));
        const Outcome o = readTracks(QStringLiteral("kml"), file);
        QCOMPARE(o.points, 0);
        QVERIFY2(o.all().contains(QLatin1String("unsafe entry name")), qPrintable(o.all()));
        QVERIFY2(o.all().contains(QLatin1String("no .kml document")), qPrintable(o.all()));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("../evil.kml"))));
        const IncidentOutcome inc = readIncidents(QStringLiteral("kml"), file);
        QCOMPARE(inc.records, 0);
        QVERIFY2(!inc.issues.isEmpty(), "an archive without a safe doc.kml was read");
        QVERIFY2(inc.all().contains(QLatin1String("unsafe entry name")), qPrintable(inc.all()));

        // Beside a safe doc.kml: its incident is read, the unsafe entry reported, never used. (GDAL's
        // /vsizip/ listing already drops a leading "/" and "../"; a drive letter comes through.)
        const QString mixed = path(QStringLiteral("mixed.kmz"));
        const QByteArray doc = "<kml><Placemark><name>ok</name><TimeStamp><when>2026-11-20T10:00:00Z</when></TimeStamp>"
                               "<Point><coordinates>1,2</coordinates></Point></Placemark></kml>";
        QVERIFY(writeZip(mixed, {{"doc.kml", doc}, {"C:\\x\\win.kml", kml}}));
        const IncidentOutcome both = readIncidents(QStringLiteral("kml"), mixed);
        QCOMPARE(both.records, 1);
        QVERIFY2(both.all().contains(QLatin1String("unsafe entry name")), qPrintable(both.all()));
        QVERIFY2(both.all().contains(QLatin1String("mixed.kmz:0:")), qPrintable(both.all()));
        const Outcome tracks = readTracks(QStringLiteral("kml"), mixed);
        QVERIFY2(tracks.all().contains(QLatin1String("unsafe entry name")), qPrintable(tracks.all()));
    }

    // ---------------------------------------------------------------- CSV
    void csv2GbLineRefused()
    {
        // The tokenizer on a generated 2 GB line: refused at its record cap, memory bounded.
        GeneratorDevice dev("name,lat,lon\n", 'x', 2LL * 1024 * 1024 * 1024, "\n");
        CsvReader csv(&dev, QStringLiteral("huge.csv"));
        QVERIFY(csv.open());
        const qint64 before = peakRssMb();
        CsvRecord rec;
        QCOMPARE(csv.next(rec), CsvReader::Result::Record);
        QCOMPARE(csv.next(rec), CsvReader::Result::Error);
        QCOMPARE(csv.errorLine(), qint64(2));
        QVERIFY2(csv.errorString().contains(QLatin1String("larger than 64 MB")), qPrintable(csv.errorString()));
        QCOMPARE(csv.next(rec), CsvReader::Result::End);
        QVERIFY(dev.produced() < 100LL * 1024 * 1024);
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
    }

    void csv2GbLineThroughReaders_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::newRow("acled") << QStringLiteral("acled");
        QTest::newRow("hxl") << QStringLiteral("hxl");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("tracks csv") << QStringLiteral("tracks:csv");
    }
    void csv2GbLineThroughReaders()
    {
        QFETCH(QString, reader);
        // A sparse file: the header, then a 2 GB "line" of NUL bytes that takes no disk.
        const QString file = path(QStringLiteral("sparse.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray header = reader == QLatin1String("hxl")
                                          ? "#event+id,#date+occurred,#geo+lat,#geo+lon\n"
                                          : "event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude,fatalities,time\n";
            f.write(header);
            QVERIFY(f.resize(header.size() + 2LL * 1024 * 1024 * 1024));
        }
        const qint64 before = peakRssMb();
        QString all;
        if (reader == QLatin1String("tracks:csv"))
            all = readTracks(QStringLiteral("csv"), file).all();
        else
            all = readIncidents(reader, file).all();
        QFile::remove(file);
        QVERIFY2(all.contains(QLatin1String("larger than 64 MB")), qPrintable(all));
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("sparse\\.csv(:|, line )2:"))), qPrintable(all)); // file and line
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
    }

    void csvNulBytesAndInvalidUtf8_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::newRow("acled") << QStringLiteral("acled");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("tracks csv") << QStringLiteral("tracks:csv");
    }
    void csvNulBytesAndInvalidUtf8()
    {
        QFETCH(QString, reader);
        static const char nulLine[] = "A2,2026-01-01,Armed \0clash,1.5,2.5,0,2026-01-01T00:00:00Z\n";
        const QByteArray csv = QByteArray("event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude,fatalities,time\n"
                                          "A1,2026-01-01,Battles,Armed clash,1.5,2.5,0,2026-01-01T00:00:00Z\n")
                               + QByteArray(nulLine, int(sizeof nulLine) - 1).replace("01,Armed", "01,Battles,Armed")
                               + "A3,2026-01-01,Battles,Caf\xe9 attack,1.5,2.5,0,2026-01-01T00:00:00Z\n"
                               + "A4,2026-01-01,Battles,Overlong \xc0\xaf,1.5,2.5,0,2026-01-01T00:00:00Z\n"
                               + "A5,2026-01-01,Battles,Caf\xc3\xa9 ok,1.5,2.5,0,2026-01-01T00:00:00Z\n";
        QCOMPARE(int(csv.count('\n')), 6);
        const QString file = path(QStringLiteral("flawed.csv"));
        QVERIFY(writeFile(file, csv));
        QString all;
        if (reader == QLatin1String("tracks:csv"))
            all = readTracks(QStringLiteral("csv"), file).all();
        else
            all = readIncidents(reader, file).all();
        // "file:line: reason" (incidents) or "file, line N: reason" (tracks).
        const auto at = [&](int line) {
            return QRegularExpression(QStringLiteral("flawed\\.csv(:|, line )%1:").arg(line));
        };
        QVERIFY2(all.contains(at(3)) && all.contains(QLatin1String("NUL byte in field 4")), qPrintable(all));
        QVERIFY2(all.contains(at(4)) && all.contains(QLatin1String("field 4 is not valid UTF-8")), qPrintable(all));
        QVERIFY2(all.contains(at(5)), qPrintable(all));
        QVERIFY2(!all.contains(at(6)), qPrintable(all)); // valid UTF-8 is fine
        QVERIFY2(!all.contains(at(2)), qPrintable(all));
    }

    void sitesCsvFlawsAreRejected()
    {
        static const char head[] = "name,kind,lat,lon,radius\nCamp\0,idp_camp,1,2,100\n";
        const QByteArray csv = QByteArray(head, int(sizeof head) - 1) + "Caf\xe9,school,1,2,100\nOK,school,1,2,100\n";
        const SiteImportResult r = SiteIo::readCsv(csv);
        QCOMPARE(r.sites.size(), 1);
        QCOMPARE(r.rejects.size(), 2);
        QCOMPARE(r.rejects[0].line, 2);
        QVERIFY(r.rejects[0].reason.contains(QLatin1String("NUL")));
        QCOMPARE(r.rejects[1].line, 3);
        QVERIFY(r.rejects[1].reason.contains(QLatin1String("UTF-8")));
    }

    // ---------------------------------------------------------------- live feeds
    void garbageDatagramFloodIsBounded()
    {
        // Codec level: 200,000 garbage datagrams of up to 1 KB, each rejected, nothing kept.
        struct Count : FeedCodecOutput
        {
            qint64 nRejected = 0, fixes = 0;
            void received(const QByteArray &) override {}
            void fix(FeedFix &&) override { ++fixes; }
            void rejected(const QString &) override { ++nRejected; }
            void ignored() override {}
        };
        for (FeedFormat format : {FeedFormat::Cot, FeedFormat::Nmea, FeedFormat::Gpsd}) {
            auto codec = FeedCodec::create(format, QStringLiteral("10.0.0.9"));
            Count out;
            const qint64 before = peakRssMb();
            quint32 seed = 12345;
            QByteArray garbage(1024, '\0');
            for (int i = 0; i < 200000; ++i) {
                const int n = 1 + int(seed % 1024);
                for (int k = 0; k < n; ++k) {
                    seed = seed * 1103515245u + 12345u;
                    garbage[k] = char(seed >> 16);
                }
                garbage[0] = format == FeedFormat::Cot ? '<' : format == FeedFormat::Nmea ? '$' : '{';
                codec->datagram(garbage.left(n), out);
            }
            codec->finish(out);
            QCOMPARE(out.fixes, 0);
            QVERIFY(out.nRejected >= 200000);
            QCOMPARE(codec->buffered(), 0);
            QVERIFY(peakRssMb() - before < kRssBudgetMb);
        }
    }

    void udpGarbageFloodThroughReceiver()
    {
        struct NoSink : FeedFixSink
        {
            int fixes = 0;
            void fix(FeedReceiver *, FeedFix &&) override { ++fixes; }
        } sink;
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const quint16 port = probe.localPort();
        probe.close();
        FeedConfig config;
        QString error;
        QVERIFY2(FeedConfig::parse(QStringLiteral("cot+udp://127.0.0.1:%1").arg(port), FeedRole::Listen, &config, &error), qPrintable(error));
        auto rx = FeedReceiver::create(config, sink);
        rx->start();
        QTRY_COMPARE_WITH_TIMEOUT(rx->state(), FeedState::Listening, 5000);
        const qint64 before = peakRssMb();
        QUdpSocket out;
        const QByteArray junk(1400, '\xff');
        for (int burst = 0; burst < 20; ++burst) {
            for (int i = 0; i < 500; ++i)
                out.writeDatagram(junk, QHostAddress::LocalHost, port);
            QTest::qWait(5); // the receiver (and so the UI thread) keeps up between bursts
        }
        QTRY_VERIFY_WITH_TIMEOUT(rx->stats().rejected > 0, 5000);
        QTest::qWait(200);
        const FeedStats s = rx->stats();
        QCOMPARE(sink.fixes, 0);
        QCOMPARE(s.rejected, s.received); // every datagram that arrived was counted and refused
        QVERIFY(!s.lastError.isEmpty());
        QVERIFY(peakRssMb() - before < kRssBudgetMb);
        rx->stop();
    }
    // A TCP peer sending an endless <event: core.feeds.test_feeds (endlessEventIsDropped).
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "test_hostile_input.moc"
