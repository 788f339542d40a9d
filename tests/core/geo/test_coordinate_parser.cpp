// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/coordinate_parser.h"
#include "geo/mgrs.h"

#include <QTest>

#include <cmath>

using namespace vigie::core;
using Format = ParsedCoordinate::Format;
Q_DECLARE_METATYPE(Format)

class TestCoordinateParser : public QObject
{
    Q_OBJECT
  private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<Format>("format");
        const double gaoLat = 16.2717, gaoLon = -0.0447;
        const double dmsLat = 16 + 16 / 60.0 + 18 / 3600.0, dmsLon = -(0 + 2 / 60.0 + 41 / 3600.0);
        QTest::newRow("decimal space") << "16.2717 -0.0447" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("decimal comma sep") << "16.2717, -0.0447" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("decimal comma nospace") << "16.2717,-0.0447" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("decimal semicolon") << "16.2717;-0.0447" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("french decimal commas") << "16,2717 -0,0447" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("hemisphere suffix") << "16.2717N 0.0447W" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("hemisphere suffix spaced") << "16.2717 N 0.0447 W" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("hemisphere prefix") << "N16.2717 W0.0447" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("lon first with letters") << "0.0447W 16.2717N" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("french ouest") << "16.2717 N; 0.0447 O" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("lowercase") << "16.2717n 0.0447w" << gaoLat << gaoLon << Format::DecimalDegrees;
        QTest::newRow("dms symbols") << "16°16'18\"N 0°02'41\"W" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dms spaces") << "16 16 18 N 0 2 41 W" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dms colons") << "16:16:18N 0:02:41W" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dms d letter") << "16d16'18\"N 0d2'41\"W" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dms signed no letters") << "16°16'18\" -0°2'41\"" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dms primes") << "16°16′18″N 0°2′41″W" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dms double apostrophe") << "16°16'18''N 0°2'41''W" << dmsLat << dmsLon << Format::Dms;
        QTest::newRow("dm plain") << "16 16.3 0 2.6833" << 16 + 16.3 / 60 << 2.6833 / 60 << Format::Dms;
        QTest::newRow("south east") << "33.8688 S 151.2093 E" << -33.8688 << 151.2093 << Format::DecimalDegrees;
        QTest::newRow("pole") << "90 0" << 90.0 << 0.0 << Format::DecimalDegrees;
        QTest::newRow("antimeridian") << "-16.5, 180" << -16.5 << 180.0 << Format::DecimalDegrees;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(Format, format);
        const ParsedCoordinate c = parseCoordinate(text);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QCOMPARE(c.format, format);
        QVERIFY2(std::fabs(c.point.lat - lat) < 1e-6, qPrintable(QString::number(c.point.lat, 'f', 8)));
        QVERIFY2(std::fabs(c.point.lon - lon) < 1e-6, qPrintable(QString::number(c.point.lon, 'f', 8)));
    }

    void mgrsInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::newRow("spaced") << "30P YC 94345 99457" << 5;
        QTest::newRow("compact") << "30PYC9434599457" << 5;
        QTest::newRow("lowercase") << "30pyc 94345 99457" << 5;
        QTest::newRow("10 m") << "30PYC 9434 9945" << 4;
        QTest::newRow("1 km") << "30PYC943994" << 3;
        QTest::newRow("ups") << "ZGC2677330092" << 5;
    }
    void mgrsInput()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        const ParsedCoordinate c = parseCoordinate(text);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QCOMPARE(c.format, Format::Mgrs);
        QCOMPARE(c.mgrsPrecision, precision);
        const auto direct = mgrs::toLatLon(text);
        QVERIFY(direct);
        QCOMPARE(c.point.lat, direct->lat);
        QCOMPARE(c.point.lon, direct->lon);
    }

    void gaoInMgrs()
    {
        // Gao, cross-checked with GeoConvert: 16.2717 -0.0447 → 30QZD1588001273.
        QCOMPARE(mgrs::fromLatLon({16.2717, -0.0447}), QStringLiteral("30Q ZD 15880 01273"));
        const ParsedCoordinate c = parseCoordinate(QStringLiteral("30Q ZD 15880 01273"));
        QVERIFY(c.isValid());
        QVERIFY(std::fabs(c.point.lat - 16.2717) < 1e-5);
        QVERIFY(std::fabs(c.point.lon + 0.0447) < 1e-5);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("one number") << "16.27";
        QTest::newRow("three numbers") << "16 27 3";
        QTest::newRow("lat out of range") << "91 0";
        QTest::newRow("lon out of range") << "10 181";
        QTest::newRow("minutes 60") << "16 60 0 N 0 2 41 W";
        QTest::newRow("two latitudes") << "16N 17N";
        QTest::newRow("sign and letter") << "-16S 0E";
        QTest::newRow("words") << "Gao airport";
        QTest::newRow("bad mgrs digits") << "30PYC943459945";
    }
    void invalid()
    {
        QFETCH(QString, text);
        const ParsedCoordinate c = parseCoordinate(text);
        QVERIFY2(!c.isValid(), qPrintable(QStringLiteral("accepted as %1 %2").arg(c.point.lat).arg(c.point.lon)));
        QVERIFY(!c.error.isEmpty());
    }

    void formats()
    {
        QCOMPARE(formatDecimalDegrees({16.2717, -0.0447}), QStringLiteral("16.2717 N 0.0447 W"));
        QCOMPARE(formatDms({16 + 16 / 60.0 + 18 / 3600.0, -(2 / 60.0 + 41 / 3600.0)}),
                 QString::fromUtf8("16°16'18.0\"N 0°02'41.0\"W"));
        // The formatted forms parse back.
        const GeoPoint p{-33.12345, 151.98765};
        const ParsedCoordinate a = parseCoordinate(formatDecimalDegrees(p, 5));
        QVERIFY(a.isValid() && std::fabs(a.point.lat - p.lat) < 1e-6 && std::fabs(a.point.lon - p.lon) < 1e-6);
        const ParsedCoordinate b = parseCoordinate(formatDms(p, 2));
        QVERIFY(b.isValid() && std::fabs(b.point.lat - p.lat) < 1e-5 && std::fabs(b.point.lon - p.lon) < 1e-5);
    }
};

QTEST_GUILESS_MAIN(TestCoordinateParser)
#include "test_coordinate_parser.moc"
