// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_repository.h"
#include "mission/mission_store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

namespace {
Incident sample(int i)
{
    Incident x;
    x.timeMs = 1763942400000LL + qint64(i) * 3600000; // 2025-11-24 + i hours
    x.timePrecision = Incident::TimePrecision::Exact;
    x.lat = 16.2717 + i * 0.001;
    x.lon = -0.0447 + i * 0.001;
    x.placeName = QStringLiteral("Gao");
    x.admin1 = QStringLiteral("Gao");
    x.category = QStringLiteral("armed_clash");
    x.severity = 4;
    x.fatalities = 2;
    x.injured = 3;
    x.abducted = 1;
    x.actor1 = QStringLiteral("JNIM");
    x.actor2 = QStringLiteral("FAMa");
    x.target = Incident::Target::SecurityForces;
    x.source = QStringLiteral("Patrol report");
    x.setAdmiraltyCode(QStringLiteral("B2"));
    x.status = Incident::Status::Reported;
    x.description = QStringLiteral("Échange de tirs près du marché, « intense ».");
    x.sensitivity = Sensitivity::UnRestricted;
    x.areaWkt = QStringLiteral("POLYGON((0 16,0.1 16,0.1 16.1,0 16.1,0 16))");
    x.extraJson = R"({"k":"v"})";
    return x;
}

template <typename F> MissionError::Kind thrownKind(F &&f)
{
    try {
        f();
    } catch (const MissionError &e) {
        return e.kind();
    }
    return MissionError::Kind(-1);
}
} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<MissionStore> newStore()
    {
        return MissionStore::create(m_dir.filePath(QStringLiteral("m%1.vigie").arg(++m_n)), QStringLiteral("T"));
    }

  private slots:
    void schema()
    {
        auto store = newStore();
        Database &db = store->database();
        QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM geometry_columns WHERE f_table_name = 'incidents' "
                                          "AND f_geometry_column = 'geom' AND srid = 4326 AND spatial_index_enabled = 1"))
                     .toInt(),
                 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('incidents_time', "
                                          "'incidents_external_id', 'idx_incidents_geom')"))
                     .toInt(),
                 3);
        const auto counts = store->tableCounts();
        QVERIFY(std::any_of(counts.begin(), counts.end(), [](const auto &p) { return p.first == QLatin1String("incidents"); }));
    }

    void addGetRoundTrip()
    {
        auto store = newStore();
        IncidentRepository repo(*store);
        Incident x = sample(0);
        const QString id = repo.add(x);
        QVERIFY(!id.isEmpty());
        QCOMPARE(x.id, id);
        QCOMPARE(x.version, 1);
        QCOMPARE(x.createdBy, MissionStore::currentUser());
        const auto got = repo.get(id);
        QVERIFY(got);
        QCOMPARE(*got, x);
        QCOMPARE(got->admiraltyCode(), QStringLiteral("B2"));
        QCOMPARE(got->description, QStringLiteral("Échange de tirs près du marché, « intense »."));
        // The geometry column matches lat/lon and is indexed.
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT ST_X(geom) FROM incidents")).toDouble(), x.lon);
        QCOMPARE(db.scalar(QStringLiteral("SELECT ST_Y(geom) FROM incidents")).toDouble(), x.lat);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_incidents_geom")).toInt(), 1);
        const AuditEntry last = store->auditLog(1).front();
        QCOMPARE(last.action, QStringLiteral("create"));
        QCOMPARE(last.table, QStringLiteral("incidents"));
        QCOMPARE(last.rowId, id);
        // Every UTF-8 length (1 to 4 bytes: Latin, Arabic, CJK, an emoji's surrogate pair) comes
        // back as written; a lone surrogate, which UTF-8 cannot carry, comes back as U+FFFD.
        Incident u = sample(1);
        u.placeName = QStringLiteral("Tombouctou تمبكتو 廷巴克图 \U0001F6A8 end");
        u.description = QString(QChar(0xD800)) + QStringLiteral("x");
        repo.add(u);
        QCOMPARE(repo.get(u.id)->placeName, u.placeName);
        QCOMPARE(repo.get(u.id)->description, QString(QChar(0xFFFD)) + QStringLiteral("x"));
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT length(CAST(place_name AS BLOB)) FROM incidents WHERE id = '%1'").arg(u.id)).toInt(),
                 u.placeName.toUtf8().size());
    }

    void invalidRefused()
    {
        auto store = newStore();
        IncidentRepository repo(*store);
        const qint64 audits = store->auditCount();
        Incident bad = sample(0);
        bad.lat = 91;
        QCOMPARE(thrownKind([&] { repo.add(bad); }), MissionError::Kind::Invalid);
        bad = sample(0);
        bad.category = QStringLiteral("no_such_category");
        QCOMPARE(thrownKind([&] { repo.add(bad); }), MissionError::Kind::Invalid);
        bad = sample(0);
        bad.severity = 6;
        QCOMPARE(thrownKind([&] { repo.add(bad); }), MissionError::Kind::Invalid);
        Incident a = sample(0);
        a.externalId = QStringLiteral("X-1");
        repo.add(a);
        Incident b = sample(1);
        b.externalId = QStringLiteral("X-1");
        QCOMPARE(thrownKind([&] { repo.add(b); }), MissionError::Kind::Invalid);
        QCOMPARE(store->auditCount(), audits + 1);
        QCOMPARE(repo.count(), 1);
    }

    void updateWithVersionCheck()
    {
        auto store = newStore();
        IncidentRepository repo(*store);
        Incident x = sample(0);
        repo.add(x);
        Incident mine = *repo.get(x.id);
        Incident theirs = *repo.get(x.id);
        theirs.status = Incident::Status::Confirmed;
        theirs.lat = 15.0;
        repo.update(theirs);
        QCOMPARE(theirs.version, 2);
        QCOMPARE(repo.get(x.id)->status, Incident::Status::Confirmed);
        // The geometry and the R*Tree follow the edit.
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT ST_Y(geom) FROM incidents")).toDouble(), 15.0);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT ymin <= 15.0 AND ymax >= 15.0 FROM idx_incidents_geom")).toInt(), 1);
        const qint64 audits = store->auditCount();
        mine.description = QStringLiteral("stale edit");
        try {
            repo.update(mine);
            QFAIL("a stale update was saved");
        } catch (const MissionError &e) {
            QCOMPARE(e.kind(), MissionError::Kind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("version 2")));
        }
        QCOMPARE(store->auditCount(), audits);
        QCOMPARE(repo.get(x.id)->description, sample(0).description);
        QCOMPARE(repo.get(x.id)->createdAtMs, x.createdAtMs);
    }

    void softDelete()
    {
        auto store = newStore();
        IncidentRepository repo(*store);
        Incident x = sample(0), y = sample(1);
        repo.add(x);
        repo.add(y);
        QCOMPARE(thrownKind([&] { repo.remove(x.id, 7); }), MissionError::Kind::Conflict);
        repo.remove(x.id, 1);
        QCOMPARE(repo.count(), 1);
        IncidentFilter all;
        all.includeDeleted = true;
        QCOMPARE(repo.count(all), 2);
        QVERIFY(repo.get(x.id)); // still there, marked
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE deleted_at_ms IS NOT NULL")).toInt(), 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("delete"));
        QCOMPARE(thrownKind([&] { repo.remove(x.id); }), MissionError::Kind::Invalid);
        Incident z = *repo.get(x.id);
        QCOMPARE(thrownKind([&] { repo.update(z); }), MissionError::Kind::Conflict);
        const auto counts = store->tableCounts();
        for (const auto &[table, n] : counts)
            if (table == QLatin1String("incidents"))
                QCOMPARE(n, 1);
    }

    void queriesMatchSql()
    {
        auto store = newStore();
        IncidentRepository repo(*store);
        QRandomGenerator rng(7);
        const QStringList cats{"armed_clash", "ied_explosive", "protest", "abduction"};
        for (int i = 0; i < 300; ++i) {
            Incident x = sample(i);
            x.lat = 14.0 + rng.generateDouble() * 3.5;
            x.lon = -4.5 + rng.generateDouble() * 8.5;
            x.category = cats[rng.bounded(cats.size())];
            x.severity = 1 + rng.bounded(5);
            x.status = Incident::Status(rng.bounded(3));
            x.sensitivity = Sensitivity(rng.bounded(4));
            x.description = i % 10 == 0 ? QStringLiteral("convoy hit 100% by IED") : QStringLiteral("routine");
            x.extraJson.clear();
            repo.add(x);
        }
        Database &db = store->database();
        auto sql = [&](const QString &where) {
            return db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE deleted_at_ms IS NULL AND ") + where).toLongLong();
        };
        const qint64 t0 = sample(50).timeMs, t1 = sample(200).timeMs;
        IncidentFilter f;
        f.fromMs = t0;
        f.toMs = t1;
        QCOMPARE(repo.count(f), sql(QStringLiteral("time_ms BETWEEN %1 AND %2").arg(t0).arg(t1)));
        f.bbox = GeoBox{-1.0, 15.0, 1.5, 16.5};
        const QString box = QStringLiteral("lon BETWEEN -1.0 AND 1.5 AND lat BETWEEN 15.0 AND 16.5");
        const qint64 both = sql(QStringLiteral("time_ms BETWEEN %1 AND %2 AND ").arg(t0).arg(t1) + box);
        QVERIFY(both > 0);
        QCOMPARE(repo.count(f), both);
        QCOMPARE(qint64(repo.query(f).size()), both);
        f.categories = QStringList{"armed_clash", "protest"};
        f.minSeverity = 3;
        QCOMPARE(repo.count(f), sql(QStringLiteral("time_ms BETWEEN %1 AND %2 AND ").arg(t0).arg(t1) + box
                                    + QStringLiteral(" AND category IN ('armed_clash','protest') AND severity >= 3")));
        IncidentFilter g;
        g.statuses = {Incident::Status::Confirmed};
        g.maxSensitivity = Sensitivity::UnRestricted;
        QCOMPARE(repo.count(g), sql(QStringLiteral("status = 'confirmed' AND sensitivity IN ('UNCLASSIFIED', 'UN RESTRICTED')")));
        IncidentFilter text;
        text.text = QStringLiteral("100%");
        QCOMPARE(repo.count(text), 30);
        text.text = QStringLiteral("CONVOY");
        QCOMPARE(repo.count(text), 30);
        text.text = QStringLiteral("1_0"); // LIKE wildcards are literal
        QCOMPARE(repo.count(text), 0);
        // Newest first, paging.
        const auto page = repo.query({}, 10, 5);
        QCOMPARE(int(page.size()), 10);
        QVERIFY(page.front().timeMs >= page.back().timeMs);
        QCOMPARE(repo.ids({}, 3).size(), 3);
        const auto extent = repo.timeExtent();
        QVERIFY(extent);
        QCOMPARE(extent->first, sample(0).timeMs);
        QCOMPARE(extent->second, sample(299).timeMs);

        // Every match at once (sorted in C++) and page by page (sorted by SQLite) come in the same
        // order, the ids' order: newest first, incidents of the same time latest added first.
        QStringList added;
        for (int i = 0; i < 40; ++i) {
            Incident x = sample(400 + i);
            x.timeMs = sample(120 + i % 3).timeMs; // three groups of ties
            x.lat = 15.5 + (39 - i) * 0.01;        // against the insertion order
            x.lon = 0.2 + (i % 7) * 0.01;
            x.extraJson.clear();
            added << repo.add(x);
        }
        IncidentFilter h;
        h.fromMs = t0;
        h.toMs = t1;
        h.bbox = GeoBox{-1.0, 15.0, 1.5, 16.5};
        QStringList whole;
        for (const Incident &x : repo.query(h))
            whole << x.id;
        QStringList paged;
        for (int offset = 0; offset < whole.size(); offset += 7)
            for (const Incident &x : repo.query(h, 7, offset))
                paged << x.id;
        QVERIFY(whole.size() > 40);
        QCOMPARE(whole, paged);
        QCOMPARE(whole, repo.ids(h));
        QVERIFY(whole.indexOf(added[39]) < whole.indexOf(added[36])); // the same time: the later one first
    }

    void gridSumsPerCell()
    {
        auto store = newStore();
        IncidentRepository repo(*store);
        // Cell (0.5°) around 0.25 E 16.25 N: three clashes, one protest; another cell: one IED;
        // one clash outside the period; one deleted.
        const auto add = [&](double lon, double lat, const char *category, int severity, int fatalities, int hour) {
            Incident x = sample(hour);
            x.lon = lon;
            x.lat = lat;
            x.category = QLatin1String(category);
            x.severity = severity;
            x.fatalities = fatalities;
            x.areaWkt.clear();
            return repo.add(x);
        };
        add(0.1, 16.1, "armed_clash", 2, 1, 1);
        add(0.2, 16.2, "armed_clash", 5, 0, 2);
        add(0.3, 16.4, "armed_clash", 3, 4, 3);
        add(0.4, 16.3, "protest", 1, 0, 4);
        add(1.3, 16.1, "ied_explosive", 4, 2, 5);
        add(0.1, 16.1, "armed_clash", 5, 9, 500);
        repo.remove(add(0.1, 16.1, "protest", 5, 9, 6));
        IncidentFilter f;
        f.fromMs = sample(0).timeMs;
        f.toMs = sample(100).timeMs;
        const std::vector<IncidentCell> cells = repo.grid(f, 0.5, 0.5);
        QCOMPARE(int(cells.size()), 2);
        const IncidentCell &a = cells[0], &b = cells[1];
        QCOMPARE(a.count, 4);
        QCOMPARE(a.category, QStringLiteral("armed_clash"));
        QCOMPARE(a.maxSeverity, 5);
        QCOMPARE(a.fatalities, 5);
        QVERIFY(qAbs(a.lon - 0.25) < 1e-9 && qAbs(a.lat - 16.25) < 1e-9); // the mean position
        QCOMPARE(b.count, 1);
        QCOMPARE(b.category, QStringLiteral("ied_explosive"));
        QCOMPARE(b.fatalities, 2);
        // West of Greenwich and south of the equator the cells are floors too.
        add(-0.1, -0.1, "riot", 2, 0, 7);
        add(0.1, 0.1, "riot", 2, 0, 8);
        QCOMPARE(int(repo.grid(f, 0.5, 0.5).size()), 4);
        // The box and the total: every matching incident is in exactly one cell.
        f.bbox = GeoBox{0.0, 16.0, 0.35, 16.5};
        int total = 0;
        for (const IncidentCell &c : repo.grid(f, 0.01, 0.01))
            total += c.count;
        QCOMPARE(qint64(total), repo.count(f));
        QCOMPARE(total, 3);
        QVERIFY(repo.grid(f, 0, 0.5).empty());
    }

    void migratedV1MissionTakesIncidents()
    {
        const QString p = m_dir.filePath(QStringLiteral("v1.vigie"));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v1.vigie"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        auto store = MissionStore::open(p);
        QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
        IncidentRepository repo(*store);
        Incident x = sample(0);
        repo.add(x);
        QCOMPARE(repo.count(), 1);
        IncidentFilter f;
        f.bbox = GeoBox{-1, 15, 1, 17};
        QCOMPARE(repo.count(f), 1);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "test_incident_repository.moc"
