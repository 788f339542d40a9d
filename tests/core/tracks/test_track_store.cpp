// SPDX-License-Identifier: GPL-2.0-or-later
#include "../../support/stored_points.h"
#include "../../support/track_fixtures.h"

#include "io/iso_date_time.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "tracks/track_exporter.h"
#include "tracks/track_importer.h"
#include "tracks/track_chunk.h"
#include "tracks/track_repository.h"
#include "tracks/track_schema.h"
#include "tracks/track_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
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
        // One chunk of 100 points, in the chunks' spatial index; the track's extent in its own.
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_chunks")).toInt(), 1);
        QCOMPARE(vigie::test::storedPointCount(db), qint64(100));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_chunks_extent")).toInt(), 1);
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
        // Points older than their track's newest are checked against the stored chunks around
        // their instant and the chunk being filled: the points around each duplicate must all
        // land, each once, and the counts and the track's times must say so.
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
            first.push_back(i);
        for (int i = 127; i < 140; ++i)
            first.push_back(i); // one stored chunk with a hole the second file fills
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
        const std::vector<vigie::test::StoredPoint> stored = vigie::test::storedPoints(db);
        QCOMPARE(int(stored.size()), 400);
        QSet<qint64> times;
        // Every fix at its own position: no point took another's values.
        const qint64 t0 = IsoDateTime::parse("2026-11-20T00:00:00Z");
        for (const vigie::test::StoredPoint &s : stored) {
            times.insert(s.point.timeMs);
            QVERIFY(std::abs(s.point.lon - (-0.0447 + 0.00002 * double((s.point.timeMs - t0) / 1000))) < 1e-6);
        }
        QCOMPARE(times.size(), 400);
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
        QCOMPARE(vigie::test::storedPointCount(db), qint64(400));
        QCOMPARE(repo.points(tracks.front().id).size(), size_t(400));
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
        QCOMPARE(vigie::test::storedPointCount(store->database()), qint64(0));
    }

    void chunkRulesAndSpatialIndex()
    {
        // What every reader of the chunks relies on (track_chunk.h), after a big import, a small
        // one next to it, a gap of more than a chunk's span, points without a time and a source
        // that changes within a track.
        auto store = MissionStore::create(path(QStringLiteral("chunks.vigie")), QStringLiteral("R"));
        const QString big = path(QStringLiteral("chunks-big.nmea")), small = path(QStringLiteral("chunks-small.nmea"));
        QVERIFY(vigie::test::writeNmeaFile(big, 5000));
        QVERIFY(vigie::test::writeNmeaFile(small, 50, 40000));
        TrackImporter importer(*store);
        QCOMPARE(importer.importFile(big).pointsAccepted, 5000);
        QCOMPARE(importer.importFile(small).pointsAccepted, 50);
        Database &db = store->database();
        {
            TrackImportReport report;
            TrackWriter writer(db, report);
            Track header;
            header.sourceId = QStringLiteral("mixed");
            const int h = writer.track(header);
            for (int i = 0; i < 600; ++i) {
                TrackPoint p;
                p.lat = 10 + i * 0.001;
                p.lon = 20 - i * 0.001;
                p.timeMs = i % 50 == 7 ? TrackPoint::kNoTime : (i < 300 ? 1000 * i : 1000 * i + 2 * kMaxChunkSpanMs);
                p.source = i < 450 ? QStringLiteral("cot:m-g") : QStringLiteral("cot:h-e");
                writer.point(h, p);
            }
            writer.finish();
            QCOMPARE(report.pointsAccepted, qint64(600));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('track_chunks_extent')")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM track_chunks_extent")), db.scalar(QStringLiteral("SELECT count(*) FROM track_chunks")));
        Statement chunks = db.prepare(QStringLiteral("SELECT c.fid, c.t_min_ms, c.t_max_ms, c.point_count, c.source, c.points, "
                                                     "e.min_lon, e.max_lon, e.min_lat, e.max_lat FROM track_chunks c "
                                                     "JOIN track_chunks_extent e ON e.fid = c.fid"));
        qint64 points = 0;
        int mixedChunks = 0;
        while (chunks.step()) {
            std::vector<TrackPoint> pts;
            QVERIFY(decodeTrackChunk(chunks.blob(5), chunks.text(4), pts));
            QVERIFY(!pts.empty() && pts.size() <= size_t(kChunkPoints));
            QCOMPARE(qint64(pts.size()), chunks.int64(3));
            points += qint64(pts.size());
            const bool timed = !chunks.isNull(1);
            for (size_t i = 0; i < pts.size(); ++i) {
                QCOMPARE(pts[i].hasTime(), timed); // all or none
                QCOMPARE(pts[i].source, chunks.text(4)); // one source
                if (i > 0 && timed)
                    QVERIFY(pts[i - 1].timeMs < pts[i].timeMs); // in time order
                // Each point inside its chunk's box in the spatial index.
                QVERIFY(pts[i].lon >= chunks.real(6) && pts[i].lon <= chunks.real(7));
                QVERIFY(pts[i].lat >= chunks.real(8) && pts[i].lat <= chunks.real(9));
            }
            if (timed) {
                QCOMPARE(chunks.int64(1), pts.front().timeMs);
                QCOMPARE(chunks.int64(2), pts.back().timeMs);
                QVERIFY(chunks.int64(2) - chunks.int64(1) <= kMaxChunkSpanMs);
            }
            if (pts.front().source.startsWith(QLatin1String("cot:")))
                ++mixedChunks;
        }
        QCOMPARE(points, qint64(5650));
        // 588 timed points: 294 before the gap (256 + 38: 2 chunks), 147 after it from the first
        // source (1), 147 from the second (1); 12 without a time: 9 and 3 by source (2). The
        // points without a time, handed between the others, cut no chunk short.
        QCOMPARE(mixedChunks, 6);
        TrackRepository repo(*store);
        QString mixed;
        for (const Track &t : repo.tracks())
            if (t.sourceId == QLatin1String("mixed"))
                mixed = t.id;
        QCOMPARE(repo.points(mixed).size(), size_t(600));
        QCOMPARE(repo.points(mixed, 0, 299 * 1000).size(), size_t(294));
        QCOMPARE(repo.points(mixed, 299 * 1000 + 1, TrackPoint::kNoTime).size(), size_t(294));
    }

    void schema8MovesPointsValueForValue()
    {
        // A mission of schema 7 (tests/data/missions/v7-tracks.vigie: GPX with a waypoint and a
        // track without times, NMEA with speed and course, CoT with accuracy; one GPX imported
        // twice) opened by this version: every point is in the chunks with every value, and the
        // old table, its geometry column and its R*Tree are gone.
        const QString file = path(QStringLiteral("v7-tracks.vigie"));
        QVERIFY(QFile::copy(QStringLiteral(VIGIE_TEST_DATA_DIR "/missions/v7-tracks.vigie"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        struct Row
        {
            QString trackId;
            QVariantList values;
        };
        std::vector<Row> before;
        {
            Database raw;
            raw.open(file, Database::Mode::ReadOnly);
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 7);
            Statement st = raw.prepare(QStringLiteral("SELECT t.id, p.t_ms, p.lat, p.lon, p.alt_m, p.speed_ms, p.course_deg, p.hacc_m, p.source "
                                                      "FROM track_points p JOIN tracks t ON t.fid = p.track_fid ORDER BY t.fid, p.t_ms, p.fid"));
            while (st.step()) {
                Row r{st.text(0), {}};
                for (int c = 1; c <= 8; ++c)
                    r.values << st.value(c);
                before.push_back(r);
            }
        }
        QCOMPARE(int(before.size()), 952);
        auto store = MissionStore::open(file);
        QCOMPARE(store->schemaVersion(), MissionStore::currentSchemaVersion());
        Database &db = store->database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%track_points%'")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM geometry_columns WHERE f_table_name = 'track_points'")).toInt(), 0);
        QCOMPARE(vigie::test::storedPointCount(db), qint64(952));
        TrackRepository repo(*store);
        size_t i = 0;
        const auto value = [](double v) { return std::isnan(v) ? QVariant() : QVariant(v); };
        QString currentTrack;
        std::vector<TrackPoint> points;
        size_t k = 0;
        for (; i < before.size(); ++i, ++k) {
            const Row &r = before[i];
            if (r.trackId != currentTrack) {
                currentTrack = r.trackId;
                points = repo.points(currentTrack);
                k = 0;
            }
            QVERIFY2(k < points.size(), qPrintable(currentTrack));
            const TrackPoint &p = points[k];
            const QVariantList got{p.hasTime() ? QVariant(p.timeMs) : QVariant(), p.lat, p.lon, value(p.altitude), value(p.speed),
                                   value(p.course), value(p.horizontalAccuracy), p.source};
            for (int c = 0; c < 8; ++c)
                QVERIFY2(got[c].isNull() == r.values[c].isNull() && (got[c].isNull() || got[c].toString() == r.values[c].toString()),
                         qPrintable(QStringLiteral("point %1 column %2: %3 became %4").arg(i).arg(c).arg(r.values[c].toString(), got[c].toString())));
        }
        // Re-importing the same GPX adds only its points without a time, as schema 7 did.
        TrackImporter importer(*store);
        const QString gpx = path(QStringLiteral("patrol.gpx"));
        QFile f(gpx);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>Patrol 7</name><trkseg>"
                "<trkpt lat=\"12.0003\" lon=\"-0.9998\"><time>2026-11-01T06:00:10Z</time></trkpt></trkseg></trk></gpx>");
        f.close();
        const TrackImportReport again = importer.importFile(gpx);
        QCOMPARE(again.pointsAccepted, qint64(0));
        QCOMPARE(again.duplicates, qint64(1));
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
