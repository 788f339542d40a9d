// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli import/export annotations as a user runs them: a real process, real missions and files.
#include "support/cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

class TestCliAnnotations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = vigie::test::CliRun;
    static Run cli(const QStringList &args) { return vigie::test::runCli(args); }

    // The exported GeoJSON's features by vigie:id, properties only, without what a copy may change.
    static QMap<QString, QJsonObject> styles(const QString &geojson)
    {
        QFile f(geojson);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray()) {
            QJsonObject p = v.toObject().value(QStringLiteral("properties")).toObject();
            p.remove(QStringLiteral("vigie:version"));
            p.remove(QStringLiteral("vigie:updated"));
            out.insert(p.value(QStringLiteral("vigie:id")).toString(), p);
        }
        return out;
    }

    QString newMission(const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".vigie"));
        const Run r = cli({QStringLiteral("new"), path, QStringLiteral("--name"), name});
        return r.code == 0 ? path : QString();
    }

  private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("geojson") << QStringLiteral("geojson");
        QTest::newRow("kml") << QStringLiteral("kml");
    }
    void roundTrip()
    {
        QFETCH(QString, format);
        const QString demo = m_dir.filePath(QStringLiteral("demo-%1.vigie").arg(format));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--out"), demo}).code, 0);
        const QString file = m_dir.filePath(QStringLiteral("drawings.") + format);
        const Run exp = cli({QStringLiteral("export"), QStringLiteral("annotations"), demo, QStringLiteral("--format"), format,
                             QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(exp.code == 0, exp.err.constData());
        const int count = exp.json().value(QStringLiteral("exported")).toInt();
        QVERIFY(count > 0);
        QCOMPARE(exp.json().value(QStringLiteral("format")).toString(), format);
        QCOMPARE(exp.json().value(QStringLiteral("noun")).toString(), QStringLiteral("annotations"));

        const QString other = newMission(QStringLiteral("other-") + format);
        QVERIFY(!other.isEmpty());
        const Run imp = cli({QStringLiteral("import"), QStringLiteral("annotations"), other, file, QStringLiteral("--json")});
        QVERIFY2(imp.code == 0, imp.err.constData());
        QCOMPARE(imp.json().value(QStringLiteral("added")).toInt(), count);
        // Human summary.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("annotations"), other, file});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("%1 skipped").arg(count).toUtf8()), again.out.constData());

        // Both missions export the same annotations with the same styles.
        const QString a = m_dir.filePath(QStringLiteral("a-%1.geojson").arg(format));
        const QString b = m_dir.filePath(QStringLiteral("b-%1.geojson").arg(format));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("annotations"), demo, QStringLiteral("--out"), a}).code, 0);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("annotations"), other, QStringLiteral("--out"), b}).code, 0);
        const auto before = styles(a);
        const auto after = styles(b);
        QCOMPARE(after.size(), count);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            for (const char *key : {"stroke", "stroke-width", "fill", "fill-opacity", "marker-symbol", "vigie:kind", "vigie:text",
                                    "vigie:font-size", "vigie:sensitivity", "vigie:author", "vigie:note"})
                QVERIFY2(after[it.key()].value(QLatin1String(key)) == it.value().value(QLatin1String(key)),
                         qPrintable(it.key() + QStringLiteral(" ") + QLatin1String(key)));
        }

        // Both imports and exports are in the audit log.
        const Run info = cli({QStringLiteral("info"), other, QStringLiteral("--json")});
        const QByteArray audit = QJsonDocument(info.json().value(QStringLiteral("last_audit")).toArray()).toJson();
        QVERIFY2(audit.contains("\"import\"") && audit.contains("\"export\""), audit.constData());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad json") << QStringLiteral("{\"type\": \"FeatureCollection\", \"features\": [") << QStringLiteral("bad.geojson")
                                  << QStringLiteral("bad.geojson is not GeoJSON");
        QTest::newRow("bad kml") << QStringLiteral("<kml><Document><Placemark></Document></kml>") << QStringLiteral("bad.kml")
                                 << QStringLiteral("bad.kml is not valid KML: line 1");
        QTest::newRow("bad extension") << QStringLiteral("x") << QStringLiteral("bad.txt") << QStringLiteral(".geojson or .kml");
    }
    void errors()
    {
        QFETCH(QString, content);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        const QString mission = newMission(QStringLiteral("err-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(!mission.isEmpty());
        const QString path = m_dir.filePath(fileName);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
        f.close();
        const Run r = cli({QStringLiteral("import"), QStringLiteral("annotations"), mission, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        const Run j = cli({QStringLiteral("import"), QStringLiteral("annotations"), mission, path, QStringLiteral("--json")});
        QCOMPARE(j.code, 1);
        QCOMPARE(j.json().value(QStringLiteral("ok")).toBool(true), false);
    }

    void usage()
    {
        const QString mission = newMission(QStringLiteral("usage"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("annotations"), mission}).code, 1);
        const Run wrong = cli({QStringLiteral("export"), QStringLiteral("annotations"), mission, QStringLiteral("--format"), QStringLiteral("kml"),
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.geojson"))});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains("does not match"), wrong.err.constData());
        const Run unknown = cli({QStringLiteral("export"), QStringLiteral("annotations"), mission, QStringLiteral("--format"), QStringLiteral("shp"),
                                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.shp"))});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("Unknown format"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("annotations"), mission, QStringLiteral("/nonexistent/a.geojson")}).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "test_cli_annotations.moc"
