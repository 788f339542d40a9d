// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/heatmap_builder.h"
#include "heatmap/proj_transform.h"

#include <QTest>

#include <cmath>

using namespace vigie::core;

namespace {

constexpr qint64 kDay = 86400000;
const qint64 t0 = 1793491200000; // 2026-11-01T00:00:00Z

HeatmapIncident incident(double lat, double lon, qint64 time = t0, double severity = 1, int fatalities = 0, int category = 0)
{
    HeatmapIncident i;
    i.lat = lat;
    i.lon = lon;
    i.timeMs = time;
    i.severity = severity;
    i.fatalities = fatalities;
    i.categoryId = category;
    return i;
}

HeatmapOptions options()
{
    HeatmapOptions o;
    o.radiusMetres = 2000;
    o.pixelMetres = 100;
    return o;
}

} // namespace

class TestHeatmapBuilder : public QObject
{
    Q_OBJECT

  private slots:
    void utmZones()
    {
        QCOMPARE(HeatmapBuilder::utmEpsgFor(16.27, -0.04), 32630);  // Gao
        QCOMPARE(HeatmapBuilder::utmEpsgFor(-1.68, 29.23), 32735);  // Goma
        QCOMPARE(HeatmapBuilder::utmEpsgFor(4.85, 31.58), 32636);   // Juba
        QCOMPARE(HeatmapBuilder::utmEpsgFor(0.0, 180.0), 32660);
        QCOMPARE(HeatmapBuilder::utmEpsgFor(-10, -180.0), 32701);
    }

