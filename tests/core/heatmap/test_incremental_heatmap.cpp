// SPDX-License-Identifier: GPL-2.0-or-later
// IncrementalHeatmap, the heatmap that follows the time bar: after any sequence of windows (small
// steps, jumps, steps back, an empty window, the decay's reference moved) its grid is the full
// HeatmapBuilder's on the same grid, pixel for pixel within 1e-5 of the maximum (the bound
// is 1e-4; the engine itself matches qgis_process, test_kde_qgis_equivalence).
#include "heatmap/heatmap_builder.h"
#include "heatmap/incremental_heatmap.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vigie::core;

namespace {

constexpr qint64 kHour = 3600000;
constexpr qint64 kDay = 24 * kHour;
const qint64 t0 = 1793491200000; // 2026-11-01T00:00:00Z

// 4,000 incidents over 20 days around Gao and Ansongo, with a remote village that only sees
// incidents on the first two days (its pixels must go back to exactly zero).
std::vector<HeatmapIncident> incidents()
{
    QRandomGenerator rng(42);
    std::vector<HeatmapIncident> out;
    for (int i = 0; i < 4000; ++i) {
        HeatmapIncident inc;
        const bool gao = rng.bounded(2) == 0;
        inc.lat = (gao ? 16.27 : 15.66) + (rng.generateDouble() - 0.5) * 0.4;
        inc.lon = (gao ? -0.04 : 0.50) + (rng.generateDouble() - 0.5) * 0.4;
        inc.timeMs = t0 + qint64(rng.generateDouble() * double(20 * kDay));
        inc.severity = 1 + rng.bounded(5);
        inc.fatalities = rng.bounded(3);
        inc.categoryId = rng.bounded(4);
        out.push_back(inc);
    }
    for (int i = 0; i < 30; ++i) {
        HeatmapIncident inc;
        inc.lat = 17.2 + rng.generateDouble() * 0.02;
        inc.lon = 1.0 + rng.generateDouble() * 0.02;
        inc.timeMs = t0 + qint64(rng.generateDouble() * double(2 * kDay));
        out.push_back(inc);
    }
    return out;
}

// The tests' parameters: 3 km radius, 250 m pixels, UTM 30N.
HeatmapOptions baseOptions(HeatmapWeighting weighting = HeatmapWeighting::None, double halfLifeDays = 0)
{
    HeatmapOptions o;
    o.radiusMetres = 3000;
    o.pixelMetres = 250;
    o.targetEpsg = 32630;
    o.weighting = weighting;
    o.halfLifeDays = halfLifeDays;
    return o;
}

struct Window
{
    qint64 start, end;
};

// Compares with the full builder on the same grid; returns the largest difference / max.
double compare(const std::vector<HeatmapIncident> &in, const IncrementalHeatmap &inc, const DensityGrid &grid, Window w,
               std::size_t *nonZeroA = nullptr, std::size_t *nonZeroB = nullptr)
{
    HeatmapOptions o = inc.options();
    o.windowStartMs = w.start;
    o.windowEndMs = w.end;
    o.gridExtent = inc.gridExtent();
    o.targetEpsg = inc.epsg();
    HeatmapOutput full;
    if (HeatmapBuilder(o).build(in, &full) != HeatmapResult::Success)
        return -1;
    if (full.grid.width != grid.width || full.grid.height != grid.height || full.grid.geoTransform != grid.geoTransform
        || full.grid.epsg != grid.epsg)
        return -2;
    double worst = 0;
    std::size_t a = 0, b = 0;
    for (std::size_t i = 0; i < grid.values.size(); ++i) {
        worst = std::max(worst, double(std::abs(grid.values[i] - full.grid.values[i])));
        a += grid.values[i] != 0;
        b += full.grid.values[i] != 0;
    }
    if (nonZeroA)
        *nonZeroA = a;
    if (nonZeroB)
        *nonZeroB = b;
    return full.grid.max > 0 ? worst / double(full.grid.max) : worst;
}

} // namespace

class TestIncrementalHeatmap : public QObject
{
    Q_OBJECT

