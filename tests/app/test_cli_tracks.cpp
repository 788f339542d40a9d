// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli import tracks / export tracks as a user runs them: a real process on real files.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/cli_run.h"

namespace {

using Run = vigie::test::CliRun;
Run cli(const QStringList &args) { return vigie::test::runCli(args); }

// An NMEA sentence with its checksum.
QByteArray nmea(const QByteArray &body)
{
    quint8 x = 0;
    for (char c : body)
        x ^= quint8(c);
    return "$" + body + "*" + QByteArray::number(x, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A patrol of n fixes a minute apart near Gao; badLine (1-based fix index) gets a broken time.
QByteArray gpx(int n, int badFix = 0)
{
    QByteArray s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                   "<trk><name>PATROL 7</name><trkseg>\n";
    const QDateTime t0(QDate(2026, 11, 20), QTime(6, 0), Qt::UTC);
    for (int i = 1; i <= n; ++i) {
        const QByteArray time = i == badFix ? QByteArray("2026-13-45T99:00:00Z") : t0.addSecs(60 * i).toString(Qt::ISODate).toLatin1();
        s += "<trkpt lat=\"" + QByteArray::number(16.27 - 0.001 * i, 'f', 5) + "\" lon=\"" +
             QByteArray::number(-0.04 + 0.001 * i, 'f', 5) + "\"><time>" + time + "</time></trkpt>\n";
    }
    s += "</trkseg></trk></gpx>\n";
    return s;
}

} // namespace

class TestCliTracks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString newMission(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".vigie"));
        const Run r = cli({QStringLiteral("new"), path, QStringLiteral("--name"), name});
        return r.code == 0 ? path : QString();
    }
    qint64 trackPoints(const QString &mission)
    {
        const Run r = cli({QStringLiteral("info"), mission, QStringLiteral("--json")});
        return r.json().value(QStringLiteral("tables")).toObject().value(QStringLiteral("track_points")).toVariant().toLongLong();
    }

  private slots:
    void helpListsNouns()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("import tracks M.vigie FILE..."));
        QVERIFY(r.out.contains("export tracks M.vigie --format"));
    }

    void importGpxAndNmea()
    {
        const QString m = newMission(QStringLiteral("clean"));
        QVERIFY(!m.isEmpty());
        const QString g = m_dir.filePath(QStringLiteral("patrol.gpx"));
        QVERIFY(write(g, gpx(6)));
        const QString n = m_dir.filePath(QStringLiteral("tracker.nmea"));
        QByteArray text;
        for (int i = 0; i < 4; ++i)
            text += nmea("GPRMC,0" + QByteArray::number(61000 + i) + ".00,A,1616.000" + QByteArray::number(i) +
                         ",N,00002.500,W,12.0,45.0,201126,,,A");
        QVERIFY(write(n, text));

        const Run r = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, g, n, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.out + r.err);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("verb")).toString(), QStringLiteral("import"));
        QCOMPARE(o.value(QStringLiteral("noun")).toString(), QStringLiteral("tracks"));
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("gpx"));
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("points_accepted")).toInt(), 6);
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("nmea"));
        QCOMPARE(files.at(1).toObject().value(QStringLiteral("points_accepted")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("points_accepted")).toInt(), 10);
        QCOMPARE(trackPoints(m), 10);

        // Again: nothing new, all duplicates, still not an error. The human form says so.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, g});
        QVERIFY(again.out.contains("already in the mission"));
        QCOMPARE(trackPoints(m), 10);
    }

    void badLinesExitTwoWithRejects()
    {
        const QString m = newMission(QStringLiteral("bad"));
        const QString g = m_dir.filePath(QStringLiteral("bad.gpx"));
        QVERIFY(write(g, gpx(5, 3)));
        const QString n = m_dir.filePath(QStringLiteral("bad.nmea"));
        QVERIFY(write(n, nmea("GPRMC,061000.00,A,1616.0000,N,00002.500,W,12.0,45.0,201126,,,A") +
                             nmea("GPRMC,061001.00,A,16XX.0000,N,00002.500,W,12.0,45.0,201126,,,A") +
                             nmea("GPRMC,061002.00,A,1616.0002,N,00002.500,W,12.0,45.0,201126,,,A")));
        const Run r = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, g, n, QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 2);
        const QJsonObject gFile = o.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(gFile.value(QStringLiteral("points_accepted")).toInt(), 4);
        const QJsonObject gIssue = gFile.value(QStringLiteral("rejected_issues")).toArray().at(0).toObject();
        QCOMPARE(gIssue.value(QStringLiteral("line")).toInt(), 6); // the third <trkpt>
        QVERIFY2(gIssue.value(QStringLiteral("reason")).toString().contains(QStringLiteral("time")), qPrintable(gIssue.value(QStringLiteral("reason")).toString()));
        const QJsonObject nFile = o.value(QStringLiteral("files")).toArray().at(1).toObject();
        QCOMPARE(nFile.value(QStringLiteral("points_accepted")).toInt(), 2);
        const QJsonObject nIssue = nFile.value(QStringLiteral("rejected_issues")).toArray().at(0).toObject();
        QCOMPARE(nIssue.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(nIssue.value(QStringLiteral("reason")).toString().contains(QStringLiteral("latitude")));

        // The human form lists them too, on stdout, with the same exit code.
        const QString m2 = newMission(QStringLiteral("bad2"));
        const Run h = cli({QStringLiteral("import"), QStringLiteral("tracks"), m2, n});
        QCOMPARE(h.code, 2);
        QVERIFY2(h.out.contains("line 2") && h.out.contains("latitude"), h.out.constData());
    }

    void csvWithMappedColumns()
    {
        // A logger's CSV whose columns Vigie cannot guess: refused alone, read with --map.
        const QString m = newMission(QStringLiteral("mapped"));
        const QString csv = m_dir.filePath(QStringLiteral("logger.csv"));
        QVERIFY(write(csv, "Zeit,Breite,Laenge,Kennung\n2026-11-20T07:00:00Z,16.31,-0.02,B1\n2026-11-20T07:00:10Z,16.32,-0.03,B1\n"));
        const Run refused = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, csv});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("no time, latitude and longitude columns"), refused.err.constData());
        const Run r = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, csv, QStringLiteral("--map"),
                           QStringLiteral("time=Zeit,lat=Breite"), QStringLiteral("--map"), QStringLiteral("lon=Laenge,callsign=Kennung"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("points_accepted")).toInt(), 2);
        QVERIFY(r.json().value(QStringLiteral("elapsed_ms")).toDouble(-1) >= 0); // the time taken, all files
        QCOMPARE(trackPoints(m), 2);
        const Run bad = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, csv, QStringLiteral("--map"), QStringLiteral("when=Zeit")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("when=Zeit") && bad.err.contains("time, date, lat, lon"), bad.err.constData());
        const Run notCsv = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, csv, QStringLiteral("--format"), QStringLiteral("gpx"),
                                QStringLiteral("--map"), QStringLiteral("time=Zeit")});
        QCOMPARE(notCsv.code, 1);
        QVERIFY(notCsv.err.contains("--format csv"));
    }

    void emptyFileExitOne()
    {
        const QString m = newMission(QStringLiteral("empty"));
        const QString e = m_dir.filePath(QStringLiteral("empty.gpx"));
        QVERIFY(write(e, QByteArray()));
        const Run r = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, e, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("points_accepted")).toInt(-1), 0);
        QCOMPARE(r.json().value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(trackPoints(m), 0);
        const Run h = cli({QStringLiteral("import"), QStringLiteral("tracks"), m, e});
        QCOMPARE(h.code, 1);
        QVERIFY(h.err.contains("empty.gpx"));
    }

    void roundTripGpx()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.vigie"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), demo}).code, 0);
        const qint64 points = trackPoints(demo);
        QVERIFY(points > 100);
        const QString out = m_dir.filePath(QStringLiteral("demo-tracks.gpx"));
        const Run e = cli({QStringLiteral("export"), QStringLiteral("tracks"), demo, QStringLiteral("--format"), QStringLiteral("gpx"),
                           QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(e.code == 0, e.out + e.err);
        QCOMPARE(e.json().value(QStringLiteral("points")).toVariant().toLongLong(), points);
        QVERIFY(QFile::exists(out));

        const QString second = newMission(QStringLiteral("second"));
        const Run i = cli({QStringLiteral("import"), QStringLiteral("tracks"), second, out, QStringLiteral("--json")});
        QVERIFY2(i.code == 0, i.out + i.err);
        QCOMPARE(i.json().value(QStringLiteral("points_accepted")).toVariant().toLongLong(), points);
        QCOMPARE(trackPoints(second), points);

        // A period limits the points; the human summary names the file.
        const Run h = cli({QStringLiteral("export"), QStringLiteral("tracks"), demo, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--from"),
                           QStringLiteral("2001-01-01T00:00Z"), QStringLiteral("--to"), QStringLiteral("2001-01-02T00:00Z"), QStringLiteral("--json")});
        QCOMPARE(h.code, 0);
        QCOMPARE(h.json().value(QStringLiteral("points")).toInt(-1), 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no noun") << QStringList{QStringLiteral("import")} << QStringLiteral("usage");
        QTest::newRow("unknown noun") << QStringList{QStringLiteral("export"), QStringLiteral("spaceships")} << QStringLiteral("tracks");
        QTest::newRow("no files") << QStringList{QStringLiteral("import"), QStringLiteral("tracks"), QStringLiteral("/tmp/x.vigie")} << QStringLiteral("usage");
        QTest::newRow("bad format") << QStringList{QStringLiteral("import"), QStringLiteral("tracks"), QStringLiteral("/tmp/x.vigie"), QStringLiteral("a.gpx"), QStringLiteral("--format"), QStringLiteral("shp")} << QStringLiteral("Unknown track format");
        QTest::newRow("missing mission") << QStringList{QStringLiteral("import"), QStringLiteral("tracks"), QStringLiteral("/nonexistent/x.vigie"), QStringLiteral("a.gpx")} << QStringLiteral("does not exist");
        QTest::newRow("export no out") << QStringList{QStringLiteral("export"), QStringLiteral("tracks"), QStringLiteral("/tmp/x.vigie"), QStringLiteral("--format"), QStringLiteral("gpx")} << QStringLiteral("usage");
        QTest::newRow("export bad format") << QStringList{QStringLiteral("export"), QStringLiteral("tracks"), QStringLiteral("/tmp/x.vigie"), QStringLiteral("--format"), QStringLiteral("shp"), QStringLiteral("--out"), QStringLiteral("/tmp/x.shp")} << QStringLiteral("Unknown export format");
        QTest::newRow("export bad time") << QStringList{QStringLiteral("export"), QStringLiteral("tracks"), QStringLiteral("/tmp/x.vigie"), QStringLiteral("--format"), QStringLiteral("gpx"), QStringLiteral("--out"), QStringLiteral("/tmp/x.gpx"), QStringLiteral("--from"), QStringLiteral("yesterday")} << QStringLiteral("--from");
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
    }
};

QTEST_GUILESS_MAIN(TestCliTracks)
#include "test_cli_tracks.moc"
