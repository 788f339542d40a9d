// SPDX-License-Identifier: GPL-2.0-or-later
// The geodesic helpers against GeographicLib's own command-line tools (GeodSolve, Planimeter).
#include "annotations/measurement.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vigie::core;

namespace {
QStringList runTool(const QString &tool, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

double bearingDiff(double a, double b)
{
    double d = std::fmod(std::fabs(a - b), 360.0);
    return d > 180 ? 360 - d : d;
}
} // namespace

class TestMeasurement : public QObject
{
    Q_OBJECT
  private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("GeodSolve")).isEmpty())
            QSKIP("GeodSolve (geographiclib-tools) is not installed");
    }

    void inverseMatchesGeodSolve()
    {
        // Sahel distances, the equator and the poles, near-antipodal pairs, a zero-length pair.
        QVector<std::pair<GeoPoint, GeoPoint>> pairs = {
            {{16.2717, -0.0447}, {15.6597, 0.5022}}, {{16.2717, -0.0447}, {14.4843, -4.1827}},
            {{0, 0}, {0, 179.5}}, {{0.5, 0}, {-0.5, 179.7}}, {{89.9, 10}, {-89.9, -170}},
            {{12.6392, -8.0029}, {12.6392, -8.0029}}, {{-33.9, 18.4}, {40.7, -74.0}},
        };
        QRandomGenerator rng(42);
        while (pairs.size() < 40)
            pairs.append({{rng.bounded(180.0) - 90, rng.bounded(360.0) - 180}, {rng.bounded(180.0) - 90, rng.bounded(360.0) - 180}});
        QByteArray in;
        for (const auto &pr : pairs)
            in += QStringLiteral("%1 %2 %3 %4\n").arg(pr.first.lat, 0, 'g', 17).arg(pr.first.lon, 0, 'g', 17)
                      .arg(pr.second.lat, 0, 'g', 17).arg(pr.second.lon, 0, 'g', 17).toLatin1();
        const QStringList out = runTool(QStringLiteral("GeodSolve"), {QStringLiteral("-i"), QStringLiteral("-p"), QStringLiteral("9")}, in);
        QCOMPARE(out.size(), pairs.size());
        for (int i = 0; i < pairs.size(); ++i) {
            const QStringList f = out[i].simplified().split(QLatin1Char(' '));
            QCOMPARE(f.size(), 3);
            const measure::Inverse mine = measure::inverse(pairs[i].first, pairs[i].second);
            const double s12 = f[2].toDouble();
            QVERIFY2(std::fabs(mine.distance - s12) < 1e-6, qPrintable(out[i]));
            QCOMPARE(measure::distance(pairs[i].first, pairs[i].second), mine.distance);
            if (s12 > 0) {
                QVERIFY2(bearingDiff(mine.initialBearing, f[0].toDouble()) < 1e-7, qPrintable(out[i]));
                QVERIFY2(bearingDiff(mine.finalBearing, f[1].toDouble()) < 1e-7, qPrintable(out[i]));
                QVERIFY(mine.initialBearing >= 0 && mine.initialBearing < 360);
            }
        }
    }

    void lengthIsSumOfLegs()
    {
        const QVector<GeoPoint> line = {{16.27, -0.04}, {16.0, 0.2}, {15.66, 0.50}};
        const QStringList out = runTool(QStringLiteral("GeodSolve"), {QStringLiteral("-i"), QStringLiteral("-p"), QStringLiteral("9")},
                                        "16.27 -0.04 16.0 0.2\n16.0 0.2 15.66 0.50\n");
        QCOMPARE(out.size(), 2);
        const double expect = out[0].split(QLatin1Char(' ')).last().toDouble() + out[1].split(QLatin1Char(' ')).last().toDouble();
        QVERIFY(std::fabs(measure::length(line) - expect) < 1e-6);
        QCOMPARE(measure::length({}), 0.0);
    }

    void areaMatchesPlanimeter()
    {
        const QVector<QVector<GeoPoint>> polys = {
            {{16, 0}, {16, 1}, {17, 1}, {17, 0}},
            {{16.42, 0.15}, {16.46, 0.33}, {16.33, 0.42}, {16.24, 0.26}, {16.30, 0.13}, {16.42, 0.15}}, // closed
            {{-10, -10}, {-10, 10}, {10, 10}, {10, -10}},
        };
        for (const auto &poly : polys) {
            QByteArray in;
            for (const GeoPoint &p : poly)
                in += QStringLiteral("%1 %2\n").arg(p.lat, 0, 'g', 17).arg(p.lon, 0, 'g', 17).toLatin1();
            const QStringList out = runTool(QStringLiteral("Planimeter"), {QStringLiteral("-p"), QStringLiteral("6")}, in);
            QCOMPARE(out.size(), 1);
            const QStringList f = out[0].split(QLatin1Char(' '));
            // Planimeter takes a repeated first vertex as a vertex (a zero-length edge): same figures.
            QVERIFY2(std::fabs(measure::area(poly) - std::fabs(f[2].toDouble())) < 0.1 + 1e-9 * measure::area(poly), qPrintable(out[0]));
            QVERIFY2(std::fabs(measure::perimeter(poly) - f[1].toDouble()) < 1e-5, qPrintable(out[0]));
        }
        // Either winding gives the same positive area.
        QVector<GeoPoint> rev = polys[0];
        std::reverse(rev.begin(), rev.end());
        QVERIFY(std::fabs(measure::area(rev) - measure::area(polys[0])) < 1e-3);
        QCOMPARE(measure::area({{0, 0}, {1, 1}}), 0.0);
    }

    void destinationRoundTrips()
    {
        const GeoPoint a{16.2717, -0.0447};
        const GeoPoint b = measure::destination(a, 123.4, 20000);
        const measure::Inverse inv = measure::inverse(a, b);
        QVERIFY(std::fabs(inv.distance - 20000) < 1e-6);
        QVERIFY(std::fabs(inv.initialBearing - 123.4) < 1e-9);
    }

    void formatting()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(measure::formatDistance(850.2), QStringLiteral("850 m"));
        QCOMPARE(measure::formatDistance(12400), QStringLiteral("12.40 km"));
        QCOMPARE(measure::formatBearing(47.26), QStringLiteral("047.3°"));
        QCOMPARE(measure::formatBearing(-10), QStringLiteral("350.0°"));
        QCOMPARE(measure::formatArea(3.2e6), QStringLiteral("3.20 km²"));
    }
};

QTEST_GUILESS_MAIN(TestMeasurement)
#include "test_measurement.moc"
