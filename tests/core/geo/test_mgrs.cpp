// SPDX-License-Identifier: GPL-2.0-or-later
// MGRS round trips checked against GeographicLib's own converter, GeoConvert, on a few hundred
// positions: zone and latitude-band edges, the Norway and Svalbard exceptions, and the poles (UPS).
#include "geo/mgrs.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <vector>

using namespace vigie::core;

class TestMgrs : public QObject
{
    Q_OBJECT

    static std::vector<GeoPoint> positions()
    {
        const double lats[] = {-90, -89.99, -80.5, -80.0001, -80, -79.9999, -72, -40.5, -8.0001, -8, 0, 0.0001,
                               7.9999, 8, 16.2717, 55.9999, 56, 59.9, 63.9999, 64, 71.9999, 72, 75.5, 83.9999,
                               84, 84.0001, 89.9, 90};
        const double lons[] = {-180, -179.9999, -177.0001, -6, -5.9999, -0.0447, 0, 2.9999, 3, 5.9999, 6, 8.9999,
                               9, 20.9999, 21, 32.9999, 33, 41.9999, 42, 179.9999};
        std::vector<GeoPoint> out;
        for (double lat : lats)
            for (double lon : lons)
                out.push_back({lat, lon});
        return out;
    }

    static QStringList runGeoConvert(const QStringList &args, const QStringList &lines)
    {
        QProcess p;
        p.start(QStringLiteral("GeoConvert"), args);
        if (!p.waitForStarted())
            return {};
        p.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

  private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("GeoConvert")).isEmpty())
            QFAIL("GeoConvert (package geographiclib-tools) is needed: run packaging/install-deps.sh");
    }

    void forwardMatchesGeoConvert()
    {
        const auto pts = positions();
        QVERIFY(pts.size() >= 500);
        QStringList input;
        for (const GeoPoint &p : pts)
            input << QStringLiteral("%1 %2").arg(p.lat, 0, 'f', 6).arg(p.lon, 0, 'f', 6);
        const QStringList expected = runGeoConvert({QStringLiteral("-m"), QStringLiteral("-p"), QStringLiteral("0")}, input);
        QCOMPARE(expected.size(), int(pts.size()));
        for (size_t i = 0; i < pts.size(); ++i) {
            const QString ours = mgrs::fromLatLon(pts[i], 5, false);
            QVERIFY2(ours == expected[int(i)].trimmed(),
                     qPrintable(QStringLiteral("%1 → ours %2, GeoConvert %3").arg(input[int(i)], ours, expected[int(i)])));
        }
    }

    void reverseMatchesGeoConvert()
    {
        const auto pts = positions();
        QStringList refs;
        for (const GeoPoint &p : pts)
            refs << mgrs::fromLatLon(p, 5, false);
        const QStringList expected = runGeoConvert({QStringLiteral("-g"), QStringLiteral("-p"), QStringLiteral("3")}, refs);
        QCOMPARE(expected.size(), refs.size());
        for (int i = 0; i < refs.size(); ++i) {
            const QStringList ll = expected[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(ll.size(), 2);
            QString err;
            const auto ours = mgrs::toLatLon(mgrs::spaced(refs[i]), &err);
            QVERIFY2(ours.has_value(), qPrintable(err));
            QVERIFY2(std::fabs(ours->lat - ll[0].toDouble()) < 2e-8 * 1e3,
                     qPrintable(refs[i] + QStringLiteral(": lat ") + QString::number(ours->lat, 'f', 9) + QStringLiteral(" vs ") + ll[0]));
            if (std::fabs(ours->lat) < 89.999) {
                double dlon = std::fabs(ours->lon - ll[1].toDouble());
                dlon = std::min(dlon, 360.0 - dlon);
                QVERIFY2(dlon < 2e-5, qPrintable(refs[i] + QStringLiteral(": lon ") + QString::number(ours->lon, 'f', 9) + QStringLiteral(" vs ") + ll[1]));
            }
        }
    }

    void roundTripWithinOneMetre()
    {
        for (const GeoPoint &p : positions()) {
            if (std::fabs(p.lat) > 89.99)
                continue;
            const auto back = mgrs::toLatLon(mgrs::fromLatLon(p), nullptr, true);
            QVERIFY(back);
            QVERIFY(std::fabs(back->lat - p.lat) < 2e-5);
            double dlon = std::fabs(back->lon - p.lon);
            dlon = std::min(dlon, 360.0 - dlon);
            QVERIFY(dlon * std::cos(p.lat * M_PI / 180.0) < 2e-5);
        }
    }

    void spacing_data()
    {
        QTest::addColumn<QString>("compact");
        QTest::addColumn<QString>("spaced");
        QTest::newRow("utm") << "31PCT1234567890" << "31P CT 12345 67890";
        QTest::newRow("one digit zone") << "4QFJ12345678" << "4Q FJ 1234 5678";
        QTest::newRow("100 km") << "31PCT" << "31P CT";
        QTest::newRow("ups") << "ZGC2677330092" << "Z GC 26773 30092";
    }
    void spacing()
    {
        QFETCH(QString, compact);
        QFETCH(QString, spaced);
        QCOMPARE(mgrs::spaced(compact), spaced);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("bad band") << "31ICT1234567890";
        QTest::newRow("odd digits") << "31PCT123456789";
        QTest::newRow("garbage") << "hello";
        QTest::newRow("zone 61") << "61PCT1234567890";
    }
    void invalidInput()
    {
        QFETCH(QString, text);
        QString err;
        QVERIFY(!mgrs::toLatLon(text, &err));
        QVERIFY(err.contains(text));
    }

    void outOfRange()
    {
        QVERIFY(mgrs::fromLatLon({91, 0}).isEmpty());
        QVERIFY(mgrs::fromLatLon({NAN, 0}).isEmpty());
    }

    void utm()
    {
        QCOMPARE(mgrs::utmFromLatLon({16.2717, -0.0447}).left(4), QStringLiteral("30N "));
        QVERIFY(mgrs::utmFromLatLon({89.5, 10}).startsWith(QStringLiteral("UPS N")));
    }
};

QTEST_GUILESS_MAIN(TestMgrs)
#include "test_mgrs.moc"
