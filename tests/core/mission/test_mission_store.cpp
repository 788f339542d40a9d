// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "tracks/track_schema.h"
#include "mission/schema.h"
#include "mission/sqlite_db.h"

#include <sqlite3.h>

#include <QRegularExpression>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

namespace {
QByteArray sha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

// QVERIFY_EXCEPTION_THROWN (Qt 5) and QVERIFY_THROWS_EXCEPTION (Qt 6) differ; this works with both.
template <typename F> bool throwsMissionError(F &&f)
{
    try {
        f();
    } catch (const MissionError &) {
        return true;
    }
    return false;
}

// Changes the file with plain SQLite, behind the store's back.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err ? err : "?");
    sqlite3_close(db);
}
} // namespace

class TestMissionStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

  private slots:
    void createAndReopen()
    {
        const QString p = path(QStringLiteral("gao.vigie"));
        QString id;
        {
            auto store = MissionStore::create(p, QStringLiteral("Sector East"), GeoBox{-4.5, 14, 4, 17.5});
            id = store->id();
            QVERIFY(!id.isEmpty());
            QCOMPARE(store->name(), QStringLiteral("Sector East"));
            QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
            QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            // synchronous=FULL (2): a confirmed edit survives a power cut.
            QCOMPARE(store->database().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);
            // SpatiaLite is loaded and its metadata is there.
            QCOMPARE(store->database().scalar(QStringLiteral("SELECT CheckSpatialMetaData()")).toInt(), 3);
            QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM spatial_ref_sys WHERE srid = 4326")).toInt(), 1);
        }
        auto store = MissionStore::open(p);
        QCOMPARE(store->id(), id);
        QCOMPARE(store->name(), QStringLiteral("Sector East"));
        const GeoBox aor = store->areaOfResponsibility();
        QVERIFY(aor.isValid());
        QCOMPARE(aor.west, -4.5);
        QCOMPARE(aor.north, 17.5);
        QVERIFY(!store->isReadOnly());
        QVERIFY(store->migrationBackupPath().isEmpty());
    }

    void auditOnEveryWrite()
    {
        const QString p = path(QStringLiteral("audit.vigie"));
        auto store = MissionStore::create(p, QStringLiteral("A"));
        QCOMPARE(store->auditCount(), 1);
        QSignalSpy changed(store.get(), &MissionStore::changed);
        store->setName(QStringLiteral("B"));
        const QString bm = store->addBasemap(QStringLiteral("Gao 1:50k"), QStringLiteral("/maps/gao.tif"), QStringLiteral("gdal"));
        store->removeBasemap(bm);
        QCOMPARE(changed.count(), 3);
        const QList<AuditEntry> log = store->auditLog();
        QCOMPARE(log.size(), 4);
        QCOMPARE(log[0].action, QStringLiteral("delete"));
        QCOMPARE(log[0].table, QStringLiteral("basemaps"));
        QCOMPARE(log[0].rowId, bm);
        QVERIFY(log[0].summary.contains(QStringLiteral("Gao 1:50k")));
        QCOMPARE(log[1].action, QStringLiteral("create"));
        QCOMPARE(log[2].summary, QStringLiteral("name \"A\" → \"B\""));
        QCOMPARE(log[3].action, QStringLiteral("create"));
        for (const AuditEntry &e : log) {
            QCOMPARE(e.user, MissionStore::currentUser());
            QVERIFY(std::abs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QCOMPARE(e.at.timeSpec(), Qt::UTC);
        }
        // The soft-deleted basemap is kept but no longer listed or counted.
        QCOMPARE(store->basemaps().size(), 0);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM basemaps")).toInt(), 1);
        const auto counts = store->tableCounts();
        QCOMPARE(counts.front().first, QStringLiteral("basemaps"));
        QCOMPARE(counts.front().second, 0);
    }

    void failedWriteRollsBackWithoutAudit()
    {
        auto store = MissionStore::create(path(QStringLiteral("rollback.vigie")), QStringLiteral("R"));
        const qint64 before = store->auditCount();
        QVERIFY(throwsMissionError([&] { store->removeBasemap(QStringLiteral("no-such-id")); }));
        QVERIFY(throwsMissionError([&] { store->addBasemap(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("wms")); }));
        QVERIFY(throwsMissionError([&] { store->setName(QStringLiteral("  ")); }));
        QCOMPARE(store->auditCount(), before);
        QCOMPARE(store->name(), QStringLiteral("R"));
    }

    void basemapsKeepOrder()
    {
        auto store = MissionStore::create(path(QStringLiteral("bm.vigie")), QStringLiteral("B"));
        store->addBasemap(QStringLiteral("one"), QStringLiteral("/a.mbtiles"), QStringLiteral("gdal"));
        store->addBasemap(QStringLiteral("two"), QStringLiteral("/b.gpkg|layername=roads"), QStringLiteral("ogr"));
        const auto list = store->basemaps();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, QStringLiteral("one"));
        QCOMPARE(list[1].provider, QStringLiteral("ogr"));
        QVERIFY(list[0].sortOrder < list[1].sortOrder);
    }

    void createRefusesExisting()
    {
        const QString p = path(QStringLiteral("exists.vigie"));
        MissionStore::create(p, QStringLiteral("first"));
        const QByteArray before = sha1(p);
        try {
            MissionStore::create(p, QStringLiteral("second"));
            QFAIL("created over an existing file");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::AlreadyExists);
        }
        QCOMPARE(sha1(p), before);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QByteArray() << int(MissionError::Kind::NotAMission);
        QTest::newRow("text") << QByteArray("id,name\n1,foo\n") << int(MissionError::Kind::NotAMission);
        QTest::newRow("binary") << QByteArray(4096, '\xAB') << int(MissionError::Kind::NotAMission);
        QByteArray fakeHeader("SQLite format 3\0", 16);
        fakeHeader += QByteArray(2000, '\x01');
        QTest::newRow("header only") << fakeHeader << int(MissionError::Kind::Corrupt);
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        const QString p = path(QStringLiteral("bad-%1.vigie").arg(QTest::currentDataTag()));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = sha1(p);
        try {
            MissionStore::open(p);
            QFAIL("opened a bad file");
        } catch (const MissionError &e) {
            QCOMPARE(int(e.kind()), kind);
            QVERIFY2(e.message().contains(p), qPrintable(e.message()));
        }
        QCOMPARE(sha1(p), before);
        QVERIFY(!QFile::exists(p + QStringLiteral("-wal")));
    }

    void otherSqliteDatabase()
    {
        const QString p = path(QStringLiteral("other.sqlite"));
        rawExec(p, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        try {
            MissionStore::open(p);
            QFAIL("opened a foreign database");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::NotAMission);
        }
    }

    void missingFile()
    {
        try {
            MissionStore::open(path(QStringLiteral("nope.vigie")));
            QFAIL("opened nothing");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::NotFound);
        }
    }

    void newerSchemaRefusedUnchanged()
    {
        const QString p = path(QStringLiteral("future.vigie"));
        { MissionStore::create(p, QStringLiteral("F")); }
        rawExec(p, "PRAGMA user_version=999; PRAGMA wal_checkpoint(TRUNCATE);");
        const QByteArray before = sha1(p);
        try {
            MissionStore::open(p);
            QFAIL("opened a mission from the future");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::TooNew);
            QVERIFY(e.message().contains(QStringLiteral("999")));
        }
        QCOMPARE(sha1(p), before);
    }

    void corruptPagesDetected()
    {
        const QString p = path(QStringLiteral("corrupt.vigie"));
        {
            auto store = MissionStore::create(p, QStringLiteral("C"));
            for (int i = 0; i < 50; ++i)
                store->addBasemap(QStringLiteral("map %1").arg(i), QStringLiteral("/m/%1.tif").arg(i), QStringLiteral("gdal"));
        }
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Scribble over the second half of the file, keeping the header page intact.
        for (qint64 off = size / 2; off < size; off += 997) {
            f.seek(off);
            f.write("\xde\xad\xbe\xef", 4);
        }
        f.close();
        const QByteArray before = sha1(p);
        try {
            MissionStore::open(p);
            QFAIL("opened a damaged file");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::Corrupt);
        }
        QCOMPARE(sha1(p), before);
        // A worker's further connection does not read the whole file again (the first open
        // checks it), so it may open or be refused, depending on where the damage fell; either
        // way it is a MissionError, never a crash, and the file is left as it was.
        try {
            auto worker = MissionStore::openConnection(p, MissionStore::OpenMode::ReadOnly);
            QCOMPARE(worker->name(), QStringLiteral("C"));
        } catch (const MissionError &e) {
            QVERIFY(e.kind() == MissionError::Kind::Corrupt || e.kind() == MissionError::Kind::NotAMission);
        }
        QCOMPARE(sha1(p), before);
    }

    void workerConnectionRefusesWhatOpenRefuses()
    {
        const QString notMission = path(QStringLiteral("plain.sqlite"));
        {
            Database db;
            db.open(notMission, Database::Mode::Create);
            db.exec(QStringLiteral("CREATE TABLE t(x)"));
        }
        try {
            MissionStore::openConnection(notMission, MissionStore::OpenMode::ReadOnly);
            QFAIL("opened a database that is not a mission");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::NotAMission);
        }
        const QString p = path(QStringLiteral("worker.vigie"));
        { MissionStore::create(p, QStringLiteral("W")); }
        auto rw = MissionStore::openConnection(p, MissionStore::OpenMode::ReadWrite);
        QVERIFY(!rw->isReadOnly());
        QCOMPARE(rw->name(), QStringLiteral("W"));
        // A mission of an older schema, open read-only in the workstation (unmigrated): its
        // workers read it as it is; a worker that would write to it is refused.
        const QString old = path(QStringLiteral("worker-v1.vigie"));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v1.vigie"), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = sha1(old);
        {
            auto shown = MissionStore::open(old, MissionStore::OpenMode::ReadOnly);
            auto reader = MissionStore::openConnection(old, MissionStore::OpenMode::ReadOnly);
            QCOMPARE(reader->schemaVersion(), 1);
            QCOMPARE(reader->name(), QStringLiteral("Fixture v1"));
            try {
                MissionStore::openConnection(old, MissionStore::OpenMode::ReadWrite);
                QFAIL("a writing worker opened a mission of an older schema");
            } catch (const MissionError &e) {
                QCOMPARE(e.kind(), MissionError::Kind::Invalid);
            }
        }
        QCOMPARE(sha1(old), before);
    }

    void readOnlyOpen()
    {
        const QString p = path(QStringLiteral("ro.vigie"));
        { MissionStore::create(p, QStringLiteral("RO")); }
        auto store = MissionStore::open(p, MissionStore::OpenMode::ReadOnly);
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->name(), QStringLiteral("RO"));
        try {
            store->setName(QStringLiteral("changed"));
            QFAIL("wrote to a read-only mission");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::ReadOnly);
        }
    }

    void migratesOlderMissionsForward()
    {
        // tests/data/missions/v1.vigie was written by the first schema: it must open in every later
        // build, migrated forward, with its data and audit trail intact and a backup beside it.
        const QString p = path(QStringLiteral("v1.vigie"));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v1.vigie"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        auto store = MissionStore::open(p);
        QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
        QCOMPARE(store->name(), QStringLiteral("Fixture v1"));
        QCOMPARE(store->basemaps().size(), 1);
        QCOMPARE(store->basemaps().front().name, QStringLiteral("Gao 1:50k"));
        const QList<AuditEntry> log = store->auditLog(1000);
        QVERIFY(log.size() >= 2);
        if (MissionStore::currentSchemaVersion() > 1) {
            QCOMPARE(log.front().action, QStringLiteral("migrate"));
            QVERIFY(QFile::exists(store->migrationBackupPath()));
            auto backup = MissionStore::open(store->migrationBackupPath(), MissionStore::OpenMode::ReadOnly);
            QCOMPARE(backup->schemaVersion(), 1);
        } else {
            QVERIFY(store->migrationBackupPath().isEmpty());
        }
    }

    void migratesV1FixtureToFeedTables()
    {
        // Schema 6 (live feeds): the v1 fixture gains the feeds and live_contacts tables, empty.
        const QString p = path(QStringLiteral("v1-feeds.vigie"));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v1.vigie"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        auto store = MissionStore::open(p);
        QVERIFY(store->schemaVersion() >= 6);
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM live_contacts")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('live_contacts') WHERE name IN ('course_deg', 'speed_ms')")).toInt(), 2);
        bool listed = false;
        for (const auto &[table, count] : store->tableCounts())
            listed = listed || table == QLatin1String("feeds");
        QVERIFY(listed);
    }

    void checkListsBecomeComparisons()
    {
        // Schema 7: CHECK (x IN (…)) is written as comparisons, which SQLite checks without a
        // temporary table per row.
        QCOMPARE(checkListsAsComparisons(QStringLiteral(
                     "CREATE TABLE t (a TEXT CHECK (a IN ('x', 'it''s, (y)')), b INTEGER check(b in (0,1, -2)), "
                     "c INTEGER CHECK (c BETWEEN 1 AND 5), d TEXT CHECK (d IN (SELECT 1)))")),
                 QStringLiteral("CREATE TABLE t (a TEXT CHECK (a = 'x' OR a = 'it''s, (y)'), b INTEGER CHECK (b = 0 OR b = 1 OR b = -2), "
                                "c INTEGER CHECK (c BETWEEN 1 AND 5), d TEXT CHECK (d IN (SELECT 1)))"));
        // A new mission and a migrated one alike.
        const QString fixture = path(QStringLiteral("v1-checks.vigie"));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v1.vigie"), fixture));
        QFile::setPermissions(fixture, QFile::ReadOwner | QFile::WriteOwner);
        for (const QString &p : {path(QStringLiteral("checks.vigie")), fixture}) {
            auto store = QFile::exists(p) ? MissionStore::open(p) : MissionStore::create(p, QStringLiteral("Checks"));
            Database &db = store->database();
            QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            for (const QString &table : dataTablesUpTo(MissionStore::currentSchemaVersion())) {
                const QString sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table)).toString();
                QVERIFY2(!sql.contains(QRegularExpression(QStringLiteral("CHECK\\s*\\(\\s*\\w+\\s+IN\\s*\\("), QRegularExpression::CaseInsensitiveOption)),
                         qPrintable(table + QLatin1String(": ") + sql));
            }
            // No temporary table when an incident is written.
            Statement explain = db.prepare(QStringLiteral(
                "EXPLAIN INSERT INTO incidents(id, time_ms, time_precision, lat, lon, location_precision, category, status, "
                "sensitivity, source_reliability, created_at_ms, created_by, updated_at_ms, updated_by) "
                "VALUES ('u', 0, 'day', 1, 2, 'near', 'looting', 'reported', 'UN RESTRICTED', 'B', 0, 'a', 0, 'a')"));
            int ops = 0;
            while (explain.step()) {
                ++ops;
                QVERIFY2(explain.text(1) != QLatin1String("OpenEphemeral"), qPrintable(p));
            }
            QVERIFY(ops > 20);
            // The constraints still hold.
            db.exec(QStringLiteral("INSERT INTO incidents(id, time_ms, time_precision, lat, lon, location_precision, category, status, "
                                   "sensitivity, source_reliability, created_at_ms, created_by, updated_at_ms, updated_by) "
                                   "VALUES ('ok', 0, 'day', 1, 2, 'near', 'looting', 'reported', 'UN RESTRICTED', NULL, 0, 'a', 0, 'a')"));
            for (const char *bad : {"time_precision = 'hour'", "sensitivity = 'SECRET'", "source_reliability = 'G'", "status = 'open'",
                                    "location_precision = 'far'"}) {
                try {
                    db.exec(QStringLiteral("UPDATE incidents SET %1 WHERE id = 'ok'").arg(QLatin1String(bad)));
                    QFAIL(bad);
                } catch (const DbError &) {
                }
            }
            try {
                db.exec(QStringLiteral("UPDATE basemaps SET provider = 'wms'"));
                db.exec(QStringLiteral("INSERT INTO basemaps(id, name, uri, provider, added_at_ms, added_by) VALUES ('b', 'b', 'u', 'wms', 0, 'a')"));
                QFAIL("basemap provider wms accepted");
            } catch (const DbError &) {
            }
        }
    }

    void migratesV5MissionWithLiveContacts()
    {
        // A schema-5 mission recorded by the first live feeds, which created live_contacts outside
        // the migrations: migration 6 keeps that table and its rows and adds what is missing.
        const QString p = path(QStringLiteral("v5.vigie"));
        const auto backToSchema2TrackPoints = [](Database &db) {
            db.exec(QStringLiteral("DROP TABLE track_chunks; DROP TABLE track_chunks_extent;"));
            createSchema2TrackPoints(db);
        };
        {
            auto store = MissionStore::create(p, QStringLiteral("Five"));
            Database &db = store->database();
            backToSchema2TrackPoints(db);
            db.exec(QStringLiteral("DROP TABLE feeds; DROP TABLE live_contacts;"));
            db.exec(QStringLiteral("CREATE TABLE live_contacts (source_id TEXT PRIMARY KEY, track_id TEXT NOT NULL, feed TEXT NOT NULL, "
                                   "cot_type TEXT, callsign TEXT, t_ms INTEGER, stale_ms INTEGER, lat REAL NOT NULL, lon REAL NOT NULL, "
                                   "received_at_ms INTEGER NOT NULL); "
                                   "CREATE INDEX live_contacts_stale ON live_contacts(stale_ms); "
                                   "INSERT INTO live_contacts VALUES ('ANDROID-1', 'x', 'cot+udp://239.2.3.1:6969', 'a-f-G-U-C', 'ALPHA', "
                                   "1790000000000, 1790000060000, 16.27, -0.04, 1790000000100); "
                                   "PRAGMA user_version=5;"));
        }
        {
            auto store = MissionStore::open(p);
            QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
            Database &db = store->database();
            QCOMPARE(db.scalar(QStringLiteral("SELECT callsign || ' ' || stale_ms FROM live_contacts")).toString(),
                     QStringLiteral("ALPHA 1790000060000"));
            QVERIFY(db.scalar(QStringLiteral("SELECT course_deg FROM live_contacts")).isNull());
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM feeds")).toInt(), 0);
            QCOMPARE(store->auditLog(1).front().action, QStringLiteral("migrate"));
            auto backup = MissionStore::open(store->migrationBackupPath(), MissionStore::OpenMode::ReadOnly);
            QCOMPARE(backup->schemaVersion(), 5);
        }
        // A schema-5 mission that never recorded a feed gets both tables.
        const QString q = path(QStringLiteral("v5-plain.vigie"));
        {
            auto store = MissionStore::create(q, QStringLiteral("Five plain"));
            backToSchema2TrackPoints(store->database());
            store->database().exec(QStringLiteral("DROP TABLE feeds; DROP TABLE live_contacts; PRAGMA user_version=5;"));
        }
        auto store = MissionStore::open(q);
        QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('live_contacts')")).toInt(), 12);
    }

    void migrationsAreContiguous()
    {
        int expect = 1;
        for (const Migration &m : migrations()) {
            QCOMPARE(m.toVersion, expect++);
            QVERIFY(m.apply);
            QVERIFY(!m.description.isEmpty());
        }
    }

    void demoMission()
    {
        const QString p = path(QStringLiteral("demo.vigie"));
        auto store = buildDemoMission(p);
        QVERIFY(store->name().contains(QStringLiteral("DEMO")));
        QVERIFY(store->areaOfResponsibility().contains({16.2717, -0.0447})); // Gao
        QVERIFY(store->auditCount() >= 1);
        // A few thousand incidents over the last 90 days, inside the area of responsibility.
        Database &db = store->database();
        const qint64 n = db.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong();
        QVERIFY2(n >= 2000 && n <= 5000, qPrintable(QString::number(n)));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE time_ms > %1 OR time_ms < %2")
                               .arg(now)
                               .arg(now - 91LL * 86400000))
                     .toLongLong(),
                 0);
        const GeoBox aor = store->areaOfResponsibility();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE lon BETWEEN %1 AND %2 AND lat BETWEEN %3 AND %4")
                               .arg(aor.west).arg(aor.east).arg(aor.south).arg(aor.north))
                     .toLongLong(),
                 n);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(DISTINCT category) FROM incidents")).toInt() >= 10);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE place_name = 'Ménaka'")).toInt() > 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('idx_incidents_geom')")).toString(), QStringLiteral("ok"));
    }

    void demoMissionIsDeterministic()
    {
        DemoOptions o;
        o.nowMs = 1795000000000LL;
        auto a = buildDemoMission(path(QStringLiteral("demo-a.vigie")), o);
        auto b = buildDemoMission(path(QStringLiteral("demo-b.vigie")), o);
        const QString sql = QStringLiteral("SELECT group_concat(external_id || time_ms || lat || lon || category || severity "
                                           "|| coalesce(description, ''), '|') FROM (SELECT * FROM incidents ORDER BY external_id)");
        QCOMPARE(a->database().scalar(sql).toString(), b->database().scalar(sql).toString());
        o.seed = 1;
        auto c = buildDemoMission(path(QStringLiteral("demo-c.vigie")), o);
        QVERIFY(a->database().scalar(sql).toString() != c->database().scalar(sql).toString());
    }
};

QTEST_GUILESS_MAIN(TestMissionStore)
#include "test_mission_store.moc"
