// SPDX-License-Identifier: GPL-2.0-or-later
#include "../../support/sink_recording.h"
#include "../../support/track_fixtures.h"
#include "gpx_fixtures.h"
#include "track_reader_fixtures.h"

#include "io/iso_date_time.h"
#include "tracks/csv_track_reader.h"
#include "tracks/cot_event.h"
#include "tracks/gpx_track_reader.h"
#include "tracks/track_reader_registry.h"

#include <cpl_vsi.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace vigie::core;
namespace fixtures = vigie::test::fixtures;
using vigie::test::RecordingSink;

#define QVERIFY_THROWS_TRACK_READ_ERROR(expr)                                                                          \
    do {                                                                                                               \
        bool thrown = false;                                                                                           \
        try {                                                                                                          \
            expr;                                                                                                      \
        } catch (const TrackReadError &) {                                                                             \
            thrown = true;                                                                                             \
        }                                                                                                              \
        QVERIFY(thrown);                                                                                               \
    } while (false)

namespace {
struct Recorder : TrackSink
{
    std::vector<Track> tracks;
    std::map<QString, int> bySource;
    std::vector<std::vector<TrackPoint>> points;
    std::vector<ReadIssue> issues;
    qint64 skipped = 0, badChecksums = 0, count = 0;
    bool keepPoints = true;
    int track(const Track &h) override
    {
        auto it = bySource.find(h.sourceId);
        if (it != bySource.end()) {
            tracks[size_t(it->second)] = h;
            return it->second;
        }
        tracks.push_back(h);
        points.emplace_back();
        bySource[h.sourceId] = int(tracks.size() - 1);
        return int(tracks.size() - 1);
    }
    void point(int t, const TrackPoint &p) override
    {
        ++count;
        if (keepPoints)
            points[size_t(t)].push_back(p);
    }
    void rejected(const ReadIssue &i) override { issues.push_back(i); }
    void skippedLine() override { ++skipped; }
    void badChecksum(const ReadIssue &) override { ++badChecksums; }
};

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// A file read by each of the GPX reader's parsers, and by read() (which chooses).
struct GpxReadings
{
    QStringList xml, fast, chosen;
    bool fastTook = false;
};

GpxReadings readGpxBothWays(const QString &path, bool withChoice = true)
{
    RecordingSink xml, fast, chosen;
    GpxReadings r;
    GpxTrackReader::readVia(GpxTrackReader::Path::Xml, path, xml);
    r.fastTook = GpxTrackReader::readVia(GpxTrackReader::Path::Fast, path, fast);
    if (withChoice)
        GpxTrackReader().read(path, chosen);
    r.xml = RecordingSink::comparable(xml.calls);
    r.fast = RecordingSink::comparable(fast.calls);
    r.chosen = withChoice ? RecordingSink::comparable(chosen.calls) : (r.fastTook ? r.fast : r.xml);
    return r;
}

QString firstDifference(const QStringList &xml, const QStringList &other)
{
    for (int i = 0; i < std::max(xml.size(), other.size()); ++i) {
        const QString a = i < xml.size() ? xml[i] : QStringLiteral("(nothing)");
        const QString b = i < other.size() ? other[i] : QStringLiteral("(nothing)");
        if (a != b)
            return QStringLiteral("call %1 of %2/%3:\n  XML path:  %4\n  fast path: %5").arg(i).arg(xml.size()).arg(other.size()).arg(a, b);
    }
    return QString();
}

// Empty when the readings agree call by call, and the fast path called nothing when it declined.
QString disagreement(const GpxReadings &r)
{
    if (!r.fastTook && !r.fast.isEmpty())
        return QStringLiteral("the fast path declined after calling the sink");
    if (r.fastTook && r.fast != r.xml)
        return firstDifference(r.xml, r.fast);
    if (r.chosen != r.xml)
        return QStringLiteral("read(): ") + firstDifference(r.xml, r.chosen);
    return QString();
}

// The same document in UTF-16 (little-endian, with its byte order mark).
QByteArray utf16(const QByteArray &utf8)
{
    const QString s = QString::fromUtf8(utf8);
    QByteArray out("\xFF\xFE", 2);
    out.append(reinterpret_cast<const char *>(s.utf16()), int(s.size() * 2));
    return out;
}
} // namespace

