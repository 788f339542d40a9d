// SPDX-License-Identifier: GPL-2.0-or-later
// The mission store against what camps do to computers: a process killed right after a write, a
// disk that fills up or fails in the middle of an import or a migration. The full disk is played
// by tests/support/faulty_vfs.h, a SQLite VFS that fails writes after N bytes.
#include "incidents/incident_importer.h"
#include "mission/mission_store.h"
#include "support/faulty_vfs.h"
#include "support/incident_fixtures.h"
#include "support/mission_check.h"
#include "support/track_fixtures.h"
#include "tracks/track_importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <functional>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vigie::core;
using vigie::test::FaultyVfs;

namespace {
const QString kDiskFull = QStringLiteral("disk full: nothing from this file was imported");

QByteArray sha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

// Runs check() in a child process, as an unprivileged user when the tests run as root (root
// writes through any permission bit, so a read-only file is only read-only to someone else).
// Returns the child's exit code: 0 when every check passed, else the number of the one that failed.
int inUnprivilegedChild(const std::function<int()> &check)
{
    const pid_t child = fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
            _exit(90);
        int rc = 91;
        try {
            rc = check();
        } catch (const std::exception &e) {
            std::fprintf(stderr, "child: %s\n", e.what());
            rc = 92;
        }
        _exit(rc);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

qint64 maxOf(MissionStore &s, const char *sql) { return s.database().scalar(QString::fromLatin1(sql)).toLongLong(); }
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;     // a mission with incidents, basemaps and edits, closed
    QString m_big;      // a generated ACLED file that takes the importer's bulk path (> 4 MB)
    qint64 m_bigRows = 15000; // ~5 MB: the importer's bulk path (dropped index, R*Tree repack)
    qint64 m_maxFid = 0, m_maxAudit = 0, m_baseIncidents = 0, m_baseAudit = 0;
    QByteArray m_baseHash;
    int m_n = 0;
    static inline qint64 s_walBytes = 0; // WAL bytes of a successful import of m_big

    QString freshCopy()
    {
        const QString p = m_dir.filePath(QStringLiteral("m%1.vigie").arg(++m_n));
        QFile::copy(m_base, p);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        return p;
    }

    // After a failure: opens with the normal VFS and checks the mission is as before and usable.
    void checkIntactAndUsable(const QString &path)
    {
        FaultyVfs::uninstall();
        auto store = MissionStore::open(path);
        const vigie::test::MissionState s = vigie::test::missionState(*store, m_maxFid, m_maxAudit);
        QCOMPARE(s.integrity, QStringLiteral("ok"));
        QCOMPARE(s.before, m_baseHash);
        QCOMPARE(s.incidents, m_baseIncidents);
        QCOMPARE(s.audit, m_baseAudit);
        store->addBasemap(QStringLiteral("after"), QStringLiteral("/m/after.tif"), QStringLiteral("gdal"));
        const ImportReport again = IncidentImporter(*store).importFile(m_big);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.imported, m_bigRows);
        QCOMPARE(vigie::test::missionState(*store, m_maxFid, m_maxAudit).integrity, QStringLiteral("ok"));
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.vigie"));
        auto store = MissionStore::create(m_base, QStringLiteral("Crash base"), GeoBox{-5, 13, 4, 18});
        const QString small = m_dir.filePath(QStringLiteral("before.csv"));
        QVERIFY(vigie::test::writeAcledFile(small, 500, "PRE", 7) > 0);
        QCOMPARE(IncidentImporter(*store).importFile(small).imported, qint64(500));
        store->addBasemap(QStringLiteral("Gao 1:50k"), QStringLiteral("/maps/gao.tif"), QStringLiteral("gdal"));
        store->setDescription(QStringLiteral("before the crash"));
        m_maxFid = maxOf(*store, "SELECT max(fid) FROM incidents");
        m_maxAudit = maxOf(*store, "SELECT max(id) FROM audit_log");
        const vigie::test::MissionState s = vigie::test::missionState(*store, m_maxFid, m_maxAudit);
        m_baseHash = s.before;
        m_baseIncidents = s.incidents;
        m_baseAudit = s.audit;
        store.reset();
        m_big = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(vigie::test::writeAcledFile(m_big, m_bigRows, "BIG", 11) > 4 * 1024 * 1024);
    }

    void cleanup() { FaultyVfs::uninstall(); }

    // SQLite's settings for durability: WAL, and synchronous=FULL on every connection.
    void durableSettings()
    {
        auto store = MissionStore::open(freshCopy());
        QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    }

