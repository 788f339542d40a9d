// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli as a user runs it: a real process, real files, exit codes, human and JSON output.
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "mission/sqlite_db.h"
#include "support/cli_run.h"

using namespace vigie;

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = vigie::test::CliRun;
    static Run cli(const QStringList &args) { return vigie::test::runCli(args); }

  private slots:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("vigie-cli "));
        const Run j = cli({QStringLiteral("--version"), QStringLiteral("--json")});
        QCOMPARE(j.json().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!j.json().value(QStringLiteral("version")).toString().isEmpty());
    }

    void newAndInfo()
    {
        const QString path = m_dir.filePath(QStringLiteral("sector.vigie"));
        const Run made = cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Secteur Est"),
                              QStringLiteral("--aor"), QStringLiteral("-4.5,14,4,17.5"), QStringLiteral("--json")});
        QCOMPARE(made.code, 0);
        QCOMPARE(made.json().value(QStringLiteral("name")).toString(), QStringLiteral("Secteur Est"));
        // One JSON object on stdout and nothing else.
        QCOMPARE(made.out.trimmed().count('\n'), 0);

        const Run info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(info.code, 0);
        const QJsonObject o = info.json();
        QCOMPARE(o.value(QStringLiteral("verb")).toString(), QStringLiteral("info"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Secteur Est"));
        QCOMPARE(o.value(QStringLiteral("area_of_responsibility")).toArray().size(), 4);
        QVERIFY(o.value(QStringLiteral("tables")).toObject().contains(QStringLiteral("audit_log")));
        QCOMPARE(o.value(QStringLiteral("last_audit")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("create"));
        QCOMPARE(o.value(QStringLiteral("read_only")).toBool(), false);

        const Run human = cli({QStringLiteral("info"), path});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains("Secteur Est"));
        QVERIFY(human.out.contains("audit_log"));

        // Creating over it is refused and leaves it as it was.
        const Run again = cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Other")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains("already exists"));
        QCOMPARE(cli({QStringLiteral("info"), path, QStringLiteral("--json")}).json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Secteur Est"));
    }

    void demo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.vigie"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 7);
        QVERIFY(o.value(QStringLiteral("name")).toString().contains(QStringLiteral("DEMO")));
        const Run info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(info.code, 0);
        QCOMPARE(info.json().value(QStringLiteral("id")).toString(), o.value(QStringLiteral("id")).toString());
    }

    void heatmapAlertsBrief()
    {
        const QString path = m_dir.filePath(QStringLiteral("analysis.vigie"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), path}).code, 0);

        const QString tif = m_dir.filePath(QStringLiteral("heat.tif"));
        const Run heat = cli({QStringLiteral("heatmap"), path, QStringLiteral("--out"), tif, QStringLiteral("--weight"),
                              QStringLiteral("severity"), QStringLiteral("--half-life-days"), QStringLiteral("7"), QStringLiteral("--json")});
        QVERIFY2(heat.code == 0, heat.err.constData());
        QVERIFY(QFile::exists(tif));
        QVERIFY(heat.json().value(QStringLiteral("points")).toInt() > 100);
        QVERIFY(heat.json().value(QStringLiteral("max")).toDouble() > 0);
        QVERIFY(heat.json().value(QStringLiteral("epsg")).toInt() / 100 == 326);
        // Several categories at once, and a CRS of one's own.
        const auto pointsOf = [&](const QString &categories) {
            const Run r = cli({QStringLiteral("heatmap"), path, QStringLiteral("--out"), tif, QStringLiteral("--categories"), categories,
                               QStringLiteral("--epsg"), QStringLiteral("32631"), QStringLiteral("--json")});
            return r.code == 0 && r.json().value(QStringLiteral("epsg")).toInt() == 32631 ? r.json().value(QStringLiteral("points")).toInt() : -1;
        };
        const int ied = pointsOf(QStringLiteral("ied_explosive")), attacks = pointsOf(QStringLiteral("armed_clash"));
        QVERIFY(ied > 0 && attacks > 0);
        QCOMPARE(pointsOf(QStringLiteral("ied_explosive, armed_clash")), ied + attacks);
        const Run unknown = cli({QStringLiteral("heatmap"), path, QStringLiteral("--out"), tif, QStringLiteral("--categories"), QStringLiteral("ied_explosive,nonsense")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("nonsense"));

        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const Run alerts = cli({QStringLiteral("alerts"), path, QStringLiteral("--at"), at, QStringLiteral("--json")});
        QVERIFY2(alerts.code == 0, alerts.err.constData());
        const QJsonObject counts = alerts.json().value(QStringLiteral("counts")).toObject();
        QVERIFY(counts.value(QStringLiteral("total")).toInt() >= 1); // the demo's rule fires
        QVERIFY(!alerts.json().value(QStringLiteral("alerts")).toArray().isEmpty());
        // Evaluating the same moment again adds nothing.
        const Run again = cli({QStringLiteral("alerts"), path, QStringLiteral("--at"), at, QStringLiteral("--json")});
        QCOMPARE(again.json().value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("new")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("updated")).toInt(), 0);

        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const Run brief = cli({QStringLiteral("brief"), path, QStringLiteral("--out"), pdf, QStringLiteral("--title"),
                               QStringLiteral("Weekly"), QStringLiteral("--marking"), QStringLiteral("UNCLASSIFIED"), QStringLiteral("--json")});
        QVERIFY2(brief.code == 0, brief.err.constData());
        QVERIFY(QFile::exists(pdf));
        // The demo's records are marked: the banner cannot be lowered to UNCLASSIFIED.
        QVERIFY(brief.json().value(QStringLiteral("marking")).toString() != QStringLiteral("UNCLASSIFIED"));
        QVERIFY(brief.json().value(QStringLiteral("page_details")).toArray().first().toObject().value(QStringLiteral("incidents")).toInt() > 0);
        // The map draws the incidents, not only the table: the legend names the layer and its
        // categories, and the page shows the markers (the clusters' dark red discs).
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pageText = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pageText.contains(QRegularExpression(QStringLiteral("(^|\\n)Incidents\\n"))), qPrintable(pageText)); // the legend's layer title
        QVERIFY2(pageText.count(QStringLiteral("Armed clash")) >= 2, qPrintable(pageText)); // table row and legend entry
        const QString png = m_dir.filePath(QStringLiteral("brief"));
        QProcess raster;
        raster.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"), pdf, png});
        QVERIFY(raster.waitForFinished(60000));
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        int marker = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width() * 7 / 10; ++x) { // the map, left of the side column
                const QColor c = page.pixelColor(x, y);
                marker += qAbs(c.red() - 124) < 20 && c.green() < 60 && c.blue() < 60;
            }
        QVERIFY2(marker > 200, qPrintable(QString::number(marker)));
        const Run pack = cli({QStringLiteral("brief"), path, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("pack.pdf")),
                              QStringLiteral("--time-pack"), QStringLiteral("--template"), QStringLiteral("a3-portrait"), QStringLiteral("--json")});
        QVERIFY2(pack.code == 0, pack.err.constData());
        QCOMPARE(pack.json().value(QStringLiteral("pages")).toInt(), 3);
        // The export is audited.
        const Run info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(info.json().value(QStringLiteral("last_audit")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("export"));
    }

    void importExportIncidents()
    {
        const QString path = m_dir.filePath(QStringLiteral("incidents.vigie"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("I")}).code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("acled.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
                "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
                "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n"
                "MLI1,2026-11-20,2026,1,Political violence,Battles,Armed clash,JNIM,,Rebel group,Military Forces of Mali,,State forces,"
                "Rebel group-State forces,,466,Western Africa,Mali,Gao,Gao,,Gao,16.27,-0.04,1,Local,Local,\"Clash near Gao, two killed\",2,,1732000000\n"
                "MLI2,bad-date,2026,1,Political violence,Battles,Armed clash,JNIM,,,,,,,,466,Western Africa,Mali,Gao,Gao,,Gao,16.27,-0.04,1,"
                "Local,Local,x,0,,1732000000\n");
        f.close();
        const Run first = cli({QStringLiteral("import"), QStringLiteral("incidents"), path, csv, QStringLiteral("--json")});
        QCOMPARE(first.code, 2); // one imported, one rejected
        QCOMPARE(first.json().value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(first.json().value(QStringLiteral("rejected")).toInt(), 1);
        const QJsonObject file = first.json().value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("rejected")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 3);
        QVERIFY(QFile::exists(csv + QStringLiteral(".rejects.csv")));
        // Again: nothing twice.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("incidents"), path, csv, QStringLiteral("--json")});
        QCOMPARE(again.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 1);
        // Export as ACLED CSV and read the row back.
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        const Run exp = cli({QStringLiteral("export"), QStringLiteral("incidents"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--out"), out, QStringLiteral("--bbox"), QStringLiteral("-1,15,1,17"), QStringLiteral("--json")});
        QCOMPARE(exp.code, 0);
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(back.readAll().contains("MLI1,2026-11-20"));
        // An empty file: nothing imported.
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("incidents"), path, empty}).code, 1);
    }

    void importIncidentsWithMappedColumns()
    {
        // Columns no guess finds: --map names them; the others (Type, Ref) are still guessed.
        const QString path = m_dir.filePath(QStringLiteral("mapped.vigie"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("M")}).code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("releve.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Quand;Y_WGS84;X_WGS84;Type;Ref\n2026-11-20;16.27;-0.04;armed_clash;Q1\n2026-11-21;15.9;2.4;looting;Q2\n");
        }
        const Run refused = cli({QStringLiteral("import"), QStringLiteral("incidents"), path, csv});
        QCOMPARE(refused.code, 1);
        const Run r = cli({QStringLiteral("import"), QStringLiteral("incidents"), path, csv, QStringLiteral("--map"),
                           QStringLiteral("time=Quand,lat=Y_WGS84,lon=X_WGS84"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("imported")).toInt(), 2);
        QVERIFY(r.json().value(QStringLiteral("elapsed_ms")).toDouble(-1) >= 0); // the time taken, all files
        core::Database db;
        db.open(path, core::Database::Mode::ReadOnly);
        QCOMPARE(db.scalar(QStringLiteral("SELECT category || ' ' || lat FROM incidents WHERE external_id = 'Q2'")).toString(),
                 QStringLiteral("looting 15.9"));
        const Run bad = cli({QStringLiteral("import"), QStringLiteral("incidents"), path, csv, QStringLiteral("--map"), QStringLiteral("latitude")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("KEY=COLUMN"), bad.err.constData());
    }

    void countsReadAsWords()
    {
        // The human summary counts in words, in English ("1 incident", "3 incidents": the plural
        // forms of translations/vigie_en.ts) as in French, never "incident(s)".
        const QString path = m_dir.filePath(QStringLiteral("words.vigie"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("W")}).code, 0);
        const QByteArray header = "event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude,fatalities\n";
        auto write = [&](const QString &name, int rows, int first) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(header);
            for (int i = 0; i < rows; ++i)
                f.write(QStringLiteral("W%1,2026-11-20,Battles,Armed clash,16.27,-0.04,0\n").arg(first + i).toUtf8());
            return f.fileName();
        };
        auto run = [&](const QString &language, const QString &file) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("VIGIE_LANGUAGE"), language);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(VIGIE_CLI), {QStringLiteral("import"), QStringLiteral("incidents"), path, file});
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QString one = run(QStringLiteral("en"), write(QStringLiteral("one.csv"), 1, 1));
        QVERIFY2(one.contains(QStringLiteral("one.csv: 1 incident imported")), qPrintable(one));
        const QString three = run(QStringLiteral("en"), write(QStringLiteral("three.csv"), 3, 10));
        QVERIFY2(three.contains(QStringLiteral("three.csv: 3 incidents imported")), qPrintable(three));
        const QString fr = run(QStringLiteral("fr"), write(QStringLiteral("trois.csv"), 3, 20));
        QVERIFY2(fr.contains(QStringLiteral("trois.csv\u00a0: 3 incidents importés")), qPrintable(fr));
        for (const QString &text : {one, three, fr})
            QVERIFY2(!text.contains(QStringLiteral("(s)")), qPrintable(text));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown verb");
        QTest::newRow("missing file") << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/x.vigie")} << QStringLiteral("does not exist");
        QTest::newRow("not a mission") << QStringList{QStringLiteral("info"), QStringLiteral(VIGIE_SOURCE_DIR "/LICENSE")} << QStringLiteral("not a Vigie mission");
        QTest::newRow("bad aor") << QStringList{QStringLiteral("new"), QStringLiteral("/tmp/never.vigie"), QStringLiteral("--aor"), QStringLiteral("1,2,3")} << QStringLiteral("four numbers");
        QTest::newRow("demo without out") << QStringList{QStringLiteral("demo")} << QStringLiteral("usage");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("/tmp/x.vigie"), QStringLiteral("--seed"), QStringLiteral("abc")} << QStringLiteral("whole number");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        const Run j = cli(args + QStringList{QStringLiteral("--json")});
        QCOMPARE(j.code, 1);
        QCOMPARE(j.json().value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(j.json().value(QStringLiteral("error")).toString().contains(message));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