class TestTrackReaders : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(data);
        return p;
    }
    Recorder read(const QString &id, const QString &path)
    {
        Recorder r;
        TrackReaderRegistry::builtIn().byId(id)->read(path, r);
        return r;
    }

  private slots:
    void registry()
    {
        TrackReaderRegistry reg;
        TrackReaderRegistry::addBuiltInReaders(reg);
        QCOMPARE(reg.ids(), QStringList({"gpx", "nmea", "cot", "kml", "csv"}));
        QString error;
        QVERIFY(!reg.add(nullptr, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!reg.add(std::make_unique<GpxTrackReader>(), &error));
        QVERIFY(error.contains(QStringLiteral("gpx")));
        QCOMPARE(reg.ids().size(), 5);
    }

    void identify_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("id");
        QTest::newRow("gpx") << "a.xml" << QByteArray("<?xml version=\"1.0\"?><gpx version=\"1.1\">") << "gpx";
        QTest::newRow("nmea") << "a.txt" << QByteArray("junk\n$GPGGA,1,2") << "nmea";
        QTest::newRow("cot") << "a.xml" << QByteArray("<?xml version=\"1.0\"?>\n<event version=\"2.0\" uid=\"x\"") << "cot";
        QTest::newRow("kml") << "a.xml" << QByteArray("<kml xmlns=\"http://www.opengis.net/kml/2.2\">") << "kml";
        QTest::newRow("csv") << "a.csv" << QByteArray("time,lat,lon\n") << "csv";
    }
    void identify()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, id);
        const QString p = write(name, head);
        const TrackReader *r = TrackReaderRegistry::builtIn().identify(p);
        QVERIFY(r);
        QCOMPARE(r->id(), id);
    }

    void gpx11()
    {
        const QString p = write(QStringLiteral("a.gpx"), QByteArray("\xEF\xBB\xBF") + fixtures::k0);
        Recorder r = read(QStringLiteral("gpx"), p);
        QCOMPARE(r.tracks.size(), size_t(3)); // waypoints, Patrol 1, Route (the empty trk makes none)
        const auto &pts = r.points[size_t(r.bySource[QStringLiteral("a.gpx#trk1")])];
        QCOMPARE(r.tracks[size_t(r.bySource[QStringLiteral("a.gpx#trk1")])].callsign, QStringLiteral("Patrol 1"));
        QCOMPARE(pts.size(), size_t(2));
        QCOMPARE(pts[0].timeMs, IsoDateTime::parse("2026-11-24T10:00:00Z"));
        QCOMPARE(pts[0].altitude, 265.5);
        QCOMPARE(pts[0].speed, 4.5);
        QCOMPARE(pts[0].course, 91.0);
        QCOMPARE(pts[1].timeMs, IsoDateTime::parse("2026-11-24T10:00:01.500Z"));
        QCOMPARE(r.issues.size(), size_t(2));
        QCOMPARE(r.issues[0].line, 13);
        QCOMPARE(r.points[size_t(r.bySource[QStringLiteral("a.gpx#rte1")])].size(), size_t(2));
        QCOMPARE(r.points[size_t(r.bySource[QStringLiteral("a.gpx#wpt")])].size(), size_t(1));
    }

    void gpx10NoNamespaceNoTimes()
    {
        const QString p = write(QStringLiteral("b.gpx"), fixtures::k1);
        Recorder r = read(QStringLiteral("gpx"), p);
        QCOMPARE(r.points.at(0).size(), size_t(2));
        QCOMPARE(r.points[0][0].speed, 3.2);
        QCOMPARE(r.points[0][0].course, 45.0);
        QVERIFY(!r.points[0][1].hasTime());
        QVERIFY(r.issues.empty());
    }

    void gpxLeafText()
    {
        // Leaves as people and tools write them: blanks and line breaks around values, a comment
        // inside a number, a bad number and a bad time (each rejects its point, with its line).
        const QString p = write(QStringLiteral("leaf.gpx"), QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
            "<trk><name> Patrol  </name><trkseg>\n"
            "<trkpt lat=\"16.1\" lon=\"-0.1\"><ele>\n"
            "   265.5\n"
            "</ele><time>\n"
            " 2026-11-20T00:00:00Z </time><speed> 3.5</speed></trkpt>\n"
            "<trkpt lat=\"16.2\" lon=\"-0.2\"><ele>26<!-- split -->6.5</ele><time>2026-11-20T00:00:01Z</time></trkpt>\n"
            "<trkpt lat=\"16.3\" lon=\"-0.3\"><ele>abc</ele><time>2026-11-20T00:00:02Z</time></trkpt>\n"
            "<trkpt lat=\"16.4\" lon=\"-0.4\"><time>2026-11-20 T00:00:03Z</time></trkpt>\n"
            "<trkpt lat=\"16.5\" lon=\"-0.5\"><time>2026-11-20T00:00:04Z</time><extensions><x:course xmlns:x=\"urn:x\"> 12 </x:course></extensions></trkpt>\n"
            "</trkseg></trk></gpx>\n"));
        Recorder r = read(QStringLiteral("gpx"), p);
        QCOMPARE(r.tracks.size(), size_t(1));
        QCOMPARE(r.tracks[0].callsign, QStringLiteral("Patrol"));
        const auto &pts = r.points[0];
        QCOMPARE(pts.size(), size_t(3));
        QCOMPARE(pts[0].altitude, 265.5);
        QCOMPARE(pts[0].speed, 3.5);
        QCOMPARE(pts[0].timeMs, IsoDateTime::parse("2026-11-20T00:00:00Z"));
        QCOMPARE(pts[1].altitude, 266.5);
        QCOMPARE(pts[2].course, 12.0);
        QCOMPARE(r.issues.size(), size_t(2));
        QCOMPARE(r.issues[0].line, 9);
        QCOMPARE(r.issues[0].reason, QStringLiteral("malformed number \"abc\""));
        QCOMPARE(r.issues[1].line, 10);
        QCOMPARE(r.issues[1].reason, QStringLiteral("malformed time \"2026-11-20 T00:00:03Z\""));
    }

    void gpxDamaged_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trkpt><trkpt lat=") << "line";
        QTest::newRow("xxe") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><gpx>&x;</gpx>") << "DTD";
        QTest::newRow("deep") << (QByteArray("<gpx>") + QByteArray("<extensions>").repeated(400)) << "deeper";
        QTest::newRow("not gpx") << QByteArray("<kml/>") << "not a GPX";
    }
    void gpxDamaged()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, reason);
        Recorder r = read(QStringLiteral("gpx"), write(QStringLiteral("bad.gpx"), doc));
        QVERIFY(!r.issues.empty());
        QVERIFY2(r.issues.back().reason.contains(reason), qPrintable(r.issues.back().reason));
    }

    // GpxTrackReader reads plain files with PlainXmlScanner and any other with SafeXmlReader: the
    // sink must get the same calls either way, rejected points and errors (line, column) included.
    void gpxParsersAgree_data()
    {
        namespace gpx = vigie::test::gpx;
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<bool>("fast"); // the fast path takes it
        const QByteArray all = gpx::kEverything;
        QTest::newRow("k0 with a byte order mark") << QByteArray("\xEF\xBB\xBF") + fixtures::k0 << true;
        QTest::newRow("k1, GPX 1.0") << QByteArray(fixtures::k1) << true;
        QTest::newRow("everything") << all << true;
        QTest::newRow("everything, CRLF") << QByteArray(all).replace("\n", "\r\n") << true;
        QTest::newRow("everything, one line") << QByteArray(all).replace("\n", " ") << true;
        QTest::newRow("everything, tabs") << QByteArray(all).replace("  ", "\t") << true;
        QTest::newRow("everything, BOM") << QByteArray("\xEF\xBB\xBF") + all << true;
        QTest::newRow("prefixed") << QByteArray(gpx::kPrefixed) << true;
        QTest::newRow("unicode blanks") << QByteArray(gpx::kUnicodeBlanks) << true;
        QTest::newRow("self-closing root") << QByteArray("<gpx/>") << true;
        // U+FEFF inside the document is a character (a fuzzing find: QString::fromUtf8 drops it).
        const QByteArray zwnbsp = "\xEF\xBB\xBF";
        QTest::newRow("U+FEFF leading values") << "<gpx><trk><name>" + zwnbsp + "anl 1</name><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>" + zwnbsp +
                                                      "5</ele></trkpt><trkpt lat=\"" + zwnbsp + "1\" lon=\"2\"><time>" + zwnbsp + zwnbsp +
                                                      "2026-11-24T10:00:00Z</time></trkpt></trkseg></trk></gpx>"
                                               << true;
        QTest::newRow("U+FEFF, BOM and root") << zwnbsp + "<gpx><wpt lat=\"1\" lon=\"2\"><name>" + zwnbsp + zwnbsp + "</name></wpt></gpx>" << true;
        // Damaged in ways the fast path reports itself, as SafeXmlReader does.
        const QByteArray seg = "<gpx>\n<trk>\n<trkseg>\n";
        QTest::newRow("mismatch in a leaf") << seg + "<trkpt lat=\"1\" lon=\"2\"><ele>5</el></trkpt></trkseg></trk></gpx>" << true;
        QTest::newRow("mismatch in a name") << seg + "<trkpt lat=\"1\" lon=\"2\"/></trkseg><name>Late</nam></trk></gpx>" << true;
        QTest::newRow("mismatch over lines") << seg + "<trkpt lat=\"1\" lon=\"2\">\n</trkpoint\n\n>\n</trkseg></trk></gpx>" << true;
        QTest::newRow("mismatch, root") << seg + "</trkseg></trk></gpx2>" << true;
        QTest::newRow("unclosed") << seg + "<trkpt lat=\"1\" lon=\"2\"/>\n" << true;
        QTest::newRow("cut in a tag") << seg + "<trkpt lat=\"1\" lon=\"2\"/>\n<trkpt lat=\"3\" lo" << true;
        QTest::newRow("cut after a time") << seg + "<trkpt lat=\"1\" lon=\"2\"><time>2026-11-24T10:00:00Z<" << true;
        QTest::newRow("cut in a name") << seg + "<trkpt lat=\"1\" lon=\"2\"/></trkseg><name>Pa<!-- x -->tr" << true;
        QTest::newRow("too deep") << QByteArray("<gpx>") + QByteArray("<extensions>").repeated(300) << true;
        QTest::newRow("too deep in a point") << seg + "<trkpt lat=\"1\" lon=\"2\"><ele>7</ele>" + QByteArray("<a>").repeated(300) << true;
        QTest::newRow("not GPX") << QByteArray("<kml/>") << true;
        QTest::newRow("not GPX, BOM") << QByteArray("\xEF\xBB\xBF<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>") << true;
        QTest::newRow("not GPX, line 3") << QByteArray("<?xml version=\"1.0\"?>\n\n  <k\xC3\xA9:x xmlns:k\xC3\xA9=\"u\"/>") << false;
        QTest::newRow("not GPX, after text") << QByteArray("<?xml version=\"1.0\"?>\n\n \xF0\x9F\x9A\x99<kml>\n</kml>") << false;
        QTest::newRow("not GPX, column") << QByteArray("<?xml version=\"1.0\"?>\n<!-- \xC3\xA9\xF0\x9F\x9A\x99 --><kml>\n</kml>") << true;
        // Read by SafeXmlReader: the fast path declines before any sink call.
        const QByteArray wpt = "<wpt lat=\"1\" lon=\"2\"/>";
        QTest::newRow("DOCTYPE, XXE") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><gpx>&x;</gpx>") << false;
        QTest::newRow("DOCTYPE alone") << "<!DOCTYPE gpx><gpx>" + wpt + "</gpx>" << false;
        QTest::newRow("CDATA") << QByteArray("<gpx><trk><name><![CDATA[A<B]]></name><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>") << false;
        QTest::newRow("other entity") << "<gpx>" + wpt + "<wpt lat=\"1\" lon=\"2\"><name>&nbsp;</name></wpt></gpx>" << false;
        QTest::newRow("latin-1 declared") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><gpx><trk><name>M\xE9naka</name><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>") << false;
        QTest::newRow("UTF-16") << utf16("<gpx>" + wpt + "</gpx>") << false;
        QTest::newRow("not UTF-8") << QByteArray("<gpx><trk><name>M\xE9naka</name><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>") << false;
        QTest::newRow("CR alone") << "<gpx>\r" + wpt + "\r</gpx>\r" << false;
        QTest::newRow("]]> in text") << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\"><name>a]]>b</name></wpt></gpx>") << false;
        QTest::newRow("xml:lang") << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\"><name xml:lang=\"fr\">a</name></wpt></gpx>") << false;
        QTest::newRow("attribute twice") << "<gpx>" + wpt + "<wpt lat=\"1\" lon=\"2\" lat=\"3\"/></gpx>" << false;
        QTest::newRow("undeclared prefix") << "<gpx>" + wpt + "<x:wpt lat=\"3\" lon=\"4\"/></gpx>" << false;
        QTest::newRow("attributes not spaced") << "<gpx>" + wpt + "<wpt lat=\"3\"lon=\"4\"/></gpx>" << false;
        QTest::newRow("attribute without quotes") << "<gpx>" + wpt + "<wpt lat=3 lon=\"4\"/></gpx>" << false;
        QTest::newRow("< in an attribute") << "<gpx>" + wpt + "<wpt lat=\"<3\" lon=\"4\"/></gpx>" << false;
        QTest::newRow("text after the root") << "<gpx>" + wpt + "</gpx>\ntrailing" << false;
        QTest::newRow("second root") << "<gpx>" + wpt + "</gpx><gpx/>" << false;
        QTest::newRow("cut after the root") << "<gpx>" + wpt + "</gpx><!-- x" << false;
        QTest::newRow("control character") << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\"><name>a\x01</name></wpt></gpx>") << false;
        QTest::newRow("blank before the declaration") << " <?xml version=\"1.0\"?><gpx>" + wpt + "</gpx>" << false;
        QTest::newRow("XML 1.1") << "<?xml version=\"1.1\"?><gpx>" + wpt + "</gpx>" << false;
        QTest::newRow("-- in a comment") << "<gpx><!-- a -- b -->" + wpt + "</gpx>" << false;
        QTest::newRow("&#X41;") << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\"><name>&#X41;</name></wpt></gpx>") << false;
        // Qt decodes a chunk ahead of where it parses: bad UTF-8 after the first error comes first.
        QTest::newRow("mismatch, then not UTF-8") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx>\n<trk><name>a</nam>\n<wpt lat=\"1\" lon=\"2\"><name>\xCA</name></wpt></trk></gpx>\n") << false;
        QTest::newRow("mismatch, then not UTF-8, undeclared") << QByteArray("<gpx>\n<trk><name>a</nam>\n<wpt lat=\"1\" lon=\"2\"><name>\xCA</name></wpt></trk></gpx>\n") << false;
        QTest::newRow("non-ASCII element name") << QByteArray("<gpx><wpt lat=\"1\" lon=\"2\"><n\xC3\xA1me>x</n\xC3\xA1me></wpt></gpx>") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("tiny") << QByteArray("<a>") << false;
    }
    void gpxParsersAgree()
    {
        QFETCH(QByteArray, doc);
        QFETCH(bool, fast);
        const GpxReadings r = readGpxBothWays(write(QStringLiteral("both.gpx"), doc));
        const QString d = disagreement(r);
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QCOMPARE(r.fastTook, fast);
        QVERIFY(!r.xml.isEmpty());
    }

    void gpxCutAnywhere()
    {
        // A file cut short, at every byte: inside the root the fast path reads on and reports the
        // cut itself, as SafeXmlReader does (the points before it, its line and column).
        const QByteArray all = vigie::test::gpx::kEverything;
        for (const QByteArray &doc : {all, QByteArray(all).replace("\n", "\r\n"), QByteArray(fixtures::k0)}) {
            int took = 0;
            for (int n = 0; n <= doc.size(); ++n) {
                const GpxReadings r = readGpxBothWays(write(QStringLiteral("cut.gpx"), doc.left(n)), false);
                const QString d = disagreement(r);
                if (!d.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("cut after %1 bytes: %2").arg(n).arg(d)));
                took += r.fastTook;
            }
            QVERIFY2(took > doc.size() / 2, qPrintable(QString::number(took))); // not outside the root, in a comment, a reference
        }
    }

    void gpxDamagedAnywhere()
    {
        // Each byte in turn replaced by one that breaks XML: whatever the fast path then takes, it
        // reads as SafeXmlReader does; the rest it leaves to it.
        const QByteArray doc = QByteArray(fixtures::k0) + "\r\n<!-- end -->\r\n";
        const char subs[] = {'<', '>', '&', '"', '/', ' ', '=', ':', 'x', '\r', '-', '?', ']', '\xC3', '\0'};
        int took = 0;
        for (int i = 0; i < doc.size(); ++i) {
            for (const char c : subs) {
                if (doc[i] == c)
                    continue;
                QByteArray damaged = doc;
                damaged[i] = c;
                const GpxReadings r = readGpxBothWays(write(QStringLiteral("damaged.gpx"), damaged), false);
                const QString d = disagreement(r);
                if (!d.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("byte %1 as 0x%2: %3").arg(i).arg(uchar(c), 2, 16, QLatin1Char('0')).arg(d)));
                took += r.fastTook;
            }
        }
        QVERIFY(took > 0);
    }

    void gpxGeneratedFilesAgree()
    {
        // The fixtures the benchmark reads, smaller: the fast path takes them.
        const QString p = m_dir.filePath(QStringLiteral("generated.gpx"));
        QVERIFY(vigie::test::writeGpxFile(p, 20000));
        GpxReadings r = readGpxBothWays(p);
        QVERIFY(r.fastTook);
        QVERIFY2(disagreement(r).isEmpty(), qPrintable(disagreement(r)));
        QCOMPARE(r.xml.count(QStringLiteral("progress")), 1); // 0x4000 start elements passed once
        // Cancelled at the first progress report: both stop at the same point, with no last report.
        struct Cancelling : RecordingSink
        {
            bool isCancelled() const override { return calls.contains(QStringLiteral("progress")); }
        } xml, fast;
        GpxTrackReader::readVia(GpxTrackReader::Path::Xml, p, xml);
        QVERIFY(GpxTrackReader::readVia(GpxTrackReader::Path::Fast, p, fast));
        QCOMPARE(fast.calls, xml.calls);
        QCOMPARE(xml.calls.last(), QStringLiteral("progress"));
        QVERIFY(xml.calls.size() < 20000);
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray crlf = f.readAll().replace("\n", "\r\n");
        r = readGpxBothWays(write(QStringLiteral("generated-crlf.gpx"), crlf));
        QVERIFY(r.fastTook);
        QVERIFY2(disagreement(r).isEmpty(), qPrintable(disagreement(r)));
    }

    void gpxGpsbabelFilesAgree_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("GPX 1.0") << "gpx";
        QTest::newRow("GPX 1.1") << "gpx,gpxver=1.1";
    }
    void gpxGpsbabelFilesAgree()
    {
        // GPX as gpsbabel writes it, from an NMEA log: the file the benchmark's "GPX-b" line reads.
        QFETCH(QString, format);
        if (QStandardPaths::findExecutable(QStringLiteral("gpsbabel")).isEmpty())
            QSKIP("gpsbabel is not installed");
        const QString nmea = m_dir.filePath(QStringLiteral("babel.nmea")), out = m_dir.filePath(QStringLiteral("babel.gpx"));
        QVERIFY(vigie::test::writeNmeaFile(nmea, 3000, 86390)); // across midnight
        QProcess babel;
        babel.start(QStringLiteral("gpsbabel"), {QStringLiteral("-i"), QStringLiteral("nmea"), QStringLiteral("-f"), nmea,
                                                 QStringLiteral("-o"), format, QStringLiteral("-F"), out});
        QVERIFY(babel.waitForFinished(60000) && babel.exitCode() == 0);
        const GpxReadings r = readGpxBothWays(out);
        QVERIFY(r.fastTook);
        QVERIFY2(disagreement(r).isEmpty(), qPrintable(disagreement(r)));
        QCOMPARE(r.xml.filter(QStringLiteral("point ")).size(), 3000);
    }

    void gpxCorpusAgrees()
    {
        // Files written by other tools (the shared corpus, beside the checkout; not part of it).
        const QDir corpus(QStringLiteral(VIGIE_SOURCE_DIR "/../shared/corpus/gpx"));
        const QStringList files = corpus.entryList({QStringLiteral("*.gpx")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("no shared corpus beside the checkout");
        for (const QString &name : files) {
            const GpxReadings r = readGpxBothWays(corpus.filePath(name));
            const QString d = disagreement(r);
            QVERIFY2(d.isEmpty(), qPrintable(name + QStringLiteral(": ") + d));
            qInfo("%s: %s, %d calls", qPrintable(name), r.fastTook ? "fast path" : "XML path", int(r.xml.size()));
        }
    }

    void largeGpxBoundedMemory()
    {
        // ~100 MB of GPX read by the fast path, from a mapping: its pages are let go as it goes, so
        // the resident size stays far below the file's. (writeGpxFile's dates go past November
        // 31st after 1,036,800 fixes.)
        const QString p = m_dir.filePath(QStringLiteral("big.gpx"));
        QVERIFY(vigie::test::writeGpxFile(p, 1000000));
        QVERIFY(QFileInfo(p).size() > 95 * 1000 * 1000);
        struct PeakSink : TrackSink
        {
            qint64 points = 0, peakKb = 0;
            int track(const Track &) override { return 0; }
            void point(int, const TrackPoint &) override
            {
                if (++points % 100000 == 0)
                    peakKb = std::max(peakKb, rssKb());
            }
            void rejected(const ReadIssue &) override {}
        } sink;
        const qint64 before = rssKb();
        QElapsedTimer t;
        t.start();
        QVERIFY(GpxTrackReader::readVia(GpxTrackReader::Path::Fast, p, sink));
        qInfo("read %lld points (%lld MB) in %lld ms; resident %lld kB before, at most %lld kB while reading", sink.points,
              QFileInfo(p).size() / 1000000, t.elapsed(), before, sink.peakKb);
        QCOMPARE(sink.points, 1000000);
        QVERIFY(sink.peakKb - before < 64 * 1024);
        QFile::remove(p);
    }

    void nmeaPathologies()
    {
        using vigie::test::nmeaSentence;
        QByteArray log;
        log += "GGA,fragment,at,start*00\n";
        log += nmeaSentence("GPGGA,235958.00,1616.3020,N,00002.6820,W,1,08,0.9,265.4,M,20.1,M,,"); // before any date
        log += nmeaSentence("GPRMC,235958.00,A,1616.3020,N,00002.6820,W,010.0,090.0,231126,,,A");
        log += nmeaSentence("GPVTG,090.0,T,,M,010.0,N,018.5,K,A");
        QByteArray lf = nmeaSentence("GNGGA,235959.00,1616.3030,N,00002.6800,W,1,08,0.9,265.0,M,20.1,M,,");
        lf.chop(2);
        log += lf + "\n"; // LF only
        log += nmeaSentence("GLGGA,000000.00,1616.3040,N,00002.6790,W,1,08,0.9,265.0,M,20.1,M,,"); // midnight, no RMC
        log += nmeaSentence("GAGLL,1616.3050,N,00002.6780,W,000001.00,A,A");
        log += nmeaSentence("BDGGA,000002.00,1616.3060,N,00002.6770,W,1,08,0.9,265.0,M,20.1,M,,");
        log += nmeaSentence("GBGNS,000003.00,1616.3070,N,00002.6760,W,AAN,10,0.8,265.0,20.1,,");
        log += nmeaSentence("GPGGA,000004.00,,,,,0,00,99.9,,M,,M,,");           // no fix
        log += nmeaSentence("GPRMC,000004.00,V,,,,,,,241126,,,N");              // void
        log += "$GPGGA,000005.00,1616.3080,N,00002.6750,W,1,08,0.9,265.0,M,20.1,M,,*00\r\n"; // bad checksum
        log += "!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26\r\n";
        log += nmeaSentence("PGRME,15.0,M,45.0,M,25.0,M");
        static const char junk[] = "\x01\x02\xff\xfe binary \x00 junk"; // sizeof, not a count: ASan found 20 > 19
        log += QByteArray(junk, int(sizeof junk) - 1) + "\n";
        log += nmeaSentence("GPGGA,000006.00,99XX.3090,N,00002.6740,W,1,08,0.9,265.0,M,20.1,M,,"); // malformed lat
        log += "$GPGGA,000007.00,1616.3100,N,00002.6730,W,1,08,0.9,265.0,M,20.1,M,,\r\n";      // no checksum: accepted
        const QString p = write(QStringLiteral("log.nmea"), log);
        Recorder r = read(QStringLiteral("nmea"), p);
        QCOMPARE(r.tracks.size(), size_t(1));
        const auto &pts = r.points[0];
        QCOMPARE(pts.size(), size_t(7));
        QCOMPARE(pts[0].timeMs, IsoDateTime::parse("2026-11-23T23:59:58Z"));
        QVERIFY(std::abs(pts[0].speed - 10.0 * 1852 / 3600) < 1e-9);
        QCOMPARE(pts[0].course, 90.0);
        QCOMPARE(pts[0].altitude, 265.4);
        QVERIFY(std::abs(pts[0].lat - (16 + 16.302 / 60)) < 1e-9);
        QVERIFY(std::abs(pts[0].lon + 2.682 / 60) < 1e-9);
        QCOMPARE(pts[1].timeMs, IsoDateTime::parse("2026-11-23T23:59:59Z"));
        QCOMPARE(pts[2].timeMs, IsoDateTime::parse("2026-11-24T00:00:00Z")); // rolled over
        QCOMPARE(pts[5].timeMs, IsoDateTime::parse("2026-11-24T00:00:03Z"));
        QCOMPARE(pts[6].timeMs, IsoDateTime::parse("2026-11-24T00:00:07Z"));
        QCOMPARE(r.badChecksums, 1);
        QCOMPARE(r.skipped, 4); // fragment, AIS, proprietary, binary
        QCOMPARE(r.issues.size(), size_t(1));
        QCOMPARE(r.issues[0].line, 16);
    }

    void nmeaUtf16()
    {
        const QByteArray ascii = vigie::test::nmeaFix(0) + vigie::test::nmeaFix(1);
        QByteArray utf16 = "\xFF\xFE";
        for (char c : ascii)
            utf16 += c, utf16 += '\0';
        Recorder r = read(QStringLiteral("nmea"), write(QStringLiteral("u16.nmea"), utf16));
        QCOMPARE(r.points.at(0).size(), size_t(2));
        QCOMPARE(r.badChecksums, 0);
    }

    void cotStream()
    {
        const QByteArray doc = fixtures::k2;
        Recorder r = read(QStringLiteral("cot"), write(QStringLiteral("feed.cot"), doc));
        QCOMPARE(r.tracks.size(), size_t(2));
        const int uas = r.bySource[QStringLiteral("UAS-1")];
        QCOMPARE(r.points[size_t(uas)].size(), size_t(2));
        QCOMPARE(r.tracks[size_t(uas)].callsign, QStringLiteral("Hawk 1b")); // newest wins
        QCOMPARE(r.tracks[size_t(uas)].kind, TrackKind::Uav);
        QCOMPARE(r.tracks[size_t(uas)].affiliation, Affiliation::Friend);
        QCOMPARE(r.tracks[size_t(uas)].sidc, QStringLiteral("SFAPMHQ--------"));
        const TrackPoint &p0 = r.points[size_t(uas)][0];
        QVERIFY(std::isnan(p0.altitude));
        QVERIFY(std::isnan(p0.horizontalAccuracy));
        QCOMPARE(p0.course, 45.5);
        QCOMPARE(p0.speed, 20.0);
        QCOMPARE(p0.timeMs, IsoDateTime::parse("2026-11-24T10:00:00.123Z"));
        QCOMPARE(p0.source, QStringLiteral("cot:m-g"));
        const int pat = r.bySource[QStringLiteral("PAT-7")];
        QCOMPARE(r.tracks[size_t(pat)].kind, TrackKind::Patrol);
        QCOMPARE(r.points[size_t(pat)][0].horizontalAccuracy, 12.5);
        QCOMPARE(r.skipped, 1);            // chat
        QCOMPARE(r.issues.size(), size_t(2)); // bad lat, truncated
        QVERIFY2(r.issues[0].reason.contains(QStringLiteral("line 9")), qPrintable(r.issues[0].reason));
    }

    void cotDecodeOne_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << QByteArray(fixtures::k3) << true;
        QTest::newRow("no point") << QByteArray(fixtures::k4) << false;
        QTest::newRow("no uid") << QByteArray(fixtures::k5) << false;
        QTest::newRow("dtd") << QByteArray(fixtures::k6) << false;
        QTest::newRow("garbage") << QByteArray("\xBF\x01\x02\x03", 4) << false;
    }
    void cotDecodeOne()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, ok);
        QString error;
        const auto ev = CotEvent::decode(xml, &error);
        QCOMPARE(bool(ev), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ev) {
            QCOMPARE(ev->toTrack().affiliation, Affiliation::Hostile);
            QCOMPARE(ev->toPoint().lon, 2.0);
        }
    }

    void cotFastAndXmlPathsAgree_data()
    {
        // CotEvent::decode scans plain events itself and hands anything unusual to the XML reader:
        // either way the same event, and what XML refuses is refused.
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("callsign");
        const QByteArray head = "<event version=\"2.0\" uid=\"U-1\" type=\"a-h-G\" how=\"m-g\" time=\"2026-09-21T12:00:00Z\" "
                                "start=\"2026-09-21T12:00:00Z\" stale=\"2026-09-21T12:05:00Z\">";
        const QByteArray point = "<point lat=\"16.5\" lon=\"2.0\" hae=\"9999999.0\" ce=\"12.5\" le=\"9999999\"/>";
        const QByteArray tail = "</event>";
        const auto doc = [&](const QByteArray &detail) { return head + point + "<detail>" + detail + "</detail>" + tail; };
        QTest::newRow("plain") << doc("<contact callsign=\"ALPHA\"/><track course=\"90\" speed=\"3.5\"/>") << true << "ALPHA";
        QTest::newRow("declaration") << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + doc("<contact callsign=\"A\"/>")
                                     << true << "A";
        QTest::newRow("single quotes") << doc("<contact callsign='B'/>") << true << "B";
        QTest::newRow("entity") << doc("<contact callsign=\"A&amp;B\"/>") << true << "A&B";
        QTest::newRow("character reference") << doc("<contact callsign=\"&#65;\"/>") << true << "A";
        QTest::newRow("comment") << doc("<!-- note --><contact callsign=\"C\"/>") << true << "C";
        QTest::newRow("cdata") << doc("<remarks><![CDATA[<x>]]></remarks><contact callsign=\"D\"/>") << true << "D";
        QTest::newRow("text") << doc("<remarks>hello</remarks><contact callsign=\"E\"/>") << true << "E";
        QTest::newRow("prefix") << doc("<t:x xmlns:t=\"urn:x\"/><contact callsign=\"F\"/>") << true << "F";
        QTest::newRow("utf-8") << doc("<contact callsign=\"Ménaka\"/>") << true << "Ménaka";
        QTest::newRow("tab in value") << doc("<contact callsign=\"G\tH\"/>") << true << "G H";
        QTest::newRow("space before declaration") << " <?xml version=\"1.0\"?>" + doc("") << false << "";
        QTest::newRow("duplicate attribute") << doc("<contact callsign=\"A\" callsign=\"B\"/>") << false << "";
        QTest::newRow("attributes not spaced") << doc("<contact callsign=\"A\"x=\"1\"/>") << false << "";
        QTest::newRow("mismatched end") << head + point + "<detail></details>" + tail << false << "";
        QTest::newRow("unclosed") << head + point << false << "";
        QTest::newRow("after root") << doc("") + "<event/>" << false << "";
        QTest::newRow("lt in value") << doc("<contact callsign=\"a<b\"/>") << false << "";
        QTest::newRow("bad lat") << head + "<point lat=\"95\" lon=\"2\"/>" + tail << false << "";
        QTest::newRow("lat with spaces") << head + "<point lat=\" 16.5 \" lon=\"2\" ce=\"12.5\"/>" + tail << true << "";
        QTest::newRow("encoding latin-1") << "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + doc("<contact callsign=\"I\"/>") << true << "I";
    }
    void cotFastAndXmlPathsAgree()
    {
        QFETCH(QByteArray, xml);
        QFETCH(bool, ok);
        QFETCH(QString, callsign);
        QString error;
        const auto ev = CotEvent::decode(xml, &error);
        QVERIFY2(bool(ev) == ok, qPrintable(error));
        if (!ev)
            return;
        QCOMPARE(ev->uid, QStringLiteral("U-1"));
        QCOMPARE(ev->callsign, callsign);
        QCOMPARE(ev->lat, 16.5);
        QVERIFY(std::isnan(ev->hae));
        QCOMPARE(ev->ce, 12.5);
        QCOMPARE(ev->staleMs - ev->timeMs, 300000);
        QCOMPARE(ev->toTrack().affiliation, Affiliation::Hostile);
    }

    void cotAffiliation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("affiliation");
        QTest::addColumn<QString>("sidc");
        QTest::newRow("friend") << "a-f-G-U-C-V-R-A" << int(Affiliation::Friend) << "SFGPUCVRA------";
        QTest::newRow("hostile") << "a-h-G" << int(Affiliation::Hostile) << "SHGP-----------";
        QTest::newRow("suspect") << "a-s-S" << int(Affiliation::Hostile) << "SSSP-----------";
        QTest::newRow("joker") << "a-j-A" << int(Affiliation::Hostile) << "SJAP-----------";
        QTest::newRow("neutral") << "a-n-G-E-V" << int(Affiliation::Neutral) << "SNGPEV---------";
        QTest::newRow("unknown") << "a-u-G" << int(Affiliation::Unknown) << "SUGP-----------";
        QTest::newRow("pending") << "a-p-G" << int(Affiliation::Unknown) << "SPGP-----------";
        QTest::newRow("chat") << "b-t-f" << int(Affiliation::Unknown) << "";
    }
    void cotAffiliation()
    {
        QFETCH(QString, type);
        QFETCH(int, affiliation);
        QFETCH(QString, sidc);
        Track t;
        t.setCotType(type);
        QCOMPARE(int(t.affiliation), affiliation);
        QCOMPARE(t.sidc, sidc);
    }

    void kmlAndKmz()
    {
        const QByteArray kml = fixtures::k7;
        const QString p = write(QStringLiteral("t.kml"), kml);
        Recorder r = read(QStringLiteral("kml"), p);
        QCOMPARE(r.tracks.size(), size_t(3));
        const auto &uav = r.points[size_t(r.bySource[QStringLiteral("t.kml#UAV orbit")])];
        QCOMPARE(uav.size(), size_t(2));
        QCOMPARE(uav[1].altitude, 510.0);
        QCOMPARE(uav[1].timeMs, IsoDateTime::parse("2026-11-24T10:00:10Z"));
        QCOMPARE(r.points[size_t(r.bySource[QStringLiteral("t.kml#Tracker")])].size(), size_t(2));
        const auto &road = r.points[size_t(r.bySource[QStringLiteral("t.kml#Road")])];
        QCOMPARE(road[1].timeMs, IsoDateTime::parse("2026-11-24T08:30:00Z"));
        QCOMPARE(road[1].source, QStringLiteral("kml:estimated"));

        // The same document inside a KMZ, written with GDAL's /vsizip/.
        const QString kmz = m_dir.filePath(QStringLiteral("t.kmz"));
        const QByteArray vsi = "/vsizip/" + kmz.toUtf8() + "/doc.kml";
        VSILFILE *fp = VSIFOpenL(vsi.constData(), "wb");
        QVERIFY(fp);
        VSIFWriteL(kml.constData(), 1, size_t(kml.size()), fp);
        VSIFCloseL(fp);
        Recorder z = read(QStringLiteral("kml"), kmz);
        QCOMPARE(z.tracks.size(), size_t(3));
        QCOMPARE(TrackReaderRegistry::builtIn().identify(kmz)->id(), QStringLiteral("kml"));

        // A zip bomb: 64 MB of blanks squeezed into a small archive.
        const QString bomb = m_dir.filePath(QStringLiteral("bomb.kmz"));
        const QByteArray vsiBomb = "/vsizip/" + bomb.toUtf8() + "/doc.kml";
        fp = VSIFOpenL(vsiBomb.constData(), "wb");
        QVERIFY(fp);
        const QByteArray blanks(1024 * 1024, ' ');
        VSIFWriteL("<kml>", 1, 5, fp);
        for (int i = 0; i < 64; ++i)
            VSIFWriteL(blanks.constData(), 1, size_t(blanks.size()), fp);
        VSIFWriteL("</kml>", 1, 6, fp);
        VSIFCloseL(fp);
        Recorder b;
        bool refused = false;
        try {
            TrackReaderRegistry::builtIn().byId(QStringLiteral("kml"))->read(bomb, b);
        } catch (const TrackReadError &e) {
            refused = e.message().contains(QStringLiteral("zip bomb"));
        }
        QVERIFY(refused);
    }

    void csv()
    {
        const QString p = write(QStringLiteral("t.csv"), "Track_ID,Time,Latitude,Longitude,Speed\n"
                                                         "P1,2026-11-24T10:00:00Z,16.27,-0.04,3\n"
                                                         "P1,1795514401,16.28,-0.05,\n"
                                                         "P2,2026-11-24T10:00:00Z,16.1,0.1,\n"
                                                         "P2,yesterday,16.1,0.1,\n"
                                                         "P2,2026-11-24T10:00:02Z,north,0.1,\n");
        Recorder r = read(QStringLiteral("csv"), p);
        QCOMPARE(r.tracks.size(), size_t(2));
        QCOMPARE(r.points[0].size(), size_t(2));
        QCOMPARE(r.points[0][0].speed, 3.0);
        QCOMPARE(r.points[0][1].timeMs, qint64(1795514401000));
        QCOMPARE(r.issues.size(), size_t(2));
        QCOMPARE(r.issues[0].line, 5);
        QCOMPARE(r.issues[1].line, 6);
    }

    void csvMapped()
    {
        // Columns no guess finds: refused without a mapping; read with one. An exact mapping
        // (a person chose every column) leaves out what it does not name, even a column whose
        // name a guess would take (here "name" for the callsign).
        const QString p = write(QStringLiteral("logger.csv"), "Zeit,Breite,Laenge,name\n"
                                                              "2026-11-24T10:00:00Z,16.27,-0.04,ALPHA\n"
                                                              "2026-11-24T10:00:05Z,16.28,-0.05,ALPHA\n");
        QVERIFY_THROWS_TRACK_READ_ERROR(read(QStringLiteral("csv"), p));
        CsvTrackReader::Mapping m;
        QVERIFY(m.setColumn(QStringLiteral("time"), QStringLiteral("Zeit")));
        QVERIFY(m.setColumn(QStringLiteral("lat"), QStringLiteral("Breite")));
        QVERIFY(m.setColumn(QStringLiteral("lon"), QStringLiteral("Laenge")));
        QVERIFY(!m.setColumn(QStringLiteral("nonsense"), QStringLiteral("x")));
        QCOMPARE(m.column(QStringLiteral("lat")), QStringLiteral("Breite"));
        QVERIFY(m.problem().isEmpty());
        Recorder guessed;
        CsvTrackReader(m).read(p, guessed);
        QCOMPARE(guessed.points.at(0).size(), size_t(2));
        QCOMPARE(guessed.tracks.at(0).callsign, QStringLiteral("ALPHA")); // the rest still guessed
        m.exact = true;
        Recorder exact;
        CsvTrackReader(m).read(p, exact);
        QCOMPARE(exact.points.at(0).size(), size_t(2));
        QCOMPARE(exact.points[0][1].lat, 16.28);
        QCOMPARE(exact.tracks.at(0).callsign, QStringLiteral("logger"));
        // guess() says what read() would take.
        const CsvTrackReader::Mapping g = CsvTrackReader::guess({QStringLiteral("Time"), QStringLiteral("LAT"), QStringLiteral("lng")});
        QVERIFY(g.exact);
        QCOMPARE(g.time, QStringLiteral("Time"));
        QCOMPARE(g.lon, QStringLiteral("lng"));
        QVERIFY(g.problem().isEmpty());
        QVERIFY(!CsvTrackReader::guess({QStringLiteral("Zeit")}).problem().isEmpty());
        QCOMPARE(CsvTrackReader::Mapping::fieldInfos().size(), 9);
    }

    void largeNmeaBoundedMemory()
    {
        // ~200 MB of NMEA generated here; the reader streams it with bounded memory.
        const qint64 fixes = 1400000;
        const QString p = m_dir.filePath(QStringLiteral("big.nmea"));
        QVERIFY(vigie::test::writeNmeaFile(p, fixes, 80000));
        QVERIFY(QFileInfo(p).size() > 190 * 1000 * 1000);
        const qint64 before = peakRssKb();
        Recorder r;
        r.keepPoints = false;
        QElapsedTimer t;
        t.start();
        TrackReaderRegistry::builtIn().byId(QStringLiteral("nmea"))->read(p, r);
        qInfo("parsed %lld fixes (%lld MB) in %lld ms", r.count, QFileInfo(p).size() / 1000000, t.elapsed());
        QCOMPARE(r.count, fixes);
        QCOMPARE(r.badChecksums, 0);
        const qint64 after = peakRssKb();
        qInfo("peak RSS before %lld kB, after %lld kB", before, after);
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
        const qint64 budgetKb = 160 * 1024; // ASan: shadow memory, redzones and its allocator's caches
#else
        const qint64 budgetKb = 64 * 1024;
#endif
#else
        const qint64 budgetKb = 64 * 1024;
#endif
        QVERIFY(after - before < budgetKb); // far below the file's 200 MB
        QFile::remove(p);
    }
};

QTEST_GUILESS_MAIN(TestTrackReaders)
#include "test_track_readers.moc"
