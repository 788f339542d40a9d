// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/density_grid.h"
#include "heatmap/kde_engine.h"
#include "heatmap_test_util.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie::core;

Q_DECLARE_METATYPE(vigie::core::KdeKernel)

namespace {

constexpr double kPi = 3.14159265358979323846;

// One point in the middle of a pixel, alone on its grid.
DensityGrid single(const KdeParameters &p, double weight = 1.0, double x = 0.5, double y = 0.5)
{
    KdeEngine e(p);
    if (e.prepare({x, y, x, y}) != KdeResult::Success)
        return {};
    if (e.add(x, y, weight) != KdeResult::Success)
        return {};
    if (e.finish() != KdeResult::Success)
        return {};
    return e.takeGrid();
}

double sum(const DensityGrid &g)
{
    double s = 0;
    for (float v : g.values)
        s += v;
    return s;
}

} // namespace

class TestKdeEngine : public QObject
{
    Q_OBJECT

  private slots:
    void integrals_data()
    {
        QTest::addColumn<KdeKernel>("kernel");
        QTest::addColumn<double>("decay");
        QTest::addColumn<double>("scaledTotal"); // the integral of one point of weight 1, scaled
        QTest::addColumn<double>("rawMean");     // the raw kernel's mean over its disc
        const double s = 1.0 / 3.0; // gaussian sigma / radius
        const double gaussInside = 1.0 - std::exp(-1.0 / (2.0 * s * s));
        QTest::newRow("quartic") << KdeKernel::Quartic << 0.0 << 7.25 << 1.0 / 3.0; // QGIS's constant
        QTest::newRow("triangular") << KdeKernel::Triangular << 0.0 << 1.0 << 1.0 / 3.0;
        QTest::newRow("triangular decay 0.5") << KdeKernel::Triangular << 0.5 << 1.0 << 2.0 / 3.0;
        QTest::newRow("uniform") << KdeKernel::Uniform << 0.0 << 1.0 << 1.0;
        QTest::newRow("triweight") << KdeKernel::Triweight << 0.0 << 1.0 << 0.25;
        QTest::newRow("epanechnikov") << KdeKernel::Epanechnikov << 0.0 << 1.0 << 0.5;
        QTest::newRow("gaussian") << KdeKernel::Gaussian << 0.0 << 1.0 << 2.0 * s * s * gaussInside;
    }

    // Each kernel's stencil sums (times the pixel area) to its normalised total.
    void integrals()
    {
        QFETCH(KdeKernel, kernel);
        QFETCH(double, decay);
        QFETCH(double, scaledTotal);
        QFETCH(double, rawMean);
        KdeParameters p;
        p.kernel = kernel;
        p.decayRatio = decay;
        p.radius = 40;
        p.pixelSize = 1;
        p.scaling = KdeOutputScaling::Scaled;
        const DensityGrid scaled = single(p);
        QVERIFY(!scaled.isEmpty());
        QVERIFY2(std::abs(sum(scaled) - scaledTotal) < 0.01 * scaledTotal, qPrintable(QString::number(sum(scaled))));
        p.scaling = KdeOutputScaling::Raw;
        const DensityGrid raw = single(p);
        const double expected = rawMean * kPi * p.radius * p.radius;
        QVERIFY2(std::abs(sum(raw) - expected) < 0.01 * expected, qPrintable(QString::number(sum(raw))));
        // Pixel size enters the scaled value through the area only.
        p.scaling = KdeOutputScaling::Scaled;
        p.radius = 400;
        p.pixelSize = 10;
        const DensityGrid coarse = single(p, 1.0, 5, 5);
        QVERIFY(std::abs(sum(coarse) * 100 - scaledTotal) < 0.01 * scaledTotal);
    }

    void shapes_data() { integrals_data(); }

