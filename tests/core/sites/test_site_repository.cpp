// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/mission_store.h"
#include "sites/site_io.h"
#include "sites/site_repository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gdal.h>
#include <gdal_utils.h>

#include <cmath>

using namespace vigie::core;

namespace {
template <typename E, typename F> bool throws(F &&f)
{
    try {
        f();
    } catch (const E &) {
        return true;
    }
    return false;
}

ProtectedSite camp()
{
    ProtectedSite s;
    s.name = QStringLiteral("IDP camp Gao North");
    s.kind = SiteKind::IdpCamp;
    s.lat = 16.305;
    s.lon = -0.03;
    s.radiusM = 800;
    s.population = 4200;
    s.note = QStringLiteral("Displaced from Ansongo");
    return s;
}
} // namespace

class TestSiteRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MissionStore> newStore(const QString &name)
    {
        return MissionStore::create(m_dir.filePath(name), QStringLiteral("Sites"));
    }

  private slots:
    void kinds()
    {
        for (SiteKind k : allSiteKinds()) {
            QCOMPARE(siteKindFromString(siteKindToString(k)), std::optional<SiteKind>(k));
            QVERIFY(!siteKindLabel(k).isEmpty());
        }
        QCOMPARE(siteKindFromString(QStringLiteral(" IDP camp ")), std::optional<SiteKind>(SiteKind::IdpCamp));
        QCOMPARE(siteKindFromString(QStringLiteral("Health-Facility")), std::optional<SiteKind>(SiteKind::HealthFacility));
        QVERIFY(!siteKindFromString(QStringLiteral("castle")));
    }

    void addGetListAndSpatialIndex()
    {
        auto store = newStore(QStringLiteral("crud.vigie"));
        SiteRepository repo(*store);
        const qint64 auditBefore = store->auditCount();
        const ProtectedSite added = repo.add(camp());
        QVERIFY(!added.id.isEmpty());
        QCOMPARE(added.version, 1);
        QCOMPARE(store->auditCount(), auditBefore + 1);
        QCOMPARE(store->auditLog(1).front().table, QStringLiteral("protected_sites"));
        QCOMPARE(store->auditLog(1).front().rowId, added.id);

        const auto got = repo.get(added.id);
        QVERIFY(got);
        QCOMPARE(got->name, QStringLiteral("IDP camp Gao North"));
        QCOMPARE(got->kind, SiteKind::IdpCamp);
        QCOMPARE(got->lat, 16.305);
        QCOMPARE(got->lon, -0.03);
        QCOMPARE(got->radiusM, 800.0);
        QCOMPARE(got->population, std::optional<qint64>(4200));
        QCOMPARE(got->sensitivity, Sensitivity::UnRestricted);
        QCOMPARE(got->createdBy, MissionStore::currentUser());
        QCOMPARE(repo.list().size(), 1);

        // The geometry is a SpatiaLite POINT in EPSG:4326 with a spatial index QGIS can use.
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT srid FROM geometry_columns WHERE f_table_name = 'protected_sites'")).toInt(), 4326);
        QCOMPARE(db.scalar(QStringLiteral("SELECT spatial_index_enabled FROM geometry_columns WHERE f_table_name = 'protected_sites'")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_protected_sites_geom WHERE xmin <= -0.02 AND xmax >= -0.04")).toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT ST_GeometryType(geom) FROM protected_sites")).toString(), QStringLiteral("POINT"));

        // Counted with the mission's data tables.
        bool counted = false;
        for (const auto &[table, count] : store->tableCounts())
            if (table == QLatin1String("protected_sites")) {
                counted = true;
                QCOMPARE(count, 1);
            }
        QVERIFY(counted);
    }

    void invalidSitesAreRefusedWithoutAudit()
    {
        auto store = newStore(QStringLiteral("invalid.vigie"));
        SiteRepository repo(*store);
        const qint64 before = store->auditCount();
        ProtectedSite s = camp();
        s.name = QStringLiteral("  ");
        QVERIFY(throws<MissionError>([&] { repo.add(s); }));
        s = camp();
        s.lat = 91;
        QVERIFY(throws<MissionError>([&] { repo.add(s); }));
        s = camp();
        s.radiusM = 0;
        QVERIFY(throws<MissionError>([&] { repo.add(s); }));
        s = camp();
        s.population = -1;
        QVERIFY(throws<MissionError>([&] { repo.add(s); }));
        QCOMPARE(store->auditCount(), before);
        QCOMPARE(repo.list().size(), 0);
    }

    void updateChecksTheVersion()
    {
        auto store = newStore(QStringLiteral("update.vigie"));
        SiteRepository repo(*store);
        const ProtectedSite v1 = repo.add(camp());
        ProtectedSite mine = v1;
        mine.radiusM = 1200;
        mine.sensitivity = Sensitivity::UnConfidential;
        mine.population.reset();
        const ProtectedSite v2 = repo.update(mine);
        QCOMPARE(v2.version, 2);
        QCOMPARE(repo.get(v1.id)->radiusM, 1200.0);
        QCOMPARE(repo.get(v1.id)->sensitivity, Sensitivity::UnConfidential);
        QVERIFY(!repo.get(v1.id)->population);
        QCOMPARE(repo.get(v1.id)->version, 2);

        // Someone else still holds version 1: refused, nothing written, nothing audited.
        const qint64 before = store->auditCount();
        ProtectedSite stale = v1;
        stale.name = QStringLiteral("Stale edit");
        try {
            repo.update(stale);
            QFAIL("a stale update was accepted");
        } catch (const SiteVersionConflict &e) {
            QCOMPARE(e.currentVersion(), 2);
            QVERIFY(e.message().contains(QStringLiteral("version 2")));
        }
        QCOMPARE(store->auditCount(), before);
        QCOMPARE(repo.get(v1.id)->name, QStringLiteral("IDP camp Gao North"));
        QVERIFY(throws<SiteVersionConflict>([&] { repo.remove(v1.id, 1); }));
        ProtectedSite unknown = camp();
        unknown.id = MissionStore::newUuid();
        unknown.version = 1;
        QVERIFY(throws<MissionError>([&] { repo.update(unknown); }));
    }

    void softDelete()
    {
        auto store = newStore(QStringLiteral("delete.vigie"));
        SiteRepository repo(*store);
        const ProtectedSite s = repo.add(camp());
        repo.add([] { ProtectedSite o = camp(); o.name = QStringLiteral("Other"); return o; }());
        repo.remove(s.id, 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("delete"));
        QVERIFY(store->auditLog(1).front().summary.contains(QStringLiteral("IDP camp Gao North")));
        QVERIFY(!repo.get(s.id));
        QCOMPARE(repo.list().size(), 1);
        // Kept in the file, with who deleted it.
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM protected_sites")).toInt(), 2);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT deleted_by FROM protected_sites WHERE deleted_at_ms IS NOT NULL")).toString(),
                 MissionStore::currentUser());
        // An edit of a deleted site is a conflict, not a resurrection.
        ProtectedSite late = s;
        try {
            repo.update(late);
            QFAIL("an update of a deleted site was accepted");
        } catch (const SiteVersionConflict &e) {
            QCOMPARE(e.currentVersion(), 0);
        }
        QVERIFY(throws<SiteVersionConflict>([&] { repo.remove(s.id, 1); }));
    }

    void csvImportWithRejects()
    {
        auto store = newStore(QStringLiteral("csv.vigie"));
        SiteRepository repo(*store);
        const qint64 before = store->auditCount();
        const SiteImportResult r = SiteIo::importFile(repo, QStringLiteral(VIGIE_TEST_DATA_DIR "/sites/sites_with_rejects.csv"));
        QStringList names;
        for (const ProtectedSite &s : r.sites)
            names.append(s.name);
        QCOMPARE(names, (QStringList{QStringLiteral("IDP camp Gao North"), QStringLiteral("Wabaria"),
                                     QStringLiteral("Gao central\nmarket"), QStringLiteral("Ansongo clinic")}));
        QCOMPARE(r.sites.front().note, QStringLiteral("Displaced; from Ansongo"));
        QCOMPARE(r.sites.front().population, std::optional<qint64>(4200));
        QCOMPARE(r.sites.at(2).sensitivity, Sensitivity::Unclassified);
        QCOMPARE(r.sites.at(3).kind, SiteKind::HealthFacility);

        QList<int> lines;
        for (const SiteImportReject &j : r.rejects) {
            lines.append(j.line);
            QVERIFY(!j.reason.isEmpty());
            QVERIFY(j.toString().startsWith(QStringLiteral("line %1: ").arg(j.line)));
        }
        QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 8, 9}));
        QVERIFY(r.rejects.at(0).reason.contains(QStringLiteral("name")));
        QVERIFY(r.rejects.at(1).reason.contains(QStringLiteral("castle")));
        QVERIFY(r.rejects.at(2).reason.contains(QStringLiteral("latitude")));
        QVERIFY(r.rejects.at(3).reason.contains(QStringLiteral("radius")));
        QVERIFY(r.rejects.at(4).reason.contains(QStringLiteral("many")));
        QVERIFY(r.rejects.at(5).reason.contains(QStringLiteral("fields")));

        // All valid rows in one transaction with one audit row.
        QCOMPARE(repo.list().size(), 4);
        QCOMPARE(store->auditCount(), before + 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("import"));
        QVERIFY(store->auditLog(1).front().summary.contains(QStringLiteral("sites_with_rejects.csv")));
    }

    void csvHeaderMustNameTheColumns()
    {
        QVERIFY(throws<MissionError>([] { SiteIo::readCsv("name,kind,lat,lon\nA,village,1,2\n"); }));
        // The message counts and names what is missing (its English forms say "1 column",
        // "2 columns": i18n.english_plurals_complete checks they exist).
        try {
            SiteIo::readCsv("name,kind,radius\nA,village,100\n");
            QFAIL("a header without lat and lon was accepted");
        } catch (const MissionError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("lacks 2 column(s): lat, lon.")), qPrintable(e.message()));
        }
        QVERIFY(throws<MissionError>([] { SiteIo::readCsv(""); }));
        // Any order, any case, comma separated, CRLF.
        const SiteImportResult r = SiteIo::readCsv("LON,Lat,radius,KIND,name\r\n2.5,15.5,100,market,M\r\n");
        QCOMPARE(r.sites.size(), 1);
        QCOMPARE(r.sites.front().lon, 2.5);
        QCOMPARE(r.sites.front().lat, 15.5);
        QVERIFY(r.rejects.isEmpty());
    }

    void geoJsonImportWithRejects()
    {
        auto store = newStore(QStringLiteral("geojson.vigie"));
        SiteRepository repo(*store);
        const SiteImportResult r = SiteIo::importFile(repo, QStringLiteral(VIGIE_TEST_DATA_DIR "/sites/sites_with_rejects.geojson"));
        QCOMPARE(r.sites.size(), 2);
        QCOMPARE(r.sites.at(0).name, QString::fromUtf8("Team site Ménaka"));
        QCOMPARE(r.sites.at(0).sensitivity, Sensitivity::UnConfidential);
        QCOMPARE(r.sites.at(0).lat, 15.9182);
        QCOMPARE(r.sites.at(1).radiusM, 250.0);
        QCOMPARE(r.sites.at(1).population, std::optional<qint64>(1200));
        QList<int> features;
        for (const SiteImportReject &j : r.rejects)
            features.append(j.feature);
        QCOMPARE(features, (QList<int>{2, 4, 5}));
        QVERIFY(r.rejects.at(0).toString().startsWith(QStringLiteral("feature 2: ")));
        QCOMPARE(repo.list().size(), 2);
        QVERIFY(throws<MissionError>([] { SiteIo::readGeoJson("not json"); }));
        QVERIFY(throws<MissionError>([] { SiteIo::readGeoJson("{\"type\": \"Point\", \"coordinates\": [0, 0]}"); }));
    }

    // The GeoJSON fixture converted by GDAL to GeoPackages, one in WGS 84 and one in UTM 31N.
    void geoPackageImport()
    {
        GDALAllRegister();
        for (const QString &srs : {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32631")}) {
            const QString gpkg = m_dir.filePath(QStringLiteral("sites-%1.gpkg").arg(srs.mid(5)));
            GDALDatasetH src = GDALOpenEx(VIGIE_TEST_DATA_DIR "/sites/sites_with_rejects.geojson", GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            QVERIFY(src);
            const QByteArray target = srs.toUtf8();
            char *argv[] = {const_cast<char *>("-f"), const_cast<char *>("GPKG"), const_cast<char *>("-t_srs"),
                            const_cast<char *>(target.constData()), const_cast<char *>("-nlt"), const_cast<char *>("GEOMETRY"), nullptr};
            GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(argv, nullptr);
            GDALDatasetH out = GDALVectorTranslate(gpkg.toUtf8().constData(), nullptr, 1, &src, opts, nullptr);
            GDALVectorTranslateOptionsFree(opts);
            QVERIFY(out);
            GDALClose(out);
            GDALClose(src);

            auto store = newStore(QStringLiteral("gpkg-%1.vigie").arg(srs.mid(5)));
            SiteRepository repo(*store);
            const SiteImportResult r = SiteIo::importFile(repo, gpkg);
            QCOMPARE(r.sites.size(), 2);
            QCOMPARE(r.sites.at(0).name, QString::fromUtf8("Team site Ménaka"));
            QCOMPARE(r.sites.at(0).sensitivity, Sensitivity::UnConfidential);
            QVERIFY(std::abs(r.sites.at(0).lat - 15.9182) < 1e-7);
            QVERIFY(std::abs(r.sites.at(0).lon - 2.4022) < 1e-7);
            QCOMPARE(r.sites.at(1).radiusM, 250.0);
            QCOMPARE(r.sites.at(1).population, std::optional<qint64>(1200));
            QCOMPARE(r.sites.at(1).note, QStringLiteral("Wednesdays"));
            QList<int> features;
            for (const SiteImportReject &j : r.rejects)
                features.append(j.feature);
            QCOMPARE(features, (QList<int>{2, 4, 5}));
            QCOMPARE(repo.list().size(), 2);
        }
        QVERIFY(throws<MissionError>([this] {
            QFile bad(m_dir.filePath(QStringLiteral("bad.gpkg")));
            bad.open(QIODevice::WriteOnly);
            bad.write("not a geopackage");
            bad.close();
            SiteIo::readFile(bad.fileName());
        }));
    }

    void exportRoundTrips()
    {
        auto store = newStore(QStringLiteral("export.vigie"));
        SiteRepository repo(*store);
        ProtectedSite tricky = camp();
        tricky.name = QStringLiteral("Camp \"A\", north");
        tricky.note = QStringLiteral("line one\nline two");
        repo.add(tricky);
        ProtectedSite plain = camp();
        plain.name = QStringLiteral("Borehole");
        plain.kind = SiteKind::WaterPoint;
        plain.population.reset();
        repo.add(plain);
        const QList<ProtectedSite> sites = repo.list();
        for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("geojson")}) {
            const QString file = m_dir.filePath(QStringLiteral("out.") + suffix);
            SiteIo::writeFile(sites, file);
            const SiteImportResult back = SiteIo::readFile(file);
            QVERIFY2(back.rejects.isEmpty(), qPrintable(back.rejects.isEmpty() ? QString() : back.rejects.front().toString()));
            QCOMPARE(back.sites.size(), sites.size());
            for (int i = 0; i < sites.size(); ++i) {
                QCOMPARE(back.sites.at(i).name, sites.at(i).name);
                QCOMPARE(back.sites.at(i).kind, sites.at(i).kind);
                QCOMPARE(back.sites.at(i).lat, sites.at(i).lat);
                QCOMPARE(back.sites.at(i).lon, sites.at(i).lon);
                QCOMPARE(back.sites.at(i).radiusM, sites.at(i).radiusM);
                QCOMPARE(back.sites.at(i).population, sites.at(i).population);
                QCOMPARE(back.sites.at(i).sensitivity, sites.at(i).sensitivity);
                QCOMPARE(back.sites.at(i).note, sites.at(i).note);
            }
        }
        QVERIFY(throws<MissionError>([&] { SiteIo::writeFile(sites, m_dir.filePath(QStringLiteral("out.kml"))); }));
    }
};

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "test_site_repository.moc"
