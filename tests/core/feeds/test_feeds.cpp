// SPDX-License-Identifier: GPL-2.0-or-later
// Live feeds over real sockets on 127.0.0.1: CoT over UDP and TCP (both roles), NMEA over TCP,
// gpsd JSON, garbage, an endless <event, reconnection with back-off. Bounded in count and time.
#include "feeds/feed_codec.h"
#include "feeds/feed_config.h"
#include "feeds/feed_receiver.h"
#include "feeds/feed_recorder.h"
#include "feeds/feed_repository.h"
#include "feeds/feed_store_writer.h"
#include "mission/mission_store.h"
#include "../../support/stored_points.h"
#include "tracks/track_point.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <cmath>
#include <memory>
#include <vector>

using namespace vigie::core;

namespace {

const qint64 kBase = 1790000000000; // 2026-09-21

QByteArray cotEvent(const QString &uid, int i, const char *type = "a-f-G-U-C", bool xmlDecl = false)
{
    const QByteArray t = QDateTime::fromMSecsSinceEpoch(kBase + i * 1000LL, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray stale = QDateTime::fromMSecsSinceEpoch(kBase + i * 1000LL + 60000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    QByteArray x;
    if (xmlDecl)
        x += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    x += "<event version=\"2.0\" uid=\"" + uid.toUtf8() + "\" type=\"" + type + "\" how=\"m-g\" time=\"" + t + "\" start=\"" + t +
         "\" stale=\"" + stale + "\"><point lat=\"" + QByteArray::number(16.27 + i * 1e-4, 'f', 6) + "\" lon=\"" +
         QByteArray::number(-0.04 + i * 1e-4, 'f', 6) +
         "\" hae=\"250\" ce=\"10\" le=\"9999999.0\"/><detail><contact callsign=\"" + uid.toUtf8() + "\"/></detail></event>";
    return x;
}

QByteArray nmea(const QByteArray &body)
{
    unsigned sum = 0;
    for (char c : body)
        sum ^= uchar(c);
    return "$" + body + "*" + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

// RMC + GGA for one epoch, second s of 2026-09-21 12:00.
QByteArray nmeaEpoch(int s)
{
    const QByteArray tod = "1200" + QByteArray::number(s).rightJustified(2, '0') + ".00";
    return nmea("GPRMC," + tod + ",A,1616.200" + QByteArray::number(s % 10) + ",N,00002.400,W,5.0,90.0,210926,,,A") +
           nmea("GPGGA," + tod + ",1616.200" + QByteArray::number(s % 10) + ",N,00002.400,W,1,08,0.9,250.0,M,0.0,M,,");
}

quint16 freePort(bool udp)
{
    if (udp) {
        QUdpSocket s;
        s.bind(QHostAddress::LocalHost, 0);
        return s.localPort();
    }
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

FeedConfig config(const QString &url, FeedRole role)
{
    FeedConfig c;
    QString error;
    if (!FeedConfig::parse(url, role, &c, &error))
        qFatal("bad url %s: %s", qPrintable(url), qPrintable(error));
    c.backoffInitialMs = 100;
    c.backoffMaxMs = 800;
    return c;
}

// Stored points for which `match` holds.
template<typename Match>
qint64 countPoints(const QString &mission, Match match)
{
    auto store = MissionStore::open(mission, MissionStore::OpenMode::ReadOnly);
    qint64 n = 0;
    for (const vigie::test::StoredPoint &s : vigie::test::storedPoints(store->database()))
        n += match(s.point) ? 1 : 0;
    return n;
}

qint64 count(const QString &mission, const QString &sql)
{
    auto store = MissionStore::open(mission, MissionStore::OpenMode::ReadOnly);
    return store->database().scalar(sql).toLongLong();
}

// Collects what a codec reports.
struct Collect : FeedCodecOutput
{
    int nReceived = 0, nRejected = 0, nIgnored = 0;
    std::vector<FeedFix> fixes;
    QStringList reasons;
    void received(const QByteArray &) override { ++nReceived; }
    void fix(FeedFix &&f) override { fixes.push_back(std::move(f)); }
    void rejected(const QString &why) override
    {
        ++nRejected;
        reasons << why;
    }
    void ignored() override { ++nIgnored; }
};

struct CollectSink : FeedFixSink
{
    std::vector<FeedFix> fixes;
    void fix(FeedReceiver *, FeedFix &&f) override { fixes.push_back(std::move(f)); }
};

} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    static bool started(FeedRecorder &rec)
    {
        QString error;
        const bool ok = rec.start(&error);
        if (!ok)
            qWarning("cannot start: %s", qPrintable(error));
        return ok;
    }

    QString newMission()
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.vigie").arg(++m_n));
        MissionStore::create(path, QStringLiteral("feeds test"));
        return path;
    }

  private slots:
    void parseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("listen");
        QTest::addColumn<QString>("expected"); // url() or "" when refused
        QTest::newRow("tak default group") << "cot+udp://" << true << "cot+udp://239.2.3.1:6969";
        QTest::newRow("cot udp unicast") << "cot+udp://127.0.0.1:4242" << true << "cot+udp://127.0.0.1:4242";
        QTest::newRow("cot tcp server") << "cot+tcp://0.0.0.0:8087" << true << "cot+tcp://0.0.0.0:8087";
        QTest::newRow("nmea udp") << "nmea+udp://127.0.0.1:10110" << true << "nmea+udp://127.0.0.1:10110";
        QTest::newRow("gpsd default") << "gpsd://" << false << "gpsd://127.0.0.1:2947";
        QTest::newRow("gpsd listen refused") << "gpsd://127.0.0.1:2947" << true << "";
        QTest::newRow("udp connect refused") << "cot+udp://127.0.0.1:1" << false << "";
        QTest::newRow("no port") << "nmea+tcp://127.0.0.1" << true << "";
        QTest::newRow("unknown format") << "ais+udp://127.0.0.1:1" << true << "";
        QTest::newRow("not a url") << "hello" << true << "";
    }
    void parseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, listen);
        QFETCH(QString, expected);
        FeedConfig c;
        QString error;
        const bool ok = FeedConfig::parse(url, listen ? FeedRole::Listen : FeedRole::Connect, &c, &error);
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(c.url(), expected);
        else
            QVERIFY(!error.isEmpty());
    }

    void cotStreamFramingIsBounded()
    {
        auto codec = FeedCodec::create(FeedFormat::Cot, QStringLiteral("peer"));
        Collect out;
        // Three events back to back, cut at awkward places, with <?xml?> lines between them.
        const QByteArray all = cotEvent(QStringLiteral("A"), 1, "a-f-G", true) + "\n" + cotEvent(QStringLiteral("B"), 2, "a-h-G", true) +
                               "\r\n" + cotEvent(QStringLiteral("C"), 3, "b-t-f", true);
        for (int i = 0; i < all.size(); i += 7)
            QVERIFY(codec->stream(all.mid(i, 7), 4096, out));
        QCOMPARE(out.nReceived, 3);
        QCOMPARE(int(out.fixes.size()), 2);
        QCOMPARE(out.nIgnored, 1); // chat is not a moving thing
        QCOMPARE(out.fixes[0].header.sourceId, QStringLiteral("A"));
        QCOMPARE(out.fixes[1].staleMs, kBase + 2000 + 60000);
        // An endless <event costs at most the limit, then the peer is to be dropped.
        QVERIFY(codec->stream("<event uid=\"x\" ", 4096, out));
        bool dropped = false;
        for (int i = 0; i < 100 && !dropped; ++i) {
            dropped = !codec->stream(QByteArray(1000, 'A'), 4096, out);
            QVERIFY(codec->buffered() <= 4096 + 1000);
        }
        QVERIFY(dropped);
        QCOMPARE(codec->buffered(), 0);
    }

    void nmeaAndGpsdCodecs()
    {
        auto n = FeedCodec::create(FeedFormat::Nmea, QStringLiteral("10.0.0.5"));
        Collect out;
        QByteArray bad = nmeaEpoch(2);
        bad[bad.indexOf('*') + 1] = bad[bad.indexOf('*') + 1] == '0' ? '1' : '0';
        n->datagram(nmeaEpoch(1) + bad + "garbage line\n" + nmeaEpoch(3), out);
        n->finish(out);
        QCOMPARE(out.nRejected, 2); // the RMC with a bad checksum and the garbage
        QCOMPARE(int(out.fixes.size()), 3); // epoch 2 from its GGA alone, dated by epoch 1's RMC
        QCOMPARE(out.fixes[0].header.sourceId, QStringLiteral("nmea@10.0.0.5"));
        QVERIFY(std::isnan(out.fixes[1].point.speed));
        QCOMPARE(out.fixes[2].point.timeMs, QDateTime(QDate(2026, 9, 21), QTime(12, 0, 3), Qt::UTC).toMSecsSinceEpoch());

        auto g = FeedCodec::create(FeedFormat::Gpsd, QStringLiteral("127.0.0.1:2947"));
        QVERIFY(g->handshake().startsWith("?WATCH={\"enable\":true,\"json\":true}"));
        Collect go;
        g->datagram("{\"class\":\"VERSION\",\"release\":\"3.22\"}\n"
                    "{\"class\":\"TPV\",\"device\":\"/dev/ttyACM0\",\"mode\":1}\n"
                    "{\"class\":\"TPV\",\"device\":\"/dev/ttyACM0\",\"mode\":3,\"time\":\"2026-09-21T12:00:01.000Z\","
                    "\"lat\":16.27,\"lon\":-0.04,\"altHAE\":260.5,\"speed\":1.5,\"track\":45.0,\"eph\":4.2}\n"
                    "{not json\n",
                    go);
        QCOMPARE(go.nReceived, 4);
        QCOMPARE(go.nIgnored, 2);
        QCOMPARE(go.nRejected, 1);
        QCOMPARE(int(go.fixes.size()), 1);
        QCOMPARE(go.fixes[0].point.altitude, 260.5);
        QCOMPARE(go.fixes[0].point.course, 45.0);
        QCOMPARE(go.fixes[0].header.sourceId, QStringLiteral("gpsd@127.0.0.1:2947:/dev/ttyACM0"));
    }

    void cotOverUdpIsStored()
    {
        const QString mission = newMission();
        const quint16 port = freePort(true);
        FeedRecorder rec(mission, {config(QStringLiteral("cot+udp://127.0.0.1:%1").arg(port), FeedRole::Listen)});
        QVERIFY(started(rec));
        QUdpSocket out;
        for (int i = 0; i < 60; ++i)
            out.writeDatagram(cotEvent(QStringLiteral("UDP-%1").arg(i % 3), i), QHostAddress::LocalHost, port);
        out.writeDatagram("\x01\x02 not xml at all", QHostAddress::LocalHost, port);
        out.writeDatagram("<event uid=\"x\"><point lat=\"91\" lon=\"0\"/></event>", QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 60, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().rejected, 2, 2000);
        QCOMPARE(rec.stats().constFirst().state, FeedState::Listening);
        rec.stop();
        const FeedStats s = rec.stats().constFirst();
        QCOMPARE(s.received, 62);
        QCOMPARE(s.stored, 60);
        QCOMPARE(s.state, FeedState::Stopped);
        QVERIFY(s.lastError.contains(QStringLiteral("rejected")));
        QCOMPARE(count(mission, QStringLiteral("SELECT coalesce(sum(c.point_count), 0) FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid "
                                               "WHERE t.source_id LIKE 'UDP-%'")),
                 60);
        QCOMPARE(count(mission, QStringLiteral("SELECT point_count FROM tracks WHERE source_id = 'UDP-0'")), 20);
        // The stale time is kept with the newest position of each contact.
        QCOMPARE(count(mission, QStringLiteral("SELECT stale_ms FROM live_contacts WHERE source_id = 'UDP-2'")), kBase + 59000 + 60000);
        QCOMPARE(count(mission, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('feed_start', 'feed_stop')")), 2);
    }

    // Storing has its own thread: while a commit waits for the disk (here, for another writer
    // holding the mission), messages go on being received and decoded; none is reported stored
    // before its transaction is committed, and all are once the mission is free again.
    void decodingGoesOnWhileACommitWaits()
    {
        const QString mission = newMission();
        const quint16 port = freePort(true);
        FeedRecorder rec(mission, {config(QStringLiteral("cot+udp://127.0.0.1:%1").arg(port), FeedRole::Listen)});
        QVERIFY(started(rec));
        QUdpSocket out;
        out.writeDatagram(cotEvent(QStringLiteral("LOCK-1"), 0), QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 1, 5000);

        auto other = MissionStore::open(mission);
        other->database().exec(QStringLiteral("BEGIN IMMEDIATE")); // the store's next commit waits (up to its 5 s busy timeout)
        out.writeDatagram(cotEvent(QStringLiteral("LOCK-1"), 1), QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().received, 2, 5000);
        QTest::qWait(3 * FeedStoreWriter::kCommitIntervalMs); // that fix is handed to the store, whose commit now waits
        for (int i = 2; i < 42; ++i)
            out.writeDatagram(cotEvent(QStringLiteral("LOCK-%1").arg(i % 4), i), QHostAddress::LocalHost, port);
        // Received and decoded during the wait (storing on the receiving thread, they would be read
        // only when the commit gave up, 5 s later).
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().received, 42, 3000);
        QCOMPARE(rec.totals().stored, 1);
        other->database().exec(QStringLiteral("ROLLBACK"));
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 42, 20000);
        rec.stop();
        QCOMPARE(rec.totals().stored, 42);
        other.reset();
        QCOMPARE(count(mission, QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")), 42);
    }

    void cotOverMulticast()
    {
        const QString mission = newMission();
        const quint16 port = freePort(true);
        FeedRecorder rec(mission, {config(QStringLiteral("cot+udp://239.2.3.1:%1").arg(port), FeedRole::Listen)});
        QString error;
        QVERIFY2(rec.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(rec.stats().constFirst().state != FeedState::Stopped, 2000);
        if (rec.stats().constFirst().state != FeedState::Listening)
            QSKIP(qPrintable(QStringLiteral("cannot join the group here: ") + rec.stats().constFirst().lastError));
        QUdpSocket out;
        out.bind(QHostAddress(QHostAddress::AnyIPv4), 0);
        out.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
        out.setSocketOption(QAbstractSocket::MulticastTtlOption, 0); // this host only
        for (int i = 0; i < 10; ++i)
            out.writeDatagram(cotEvent(QStringLiteral("MC"), i), QHostAddress(QStringLiteral("239.2.3.1")), port);
        QTest::qWait(1000);
        if (rec.totals().received == 0)
            QSKIP("no multicast route on this host (the group was joined)");
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 10, 3000);
        rec.stop();
        QCOMPARE(count(mission, QStringLiteral("SELECT point_count FROM tracks WHERE source_id = 'MC'")), 10);
    }

    void cotOverTcpServerAndClient()
    {
        const QString mission = newMission();
        const quint16 listenPort = freePort(false);
        QTcpServer server; // a TAK-like server the feed connects to
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        FeedRecorder rec(mission, {config(QStringLiteral("cot+tcp://127.0.0.1:%1").arg(listenPort), FeedRole::Listen),
                                   config(QStringLiteral("cot+tcp://127.0.0.1:%1").arg(server.serverPort()), FeedRole::Connect)});
        QString error;
        QVERIFY2(rec.start(&error), qPrintable(error));
        // A peer streams 40 events, cut into 100-byte writes.
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, listenPort);
        QVERIFY(peer.waitForConnected(3000));
        QByteArray all;
        for (int i = 0; i < 40; ++i)
            all += cotEvent(QStringLiteral("TCP-IN"), i, "a-f-G", true) + "\n";
        for (int i = 0; i < all.size(); i += 100) {
            peer.write(all.mid(i, 100));
            peer.flush();
        }
        // The server side hands 25 events to the connected client.
        QTRY_VERIFY_WITH_TIMEOUT(server.hasPendingConnections(), 5000);
        QTcpSocket *client = server.nextPendingConnection();
        QByteArray out;
        for (int i = 0; i < 25; ++i)
            out += cotEvent(QStringLiteral("TCP-OUT"), i, "a-h-G");
        client->write(out);
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 65, 5000);
        const QList<FeedStats> live = rec.stats();
        QCOMPARE(live[0].state, FeedState::Connected);
        QCOMPARE(live[0].peers, 1);
        QCOMPARE(live[1].state, FeedState::Connected);
        rec.stop();
        QCOMPARE(count(mission, QStringLiteral("SELECT point_count FROM tracks WHERE source_id = 'TCP-IN'")), 40);
        QCOMPARE(count(mission, QStringLiteral("SELECT point_count FROM tracks WHERE source_id = 'TCP-OUT'")), 25);
        QCOMPARE(count(mission, QStringLiteral("SELECT count(*) FROM tracks WHERE source_id = 'TCP-OUT' AND affiliation = 'hostile'")), 1);
    }

    void nmeaOverTcpAndGarbage()
    {
        const QString mission = newMission();
        const quint16 port = freePort(false);
        FeedRecorder rec(mission, {config(QStringLiteral("nmea+tcp://127.0.0.1:%1").arg(port), FeedRole::Listen)});
        QString error;
        QVERIFY2(rec.start(&error), qPrintable(error));
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(peer.waitForConnected(3000));
        QByteArray all;
        for (int s = 0; s < 10; ++s)
            all += nmeaEpoch(s);
        all += "\x7f\x45\x4c\x46 binary garbage\n$GPGGA,broken*00\r\n";
        all += nmea("PGRME,15.0,M,45.0,M,25.0,M"); // proprietary: valid, no fix
        peer.write(all);
        peer.flush();
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 9, 5000); // the last epoch waits for its end
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().rejected, 2, 2000);
        rec.stop(); // hands the pending epoch on
        const FeedStats s = rec.stats().constFirst();
        QCOMPARE(s.stored, 10);
        QCOMPARE(s.ignored, 1);
        QCOMPARE(countPoints(mission, [](const TrackPoint &p) { return p.source == QLatin1String("nmea"); }), 10);
        QCOMPARE(count(mission, QStringLiteral("SELECT count(*) FROM tracks WHERE source_id = 'nmea@127.0.0.1'")), 1);
    }

    void gpsdServer()
    {
        const QString mission = newMission();
        QTcpServer gpsd;
        QVERIFY(gpsd.listen(QHostAddress::LocalHost, 0));
        QByteArray watch;
        connect(&gpsd, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *c = gpsd.nextPendingConnection();
            c->write("{\"class\":\"VERSION\",\"release\":\"3.22\",\"proto_major\":3,\"proto_minor\":14}\n");
            connect(c, &QTcpSocket::readyRead, c, [&, c] {
                watch += c->readAll();
                if (!watch.contains('\n'))
                    return;
                QByteArray reply = "{\"class\":\"DEVICES\",\"devices\":[{\"path\":\"/dev/ttyUSB0\"}]}\n"
                                   "{\"class\":\"WATCH\",\"enable\":true,\"json\":true}\n"
                                   "{\"class\":\"SKY\",\"device\":\"/dev/ttyUSB0\"}\n";
                for (int i = 0; i < 5; ++i)
                    reply += "{\"class\":\"TPV\",\"device\":\"/dev/ttyUSB0\",\"mode\":3,\"time\":\"2026-09-21T12:00:0" +
                             QByteArray::number(i) + ".000Z\",\"lat\":16.2" + QByteArray::number(i) +
                             ",\"lon\":-0.04,\"alt\":250.0,\"eph\":3.5}\n";
                c->write(reply);
            });
        });
        FeedRecorder rec(mission, {config(QStringLiteral("gpsd://127.0.0.1:%1").arg(gpsd.serverPort()), FeedRole::Connect)});
        QString error;
        QVERIFY2(rec.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 5, 5000);
        QVERIFY(watch.startsWith("?WATCH={\"enable\":true,\"json\":true}"));
        QCOMPARE(rec.totals().ignored, 4); // VERSION, DEVICES, WATCH, SKY
        rec.stop();
        QCOMPARE(countPoints(mission, [](const TrackPoint &p) { return p.source == QLatin1String("gpsd") && p.horizontalAccuracy == 3.5; }), 5);
    }

    void endlessEventIsDropped()
    {
        const QString mission = newMission();
        const quint16 port = freePort(false);
        FeedConfig c = config(QStringLiteral("cot+tcp://127.0.0.1:%1").arg(port), FeedRole::Listen);
        c.maxMessageBytes = 256 * 1024;
        FeedRecorder rec(mission, {c});
        QString error;
        QVERIFY2(rec.start(&error), qPrintable(error));
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(peer.waitForConnected(3000));
        peer.write("<?xml version=\"1.0\"?>\n<event uid=\"endless\" ");
        const QByteArray chunk(64 * 1024, 'A');
        qint64 sent = 0;
        // Keep writing until the feed hangs up (at most 16 MB: far past its 256 KB limit).
        while (peer.state() == QAbstractSocket::ConnectedState && sent < 16 * 1024 * 1024) {
            peer.write(chunk);
            sent += chunk.size();
            peer.waitForBytesWritten(100);
            QTest::qWait(1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(sent < 16 * 1024 * 1024);
        const FeedStats s = rec.stats().constFirst();
        QVERIFY2(s.lastError.contains(QStringLiteral("dropped")), qPrintable(s.lastError));
        QCOMPARE(s.peers, 0);
        QCOMPARE(s.state, FeedState::Listening); // the server goes on for the others
        // And it still takes a well-behaved peer.
        QTcpSocket good;
        good.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(good.waitForConnected(3000));
        good.write(cotEvent(QStringLiteral("after"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(rec.totals().stored, 1, 5000);
        rec.stop();
    }

    void feedsAreKeptInTheMission()
    {
        const QString mission = newMission();
        auto store = MissionStore::open(mission);
        FeedRepository repo(*store);
        SavedFeed a;
        a.name = QStringLiteral("Sector East TAK");
        a.config = config(QStringLiteral("cot+udp://239.2.3.1:6969?iface=lo"), FeedRole::Listen);
        SavedFeed b;
        b.config = config(QStringLiteral("gpsd://127.0.0.1:2947"), FeedRole::Connect);
        const SavedFeed sa = repo.add(a);
        const SavedFeed sb = repo.add(b);
        QVERIFY(!sa.id.isEmpty());
        QVERIFY(sb.sortOrder > sa.sortOrder);
        repo.setRunning(sb.id, true);
        QList<SavedFeed> all = repo.feeds();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, QStringLiteral("Sector East TAK"));
        QCOMPARE(all[0].config.name, QStringLiteral("Sector East TAK"));
        QVERIFY(all[0].config.isMulticast());
        QCOMPARE(all[0].config.multicastInterface, QStringLiteral("lo"));
        QCOMPARE(all[0].running, false);
        QCOMPARE(all[1].config.format, FeedFormat::Gpsd);
        QCOMPARE(all[1].config.role, FeedRole::Connect);
        QCOMPARE(all[1].running, true);
        SavedFeed changed = all[0];
        changed.config = config(QStringLiteral("cot+tcp://127.0.0.1:8087"), FeedRole::Connect);
        repo.update(changed);
        QCOMPARE(repo.feed(sa.id)->config.url(), QStringLiteral("cot+tcp://127.0.0.1:8087"));
        repo.remove(sb.id);
        QCOMPARE(repo.feeds().size(), 1);
        QVERIFY(!repo.feed(sb.id));
        // Soft delete, audited.
        QCOMPARE(count(mission, QStringLiteral("SELECT count(*) FROM feeds")), 2);
        QCOMPARE(count(mission, QStringLiteral("SELECT count(*) FROM audit_log WHERE tbl = 'feeds'")), 5);
        // A row that no longer parses is named, not fatal.
        store->database().exec(QStringLiteral("UPDATE feeds SET url = 'bogus' WHERE id = '%1'").arg(sa.id));
        QStringList problems;
        QCOMPARE(repo.feeds(&problems).size(), 0);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(QStringLiteral("Sector East TAK")));
    }

    void reconnectsWithBackoff()
    {
        const quint16 port = freePort(false);
        CollectSink sink;
        auto r = FeedReceiver::create(config(QStringLiteral("cot+tcp://127.0.0.1:%1").arg(port), FeedRole::Connect), sink);
        QVERIFY(r->capabilities().testFlag(FeedReceiver::Reconnects));
        QVERIFY(r->capabilities().testFlag(FeedReceiver::Connects));
        r->start();
        // Nobody listens: refused, backing off, the wait doubling up to the maximum.
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), FeedState::BackingOff, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(r->currentBackoffMs() >= 400, 3000);
        QVERIFY(r->currentBackoffMs() <= 800);
        QVERIFY(!r->stats().lastError.isEmpty());
        const FeedStats backingOff = r->stats();
        if (backingOff.state == FeedState::BackingOff) // the UI shows "reconnecting in N s"
            QVERIFY(backingOff.nextRetryMs > QDateTime::currentMSecsSinceEpoch() - 1000);

        auto server = std::make_unique<QTcpServer>();
        QVERIFY(server->listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(server->hasPendingConnections(), 3000);
        QTcpSocket *c = server->nextPendingConnection();
        c->write(cotEvent(QStringLiteral("RC"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.fixes.size()), 1, 3000);
        QCOMPARE(r->state(), FeedState::Connected);
        QCOMPARE(r->currentBackoffMs(), 100); // a good connection resets the wait
        // The server goes away…
        c->abort();
        server.reset();
        QTRY_COMPARE_WITH_TIMEOUT(r->state(), FeedState::BackingOff, 3000);
        QTest::qWait(300);
        // …and comes back on the same port: the feed returns by itself.
        server = std::make_unique<QTcpServer>();
        QVERIFY(server->listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(server->hasPendingConnections(), 5000);
        c = server->nextPendingConnection();
        c->write(cotEvent(QStringLiteral("RC"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(int(sink.fixes.size()), 2, 3000);
        QCOMPARE(r->stats().reconnects, 1);
        r->stop();
        QCOMPARE(r->state(), FeedState::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "test_feeds.moc"