  private slots:
    void followsTheWindow_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("weighting");
        QTest::addColumn<double>("halfLife");
        QTest::addColumn<double>("decayRatio");
        QTest::newRow("quartic") << int(KdeKernel::Quartic) << int(HeatmapWeighting::None) << 0.0 << 0.0;
        QTest::newRow("quartic severity, decay 2 d") << int(KdeKernel::Quartic) << int(HeatmapWeighting::Severity) << 2.0 << 0.0;
        QTest::newRow("triangular fatalities") << int(KdeKernel::Triangular) << int(HeatmapWeighting::Fatalities) << 0.0 << 0.0;
        QTest::newRow("triangular, cool edge") << int(KdeKernel::Triangular) << int(HeatmapWeighting::None) << 0.0 << -0.5;
        QTest::newRow("uniform") << int(KdeKernel::Uniform) << int(HeatmapWeighting::None) << 0.0 << 0.0;
        QTest::newRow("triweight, decay 0.1 d") << int(KdeKernel::Triweight) << int(HeatmapWeighting::None) << 0.1 << 0.0;
        QTest::newRow("epanechnikov") << int(KdeKernel::Epanechnikov) << int(HeatmapWeighting::Severity) << 0.0 << 0.0;
        QTest::newRow("gaussian, decay 5 d") << int(KdeKernel::Gaussian) << int(HeatmapWeighting::None) << 5.0 << 0.0;
    }

    void followsTheWindow()
    {
        QFETCH(int, kernel);
        QFETCH(int, weighting);
        QFETCH(double, halfLife);
        QFETCH(double, decayRatio);
        const std::vector<HeatmapIncident> in = incidents();
        HeatmapOptions o = baseOptions(HeatmapWeighting(weighting), halfLife);
        o.kernel = KdeKernel(kernel);
        o.decayRatio = decayRatio;
        o.scaling = KdeOutputScaling::Scaled;
        o.categories = {0, 1, 3};
        IncrementalHeatmap inc;
        QCOMPARE(inc.prepare(in, o), HeatmapResult::Success);
        QVERIFY(inc.sameParameters(o));
        // A 7-day window played by hours, a jump ahead, steps back, a shrink, a long jump.
        std::vector<Window> windows;
        for (int s = 0; s < 12; ++s)
            windows.push_back({t0 + s * kHour, t0 + 7 * kDay + s * kHour});
        windows.push_back({t0 + 9 * kDay, t0 + 16 * kDay});
        for (int s = 1; s <= 3; ++s)
            windows.push_back({t0 + 9 * kDay - s * 3 * kHour, t0 + 16 * kDay - s * 3 * kHour});
        windows.push_back({t0 + 10 * kDay, t0 + 11 * kDay});
        windows.push_back({t0 + 10 * kDay, t0 + 14 * kDay});
        windows.push_back({t0 + 13 * kDay, t0 + 20 * kDay});
        int incremental = 0;
        for (const Window &w : windows) {
            DensityGrid grid;
            QCOMPARE(inc.update(w.start, w.end, &grid), HeatmapResult::Success);
            incremental += inc.lastRebuilt() ? 0 : 1;
            const double diff = compare(in, inc, grid, w);
            QVERIFY2(diff >= 0 && diff <= 1e-5, qPrintable(QStringLiteral("window %1-%2 h: %3")
                                                                .arg((w.start - t0) / kHour)
                                                                .arg((w.end - t0) / kHour)
                                                                .arg(diff)));
        }
        // The hourly steps were made by adding and subtracting, not from scratch; with a decay
        // of 0.1 day, 40 half-lives are 4 days: the long jumps rebuild.
        QVERIFY2(incremental >= 11, qPrintable(QString::number(incremental)));
    }

    void anHourCostsTheHoursIncidents()
    {
        const std::vector<HeatmapIncident> in = incidents();
        const HeatmapOptions o = baseOptions();
        IncrementalHeatmap inc;
        QCOMPARE(inc.prepare(in, o), HeatmapResult::Success);
        DensityGrid grid;
        QCOMPARE(inc.update(t0, t0 + 7 * kDay, &grid), HeatmapResult::Success);
        QVERIFY(inc.lastRebuilt());
        const std::size_t window = inc.windowCount();
        QVERIFY(window > 1000);
        QCOMPARE(inc.update(t0 + kHour, t0 + 7 * kDay + kHour, &grid), HeatmapResult::Success);
        QVERIFY(!inc.lastRebuilt());
        // About 8 incidents an hour enter and 8 leave.
        QVERIFY2(inc.lastKernels() < 60, qPrintable(QString::number(inc.lastKernels())));
        // The same window again: nothing to do.
        QCOMPARE(inc.update(t0 + kHour, t0 + 7 * kDay + kHour, &grid), HeatmapResult::Success);
        QCOMPARE(inc.lastKernels(), std::size_t(0));
        // A rebuild on request (a frame that stays) sums the window from scratch.
        QCOMPARE(inc.update(t0 + kHour, t0 + 7 * kDay + kHour, &grid, true), HeatmapResult::Success);
        QVERIFY(inc.lastRebuilt());
        QCOMPARE(inc.lastKernels(), inc.windowCount());
    }

    // Incidents that all left: their pixels are zero again, not a rounding residue (hotspots count
    // non-zero pixels for their percentile).
    void pixelsLeftBehindAreZero()
    {
        const std::vector<HeatmapIncident> in = incidents();
        const HeatmapOptions o = baseOptions(HeatmapWeighting::Severity);
        IncrementalHeatmap inc;
        QCOMPARE(inc.prepare(in, o), HeatmapResult::Success);
        DensityGrid grid;
        QCOMPARE(inc.update(t0, t0 + 2 * kDay, &grid), HeatmapResult::Success);
        for (int s = 1; s <= 40; ++s) {
            QCOMPARE(inc.update(t0 + s * kHour, t0 + 2 * kDay + s * kHour, &grid), HeatmapResult::Success);
            QVERIFY(!inc.lastRebuilt());
        }
        std::size_t a = 0, b = 0;
        QVERIFY(compare(in, inc, grid, {t0 + 40 * kHour, t0 + 88 * kHour}, &a, &b) <= 1e-5);
        QCOMPARE(a, b);
    }

    void emptyWindowThenBack()
    {
        const std::vector<HeatmapIncident> in = incidents();
        const HeatmapOptions o = baseOptions();
        IncrementalHeatmap inc;
        QCOMPARE(inc.prepare(in, o), HeatmapResult::Success);
        DensityGrid grid;
        QCOMPARE(inc.update(t0, t0 + kDay, &grid), HeatmapResult::Success);
        QCOMPARE(inc.update(t0 - 10 * kDay, t0 - 9 * kDay, &grid), HeatmapResult::NoIncidents);
        QVERIFY(grid.isEmpty());
        QCOMPARE(inc.update(t0 + 2 * kHour, t0 + kDay + 2 * kHour, &grid), HeatmapResult::Success);
        QVERIFY(compare(in, inc, grid, {t0 + 2 * kHour, t0 + kDay + 2 * kHour}) <= 1e-5);
        QCOMPARE(inc.update(t0 + kDay, t0, &grid), HeatmapResult::InvalidOptions);
    }

    void windowIncidentsAreTheBuildersOnes()
    {
        const std::vector<HeatmapIncident> in = incidents();
        HeatmapOptions o = baseOptions(HeatmapWeighting::Severity, 3);
        IncrementalHeatmap inc;
        QCOMPARE(inc.prepare(in, o), HeatmapResult::Success);
        DensityGrid grid;
        QCOMPARE(inc.update(t0 + kDay, t0 + 5 * kDay, &grid), HeatmapResult::Success);
        std::vector<ProjectedIncident> mine = inc.windowIncidents();
        o.windowStartMs = t0 + kDay;
        o.windowEndMs = t0 + 5 * kDay;
        HeatmapOutput full;
        QCOMPARE(HeatmapBuilder(o).build(in, &full), HeatmapResult::Success);
        QCOMPARE(mine.size(), full.incidents.size());
        const auto byIndex = [](const ProjectedIncident &a, const ProjectedIncident &b) { return a.index < b.index; };
        std::sort(mine.begin(), mine.end(), byIndex);
        std::sort(full.incidents.begin(), full.incidents.end(), byIndex);
        for (std::size_t i = 0; i < mine.size(); ++i) {
            QCOMPARE(mine[i].index, full.incidents[i].index);
            QCOMPARE(mine[i].x, full.incidents[i].x);
            QVERIFY(std::abs(mine[i].weight - full.incidents[i].weight) <= 1e-12 * full.incidents[i].weight);
        }
    }

    void parametersOtherThanTheWindowNeedANewPreparation()
    {
        const HeatmapOptions o = baseOptions();
        IncrementalHeatmap inc;
        QVERIFY(!inc.sameParameters(o));
        QCOMPARE(inc.prepare(incidents(), o), HeatmapResult::Success);
        HeatmapOptions other = o;
        other.windowStartMs = t0;
        other.windowEndMs = t0 + kDay;
        QVERIFY(inc.sameParameters(other));
        other.radiusMetres = 1000;
        QVERIFY(!inc.sameParameters(other));
        other = o;
        other.categories = {2};
        QVERIFY(!inc.sameParameters(other));
        other = o;
        other.targetEpsg = 32631;
        QVERIFY(!inc.sameParameters(other));
        // No incident of the categories: prepared, every window empty.
        other.categories = {99};
        QCOMPARE(inc.prepare(incidents(), other), HeatmapResult::NoIncidents);
        QVERIFY(inc.isPrepared());
        DensityGrid grid;
        QCOMPARE(inc.update(t0, t0 + kDay, &grid), HeatmapResult::NoIncidents);
        // Incidents a continent apart would need a grid too large to keep: refused (the panel
        // then makes each window's own grid), not allocated.
        std::vector<HeatmapIncident> spread = incidents();
        spread.push_back(spread.front());
        spread.back().lat = -30;
        spread.back().lon = 25;
        other = o;
        QCOMPARE(inc.prepare(spread, other), HeatmapResult::GridTooLarge);
        QVERIFY(!inc.isPrepared());
        // Invalid options are refused.
        other.radiusMetres = -1;
        QCOMPARE(inc.prepare(incidents(), other), HeatmapResult::InvalidOptions);
        QVERIFY(!inc.isPrepared());
    }
};

QTEST_GUILESS_MAIN(TestIncrementalHeatmap)
#include "test_incremental_heatmap.moc"
