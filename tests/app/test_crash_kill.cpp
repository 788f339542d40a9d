// SPDX-License-Identifier: GPL-2.0-or-later
// kill -9 in the middle of real work: `vigie-cli import incidents` of a big file and `vigie-cli
// feed` recording a live CoT stream are SIGKILLed at random moments; the mission must open, pass
// SQLite's integrity check, hold all or nothing of the file (and its audit entry iff its rows),
// keep everything from before byte for byte, and hold every message the feed reported as stored.
// The seed is printed; VIGIE_CRASH_SEED=N replays the same moments.
#include "mission/mission_store.h"
#include "support/incident_fixtures.h"
#include "support/mission_check.h"
#include "support/stored_points.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

namespace {

quint32 seed()
{
    static const quint32 s = [] {
        bool ok = false;
        const quint32 fromEnv = qEnvironmentVariable("VIGIE_CRASH_SEED").toUInt(&ok);
        return ok ? fromEnv : QRandomGenerator::global()->generate();
    }();
    return s;
}

QByteArray cotEvent(qint64 i)
{
    const qint64 t0 = 1790000000000;
    const QByteArray t = QDateTime::fromMSecsSinceEpoch(t0 + i * 100, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray stale = QDateTime::fromMSecsSinceEpoch(t0 + i * 100 + 30000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    return "<event version=\"2.0\" uid=\"KILL-" + QByteArray::number(i % 11) + "\" type=\"a-f-G-U-C\" how=\"m-g\" time=\"" + t +
           "\" start=\"" + t + "\" stale=\"" + stale + "\"><point lat=\"" + QByteArray::number(16.0 + double(i % 5000) * 1e-4, 'f', 6) +
           "\" lon=\"-0.5\" hae=\"9999999.0\" ce=\"9999999.0\" le=\"9999999.0\"/></event>\n";
}

quint16 freeTcpPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestCrashKill : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;
    QString m_big;
    static constexpr qint64 kRows = 50000;
    static constexpr int kKills = 22;
    qint64 m_maxFid = 0, m_maxAudit = 0, m_baseIncidents = 0;
    QByteArray m_baseHash;

    QString copyOfBase(int i)
    {
        const QString p = m_dir.filePath(QStringLiteral("kill%1.vigie").arg(i));
        QFile::remove(p);
        QFile::copy(m_base, p);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        return p;
    }

    bool runImport(const QString &mission, int *exitCode)
    {
        QProcess p;
        p.start(QStringLiteral(VIGIE_CLI), {QStringLiteral("import"), QStringLiteral("incidents"), mission, m_big});
        if (!p.waitForFinished(120000))
            return false;
        *exitCode = p.exitCode();
        return p.exitStatus() == QProcess::NormalExit;
    }

    // All or nothing of the big file, nothing from before touched; returns the big file's rows
    // found. `imports`: the import audit entries expected for the file, -1 for one iff rows.
    qint64 checkAfterKill(const QString &mission, const QString &what, int imports = -1)
    {
        auto store = MissionStore::open(mission);
        const vigie::test::MissionState s = vigie::test::missionState(*store, m_maxFid, m_maxAudit, QStringLiteral("big.csv"));
        if (s.integrity != QLatin1String("ok"))
            qFatal("%s: integrity_check: %s", qPrintable(what), qPrintable(s.integrity));
        if (s.before != m_baseHash)
            qFatal("%s: the rows from before the import changed", qPrintable(what));
        const qint64 got = s.incidents - m_baseIncidents;
        if (got != 0 && got != kRows)
            qFatal("%s: %lld of %lld rows: not all-or-nothing", qPrintable(what), got, kRows);
        if (s.importAudits != (imports >= 0 ? imports : got ? 1 : 0))
            qFatal("%s: %lld import audit entries for %lld rows", qPrintable(what), s.importAudits, got);
        return got;
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo("crash seed %u (VIGIE_CRASH_SEED=%u replays it)", seed(), seed());
        m_base = m_dir.filePath(QStringLiteral("base.vigie"));
        {
            { MissionStore::create(m_base, QStringLiteral("Kill base")); }
            const QString small = m_dir.filePath(QStringLiteral("before.csv"));
            QVERIFY(vigie::test::writeAcledFile(small, 300, "PRE", 5) > 0);
            QProcess p;
            p.start(QStringLiteral(VIGIE_CLI), {QStringLiteral("import"), QStringLiteral("incidents"), m_base, small});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            auto store = MissionStore::open(m_base);
            store->addBasemap(QStringLiteral("Gao 1:50k"), QStringLiteral("/maps/gao.tif"), QStringLiteral("gdal"));
            store->setDescription(QStringLiteral("before the kills"));
            m_maxFid = store->database().scalar(QStringLiteral("SELECT max(fid) FROM incidents")).toLongLong();
            m_maxAudit = store->database().scalar(QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
            const vigie::test::MissionState s = vigie::test::missionState(*store, m_maxFid, m_maxAudit);
            m_baseHash = s.before;
            m_baseIncidents = s.incidents;
            QCOMPARE(m_baseIncidents, qint64(300));
        }
        m_big = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(vigie::test::writeAcledFile(m_big, kRows, "BIG", 13) > 0);
    }

    void importKilledAtRandomMoments()
    {
        // How long an undisturbed import takes here, start to exit (commit and checkpoint included).
        const QString timed = copyOfBase(0);
        QElapsedTimer clock;
        clock.start();
        int code = -1;
        QVERIFY(runImport(timed, &code));
        qint64 full = clock.elapsed();
        QCOMPARE(code, 0);
        QCOMPARE(checkAfterKill(timed, QStringLiteral("undisturbed")), kRows);
        qInfo("an undisturbed import of %lld rows takes %lld ms", kRows, full);

        // Kill moments spread over the whole run: one in each of kKills slices of [0, 1.05 x full],
        // at a random point of its slice, so the reading, the inserts, the index and R*Tree
        // rebuild, the commit and the closing checkpoint all get hit. `full` follows the runs
        // that complete (a shared machine's speed drifts).
        QRandomGenerator rng(seed());
        int none = 0, all = 0;
        for (int i = 0; i < kKills; ++i) {
            const qint64 at = qint64((double(i) + rng.generateDouble()) * 1.05 * double(full) / kKills);
            const QString mission = copyOfBase(i + 1);
            QProcess p;
            p.start(QStringLiteral(VIGIE_CLI), {QStringLiteral("import"), QStringLiteral("incidents"), mission, m_big});
            QElapsedTimer run;
            run.start();
            QVERIFY(p.waitForStarted(10000));
            const bool finished = p.waitForFinished(int(std::max<qint64>(at, 1)));
            if (finished) {
                full = (full + run.elapsed()) / 2;
            } else {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(10000));
            }
            const QString what = QStringLiteral("kill %1 at %2 ms%3").arg(i).arg(at).arg(finished ? QStringLiteral(" (had finished)") : QString());
            const qint64 got = checkAfterKill(mission, what);
            qInfo("%s: %s", qPrintable(what), got ? "all rows" : "no rows");
            (got ? all : none)++;
            // The next import of the same file completes (or finds every row already there, and
            // says so in a second audit entry). Every sixth kill and the last, to keep the run short.
            if (i % 6 == 5 || i == kKills - 1) {
                run.restart();
                QVERIFY(runImport(mission, &code));
                if (!got)
                    full = (full + run.elapsed()) / 2;
                QCOMPARE(code, 0);
                QCOMPARE(checkAfterKill(mission, what + QStringLiteral(", then imported again"), got ? 2 : 1), kRows);
            }
        }
        qInfo("%d kills left no rows, %d all rows", none, all);
        QVERIFY(none > 0);
    }

    void feedKilledAtRandomMoments()
    {
        QRandomGenerator rng(seed() ^ 0x5eed);
        for (int round = 0; round < 5; ++round) {
            const QString mission = m_dir.filePath(QStringLiteral("feed%1.vigie").arg(round));
            { MissionStore::create(mission, QStringLiteral("gateway")); }
            const quint16 port = freeTcpPort();
            QProcess p;
            p.start(QStringLiteral(VIGIE_CLI), {QStringLiteral("feed"), mission, QStringLiteral("--listen"),
                                                 QStringLiteral("cot+tcp://127.0.0.1:%1").arg(port), QStringLiteral("--report-every"),
                                                 QStringLiteral("0.1")});
            QVERIFY(p.waitForStarted(10000));
            QByteArray err;
            QElapsedTimer t;
            t.start();
            while (!err.contains("recording into") && t.elapsed() < 60000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(100);
                err += p.readAllStandardError();
            }
            QVERIFY2(err.contains("recording into"), err.constData());
            QTcpSocket out;
            out.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(out.waitForConnected(10000));
            // A steady stream (~5000 messages/s) until a random moment, then SIGKILL mid-stream.
            const qint64 killAt = 300 + qint64(rng.bounded(2200));
            qint64 sent = 0;
            t.restart();
            while (t.elapsed() < killAt) {
                QByteArray batch;
                for (int k = 0; k < 50; ++k)
                    batch += cotEvent(sent++);
                out.write(batch);
                out.waitForBytesWritten(100);
                p.waitForReadyRead(10);
                err += p.readAllStandardError();
            }
            p.kill();
            QVERIFY(p.waitForFinished(10000));
            err += p.readAllStandardError();
            // The last "stored N" the recorder printed: it counts committed fixes only.
            qint64 reported = 0;
            const QRegularExpression storedRe(QStringLiteral("stored (\\d+)"));
            for (auto it = storedRe.globalMatch(QString::fromUtf8(err)); it.hasNext();)
                reported = std::max(reported, it.next().captured(1).toLongLong());
            auto store = MissionStore::open(mission);
            QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            // Messages arrive in order on one TCP stream and are committed in order: the first
            // `reported` messages (times t0 .. t0 + (reported - 1) x 100 ms) must all be there.
            qint64 present = 0;
            for (const vigie::test::StoredPoint &s : vigie::test::storedPoints(store->database()))
                present += s.point.timeMs < qint64(1790000000000) + reported * 100 ? 1 : 0;
            const qint64 stored = store->database().scalar(QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")).toLongLong();
            qInfo("feed round %d: killed at %lld ms after %lld sent; reported stored %lld; in the mission %lld (%lld of the reported)",
                  round, killAt, sent, reported, stored, present);
            QCOMPARE(present, reported);
            QVERIFY(stored >= reported);
            QVERIFY(reported > 0);
            const qint64 feedStarts = store->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'feed_start'")).toLongLong();
            QCOMPARE(feedStarts, qint64(1));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashKill)
#include "test_crash_kill.moc"