    // Maximum at the point, non-increasing outwards, zero beyond the radius.
    void shapes()
    {
        QFETCH(KdeKernel, kernel);
        QFETCH(double, decay);
        KdeParameters p;
        p.kernel = kernel;
        p.decayRatio = decay;
        p.radius = 10.5; // the grid starts a radius away: the point sits on a pixel centre
        p.pixelSize = 1;
        const DensityGrid g = single(p, 1.0, 0.5, 0.5);
        QCOMPARE(g.width, 22); // ceil(21 / 1) + 1
        QCOMPARE(g.height, 22);
        int col = -1, row = -1;
        QVERIFY(g.pixelAt(0.5, 0.5, &col, &row));
        QCOMPARE(g.value(col, row), g.max);
        QCOMPARE(double(g.max), KdeEngine::kernelValue(p, 0.0));
        for (int r = 0; r < g.height; ++r)
            for (int c = 0; c < g.width; ++c) {
                const double d = std::hypot(g.centreX(c) - 0.5, g.centreY(r) - 0.5);
                if (d > p.radius)
                    QCOMPARE(g.value(c, r), 0.0f);
                else
                    QVERIFY(std::abs(g.value(c, r) - KdeEngine::kernelValue(p, d)) < 1e-6);
            }
        double previous = KdeEngine::kernelValue(p, 0);
        for (double d = 0.5; d <= p.radius; d += 0.5) {
            const double v = KdeEngine::kernelValue(p, d);
            QVERIFY(v <= previous + 1e-12);
            previous = v;
        }
        QCOMPARE(KdeEngine::kernelValue(p, p.radius + 0.01), 0.0);
    }

    void triangularDecay()
    {
        KdeParameters p;
        p.kernel = KdeKernel::Triangular;
        p.radius = 100;
        p.pixelSize = 10;
        p.decayRatio = 0.5;
        QCOMPARE(KdeEngine::kernelValue(p, 0), 1.0);
        QVERIFY(std::abs(KdeEngine::kernelValue(p, 100) - 0.5) < 1e-12);
        QVERIFY(std::abs(KdeEngine::kernelValue(p, 50) - 0.75) < 1e-12);
        p.decayRatio = 1.0; // flat: the uniform kernel in raw values
        QVERIFY(std::abs(KdeEngine::kernelValue(p, 99) - 1.0) < 1e-12);
        p.decayRatio = -1.0; // "cool" edge; scaled output is then left unnormalised, as in QGIS
        QVERIFY(std::abs(KdeEngine::kernelValue(p, 100) + 1.0) < 1e-12);
        p.scaling = KdeOutputScaling::Scaled;
        QVERIFY(std::abs(KdeEngine::kernelValue(p, 0) - 1.0) < 1e-12);
        const DensityGrid g = single(p, 1.0, 5, 5);
        float lowest = 0;
        for (float v : g.values)
            lowest = std::min(lowest, v);
        QVERIFY(lowest < -0.5f);
    }

