// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli feed as a camp's sensor gateway runs it: a real process recording real UDP datagrams
// into a mission, stopped by --duration and by SIGTERM, with its JSON report.
#include "mission/mission_store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <csignal>

namespace {

QByteArray cotEvent(int i)
{
    const qint64 t0 = 1790000000000;
    const QByteArray t = QDateTime::fromMSecsSinceEpoch(t0 + i * 100LL, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray stale = QDateTime::fromMSecsSinceEpoch(t0 + i * 100LL + 30000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    return "<?xml version=\"1.0\"?><event version=\"2.0\" uid=\"CLI-" + QByteArray::number(i % 7) +
           "\" type=\"a-f-G-U-C\" how=\"m-g\" time=\"" + t + "\" start=\"" + t + "\" stale=\"" + stale + "\"><point lat=\"" +
           QByteArray::number(16.0 + i * 1e-4, 'f', 6) + "\" lon=\"-0.5\" hae=\"9999999.0\" ce=\"9999999.0\" le=\"9999999.0\"/></event>";
}

quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

} // namespace

class TestFeedCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString newMission(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        vigie::core::MissionStore::create(path, QStringLiteral("gateway"));
        return path;
    }

    // Starts the recorder and waits for it to say it is recording.
    bool startFeed(QProcess &p, const QStringList &args)
    {
        p.start(QStringLiteral(VIGIE_CLI), args);
        if (!p.waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        QByteArray err;
        while (t.elapsed() < 60000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
            if (err.contains("recording into"))
                return true;
        }
        qWarning("%s", err.constData());
        return false;
    }

  private slots:
    void recordsEveryDatagram()
    {
        const QString mission = newMission(QStringLiteral("gw.vigie"));
        const quint16 port = freeUdpPort();
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QVERIFY(startFeed(p, {QStringLiteral("feed"), mission, QStringLiteral("--listen"),
                              QStringLiteral("cot+udp://127.0.0.1:%1").arg(port), QStringLiteral("--duration"), QStringLiteral("3"),
                              QStringLiteral("--report-every"), QStringLiteral("1"), QStringLiteral("--json")}));
        QUdpSocket out;
        const int sent = 500;
        for (int i = 0; i < sent; ++i) {
            QCOMPARE(out.writeDatagram(cotEvent(i), QHostAddress::LocalHost, port), qint64(cotEvent(i).size()));
            if (i % 50 == 49)
                QTest::qWait(10); // a busy SA net, not a flood that outruns the kernel's buffer
        }
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray stdoutBytes = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(stdoutBytes).object();
        QCOMPARE(o.value(QStringLiteral("verb")).toString(), QStringLiteral("feed"));
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("received")).toInt(), sent);
        QCOMPARE(totals.value(QStringLiteral("stored")).toInt(), sent);
        QCOMPARE(totals.value(QStringLiteral("rejected")).toInt(), 0);
        const QJsonArray feeds = o.value(QStringLiteral("feeds")).toArray();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.first().toObject().value(QStringLiteral("stored")).toInt(), sent);
        QCOMPARE(feeds.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));

        auto store = vigie::core::MissionStore::open(mission, vigie::core::MissionStore::OpenMode::ReadOnly);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")).toInt(), sent);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM live_contacts WHERE stale_ms IS NOT NULL")).toInt(), 7);
    }

    void sigtermFlushes()
    {
        const QString mission = newMission(QStringLiteral("term.vigie"));
        const quint16 port = freeUdpPort();
        QProcess p;
        QVERIFY(startFeed(p, {QStringLiteral("feed"), mission, QStringLiteral("--listen"),
                              QStringLiteral("cot+udp://127.0.0.1:%1").arg(port)}));
        QUdpSocket out;
        for (int i = 0; i < 20; ++i)
            out.writeDatagram(cotEvent(i), QHostAddress::LocalHost, port);
        QTest::qWait(300);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray human = p.readAllStandardOutput();
        QVERIFY2(human.contains("stored 20"), human.constData());
        auto store = vigie::core::MissionStore::open(mission, vigie::core::MissionStore::OpenMode::ReadOnly);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")).toInt(), 20);
    }

    void refusesBadFeed()
    {
        const QString mission = newMission(QStringLiteral("bad.vigie"));
        QProcess p;
        p.start(QStringLiteral(VIGIE_CLI), {QStringLiteral("feed"), mission, QStringLiteral("--listen"), QStringLiteral("ais+udp://x:1"),
                                             QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("error")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedCli)
#include "test_feed_cli.moc"
