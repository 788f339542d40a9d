// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/acled_reader.h"
#include "incidents/hxl_reader.h"
#include "incidents/csv_incident_reader.h"
#include "incidents/incident_exporter.h"
#include "incidents/incident_importer.h"
#include "incidents/incident_reader_registry.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_writer.h"
#include "io/csv_reader.h"
#include "mission/mission_store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace vigie::core;

namespace {
const QString kData = QStringLiteral(VIGIE_TEST_DATA_DIR "/incidents/");

QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    CsvReader r(path);
    if (!r.open())
        return rows;
    CsvRecord rec;
    while (r.next(rec) == CsvReader::Result::Record) {
        QStringList row;
        for (int i = 0; i < rec.size(); ++i)
            row << rec.text(i);
        rows << row;
    }
    return rows;
}

std::map<QString, Incident> byExternalId(MissionStore &store)
{
    std::map<QString, Incident> out;
    for (const Incident &x : IncidentRepository(store).query({}))
        out[x.externalId] = x;
    return out;
}
} // namespace

class TestIncidentImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<MissionStore> newStore()
    {
        return MissionStore::create(m_dir.filePath(QStringLiteral("m%1.vigie").arg(++m_n)), QStringLiteral("T"));
    }
    // A copy of a fixture in the temporary folder (the rejects file is written beside it).
    QString fixture(const QString &name)
    {
        const QString p = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name));
        QFile::copy(kData + name, p);
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        return p;
    }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString p = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name));
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return p;
    }

  private slots:
    void registry()
    {
        const IncidentReaderRegistry &builtin = IncidentReaderRegistry::builtin();
        for (const char *id : {"acled", "hxl", "csv", "geojson", "kml", "gpkg", "shp"})
            QVERIFY2(builtin.reader(QLatin1String(id)), id);
        IncidentReaderRegistry r;
        QVERIFY(!r.add(nullptr));
        QVERIFY(r.add(std::make_shared<AcledReader>()));
        QVERIFY(!r.add(std::make_shared<AcledReader>()));
        QCOMPARE(r.ids(), QStringList{QStringLiteral("acled")});
        IncidentWriterRegistry w;
        QVERIFY(!w.add(nullptr));
        for (const char *id : {"acled", "geojson", "gpkg", "kml"})
            QVERIFY2(IncidentWriterRegistry::builtin().writer(QLatin1String(id)), id);
        QCOMPARE(builtin.identify(kData + QStringLiteral("acled_sample.csv"))->id(), QStringLiteral("acled"));
        QCOMPARE(builtin.identify(kData + QStringLiteral("hxl_events.csv"))->id(), QStringLiteral("hxl"));
        // A zip whose compressed bytes happen to hold a line of hashtags is a KMZ, not HXL (it
        // made kmzAndShapefile fail now and then: ogr2ogr's KMZ differs from run to run).
        QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
        zip += QByteArray("\x8b\x01\xff\n#a,#b\n\x02\x03", 12);
        const QString kmz = m_dir.filePath(QStringLiteral("hashtags.kmz"));
        QFile f(kmz);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zip);
        f.close();
        QCOMPARE(builtin.identify(kmz)->id(), QStringLiteral("kml"));
        QCOMPARE(HxlReader().identify(kmz, zip), 0);
        QCOMPARE(AcledReader().identify(kmz, zip), 0);
        QCOMPARE(HxlReader().identify(QStringLiteral("x.csv"), QByteArray("#date,#geo+lat,#geo+lon\n")), 90);
    }

    void acledImport()
    {
        auto store = newStore();
        const qint64 audits = store->auditCount();
        const ImportReport r = IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("acled"));
        QCOMPARE(r.imported, 6);
        QCOMPARE(r.rejectedCount, 0);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.exitCode(), 0);
        QVERIFY(r.rejectsFile.isEmpty());
        QCOMPARE(store->auditCount(), audits + 1);
        const AuditEntry a = store->auditLog(1).front();
        QCOMPARE(a.action, QStringLiteral("import"));
        QCOMPARE(a.table, QStringLiteral("incidents"));
        QVERIFY(a.summary.contains(QStringLiteral("imported 6 incidents")));

        auto all = byExternalId(*store);
        QCOMPARE(int(all.size()), 6);
        const Incident &clash = all[QStringLiteral("MLI30001")];
        QCOMPARE(clash.category, QStringLiteral("armed_clash"));
        QCOMPARE(clash.sourceEventType, QStringLiteral("Battles"));
        QCOMPARE(clash.fatalities, 4);
        QCOMPARE(clash.severity, 4);
        QCOMPARE(clash.locationPrecision, Incident::LocationPrecision::Near);
        QCOMPARE(clash.timePrecision, Incident::TimePrecision::Day);
        QCOMPARE(clash.timeMs, QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(clash.lat, 15.176);
        QCOMPARE(clash.description,
                 QStringLiteral("On 20 November 2026, JNIM militants clashed with FAMa and Wagner near Ouattagouna, \"heavy\" fighting; 4 killed."));
        QCOMPARE(clash.extraValue(QStringLiteral("assoc_actor_2")), QStringLiteral("Wagner Group"));
        QCOMPARE(clash.extraValue(QStringLiteral("latitude")), QStringLiteral("15.1760")); // kept verbatim
        QCOMPARE(clash.target, Incident::Target::SecurityForces);
        QCOMPARE(clash.version, 1);
        QCOMPARE(clash.createdBy, MissionStore::currentUser());

        const Incident &attack = all[QStringLiteral("MLI30002")];
        QCOMPARE(attack.admin1, QStringLiteral("Ménaka"));
        QCOMPARE(attack.description, QStringLiteral("Des hommes armés ont attaqué le village.\nBilan : 7 civils tués, dont 2 enfants."));
        QCOMPARE(attack.target, Incident::Target::Civilians);
        QCOMPARE(attack.category, QStringLiteral("attack_on_civilians"));

        const Incident &ied = all[QStringLiteral("MLI30003")];
        QCOMPARE(ied.placeName, QStringLiteral("تاركينت (Tarkint)"));
        QCOMPARE(ied.timePrecision, Incident::TimePrecision::Week);
        QCOMPARE(ied.timeMs, QDateTime(QDate(2026, 11, 19), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(ied.target, Incident::Target::Peacekeepers);
        QCOMPARE(ied.category, QStringLiteral("attack_on_peacekeepers"));
        QCOMPARE(AcledReader::interText(ied.extraValue(QStringLiteral("inter2"))), QStringLiteral("External/Other forces"));

        QCOMPARE(all[QStringLiteral("MLI30004")].category, QStringLiteral("protest"));
        QCOMPARE(all[QStringLiteral("MLI30004")].timePrecision, Incident::TimePrecision::Month);
        QCOMPARE(all[QStringLiteral("MLI30004")].locationPrecision, Incident::LocationPrecision::AdminArea);
        QCOMPARE(all[QStringLiteral("MLI30006")].category, QStringLiteral("abduction"));

        // Spatial index and geometry filled for every row.
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM idx_incidents_geom")).toInt(), 6);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE ST_X(geom) = lon AND ST_Y(geom) = lat")).toInt(), 6);
        // SpatiaLite's triggers are back after the bulk import.
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                                         "('ggi_incidents_geom', 'gii_incidents_geom', 'tmi_incidents_geom')")).toInt(),
                 3);
        IncidentFilter f;
        f.bbox = GeoBox{-1, 15, 1, 17}; // Gao region: Ouattagouna, Bourem
        QCOMPARE(IncidentRepository(*store).count(f), 2);
        // An incident added after an import goes into the R*Tree through the restored triggers.
        Incident later = clash;
        later.id.clear();
        later.externalId.clear();
        IncidentRepository(*store).add(later);
        QCOMPARE(IncidentRepository(*store).count(f), 3);
    }

    void acledRoundTripFieldForField()
    {
        auto store = newStore();
        const QString src = fixture(QStringLiteral("acled_sample.csv"));
        QVERIFY(IncidentImporter(*store).importFile(src).ok());
        const QString out = m_dir.filePath(QStringLiteral("roundtrip.csv"));
        ExportOptions o;
        o.format = QStringLiteral("acled");
        const ExportReport e = IncidentExporter(*store).exportTo(out, o);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.exported, 6);
        QCOMPARE(store->auditLog(1).front().action, QStringLiteral("export"));
        QList<QStringList> a = readCsv(src), b = readCsv(out);
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.front(), a.front());
        auto key = [](const QStringList &r) { return r.value(0); };
        std::sort(a.begin() + 1, a.end(), [&](const auto &x, const auto &y) { return key(x) < key(y); });
        std::sort(b.begin() + 1, b.end(), [&](const auto &x, const auto &y) { return key(x) < key(y); });
        for (int i = 1; i < a.size(); ++i)
            for (int c = 0; c < a[i].size(); ++c)
                QVERIFY2(a[i][c] == b[i][c], qPrintable(QStringLiteral("%1 %2: \"%3\" became \"%4\"")
                                                            .arg(a[i][0], a[0][c], a[i][c], b[i][c])));
        // And the export imports back to the same incidents.
        auto again = newStore();
        QCOMPARE(IncidentImporter(*again).importFile(out).imported, 6);
        auto x = byExternalId(*store), y = byExternalId(*again);
        for (auto &[id, inc] : x) {
            Incident other = y[id];
            other.id = inc.id;
            other.createdAtMs = inc.createdAtMs;
            other.updatedAtMs = inc.updatedAtMs;
            QCOMPARE(other, inc);
        }
    }

    void reimportAddsNothing()
    {
        auto store = newStore();
        const QString src = fixture(QStringLiteral("acled_sample.csv"));
        QCOMPARE(IncidentImporter(*store).importFile(src).imported, 6);
        const ImportReport r = IncidentImporter(*store).importFile(src);
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.duplicates, 6);
        QCOMPARE(r.exitCode(), 0);
        QCOMPARE(IncidentRepository(*store).count(), 6);
        QCOMPARE(store->database().scalar(QStringLiteral("SELECT count(*) FROM idx_incidents_geom")).toInt(), 6);
    }

    void rejectsAndDuplicates()
    {
        auto store = newStore();
        const QString src = fixture(QStringLiteral("acled_bad.csv"));
        const ImportReport r = IncidentImporter(*store).importFile(src);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.rejectedCount, 5);
        QCOMPARE(r.exitCode(), 2);
        QList<qint64> lines;
        for (const auto &x : r.rejected)
            lines << x.line;
        QCOMPARE(lines, (QList<qint64>{3, 4, 5, 7, 10}));
        QVERIFY(r.rejected[0].reason.contains(QStringLiteral("missing coordinates")));
        QVERIFY(r.rejected[1].reason.contains(QStringLiteral("out of range")));
        QVERIFY(r.rejected[2].reason.contains(QStringLiteral("2026-13-45")));
        QVERIFY(r.rejected[3].reason.contains(QStringLiteral("fields")));
        QVERIFY(r.rejected[4].reason.contains(QStringLiteral("abc")));
        QVERIFY(r.humanSummary().contains(QStringLiteral("line 3")));
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("rejected")).toArray().size(), 5);
        QCOMPARE(j.value(QStringLiteral("duplicates")).toInt(), 1);

        QCOMPARE(r.rejectsFile, src + QStringLiteral(".rejects.csv"));
        const QList<QStringList> rej = readCsv(r.rejectsFile);
        QCOMPARE(rej.size(), 6);
        const QStringList header = readCsv(src).front();
        const QStringList expectedHeader = header + QStringList{QStringLiteral("line"), QStringLiteral("reason")};
        QCOMPARE(rej[0], expectedHeader);
        QCOMPARE(rej[2][0], QStringLiteral("MLI40003"));
        QCOMPARE(rej[2][27], QStringLiteral("latitude out of range, with a comma"));
        QCOMPARE(rej[2][header.size()], QStringLiteral("4"));
        QCOMPARE(rej[2][header.size() + 1], r.rejected[1].reason);
        QCOMPARE(rej[4][0], QStringLiteral("MLI40005")); // the short row, padded
        QCOMPARE(rej[4].size(), header.size() + 2);
        auto all = byExternalId(*store);
        QCOMPARE(all[QStringLiteral("MLI40001")].description, QStringLiteral("good row")); // first one wins
        QCOMPARE(all[QStringLiteral("MLI40006")].description, QStringLiteral("good row\nover two lines"));
    }

    void emptyAndBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error");
        const QByteArray header = AcledReader::columns().join(QLatin1Char(',')).toUtf8() + '\n';
        QTest::newRow("0 bytes") << QByteArray() << QString() << "empty";
        QTest::newRow("0 bytes, acled") << QByteArray() << "acled" << "empty";
        QTest::newRow("header only") << header << "acled" << "no incidents";
        QTest::newRow("blank lines") << QByteArray("\n\n\n") << "acled" << "no header";
        QTest::newRow("not acled") << QByteArray("a,b\n1,2\n") << "acled" << "not an ACLED file";
        QTest::newRow("binary") << QByteArray(5000, '\x01') << QString() << "not recognised";
        QTest::newRow("unknown format") << header << "xls" << "unknown format";
    }
    void emptyAndBrokenFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, error);
        auto store = newStore();
        const qint64 audits = store->auditCount();
        ImportOptions o;
        o.format = format;
        const ImportReport r = IncidentImporter(*store).importFile(write(QStringLiteral("broken.csv"), content), o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.imported, 0);
        QCOMPARE(store->auditCount(), audits);
        QVERIFY(r.humanSummary().contains(QStringLiteral("nothing imported")));
    }

    void truncatedFile()
    {
        QFile f(kData + QStringLiteral("acled_sample.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray content = f.readAll();
        // Cut inside the quoted, two-line notes of MLI30002.
        content.truncate(content.indexOf("Bilan"));
        auto store = newStore();
        const ImportReport r = IncidentImporter(*store).importFile(write(QStringLiteral("truncated.csv"), content));
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.rejectedCount, 1);
        QCOMPARE(r.rejected[0].line, 3);
        QVERIFY(r.rejected[0].reason.contains(QStringLiteral("truncated")));
    }

    void bomSemicolonCrlf()
    {
        QFile f(kData + QStringLiteral("acled_sample.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> out;
        const QList<QStringList> rows = readCsv(kData + QStringLiteral("acled_sample.csv"));
        QByteArray content("\xEF\xBB\xBF");
        for (const QStringList &row : rows) {
            QByteArrayList cells;
            for (const QString &c : row)
                cells << CsvReader::quote(c.toUtf8(), ';');
            content += cells.join(';') + "\r\n";
        }
        auto store = newStore();
        const ImportReport r = IncidentImporter(*store).importFile(write(QStringLiteral("excel.csv"), content));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("acled"));
        QCOMPARE(r.imported, 6);
        auto all = byExternalId(*store);
        QCOMPARE(all[QStringLiteral("MLI30001")].externalId, QStringLiteral("MLI30001")); // BOM not in the first name
        QCOMPARE(all[QStringLiteral("MLI30002")].admin1, QStringLiteral("Ménaka"));
        QCOMPARE(all[QStringLiteral("MLI30003")].placeName, QStringLiteral("تاركينت (Tarkint)"));
    }

    void hxl()
    {
        auto store = newStore();
        const ImportReport r = IncidentImporter(*store).importFile(fixture(QStringLiteral("hxl_events.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("hxl"));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejectedCount, 2);
        QCOMPARE(r.rejected[0].line, 7);
        QVERIFY(r.rejected[0].reason.contains(QStringLiteral("not a date")));
        QCOMPARE(r.rejected[1].line, 8);
        QVERIFY(r.rejected[1].reason.contains(QStringLiteral("coordinates")));
        auto all = byExternalId(*store);
        const Incident &a = all[QStringLiteral("HXL-1")];
        QCOMPARE(a.category, QStringLiteral("armed_clash"));
        QCOMPARE(a.actor1, QStringLiteral("JNIM"));
        QCOMPARE(a.actor2, QStringLiteral("FAMa"));
        QCOMPARE(a.admin2, QStringLiteral("Ansongo"));
        QCOMPARE(a.fatalities, 2);
        QCOMPARE(a.lat, 15.6597);
        QCOMPARE(a.description, QStringLiteral("Clash at the market, morning"));
        QCOMPARE(all[QStringLiteral("HXL-2")].admin1, QStringLiteral("Ménaka"));
        QCOMPARE(all[QStringLiteral("HXL-5")].category, QStringLiteral("looting"));
        const QList<QStringList> rej = readCsv(r.rejectsFile);
        QCOMPARE(rej.size(), 3);
        QCOMPARE(rej[0][0], QStringLiteral("#event+id"));
    }

    void hxlCorpusStyleHeader()
    {
        // Hashtag row on row 3, an untagged first column, language attributes.
        const QByteArray content = ",Qué?,,¿Dónde?,,¿Cuándo?\n"
                                   "Registro,Tipo,Lugar,Lat,Lon,Fecha\n"
                                   ",#event+type+es,#loc+name,#geo+lat,#geo+lon,#date+occurred\n"
                                   "001,Armed clash,Gao,16.27,-0.04,1 March 2015\n";
        auto store = newStore();
        const ImportReport r = IncidentImporter(*store).importFile(write(QStringLiteral("hxl.csv"), content));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("hxl"));
        QCOMPARE(r.imported, 1);
        const Incident x = IncidentRepository(*store).query({}).front();
        QCOMPARE(x.category, QStringLiteral("armed_clash"));
        QCOMPARE(x.placeName, QStringLiteral("Gao"));
        QCOMPARE(x.timeMs, QDateTime(QDate(2015, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

    void geojsonRoundTripFieldForField()
    {
        auto store = newStore();
        QVERIFY(IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv"))).ok());
        IncidentRepository repo(*store);
        // An incident entered in Vigie, with every field set.
        Incident own;
        own.timeMs = QDateTime(QDate(2026, 11, 21), QTime(14, 5, 30, 250), Qt::UTC).toMSecsSinceEpoch();
        own.lat = 16.2717;
        own.lon = -0.0447;
        own.areaWkt = QStringLiteral("POLYGON ((-0.05 16.27,-0.04 16.27,-0.04 16.28,-0.05 16.27))");
        own.locationPrecision = Incident::LocationPrecision::Near;
        own.placeName = QStringLiteral("Gao, quartier Château");
        own.category = QStringLiteral("hate_speech");
        own.severity = 2;
        own.injured = 1;
        own.abducted = 2;
        own.target = Incident::Target::Humanitarian;
        own.setAdmiraltyCode(QStringLiteral("C3"));
        own.status = Incident::Status::Confirmed;
        own.sensitivity = Sensitivity::UnConfidential;
        own.description = QStringLiteral("Messages « haineux » diffusés; \"quoted\"");
        repo.add(own);
        const QString geojson = m_dir.filePath(QStringLiteral("export.geojson"));
        const ExportReport e = IncidentExporter(*store).exportTo(geojson);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.format, QStringLiteral("geojson"));
        QCOMPARE(e.exported, 7);

        auto copy = newStore();
        const ImportReport r = IncidentImporter(*copy).importFile(geojson);
        QVERIFY2(r.ok(), qPrintable(r.error + (r.rejected.isEmpty() ? QString() : r.rejected[0].reason)));
        QCOMPARE(r.format, QStringLiteral("geojson"));
        QCOMPARE(r.imported, 7);
        // Ids, authorship and versions travel: the same incidents, field for field.
        IncidentRepository repo2(*copy);
        for (const Incident &x : repo.query({})) {
            const auto y = repo2.get(x.id);
            QVERIFY2(y, qPrintable(x.id));
            QCOMPARE(*y, x);
        }
        // Exporting the copy gives the same GeoJSON properties.
        const QString geojson2 = m_dir.filePath(QStringLiteral("export2.geojson"));
        QVERIFY(IncidentExporter(*copy).exportTo(geojson2).ok());
        auto features = [](const QString &p) {
            QFile f(p);
            f.open(QIODevice::ReadOnly);
            std::map<QString, QJsonObject> out;
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray()) {
                const QJsonObject o = v.toObject();
                out[o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("id")).toString()] = o;
            }
            return out;
        };
        const auto f1 = features(geojson), f2 = features(geojson2);
        QCOMPARE(int(f1.size()), 7);
        for (const auto &[id, o] : f1) {
            QCOMPARE(f2.at(id).value(QStringLiteral("properties")), o.value(QStringLiteral("properties")));
            QCOMPARE(f2.at(id).value(QStringLiteral("geometry")), o.value(QStringLiteral("geometry")));
        }
    }

    void gpkgAndKml_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::newRow("gpkg") << "export.gpkg" << "gpkg";
        QTest::newRow("kml") << "export.kml" << "kml";
    }
    void gpkgAndKml()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        auto store = newStore();
        QVERIFY(IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv"))).ok());
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name));
        const ExportReport e = IncidentExporter(*store).exportTo(path);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.format, format);
        if (format == QLatin1String("kml")) {
            // Written by Vigie's own KML writer: a time for viewers' time sliders, and other
            // tools (GDAL's LIBKML driver here) read it with every attribute.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QCOMPARE(text.count("<Placemark>"), 6);
            QCOMPARE(text.count("<TimeStamp>"), 6);
            const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
            if (!ogrinfo.isEmpty()) {
                QProcess p;
                p.start(ogrinfo, {QStringLiteral("-so"), QStringLiteral("-al"), path});
                QVERIFY(p.waitForFinished(60000));
                const QByteArray out = p.readAllStandardOutput();
                QVERIFY2(out.contains("Feature Count: 6"), out.constData());
                QVERIFY2(out.contains("fatalities: Integer"), out.constData());
            }
        }
        auto copy = newStore();
        const ImportReport r = IncidentImporter(*copy).importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error + (r.rejected.isEmpty() ? QString() : r.rejected[0].reason)));
        QCOMPARE(r.format, format);
        QCOMPARE(r.imported, 6);
        IncidentRepository repo2(*copy);
        for (const Incident &x : IncidentRepository(*store).query({})) {
            const auto y = repo2.get(x.id);
            QVERIFY(y);
            QCOMPARE(y->externalId, x.externalId);
            QCOMPARE(y->timeMs, x.timeMs);
            QCOMPARE(y->lat, x.lat);
            QCOMPARE(y->lon, x.lon);
            QCOMPARE(y->category, x.category);
            QCOMPARE(y->description, x.description);
            QCOMPARE(y->placeName, x.placeName);
            QCOMPARE(y->extra(), x.extra());
        }
    }

    void foreignKml()
    {
        // A KML as Google Earth or a partner's tool writes it: folders, Data fields, TimeStamp and
        // TimeSpan, a polygon with a hole, a damaged tuple, a placemark without geometry. Read by
        // Vigie's own parser (not GDAL's KML driver, which fuzzing found unsafe).
        const QByteArray kml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                      // 1
                               "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"                     // 2
                               "<Document><name>Partner report</name>\n"                              // 3
                               "<Style id=\"s\"><IconStyle><scale>2</scale></IconStyle></Style>\n"   // 4
                               "<Folder><name>Gao</name>\n"                                           // 5
                               "<Placemark><name>Ambush on the RN16</name>\n"                         // 6
                               "<description><![CDATA[Convoy <b>ambushed</b>; 3 killed.]]></description>\n"
                               "<TimeStamp><when>2026-11-20T06:15:00Z</when></TimeStamp>\n"
                               "<ExtendedData><Data name=\"category\"><value>armed_clash</value></Data>\n"
                               "<Data name=\"fatalities\"><displayName>Killed</displayName><value>3</value></Data>\n"
                               "<Data name=\"reporter\"><value>CLA Gao</value></Data></ExtendedData>\n"
                               "<Point><coordinates>-0.0447,16.2717,0</coordinates></Point></Placemark>\n" // 12
                               "<Placemark><name>Camp perimeter incident</name>\n"                    // 13
                               "<TimeSpan><begin>2026-11-21</begin><end>2026-11-22</end></TimeSpan>\n"
                               "<Polygon><outerBoundaryIs><LinearRing><coordinates>\n"
                               "  0,16 2,16 2,18 0,18 0,16\n"
                               "</coordinates></LinearRing></outerBoundaryIs>\n"
                               "<innerBoundaryIs><LinearRing><coordinates>0,16 1,16 1,17 0,17 0,16</coordinates></LinearRing></innerBoundaryIs>\n"
                               "</Polygon></Placemark></Folder>\n"                                   // 19
                               "<Placemark><name>Bad position</name>\n"                                // 20
                               "<TimeStamp><when>2026-11-22</when></TimeStamp>\n"
                               "<Point><coordinates>2.4;15.9</coordinates></Point></Placemark>\n"
                               "<Placemark><name>No geometry</name>\n"                                 // 23
                               "<TimeStamp><when>2026-11-22</when></TimeStamp></Placemark>\n"
                               "</Document></kml>\n";
        auto store = newStore();
        const QString path = write(QStringLiteral("partner.kml"), kml);
        const ImportReport r = IncidentImporter(*store).importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("kml"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejectedCount, 2);
        QCOMPARE(r.rejected[0].line, 20);
        QVERIFY2(r.rejected[0].reason.contains(QStringLiteral("2.4;15.9")), qPrintable(r.rejected[0].reason));
        QCOMPARE(r.rejected[1].line, 23);
        const std::vector<Incident> all = IncidentRepository(*store).query({});
        QCOMPARE(int(all.size()), 2);
        const Incident *ambush = nullptr, *camp = nullptr;
        for (const Incident &x : all)
            (x.areaWkt.isEmpty() ? ambush : camp) = &x;
        QVERIFY(ambush && camp);
        QCOMPARE(ambush->lat, 16.2717);
        QCOMPARE(ambush->lon, -0.0447);
        QCOMPARE(ambush->timeMs, QDateTime(QDate(2026, 11, 20), QTime(6, 15), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(ambush->category, QStringLiteral("armed_clash"));
        QCOMPARE(ambush->fatalities, 3);
        QCOMPARE(ambush->description, QStringLiteral("Convoy <b>ambushed</b>; 3 killed."));
        QCOMPARE(ambush->extra().value(QStringLiteral("reporter")).toString(), QStringLiteral("CLA Gao"));
        QCOMPARE(ambush->placeName, QStringLiteral("Ambush on the RN16")); // a placemark's name, without a place column
        // The 2 x 2 degree square minus the 1 x 1 hole in its south-west corner: the centroid of
        // the remaining L is (7/6, 17 1/6), and the polygon is kept as the incident's area.
        QVERIFY(qAbs(camp->lon - 7.0 / 6.0) < 1e-12);
        QVERIFY(qAbs(camp->lat - (16.0 + 7.0 / 6.0)) < 1e-12);
        QVERIFY2(camp->areaWkt.startsWith(QStringLiteral("POLYGON ((0 16,2 16,2 18,0 18,0 16),(0 16,1 16")), qPrintable(camp->areaWkt));
        QCOMPARE(camp->timeMs, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        // Written back to KML and read again, a centroid such as 7/6 keeps every bit.
        const QString again = m_dir.filePath(QStringLiteral("%1-again.kml").arg(++m_n));
        QVERIFY(IncidentExporter(*store).exportTo(again).ok());
        auto reread = newStore();
        QVERIFY(IncidentImporter(*reread).importFile(again).ok());
        const auto back = IncidentRepository(*reread).get(camp->id);
        QVERIFY(back);
        QCOMPARE(back->lon, camp->lon);
        QCOMPARE(back->lat, camp->lat);

        // Not well-formed: refused whole, with the line, nothing imported.
        QByteArray broken = kml;
        broken.replace("</Folder>", "</Folderr>");
        auto store2 = newStore();
        const ImportReport b = IncidentImporter(*store2).importFile(write(QStringLiteral("broken.kml"), broken));
        QVERIFY(!b.ok());
        QVERIFY2(b.error.contains(QStringLiteral("line 19")), qPrintable(b.error));
        QCOMPARE(IncidentRepository(*store2).count({}), 0);

        // A DTD (an entity bomb's carrier) is refused before anything is read.
        QByteArray dtd = kml;
        dtd.replace("<kml ", "<!DOCTYPE kml [<!ENTITY a \"aaaa\">]><kml ");
        const ImportReport d = IncidentImporter(*store2).importFile(write(QStringLiteral("dtd.kml"), dtd));
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(QStringLiteral("DTD")), qPrintable(d.error));
    }

    void kmzAndShapefile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("format");
        QTest::newRow("kmz") << "incidents.kmz" << "LIBKML" << "kml";
        QTest::newRow("shapefile") << "incidents.shp" << "ESRI Shapefile" << "shp";
    }
    void kmzAndShapefile()
    {
        // Files other tools write: made from a GeoJSON export with ogr2ogr (gdal-bin).
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(QString, format);
        const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
        if (ogr2ogr.isEmpty())
            QSKIP("ogr2ogr (gdal-bin) is not installed");
        auto store = newStore();
        QVERIFY(IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv"))).ok());
        const QString geojson = m_dir.filePath(QStringLiteral("%1-src.geojson").arg(++m_n));
        QVERIFY(IncidentExporter(*store).exportTo(geojson).ok());
        const QString out = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name));
        QCOMPARE(QProcess::execute(ogr2ogr, {QStringLiteral("-oo"), QStringLiteral("DATE_AS_STRING=YES"), QStringLiteral("-f"),
                                             driver, out, geojson}),
                 0);
        auto copy = newStore();
        const ImportReport r = IncidentImporter(*copy).importFile(out);
        QVERIFY2(r.ok(), qPrintable(r.error + (r.rejected.isEmpty() ? QString() : r.rejected[0].reason)));
        QCOMPARE(r.format, format);
        QCOMPARE(r.imported, 6);
        auto a = byExternalId(*store), b = byExternalId(*copy);
        for (auto &[id, x] : a) {
            QCOMPARE(b[id].timeMs, x.timeMs);
            QCOMPARE(b[id].lat, x.lat);
            QCOMPARE(b[id].category, x.category);
            if (format == QLatin1String("kml")) // shapefile attributes are cut at 254 bytes
                QCOMPARE(b[id].description, x.description);
        }
    }

    void exportFilters()
    {
        auto store = newStore();
        QVERIFY(IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv"))).ok());
        ExportOptions o;
        o.filter.fromMs = QDateTime(QDate(2026, 11, 18), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        o.filter.toMs = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        o.filter.bbox = GeoBox{-5, 14, 1, 17};
        const QString path = m_dir.filePath(QStringLiteral("window.csv"));
        const ExportReport e = IncidentExporter(*store).exportTo(path, o);
        QVERIFY(e.ok());
        // MLI30001 (20th, 0.719 E), MLI30003 (19th, Bourem), MLI30004 (18th, Sévaré); not Ménaka (3 E).
        QCOMPARE(e.exported, 3);
        QCOMPARE(e.exported, IncidentRepository(*store).count(o.filter));
        QCOMPARE(readCsv(path).size(), 4);
        ExportOptions bad;
        bad.format = QStringLiteral("xlsx");
        QVERIFY(!IncidentExporter(*store).exportTo(path + QStringLiteral(".x"), bad).ok());
        QVERIFY(!IncidentExporter(*store).exportTo(m_dir.filePath(QStringLiteral("x.unknown"))).ok());
    }

    void genericCsvWithMapping()
    {
        const QByteArray content = "Quand;Lat;Long;Quoi;Lieu;Gravité;Code\n"
                                   "2026-11-20T06:15:00Z;16,2717;-0,0447;Affrontement armé;Gao;4;B2\n"
                                   "2026-11-21;15.9182;2.4022;IED / explosive;Ménaka;;\n"
                                   "2026-11-22;15.9;2.4;licorne;Ménaka;;\n";
        IncidentColumnMapping m;
        m.time = QStringLiteral("Quand");
        m.lat = QStringLiteral("Lat");
        m.lon = QStringLiteral("Long");
        m.category = QStringLiteral("Quoi");
        m.placeName = QStringLiteral("Lieu");
        m.severity = QStringLiteral("Gravité");
        m.admiralty = QStringLiteral("Code");
        ImportOptions o;
        o.reader = std::make_shared<CsvIncidentReader>(m);
        auto store = newStore();
        const ImportReport r = IncidentImporter(*store).importFile(write(QStringLiteral("mapped.csv"), content), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejectedCount, 1);
        QVERIFY(r.rejected[0].reason.contains(QStringLiteral("licorne")));
        const auto all = IncidentRepository(*store).query({});
        const Incident &gao = all.back();
        QCOMPARE(gao.category, QStringLiteral("armed_clash"));
        QCOMPARE(gao.lat, 16.2717);
        QCOMPARE(gao.severity, 4);
        QCOMPARE(gao.admiraltyCode(), QStringLiteral("B2"));
        QCOMPARE(gao.timePrecision, Incident::TimePrecision::Exact);
        QCOMPARE(all.front().category, QStringLiteral("ied_explosive"));
        QCOMPARE(all.front().timePrecision, Incident::TimePrecision::Day);
    }

    void geojsonWithoutGeometryRejected()
    {
        const QByteArray content = R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"time": "2026-11-20T10:00:00Z", "category": "riot"}, "geometry": {"type": "Point", "coordinates": [-0.0447, 16.2717]}},
 {"type": "Feature", "properties": {"time": "2026-11-20T11:00:00Z", "category": "riot"}, "geometry": null},
 {"type": "Feature", "properties": {"time": "2026-11-20T12:00:00Z", "category": "riot"}, "geometry": {"type": "Polygon", "coordinates": [[[0,16],[1,16],[1,17],[0,17],[0,16]]]}}
]})";
        auto store = newStore();
        const ImportReport r = IncidentImporter(*store).importFile(write(QStringLiteral("f.geojson"), content));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejectedCount, 1);
        QCOMPARE(r.rejected[0].line, 2);
        QVERIFY(r.rejected[0].reason.contains(QStringLiteral("coordinates")));
        const auto all = IncidentRepository(*store).query({});
        QCOMPARE(all.front().lat, 16.5); // the polygon's centroid
        QVERIFY(all.front().areaWkt.startsWith(QStringLiteral("POLYGON")));
    }

    void cancellation()
    {
        auto store = newStore();
        std::atomic<bool> cancel{true};
        ImportOptions o;
        o.cancel = &cancel;
        const qint64 audits = store->auditCount();
        const ImportReport r = IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv")), o);
        QVERIFY(!r.ok());
        QVERIFY(r.cancelled);
        QCOMPARE(r.imported, 0);
        QCOMPARE(IncidentRepository(*store).count(), 0);
        QCOMPARE(store->auditCount(), audits);
    }

    void progressAndManyFiles()
    {
        auto store = newStore();
        QList<qint64> seen;
        ImportOptions o;
        o.progress = [&](qint64 done, qint64 total) { seen << done << total; };
        const auto reports = IncidentImporter(*store).importFiles(
            {fixture(QStringLiteral("acled_sample.csv")), fixture(QStringLiteral("hxl_events.csv"))}, o);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(reports[0].imported, 6);
        QCOMPARE(reports[1].imported, 3);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(IncidentRepository(*store).count(), 9);
    }

    void bulkImportPacksRTree()
    {
        // Enough rows for the one-pass R*Tree rebuild, then a small import (row by row) and an edit
        // (SpatiaLite's triggers): the index stays consistent and answers like a plain scan.
        auto makeCsv = [&](int first, int n) {
            QByteArray content = AcledReader::columns().join(QLatin1Char(',')).toUtf8() + '\n';
            QRandomGenerator rng{quint32(first)};
            for (int i = first; i < first + n; ++i) {
                QStringList row;
                for (const QString &c : AcledReader::columns()) {
                    if (c == QLatin1String("event_id_cnty"))
                        row << QStringLiteral("MLI%1").arg(i);
                    else if (c == QLatin1String("event_date"))
                        row << QDate(2026, 1, 1).addDays(rng.bounded(300)).toString(Qt::ISODate);
                    else if (c == QLatin1String("event_type"))
                        row << QStringLiteral("Battles");
                    else if (c == QLatin1String("sub_event_type"))
                        row << QStringLiteral("Armed clash");
                    else if (c == QLatin1String("latitude"))
                        row << QString::number(14.0 + rng.generateDouble() * 3.5, 'f', 4);
                    else if (c == QLatin1String("longitude"))
                        row << QString::number(-4.5 + rng.generateDouble() * 8.5, 'f', 4);
                    else if (c == QLatin1String("fatalities"))
                        row << QString::number(rng.bounded(5));
                    else
                        row << QString();
                }
                content += row.join(QLatin1Char(',')).toUtf8() + '\n';
            }
            return write(QStringLiteral("bulk.csv"), content);
        };
        auto store = newStore();
        Database &db = store->database();
        auto check = [&] {
            QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('idx_incidents_geom')")).toString(), QStringLiteral("ok"));
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM idx_incidents_geom")).toLongLong(),
                     db.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong());
            IncidentRepository repo(*store);
            for (const GeoBox &b : {GeoBox{-1, 15, 1, 17}, GeoBox{-4.5, 14, 4, 17.5}, GeoBox{2.5, 14.2, 2.6, 14.3}}) {
                IncidentFilter f;
                f.bbox = b;
                const qint64 scan = db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE deleted_at_ms IS NULL AND "
                                                             "lon BETWEEN %1 AND %2 AND lat BETWEEN %3 AND %4")
                                                  .arg(b.west).arg(b.east).arg(b.south).arg(b.north)).toLongLong();
                QCOMPARE(repo.count(f), scan);
                const qint64 viaSpatialite = db.scalar(QStringLiteral(
                    "SELECT count(*) FROM incidents WHERE deleted_at_ms IS NULL AND ROWID IN (SELECT ROWID FROM SpatialIndex "
                    "WHERE f_table_name = 'incidents' AND search_frame = BuildMbr(%1, %2, %3, %4, 4326))")
                                                    .arg(b.west).arg(b.south).arg(b.east).arg(b.north)).toLongLong();
                QCOMPARE(viaSpatialite, scan);
            }
        };
        ImportReport r = IncidentImporter(*store).importFile(makeCsv(1, 5000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, 5000);
        check();
        r = IncidentImporter(*store).importFile(makeCsv(5001, 300));
        QCOMPARE(r.imported, 300);
        check();
        IncidentRepository repo(*store);
        Incident x = *repo.getByExternalId(QStringLiteral("MLI17"));
        x.lat = 14.25;
        x.lon = 2.55;
        repo.update(x);
        repo.remove(repo.getByExternalId(QStringLiteral("MLI18"))->id);
        check();
        r = IncidentImporter(*store).importFile(makeCsv(6001, 6000)); // larger than a quarter: full repack
        QCOMPARE(r.imported, 6000);
        check();
    }

    void importRecords()
    {
        auto store = newStore();
        std::vector<Incident> list(3);
        for (int i = 0; i < 3; ++i) {
            list[size_t(i)].timeMs = 1763942400000LL + i;
            list[size_t(i)].lat = 16;
            list[size_t(i)].lon = 0;
            list[size_t(i)].category = QStringLiteral("riot");
            list[size_t(i)].externalId = QStringLiteral("R%1").arg(i);
        }
        list[1].lat = 120; // invalid
        const ImportReport r = IncidentImporter(*store).importRecords(list, QStringLiteral("paste"));
        QVERIFY(r.ok());
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejectedCount, 1);
        QCOMPARE(r.rejected[0].line, 2);
        QVERIFY(r.rejectsFile.isEmpty());
        QCOMPARE(IncidentImporter(*store).importRecords(list, QStringLiteral("paste")).duplicates, 2);
    }

    void readOnlyMission()
    {
        const QString p = m_dir.filePath(QStringLiteral("ro.vigie"));
        { MissionStore::create(p, QStringLiteral("RO")); }
        auto store = MissionStore::open(p, MissionStore::OpenMode::ReadOnly);
        const ImportReport r = IncidentImporter(*store).importFile(fixture(QStringLiteral("acled_sample.csv")));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("read-only")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentImport)
#include "test_incident_import.moc"