    void projectsToUtmOfTheCentre()
    {
        const std::vector<HeatmapIncident> in {incident(16.27, -0.04), incident(16.28, -0.05), incident(16.30, -0.03)};
        HeatmapOutput out;
        QString error;
        QCOMPARE(HeatmapBuilder(options()).build(in, &out, &error), HeatmapResult::Success);
        QCOMPARE(out.grid.epsg, 32630);
        QVERIFY(out.grid.crsWkt.contains(QLatin1String("UTM zone 30N")));
        QCOMPARE(out.incidents.size(), std::size_t(3));
        // The first incident, projected independently.
        ProjTransform t;
        QVERIFY(t.create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:32630")));
        double x = -0.04, y = 16.27;
        QVERIFY(t.transform(&x, &y));
        QVERIFY(std::abs(out.incidents[0].x - x) < 1e-6 && std::abs(out.incidents[0].y - y) < 1e-6);
        QVERIFY(x > 800000 && x < 900000 && y > 1790000 && y < 1810000);
        // The grid spans the incidents plus the radius.
        const MapExtent e = out.grid.extent();
        QVERIFY(e.xMin <= x - 2000 + 1e-6 && e.xMax >= x + 2000);
        QCOMPARE(out.grid.pixelWidth(), 100.0);
        QVERIFY(out.grid.max > 0);
        int col = 0, row = 0;
        QVERIFY(out.grid.pixelAt(x, y, &col, &row));
        QVERIFY(out.grid.value(col, row) > 0.5f * out.grid.max);
    }

    void explicitCrs()
    {
        HeatmapOptions o = options();
        o.targetEpsg = 3857;
        HeatmapOutput out;
        QCOMPARE(HeatmapBuilder(o).build({incident(16.27, -0.04)}, &out), HeatmapResult::Success);
        QCOMPARE(out.grid.epsg, 3857);
        QVERIFY(std::abs(out.incidents[0].x - (-0.04 * 20037508.342789244 / 180)) < 1e-3);
        o.targetEpsg = 999999;
        QString error;
        QCOMPARE(HeatmapBuilder(o).build({incident(16.27, -0.04)}, &out, &error), HeatmapResult::ProjectionError);
        QVERIFY(!error.isEmpty());
    }

    void weighting()
    {
        const std::vector<HeatmapIncident> in {incident(16.27, -0.04, t0, 3, 5)};
        HeatmapOptions o = options();
        HeatmapOutput none, severity, fatalities;
        QCOMPARE(HeatmapBuilder(o).build(in, &none), HeatmapResult::Success);
        o.weighting = HeatmapWeighting::Severity;
        QCOMPARE(HeatmapBuilder(o).build(in, &severity), HeatmapResult::Success);
        o.weighting = HeatmapWeighting::Fatalities;
        QCOMPARE(HeatmapBuilder(o).build(in, &fatalities), HeatmapResult::Success);
        QVERIFY(std::abs(severity.grid.max - 3 * none.grid.max) < 1e-5f * severity.grid.max);
        QVERIFY(std::abs(fatalities.grid.max - 5 * none.grid.max) < 1e-5f * fatalities.grid.max);
        // No fatalities, no weight: an empty (all-zero) heatmap, not an error.
        HeatmapOutput zero;
        QCOMPARE(HeatmapBuilder(o).build({incident(16.27, -0.04)}, &zero), HeatmapResult::Success);
        QCOMPARE(zero.grid.max, 0.0f);
    }

    void temporalDecay()
    {
        HeatmapOptions o = options();
        o.halfLifeDays = 7;
        o.windowStartMs = t0 - 30 * kDay;
        o.windowEndMs = t0;
        HeatmapBuilder b(o);
        QCOMPARE(b.weightOf(incident(0, 0, t0), t0), 1.0);
        QVERIFY(std::abs(b.weightOf(incident(0, 0, t0 - 7 * kDay), t0) - 0.5) < 1e-12);
        QVERIFY(std::abs(b.weightOf(incident(0, 0, t0 - 14 * kDay), t0) - 0.25) < 1e-12);
        QCOMPARE(b.weightOf(incident(0, 0, t0 - 31 * kDay), t0), 0.0); // outside the window

        HeatmapOutput fresh, old;
        QCOMPARE(b.build({incident(16.27, -0.04, t0)}, &fresh), HeatmapResult::Success);
        QCOMPARE(b.build({incident(16.27, -0.04, t0 - 7 * kDay)}, &old), HeatmapResult::Success);
        QVERIFY(std::abs(old.grid.max - 0.5f * fresh.grid.max) < 1e-5f * fresh.grid.max);
        QVERIFY(std::abs(old.incidents[0].weight - 0.5) < 1e-12);

        // Without a window end the decay counts from the latest incident.
        o.windowStartMs = std::numeric_limits<qint64>::min();
        o.windowEndMs = std::numeric_limits<qint64>::max();
        HeatmapOutput both;
        QCOMPARE(HeatmapBuilder(o).build({incident(16.27, -0.04, t0 - 7 * kDay), incident(16.5, -0.04, t0)}, &both),
                 HeatmapResult::Success);
        QVERIFY(std::abs(both.incidents[0].weight - 0.5) < 1e-12);
        QCOMPARE(both.incidents[1].weight, 1.0);
    }

    void filters()
    {
        const std::vector<HeatmapIncident> in {
            incident(16.27, -0.04, t0, 1, 0, 1), incident(16.28, -0.04, t0, 1, 0, 2),
            incident(16.29, -0.04, t0 - 10 * kDay, 1, 0, 2), incident(95, 0, t0, 1, 0, 2), // bad latitude
        };
        HeatmapOptions o = options();
        o.categories = {2};
        o.windowStartMs = t0 - 5 * kDay;
        o.windowEndMs = t0 + kDay;
        HeatmapOutput out;
        QCOMPARE(HeatmapBuilder(o).build(in, &out), HeatmapResult::Success);
        QCOMPARE(out.incidents.size(), std::size_t(1));
        QCOMPARE(out.incidents[0].index, std::size_t(1));
        QCOMPARE(out.invalidPositions, std::size_t(1));

        // Several categories at once: the first two incidents.
        o.categories = {1, 2};
        QCOMPARE(HeatmapBuilder(o).build(in, &out), HeatmapResult::Success);
        QCOMPARE(out.incidents.size(), std::size_t(2));
        QCOMPARE(out.incidents[0].index, std::size_t(0));
        QCOMPARE(out.incidents[1].index, std::size_t(1));
        const float twoMax = out.grid.max;
        o.categories = {1};
        QCOMPARE(HeatmapBuilder(o).build(in, &out), HeatmapResult::Success);
        QCOMPARE(out.incidents.size(), std::size_t(1));
        QCOMPARE(out.incidents[0].index, std::size_t(0));
        QVERIFY(out.grid.max <= twoMax);
        // A category no incident has adds nothing to a set.
        o.categories = {1, 2, 7};
        QCOMPARE(HeatmapBuilder(o).build(in, &out), HeatmapResult::Success);
        QCOMPARE(out.incidents.size(), std::size_t(2));

        o.categories = {7};
        QString error;
        QCOMPARE(HeatmapBuilder(o).build(in, &out, &error), HeatmapResult::NoIncidents);
        QVERIFY(out.grid.isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(HeatmapBuilder(options()).build({}, &out), HeatmapResult::NoIncidents);
    }

    void invalidOptions()
    {
        HeatmapOptions o = options();
        o.pixelMetres = 0;
        HeatmapOutput out;
        QCOMPARE(HeatmapBuilder(o).build({incident(1, 1)}, &out), HeatmapResult::InvalidOptions);
        o = options();
        o.halfLifeDays = -1;
        QCOMPARE(HeatmapBuilder(o).build({incident(1, 1)}, &out), HeatmapResult::InvalidOptions);
        o = options();
        o.pixelMetres = 0.001; // a 4 km x 4 km grid of millimetres
        QCOMPARE(HeatmapBuilder(o).build({incident(1, 1)}, &out), HeatmapResult::GridTooLarge);
    }

    void cancel()
    {
        std::vector<HeatmapIncident> in;
        for (int i = 0; i < 5000; ++i)
            in.push_back(incident(16.0 + (i % 100) * 0.001, -0.5 + (i / 100) * 0.002));
        std::atomic<bool> stop {true};
        HeatmapOutput out;
        QCOMPARE(HeatmapBuilder(options()).build(in, &out, nullptr, &stop), HeatmapResult::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestHeatmapBuilder)
#include "test_heatmap_builder.moc"