    // As far as a test can see a power cut: when write() returns, the WAL holding the commit was
    // fsynced after its last write, so the change is on the disk, not only in the OS's cache.
    void committedWriteIsSyncedBeforeWriteReturns()
    {
        const QString p = freshCopy();
        FaultyVfs::install();
        auto store = MissionStore::open(p);
        for (int i = 0; i < 3; ++i) {
            FaultyVfs::reset();
            store->addBasemap(QStringLiteral("edit %1").arg(i), QStringLiteral("/m/%1.tif").arg(i), QStringLiteral("gdal"));
            const FaultyVfs::Counters &c = FaultyVfs::counters();
            QVERIFY(c.bytes[FaultyVfs::Wal] > 0);
            QVERIFY(c.syncs[FaultyVfs::Wal] >= 1);
            QVERIFY2(c.syncedSinceWrite[FaultyVfs::Wal], "write() returned before the WAL was synced");
        }
        // The same for an import: one transaction, synced once at its commit.
        FaultyVfs::reset();
        const QString small = m_dir.filePath(QStringLiteral("sync.csv"));
        QVERIFY(vigie::test::writeAcledFile(small, 300, "SYNC", 3) > 0);
        QCOMPARE(IncidentImporter(*store).importFile(small).imported, qint64(300));
        QVERIFY(FaultyVfs::counters().syncedSinceWrite[FaultyVfs::Wal]);
    }

