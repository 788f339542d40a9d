// SPDX-License-Identifier: GPL-2.0-or-later
#include "../../support/track_fixtures.h"

#include "io/iso_date_time.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "tracks/track_exporter.h"
#include "tracks/track_importer.h"
#include "tracks/track_repository.h"
#include "tracks/track_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

#include <cmath>

using namespace vigie::core;

class TestTrackStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &n) const { return m_dir.filePath(n); }

  private slots:
    void importReportAndAudit()
    {
        auto store = MissionStore::create(path(QStringLiteral("a.vigie")), QStringLiteral("A"));
        QByteArray log;
        for (int i = 0; i < 100; ++i)
            log += vigie::test::nmeaFix(i);
        log += "$GPGGA,000200.00,1616.3080,N,00002.6750,W,1,08,0.9,265.0,M,20.1,M,,*00\r\n!AIVDM,junk\r\n";
        const QString file = path(QStringLiteral("patrol.nmea"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(log);
        f.close();
        const qint64 auditBefore = store->auditCount();
        qint64 progressCalls = 0;
        TrackImporter importer(*store);
        importer.setProgressCallback([&](qint64, qint64) { ++progressCalls; });
        const TrackImportReport r = importer.importFile(file);
        QCOMPARE(r.format, QStringLiteral("nmea"));
        QCOMPARE(r.pointsAccepted, 100);
        QCOMPARE(r.tracks, 1);
        QCOMPARE(r.newTracks, 1);
        QCOMPARE(r.badChecksums, 1);
        QCOMPARE(r.skippedLines, 1);
        QVERIFY(progressCalls > 0);
        QCOMPARE(TrackImportReport::exitCode({r}), 2);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("points_accepted")).toInt(), 100);
        QCOMPARE(json.value(QStringLiteral("rejected_issues")).toArray().size(), 1);
        QVERIFY2(r.humanSummary().contains(QStringLiteral("100 point")), qPrintable(r.humanSummary())); // "100 points" in English (vigie_en.ts)
        QCOMPARE(store->auditCount(), auditBefore + 1);
        const AuditEntry audit = store->auditLog(1).front();
        QCOMPARE(audit.action, QStringLiteral("import"));
        QCOMPARE(audit.table, QStringLiteral("tracks"));
        QVERIFY(audit.summary.contains(QStringLiteral("patrol.nmea")));
        // Geometry and spatial index are there and agree with lat/lon.
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_points WHERE ST_Y(geom) = lat AND ST_X(geom) = lon AND ST_SRID(geom) = 4326")).toInt(), 100);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_track_points_geom")).toInt(), 100);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM tracks_extent")).toInt(), 1);
        // Again: nothing added twice, same track extended.
        const TrackImportReport again = importer.importFile(file);
        QCOMPARE(again.pointsAccepted, 0);
        QCOMPARE(again.duplicates, 100);
        QCOMPARE(again.newTracks, 0);
        TrackRepository repo(*store);
        QCOMPARE(repo.tracks().size(), 1);
        const Track t = repo.tracks().front();
        QCOMPARE(t.pointCount, 100);
        QCOMPARE(t.firstSeenMs, IsoDateTime::parse("2026-11-20T00:00:00Z"));
        QCOMPARE(t.lastSeenMs, IsoDateTime::parse("2026-11-20T00:01:39Z"));
        // Soft delete: gone from the list, kept in the file, audited.
        repo.removeTrack(t.id);
        QCOMPARE(repo.tracks().size(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM tracks")).toInt(), 1);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("delete"));
    }

    void overlappingImportKeepsEachPointOnce()
    {
        // The writer inserts TrackWriter::kRowsPerInsert points a statement and stops a
        // statement at a point already stored: the points around each duplicate must all land,
        // each once, and the counts and the track's times must say so.
        static_assert(TrackWriter::kRowsPerInsert == 64, "the overlaps below straddle 64-point groups");
        auto store = MissionStore::create(path(QStringLiteral("overlap.vigie")), QStringLiteral("O"));
        const auto write = [this](const QString &name, const std::vector<int> &fixes) {
            QByteArray log;
            for (int i : fixes)
                log += vigie::test::nmeaFix(i);
            // One file name in two folders: the same source, so the same track.
            QDir().mkpath(path(name));
            const QString file = path(name + QStringLiteral("/patrol.nmea"));
            QFile f(file);
            f.open(QIODevice::WriteOnly);
            f.write(log);
            return file;
        };
        std::vector<int> first;
        for (int i = 50; i < 60; ++i)
            first.push_back(i); // inside the first group of the second file
        for (int i = 127; i < 140; ++i)
            first.push_back(i); // across the second and third groups
        std::vector<int> second;
        for (int i = 0; i < 400; ++i)
            second.push_back(i);
        second.insert(second.begin() + 300, 150); // a fix twice in the file itself
        TrackImporter importer(*store);
        QCOMPARE(importer.importFile(write(QStringLiteral("first"), first), QStringLiteral("nmea")).pointsAccepted, 23);
        const QString secondFile = write(QStringLiteral("second"), second);
        const TrackImportReport r = importer.importFile(secondFile, QStringLiteral("nmea"));
        QCOMPARE(r.pointsAccepted, 400 - 23);
        QCOMPARE(r.duplicates, 24);
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_points")).toInt(), 400);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT t_ms) FROM track_points")).toInt(), 400);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_track_points_geom")).toInt(), 400);
        // Every fix at its own position: no row took another's values.
        const qint64 t0 = IsoDateTime::parse("2026-11-20T00:00:00Z");
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_points WHERE abs(lon - (-0.0447 + 0.00002 * ((t_ms - %1) / 1000))) > 1e-6")
                               .arg(t0))
                     .toInt(),
                 0);
        TrackRepository repo(*store);
        const auto tracks = repo.tracks();
        QCOMPARE(tracks.size(), 1);
        QCOMPARE(tracks.front().pointCount, 400);
        QCOMPARE(tracks.front().firstSeenMs, t0);
        QCOMPARE(tracks.front().lastSeenMs, t0 + 399 * 1000);
        // The same file again: every group stops on its first point and nothing is added.
        const TrackImportReport again = importer.importFile(secondFile, QStringLiteral("nmea"));
        QCOMPARE(again.pointsAccepted, 0);
        QCOMPARE(again.duplicates, 401);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_points")).toInt(), 400);
    }

    void badFilesAndCancel()
    {
        auto store = MissionStore::create(path(QStringLiteral("b.vigie")), QStringLiteral("B"));
        TrackImporter importer(*store);
        const TrackImportReport missing = importer.importFile(path(QStringLiteral("nope.gpx")));
        QVERIFY(!missing.error.isEmpty());
        QCOMPARE(TrackImportReport::exitCode({missing}), 1);
        const QString big = path(QStringLiteral("c.nmea"));
        QVERIFY(vigie::test::writeNmeaFile(big, 200000));
        std::atomic<bool> cancel{false};
        importer.setCancelFlag(&cancel);
        importer.setProgressCallback([&](qint64, qint64) { cancel = true; });
        const qint64 audit = store->auditCount();
        const TrackImportReport r = importer.importFile(big, QStringLiteral("nmea"));
        QVERIFY(r.cancelled);
        QCOMPARE(store->auditCount(), audit);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM track_points")).toInt(), 0);
    }

    void spatialIndexAfterBulkAndSmallImports()
    {
        // A big import packs the points' R*Tree in one pass; a small one next to it inserts its
        // points; the per-row trigger is back after both (a feed relies on it).
        auto store = MissionStore::create(path(QStringLiteral("rtree.vigie")), QStringLiteral("R"));
        const QString big = path(QStringLiteral("rtree-big.nmea")), small = path(QStringLiteral("rtree-small.nmea"));
        QVERIFY(vigie::test::writeNmeaFile(big, 5000));
        QVERIFY(vigie::test::writeNmeaFile(small, 50, 40000));
        TrackImporter importer(*store);
        QCOMPARE(importer.importFile(big).pointsAccepted, 5000);
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('idx_track_points_geom')")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_track_points_geom")).toInt(), 5000);
        QCOMPARE(importer.importFile(small).pointsAccepted, 50);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_track_points_geom")).toInt(), 5050);
        QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('idx_track_points_geom')")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'gii_track_points_geom'")).toInt(), 1);
        // So is SpatiaLite's geometry check, which the imports set aside: another program (QGIS
        // editing the layer) still cannot write a line into the points.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'ggi_track_points_geom'")).toInt(), 1);
        try {
            db.exec(QStringLiteral("INSERT INTO track_points(track_fid, t_ms, lat, lon, geom) "
                                   "VALUES (1, 1, 1, 1, GeomFromText('LINESTRING(1 1, 2 2)', 4326))"));
            QFAIL("a line went into track_points");
        } catch (const DbError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Geometry constraint")), qPrintable(e.message()));
        }
        // Every point is found through the index at its own place.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_points p WHERE EXISTS (SELECT 1 FROM idx_track_points_geom i "
                                          "WHERE i.pkid = p.fid AND i.xmin <= p.lon AND i.xmax >= p.lon AND i.ymin <= p.lat AND i.ymax >= p.lat)"))
                     .toInt(),
                 5050);
    }

    void bigImportRebuildsTheTimeIndex()
    {
        // A big file into an empty mission: the time index is dropped for the import and built
        // again by one sort before the commit; it is there, whole, and used.
        auto store = MissionStore::create(path(QStringLiteral("timeindex.vigie")), QStringLiteral("T"));
        const QString big = path(QStringLiteral("timeindex-big.nmea"));
        QVERIFY(vigie::test::writeNmeaFile(big, 30000));
        QVERIFY(QFileInfo(big).size() / 100 >= 20000); // what the importer takes for "big"
        Database &db = store->database();
        const QString before = db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'track_points_time'")).toString();
        QVERIFY(!before.isEmpty());
        TrackImporter importer(*store);
        QCOMPARE(importer.importFile(big).pointsAccepted, 30000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'track_points_time'")).toString(), before);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_points INDEXED BY track_points_time WHERE t_ms > 0")).toInt(), 30000);
        // A cancelled big import leaves the index as it was (the transaction rolls back).
        std::atomic<bool> cancel{true};
        importer.setCancelFlag(&cancel);
        QVERIFY(importer.importFile(big).cancelled);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'track_points_time'")).toString(), before);
    }

    void interpolationAndStatistics()
    {
        auto store = MissionStore::create(path(QStringLiteral("c.vigie")), QStringLiteral("C"));
        const QString file = path(QStringLiteral("line.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Due north along the Gao meridian, 0.01° (~1106 m) a minute, then a 20 min gap.
        f.write("time,lat,lon\n2026-11-24T10:00:00Z,16.00,0.0\n2026-11-24T10:01:00Z,16.01,0.0\n"
                "2026-11-24T10:02:00Z,16.02,0.0\n2026-11-24T10:22:00Z,16.03,0.0\n");
        f.close();
        TrackImporter importer(*store);
        QCOMPARE(importer.importFile(file).pointsAccepted, 4);
        TrackRepository repo(*store);
        const QString id = repo.tracks().front().id;
        const auto mid = repo.positionAt(id, IsoDateTime::parse("2026-11-24T10:00:30Z"));
        QVERIFY(mid);
        QVERIFY(std::abs(mid->lat - 16.005) < 1e-6);
        QVERIFY(std::abs(mid->lon) < 1e-9);
        QVERIFY(std::abs(mid->course) < 1e-6 || std::abs(mid->course - 360) < 1e-6);
        QVERIFY(std::abs(mid->speed - 1106.8 / 60) < 0.2);
        QVERIFY(!repo.positionAt(id, IsoDateTime::parse("2026-11-24T09:00:00Z")));
        QCOMPARE(repo.positionAt(id, IsoDateTime::parse("2026-11-25T00:00:00Z"))->lat, 16.03);
        QCOMPARE(repo.points(id, IsoDateTime::parse("2026-11-24T10:00:30Z"), IsoDateTime::parse("2026-11-24T10:05:00Z")).size(), size_t(2));
        const TrackStatistics s = repo.statistics(id, 5 * 60 * 1000);
        QCOMPARE(s.durationMs, qint64(22 * 60 * 1000));
        QVERIFY(std::abs(s.distanceM - 3320.4) < 5.0); // GeographicLib, 0.03° of latitude at 16° N
        QVERIFY(std::abs(s.meanSpeed - s.distanceM / (22 * 60)) < 1e-9);
        QVERIFY(std::abs(s.maxSpeed - 1106.8 / 60) < 0.2);
        QCOMPARE(s.gaps.size(), size_t(1));
        QCOMPARE(s.gaps[0].first, IsoDateTime::parse("2026-11-24T10:02:00Z"));

        // Exports read back by our own readers.
        TrackExporter exporter(*store);
        for (const char *fmt : {"gpx", "kml", "csv"}) {
            const QString out = path(QStringLiteral("out.%1").arg(QLatin1String(fmt)));
            const TrackExportReport er = exporter.exportTracks(out, *TrackExporter::formatFromString(QLatin1String(fmt)));
            QCOMPARE(er.points, 4);
            auto copy = MissionStore::create(path(QStringLiteral("copy-%1.vigie").arg(QLatin1String(fmt))), QStringLiteral("copy"));
            const TrackImportReport back = TrackImporter(*copy).importFile(out);
            QVERIFY2(back.pointsAccepted == 4, qPrintable(back.humanSummary()));
        }
        const QString geojson = path(QStringLiteral("out.geojson"));
        QCOMPARE(exporter.exportTracks(geojson, TrackExporter::Format::GeoJson).tracks, 1);
        QFile g(geojson);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readAll().contains("\"LineString\""));
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("export"));
    }

    void gpsbabelGpxRoundTrip()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gpsbabel")).isEmpty())
            QSKIP("gpsbabel is not installed (packaging/debian-deps.txt lists it)");
        const QString nmea = path(QStringLiteral("babel.nmea")), gpx = path(QStringLiteral("babel.gpx"));
        QVERIFY(vigie::test::writeNmeaFile(nmea, 500));
        QProcess p;
        p.start(QStringLiteral("gpsbabel"), {"-i", "nmea", "-f", nmea, "-o", "gpx", "-F", gpx});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        auto store = MissionStore::create(path(QStringLiteral("babel.vigie")), QStringLiteral("babel"));
        TrackImporter importer(*store);
        const TrackImportReport fromNmea = importer.importFile(nmea);
        const TrackImportReport fromGpx = importer.importFile(gpx);
        QCOMPARE(fromNmea.pointsAccepted, 500);
        QCOMPARE(fromGpx.pointsAccepted, 500);
        QCOMPARE(fromGpx.rejectedCount, 0);
    }

    void cotGroupedByUid()
    {
        auto store = MissionStore::create(path(QStringLiteral("cot.vigie")), QStringLiteral("cot"));
        const QString file = path(QStringLiteral("feed.xml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 6; ++i)
            f.write(QStringLiteral("<?xml version=\"1.0\"?>\n<event version=\"2.0\" uid=\"%1\" type=\"a-h-G-E-V\" how=\"m-g\" "
                                   "time=\"2026-11-24T10:00:0%2Z\" start=\"2026-11-24T10:00:0%2Z\" stale=\"2026-11-24T10:10:00Z\">"
                                   "<point lat=\"16.%2\" lon=\"0.1\" hae=\"0\" ce=\"5\" le=\"5\"/></event>\n")
                        .arg(i % 2 ? QStringLiteral("red-1") : QStringLiteral("red-2"))
                        .arg(i)
                        .toUtf8());
        f.close();
        TrackImporter importer(*store);
        const TrackImportReport r = importer.importFile(file);
        QCOMPARE(r.format, QStringLiteral("cot"));
        QCOMPARE(r.tracks, 2);
        TrackRepository repo(*store);
        for (const Track &t : repo.tracks()) {
            QCOMPARE(t.pointCount, 3);
            QCOMPARE(t.affiliation, Affiliation::Hostile);
            QCOMPARE(t.kind, TrackKind::Vehicle);
            QCOMPARE(t.sidc, QStringLiteral("SHGPEV---------"));
        }
    }

    void demoHasTracks()
    {
        auto store = buildDemoMission(path(QStringLiteral("demo.vigie")));
        TrackRepository repo(*store);
        const QList<Track> tracks = repo.tracks();
        QVERIFY(tracks.size() >= 3);
        bool uav = false;
        for (const Track &t : tracks) {
            QVERIFY(t.pointCount > 10);
            QVERIFY(store->areaOfResponsibility().contains({t.minLat, t.minLon}));
            uav = uav || t.kind == TrackKind::Uav;
        }
        QVERIFY(uav);
        // Deterministic from the seed.
        auto again = buildDemoMission(path(QStringLiteral("demo2.vigie")));
        QCOMPARE(TrackRepository(*again).tracks().front().pointCount, tracks.front().pointCount);
        QCOMPARE(TrackRepository(*again).tracks().front().minLat, tracks.front().minLat);
    }
};

QTEST_GUILESS_MAIN(TestTrackStore)
#include "test_track_store.moc"