    void weights()
    {
        KdeParameters p;
        p.radius = 30;
        p.pixelSize = 5;
        const DensityGrid one = single(p, 1.0, 7, 9);
        const DensityGrid three = single(p, 3.0, 7, 9);
        const DensityGrid zero = single(p, 0.0, 7, 9);
        QCOMPARE(one.values.size(), three.values.size());
        for (std::size_t i = 0; i < one.values.size(); ++i) {
            QVERIFY(std::abs(three.values[i] - 3 * one.values[i]) <= 1e-6f * three.max);
            QCOMPARE(zero.values[i], 0.0f);
        }
        // Two points at one place are one point of weight two.
        KdeEngine e(p);
        QCOMPARE(e.prepare({7, 9, 7, 9}), KdeResult::Success);
        QCOMPARE(e.add(7, 9), KdeResult::Success);
        QCOMPARE(e.add(7, 9, 1.0), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        for (std::size_t i = 0; i < one.values.size(); ++i)
            QVERIFY(std::abs(e.grid().values[i] - 2 * one.values[i]) <= 1e-6f * e.grid().max);
    }

    void emptyInput()
    {
        KdeParameters p;
        p.radius = 100;
        p.pixelSize = 10;
        KdeEngine e(p);
        QCOMPARE(e.prepare({0, 0, 1000, 500}), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        const DensityGrid &g = e.grid();
        QCOMPARE(g.width, 121); // (1000 + 2 * 100) / 10 + 1
        QCOMPARE(g.height, 71);
        QCOMPARE(g.max, 0.0f);
        for (float v : g.values)
            QCOMPARE(v, 0.0f);
    }

    // QGIS's grid geometry: the extent grown by the radius, origin top-left, ceil() + 1 pixels.
    void singlePointGeometry()
    {
        KdeParameters p;
        p.radius = 25;
        p.pixelSize = 10;
        KdeEngine e(p);
        QCOMPARE(e.prepare({1003, 2007, 1003, 2007}), KdeResult::Success);
        QCOMPARE(e.bufferPixels(), 3); // 2.5 pixels: remainder 5 map units > 0.5
        const DensityGrid &g = e.grid();
        QCOMPARE(g.width, 6); // ceil(50 / 10) + 1
        QCOMPARE(g.height, 6);
        QCOMPARE(g.geoTransform[0], 978.0);
        QCOMPARE(g.geoTransform[3], 2032.0);
        QCOMPARE(g.geoTransform[1], 10.0);
        QCOMPARE(g.geoTransform[5], -10.0);
        QCOMPARE(e.add(1003, 2007), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        QVERIFY(e.grid().max > 0);
    }

    void pointsOutsideExtent()
    {
        KdeParameters p;
        p.radius = 10;
        p.pixelSize = 1;
        KdeEngine e(p);
        QCOMPARE(e.add(0, 0), KdeResult::NotPrepared);
        QCOMPARE(e.finish(), KdeResult::NotPrepared);
        QCOMPARE(e.prepare({0, 0, 100, 100}), KdeResult::Success);
        QCOMPARE(e.add(-10.5, 50), KdeResult::PointOutsideExtent); // beyond the radius margin
        QCOMPARE(e.add(50, 111), KdeResult::PointOutsideExtent);
        QCOMPARE(e.add(std::nan(""), 50), KdeResult::InvalidPoint);
        QCOMPARE(e.add(50, 50, std::numeric_limits<double>::infinity()), KdeResult::InvalidPoint);
        QCOMPARE(e.ignoredCount(), std::size_t(4));
        // In the margin: accepted, and its kernel is clipped at the grid's edge.
        QCOMPARE(e.add(-9.5, -9.5), KdeResult::Success);
        QCOMPARE(e.add(109.9, 109.9), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        QCOMPARE(e.pointCount(), std::size_t(2));
        QVERIFY(e.grid().value(0, e.grid().height - 1) > 0);
        QVERIFY(e.grid().value(e.grid().width - 1, 0) > 0);
    }

    void radiusRounding()
    {
        QCOMPARE(KdeEngine::radiusInPixels(100, 10), 10);
        QCOMPARE(KdeEngine::radiusInPixels(105, 10), 11); // remainder 5 map units
        QCOMPARE(KdeEngine::radiusInPixels(100.4, 10), 10);
        QCOMPARE(KdeEngine::radiusInPixels(3, 10), 1);
        QCOMPARE(KdeEngine::radiusInPixels(0.3, 1), 0);
    }

    void radiusSmallerThanAPixel()
    {
        KdeParameters p;
        p.kernel = KdeKernel::Epanechnikov;
        p.radius = 0.3;
        p.pixelSize = 1;
        KdeEngine e(p);
        QCOMPARE(e.prepare({0, 0, 10, 10}), KdeResult::Success);
        QCOMPARE(e.bufferPixels(), 0);
        // Pixel centres are at k + 0.2 (the grid starts at -0.3).
        QCOMPARE(e.add(5.2, 5.2), KdeResult::Success); // on a centre
        QCOMPARE(e.add(2.5, 2.5), KdeResult::Success); // 0.42 from the nearest centre: no value
        QCOMPARE(e.finish(), KdeResult::Success);
        const DensityGrid &g = e.grid();
        int nonZero = 0;
        for (float v : g.values)
            nonZero += v != 0;
        QCOMPARE(nonZero, 1);
        QVERIFY(std::abs(g.max - 1.0f) < 1e-6f);
    }

    void hugeRadius()
    {
        KdeParameters p;
        p.kernel = KdeKernel::Epanechnikov;
        p.scaling = KdeOutputScaling::Scaled;
        p.radius = 2000;
        p.pixelSize = 10;
        KdeEngine e(p);
        QCOMPARE(e.prepare({0, 0, 100, 100}), KdeResult::Success);
        QCOMPARE(e.bufferPixels(), 200);
        for (double x : {0.0, 50.0, 100.0})
            QCOMPARE(e.add(x, x), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        QVERIFY(std::abs(sum(e.grid()) * 100 - 3.0) < 0.01);

        p.radius = 1e9;
        KdeEngine tooLarge(p);
        QCOMPARE(tooLarge.prepare({0, 0, 100, 100}), KdeResult::GridTooLarge);
        QCOMPARE(tooLarge.add(1, 1), KdeResult::NotPrepared);
    }

    void invalidInput()
    {
        KdeParameters p;
        p.radius = 0;
        p.pixelSize = 1;
        QCOMPARE(KdeEngine(p).prepare({0, 0, 1, 1}), KdeResult::InvalidParameters);
        p.radius = 1;
        p.pixelSize = -1;
        QCOMPARE(KdeEngine(p).prepare({0, 0, 1, 1}), KdeResult::InvalidParameters);
        p.pixelSize = 1;
        QCOMPARE(KdeEngine(p).prepare({1, 0, 0, 1}), KdeResult::InvalidExtent);
        QCOMPARE(KdeEngine(p).prepare({0, 0, std::nan(""), 1}), KdeResult::InvalidExtent);
        QVERIFY(!KdeEngine::resultMessage(KdeResult::GridTooLarge).isEmpty());
    }

    // The same grid whatever the number of threads, to the bit.
    void deterministicAcrossThreads()
    {
        const auto pts = vigie::test::randomPoints(20000, 0, 0, 5000, 3000, 3);
        KdeParameters p;
        p.kernel = KdeKernel::Triweight;
        p.radius = 120;
        p.pixelSize = 10;
        std::vector<std::vector<float>> results;
        for (int threads : {1, 2, 3, 8}) {
            p.threads = threads;
            KdeEngine e(p);
            QCOMPARE(e.prepare({0, 0, 5000, 3000}), KdeResult::Success);
            for (const auto &pt : pts)
                QCOMPARE(e.add(pt), KdeResult::Success);
            QCOMPARE(e.finish(), KdeResult::Success);
            results.push_back(e.grid().values);
        }
        for (const auto &r : results)
            QVERIFY(r == results.front());
    }

    void runAtOnce()
    {
        const auto pts = vigie::test::randomPoints(300, 0, 0, 1000, 800, 6);
        KdeParameters p;
        p.radius = 60;
        p.pixelSize = 10;
        KdeEngine e(p);
        QCOMPARE(e.prepare({0, 0, 1000, 800}), KdeResult::Success);
        for (const auto &pt : pts)
            QCOMPARE(e.add(pt), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        DensityGrid g;
        QCOMPARE(KdeEngine::run(p, pts, {0, 0, 1000, 800}, &g), KdeResult::Success);
        QVERIFY(g.values == e.grid().values);
        QCOMPARE(g.geoTransform, e.grid().geoTransform);
        p.pixelSize = 0;
        QCOMPARE(KdeEngine::run(p, pts, {0, 0, 1000, 800}, &g), KdeResult::InvalidParameters);
    }

    void cancel()
    {
        const auto pts = vigie::test::randomPoints(10000, 0, 0, 1000, 1000, 4);
        KdeParameters p;
        p.radius = 50;
        p.pixelSize = 5;
        KdeEngine e(p);
        QCOMPARE(e.prepare({0, 0, 1000, 1000}), KdeResult::Success);
        for (const auto &pt : pts)
            e.add(pt);
        std::atomic<bool> stop {true};
        QCOMPARE(e.finish(&stop), KdeResult::Cancelled);
        QVERIFY(e.grid().values.empty());
        stop = false;
        QCOMPARE(e.finish(&stop), KdeResult::Success);
        QVERIFY(e.grid().max > 0);
    }

    void geoTiffRoundTrip()
    {
        QTemporaryDir dir;
        KdeParameters p;
        p.radius = 300;
        p.pixelSize = 20;
        KdeEngine e(p);
        e.setCrs(QString(), 32630);
        QCOMPARE(e.prepare({400000, 1500000, 402000, 1501000}), KdeResult::Success);
        for (const auto &pt : vigie::test::randomPoints(100, 400000, 1500000, 2000, 1000, 5))
            QCOMPARE(e.add(pt), KdeResult::Success);
        QCOMPARE(e.finish(), KdeResult::Success);
        const QString path = dir.filePath(QStringLiteral("heat.tif"));
        QString error;
        QVERIFY2(e.grid().writeGeoTiff(path, &error), qPrintable(error));
        const DensityGrid back = DensityGrid::readRaster(path, &error);
        QVERIFY2(!back.isEmpty(), qPrintable(error));
        QCOMPARE(back.width, e.grid().width);
        QCOMPARE(back.height, e.grid().height);
        QCOMPARE(back.geoTransform, e.grid().geoTransform);
        QCOMPARE(back.epsg, 32630);
        QVERIFY(back.values == e.grid().values);
        QCOMPARE(back.max, e.grid().max);
        QVERIFY(!DensityGrid().writeGeoTiff(dir.filePath(QStringLiteral("empty.tif")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!e.grid().writeGeoTiff(QStringLiteral("/nonexistent/dir/x.tif"), &error));
        QVERIFY(DensityGrid::readRaster(QStringLiteral("/nonexistent.tif"), &error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKdeEngine)
#include "test_kde_engine.moc"