    // A process killed the instant write() returned (no destructor, no checkpoint) loses nothing.
    void committedWriteSurvivesKill()
    {
        const QString p = freshCopy();
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            try {
                auto store = MissionStore::open(p);
                store->addBasemap(QStringLiteral("confirmed edit"), QStringLiteral("/m/edit.tif"), QStringLiteral("gdal"));
                store->setDescription(QStringLiteral("edited just before the kill"));
                raise(SIGKILL); // the store still open: no destructor, no checkpoint
            } catch (...) {
                _exit(3);
            }
            _exit(4);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);
        QVERIFY(QFileInfo(p + QStringLiteral("-wal")).size() > 0); // the commits are still only in the log
        auto store = MissionStore::open(p);
        QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(store->description(), QStringLiteral("edited just before the kill"));
        bool found = false;
        for (const Basemap &b : store->basemaps())
            found = found || b.name == QLatin1String("confirmed edit");
        QVERIFY(found);
    }

    void diskFullDuringIncidentImport_data()
    {
        QTest::addColumn<double>("fraction"); // of the bytes a successful import writes
        QTest::addColumn<int>("code");
        QTest::newRow("first write") << 0.0 << int(SQLITE_FULL);
        QTest::newRow("first WAL frames") << 0.02 << int(SQLITE_FULL);
        QTest::newRow("data pages, a third") << 0.33 << int(SQLITE_FULL);
        QTest::newRow("data pages, two thirds") << 0.66 << int(SQLITE_FULL);
        QTest::newRow("last pages") << 0.995 << int(SQLITE_FULL);
        QTest::newRow("commit frame") << -1.0 << int(SQLITE_FULL); // the frame that makes it a commit
        QTest::newRow("I/O error, half way") << 0.5 << int(SQLITE_IOERR_WRITE);
        QTest::newRow("I/O error on commit frame") << -1.0 << int(SQLITE_IOERR_WRITE);
    }

    // The disk fills up (or the drive fails) in the middle of a big import: the import stops with
    // a clear message and nothing from the file; the mission is as before and still usable.
    void diskFullDuringIncidentImport()
    {
        QFETCH(double, fraction);
        QFETCH(int, code);
        // How much a successful import of this file writes (measured through the same VFS).
        static qint64 total = 0;
        if (total == 0) {
            const QString probe = freshCopy();
            FaultyVfs::install();
            auto store = MissionStore::open(probe);
            FaultyVfs::reset();
            const ImportReport r = IncidentImporter(*store).importFile(m_big);
            QVERIFY2(r.ok(), qPrintable(r.error));
            // The transaction's own writes: its WAL frames (the checkpoint that may follow the
            // commit writes the main file, and is tested on its own below).
            total = FaultyVfs::counters().bytes[FaultyVfs::Wal];
            s_walBytes = total;
            QVERIFY(total > 1024 * 1024);
            store.reset();
            FaultyVfs::uninstall();
        }
        const QString p = freshCopy();
        FaultyVfs::install();
        {
            auto store = MissionStore::open(p);
            if (fraction == -1.0)
                FaultyVfs::failCommitFrame(code);
            else
                FaultyVfs::failAfter(qint64(double(total) * fraction), code);
            const ImportReport r = IncidentImporter(*store).importFile(m_big);
            QVERIFY(FaultyVfs::counters().failures > 0);
            QVERIFY(!r.ok());
            QCOMPARE(r.imported, qint64(0));
            QCOMPARE(r.exitCode(), 1);
            if (code == SQLITE_FULL) {
                QCOMPARE(r.error, kDiskFull);
                QVERIFY(r.humanSummary().contains(kDiskFull));
            } else {
                QVERIFY(!r.error.isEmpty());
            }
            // Still full: the store refuses further writes cleanly, then closes (its checkpoint
            // fails too, which must not matter).
            try {
                store->setDescription(QStringLiteral("while full"));
                QFAIL("wrote on a full disk");
            } catch (const MissionError &e) {
                QCOMPARE(e.kind(), code == SQLITE_FULL ? MissionError::Kind::DiskFull : MissionError::Kind::Io);
            }
        }
        checkIntactAndUsable(p);
    }

    // The disk fills up just after the import's commit, while SQLite copies the big WAL into
    // the main file (the automatic checkpoint at the commit): the import is kept (it is in the
    // synced WAL), and the mission is intact.
    void diskFullDuringCheckpoint()
    {
        QVERIFY(s_walBytes > 0); // measured by diskFullDuringIncidentImport
        const QString p = freshCopy();
        FaultyVfs::install();
        {
            auto store = MissionStore::open(p);
            FaultyVfs::failAfter(s_walBytes + 64 * 1024);
            const ImportReport r = IncidentImporter(*store).importFile(m_big);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(FaultyVfs::counters().failures > 0);
            QVERIFY(FaultyVfs::counters().bytes[FaultyVfs::MainDb] > 0); // the checkpoint had begun
        }
        FaultyVfs::uninstall();
        auto store = MissionStore::open(p);
        const vigie::test::MissionState s = vigie::test::missionState(*store, m_maxFid, m_maxAudit);
        QCOMPARE(s.integrity, QStringLiteral("ok"));
        QCOMPARE(s.before, m_baseHash);
        QCOMPARE(s.incidents, m_baseIncidents + m_bigRows);
    }

    // MissionStore::write (every edit of the GUI) on a full disk: DiskFull, nothing saved.
    void diskFullOnEdit()
    {
        const QString p = freshCopy();
        FaultyVfs::install();
        {
            auto store = MissionStore::open(p);
            FaultyVfs::failAfter(0);
            try {
                store->addBasemap(QStringLiteral("x"), QStringLiteral("/m/x.tif"), QStringLiteral("gdal"));
                QFAIL("saved on a full disk");
            } catch (const MissionError &e) {
                QCOMPARE(e.kind(), MissionError::Kind::DiskFull);
                QVERIFY(e.message().contains(QStringLiteral("disk is full")));
            }
            QCOMPARE(store->basemaps().size(), 1);
        }
        checkIntactAndUsable(p);
    }

    void diskFullDuringTrackImport()
    {
        const QString gpx = m_dir.filePath(QStringLiteral("patrol.gpx"));
        QVERIFY(vigie::test::writeGpxFile(gpx, 20000));
        const QString p = freshCopy();
        FaultyVfs::install();
        {
            auto store = MissionStore::open(p);
            FaultyVfs::failAfter(200 * 1024);
            const TrackImportReport r = TrackImporter(*store).importFile(gpx);
            QVERIFY(FaultyVfs::counters().failures > 0);
            QCOMPARE(r.error, kDiskFull);
            QCOMPARE(r.pointsAccepted, qint64(0));
            QVERIFY(r.humanSummary().contains(kDiskFull));
        }
        FaultyVfs::uninstall();
        {
            auto store = MissionStore::open(p);
            QCOMPARE(store->database().scalar(QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")).toLongLong(), qint64(0));
        }
        checkIntactAndUsable(p);
        auto store = MissionStore::open(p);
        const TrackImportReport r = TrackImporter(*store).importFile(gpx);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.pointsAccepted, qint64(20000));
    }

    // A migration on a full disk: refused, the file unchanged; with room, it migrates.
    void diskFullDuringMigration_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("backup copy") << qint64(0);
        QTest::newRow("backup half written") << qint64(8 * 1024);
        QTest::newRow("migration transaction") << qint64(-2); // after the backup, inside the migration
    }

    void diskFullDuringMigration()
    {
        QFETCH(qint64, budget);
        if (MissionStore::currentSchemaVersion() < 2)
            QSKIP("no migration in this build");
        const QString p = m_dir.filePath(QStringLiteral("mig%1.vigie").arg(++m_n));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v1.vigie"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = sha1(p);
        FaultyVfs::install();
        if (budget == -2) {
            // Measure the backup's bytes on a copy, then allow exactly those.
            const QString probe = p + QStringLiteral(".probe");
            QVERIFY(QFile::copy(p, probe));
            QFile::setPermissions(probe, QFile::ReadOwner | QFile::WriteOwner);
            { auto s = MissionStore::open(probe, MissionStore::OpenMode::ReadOnly); }
            FaultyVfs::reset();
            {
                Database db;
                db.open(probe, Database::Mode::ReadWrite);
                db.exec(QStringLiteral("VACUUM INTO '%1'").arg(probe + QStringLiteral(".bak")));
            }
            budget = FaultyVfs::totalBytes() + 512;
            FaultyVfs::reset();
        }
        FaultyVfs::failAfter(budget);
        try {
            MissionStore::open(p);
            QFAIL("migrated on a full disk");
        } catch (const MissionError &e) {
            QVERIFY(e.message().contains(QStringLiteral("not changed")));
        }
        QVERIFY(FaultyVfs::counters().failures > 0);
        FaultyVfs::uninstall();
        QCOMPARE(sha1(p), before);
        auto store = MissionStore::open(p);
        QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
        QCOMPARE(store->name(), QStringLiteral("Fixture v1"));
        QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        auto backup = MissionStore::open(store->migrationBackupPath(), MissionStore::OpenMode::ReadOnly);
        QCOMPARE(backup->schemaVersion(), 1);
    }
    // A mission the user cannot write opens read-only (with whatever WAL files SQLite needs) and
    // refuses every change with a clear error; nothing of the file changes.
    void readOnlyFileAndFolder()
    {
        const QString dir = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/shut")));
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        const QFile::Permissions ro = QFile::ReadOwner | QFile::ReadOther;
        const QFile::Permissions roDir = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(dir, all);

        // 1. The file is read-only, its folder is not: SQLite makes its -shm/-wal beside it.
        const QString inOpen = dir + QStringLiteral("/file-ro.vigie");
        QVERIFY(QFile::copy(m_base, inOpen));
        QFile::setPermissions(inOpen, ro);
        // 2. The file and its folder are read-only (a CD, a write-protected stick): no -shm possible.
        const QString inShut = dir + QStringLiteral("/shut/folder-ro.vigie");
        QVERIFY(QFile::copy(m_base, inShut));
        // 3. The same, but killed with commits still in its -wal and its -shm gone.
        const QString withLog = dir + QStringLiteral("/shut/with-log.vigie");
        QVERIFY(QFile::copy(m_base, withLog));
        QFile::setPermissions(withLog, QFile::ReadOwner | QFile::WriteOwner);
        const pid_t child = fork();
        if (child == 0) {
            auto store = MissionStore::open(withLog);
            store->setDescription(QStringLiteral("only in the log"));
            raise(SIGKILL);
        }
        waitpid(child, nullptr, 0);
        QFile::remove(withLog + QStringLiteral("-shm"));
        QVERIFY(QFileInfo(withLog + QStringLiteral("-wal")).size() > 0);
        for (const QString &f : {inShut, withLog, withLog + QStringLiteral("-wal")})
            QFile::setPermissions(f, ro);
        QFile::setPermissions(dir + QStringLiteral("/shut"), roDir);
        const QByteArray before1 = sha1(inOpen), before2 = sha1(inShut), before3 = sha1(withLog);

        const int rc = inUnprivilegedChild([&] {
            for (const QString &p : {inOpen, inShut}) {
                auto store = MissionStore::open(p);
                if (!store->isReadOnly())
                    return 1;
                if (store->name() != QLatin1String("Crash base") || store->description() != QLatin1String("before the crash"))
                    return 2;
                if (store->database().scalar(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong() != m_baseIncidents)
                    return 3;
                try {
                    store->setDescription(QStringLiteral("changed"));
                    return 4;
                } catch (const MissionError &e) {
                    if (e.kind() != MissionError::Kind::ReadOnly)
                        return 5;
                }
                if (!IncidentImporter(*store).importFile(m_big).error.contains(QStringLiteral("read-only")))
                    return 6;
            }
            try {
                MissionStore::open(withLog);
                return 7;
            } catch (const MissionError &e) {
                if (e.kind() != MissionError::Kind::ReadOnly || !e.message().contains(QStringLiteral("with-log.vigie-wal")))
                    return 8;
            }
            return 0;
        });
        QCOMPARE(rc, 0);
        QCOMPARE(sha1(inOpen), before1);
        QCOMPARE(sha1(inShut), before2);
        QCOMPARE(sha1(withLog), before3);
        QVERIFY(!QFile::exists(inShut + QStringLiteral("-shm")));
        QFile::setPermissions(dir + QStringLiteral("/shut"), all);
        // With its folder writable again, the logged commit is there.
        QFile::setPermissions(withLog, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(MissionStore::open(withLog)->description(), QStringLiteral("only in the log"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
