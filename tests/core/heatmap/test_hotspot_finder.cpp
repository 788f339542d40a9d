// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/heatmap_builder.h"
#include "heatmap/hotspot_finder.h"

#include <QTest>

#include <cmath>

using namespace vigie::core;

namespace {

// A w x h grid of 100 m pixels in UTM 30N with its top-left corner at (500000, 1800000).
DensityGrid grid(int w, int h)
{
    DensityGrid g;
    g.width = w;
    g.height = h;
    g.geoTransform = {{500000, 100, 0, 1800000, 0, -100}};
    g.epsg = 32630;
    g.values.assign(std::size_t(w) * std::size_t(h), 0.0f);
    return g;
}

void set(DensityGrid &g, int col, int row, float v) { g.values[std::size_t(row) * std::size_t(g.width) + std::size_t(col)] = v; }

HotspotOptions absolute(double v, bool eight = false)
{
    HotspotOptions o;
    o.mode = HotspotOptions::Threshold::Absolute;
    o.value = v;
    o.eightConnected = eight;
    return o;
}

} // namespace

class TestHotspotFinder : public QObject
{
    Q_OBJECT

  private slots:
    void twoBlobs()
    {
        DensityGrid g = grid(12, 8);
        // Blob A: 3 x 2 at columns 1-3, rows 1-2, peak 9 at (2, 1).
        for (int c = 1; c <= 3; ++c)
            for (int r = 1; r <= 2; ++r)
                set(g, c, r, 5);
        set(g, 2, 1, 9);
        // Blob B: 2 x 2 at columns 8-9, rows 5-6, peak 20 at (9, 6). A weak pixel between them.
        for (int c = 8; c <= 9; ++c)
            for (int r = 5; r <= 6; ++r)
                set(g, c, r, 6);
        set(g, 9, 6, 20);
        set(g, 6, 4, 1);
        g.updateMax();
        std::vector<WeightedPoint> pts {
            {500250, 1799850, 1}, {500250, 1799850, 1}, {500350, 1799750, 1}, // in A (3)
            {500950, 1799350, 1},                                           // in B
            {500650, 1799550, 1},                                           // on the weak pixel
            {400000, 1700000, 1},                                           // off the grid
        };
        HotspotFinder f(absolute(4));
        std::vector<Hotspot> hs;
        QString error;
        QCOMPARE(f.find(g, pts, &hs, &error), HotspotResult::Success);
        QCOMPARE(f.thresholdUsed(), 4.0);
        QCOMPARE(hs.size(), std::size_t(2));
        // Sorted by peak: B first.
        QCOMPARE(hs[0].id, 1);
        QCOMPARE(hs[0].peakValue, 20.0);
        QCOMPARE(hs[0].peak.x, 500950.0);
        QCOMPARE(hs[0].peak.y, 1799350.0);
        QCOMPARE(hs[0].pixelCount, std::size_t(4));
        QVERIFY(std::abs(hs[0].areaKm2 - 0.04) < 1e-12);
        QCOMPARE(hs[0].incidentCount, std::size_t(1));
        QCOMPARE(hs[1].id, 2);
        QCOMPARE(hs[1].peakValue, 9.0);
        QCOMPARE(hs[1].pixelCount, std::size_t(6));
        QCOMPARE(hs[1].incidentCount, std::size_t(3));
        // Outline of A: the rectangle x 500100-500400, y 1799700-1799900.
        QVERIFY(hs[1].wkt.startsWith(QLatin1String("POLYGON")));
        QCOMPARE(hs[1].rings.size(), std::size_t(1));
        const auto &ring = hs[1].rings[0];
        QVERIFY(ring.size() >= 5);
        QCOMPARE(ring.front().x, ring.back().x);
        QCOMPARE(ring.front().y, ring.back().y);
        double xMin = 1e300, xMax = -1e300, yMin = 1e300, yMax = -1e300;
        for (const MapPoint &p : ring) {
            xMin = std::min(xMin, p.x);
            xMax = std::max(xMax, p.x);
            yMin = std::min(yMin, p.y);
            yMax = std::max(yMax, p.y);
        }
        QCOMPARE(xMin, 500100.0);
        QCOMPARE(xMax, 500400.0);
        QCOMPARE(yMin, 1799700.0);
        QCOMPARE(yMax, 1799900.0);
        // WGS 84: the central meridian of zone 30 is 3 W; 1800 km north is about 16.3 N.
        QVERIFY(hs[1].wktWgs84.startsWith(QLatin1String("POLYGON ((-")));
        QVERIFY(std::abs(hs[1].peakLon - (-3.0)) < 0.01);
        QVERIFY(std::abs(hs[1].peakLat - 16.27) < 0.05);
    }

    void holesAndConnectivity()
    {
        DensityGrid g = grid(9, 9);
        // A ring of hot pixels around a cold centre.
        for (int c = 1; c <= 5; ++c)
            for (int r = 1; r <= 5; ++r)
                if (c == 1 || c == 5 || r == 1 || r == 5)
                    set(g, c, r, 3);
        // Two pixels touching at a corner only.
        set(g, 7, 7, 2);
        set(g, 8, 8, 2);
        std::vector<Hotspot> hs;
        QCOMPARE(HotspotFinder(absolute(1)).find(g, std::vector<WeightedPoint>(), &hs), HotspotResult::Success);
        QCOMPARE(hs.size(), std::size_t(3));
        QCOMPARE(hs[0].rings.size(), std::size_t(2)); // outer + hole
        QCOMPARE(hs[0].pixelCount, std::size_t(16));
        QCOMPARE(HotspotFinder(absolute(1, true)).find(g, std::vector<WeightedPoint>(), &hs), HotspotResult::Success);
        QCOMPARE(hs.size(), std::size_t(2));
        QCOMPARE(hs[1].pixelCount, std::size_t(2));
    }

    void percentiles()
    {
        DensityGrid g = grid(10, 12);
        for (int i = 0; i < 100; ++i)
            g.values[std::size_t(i)] = float(i + 1); // 1..100, then 20 zeros (ignored)
        QCOMPARE(HotspotFinder::percentile(g, 90), 90.0);
        QCOMPARE(HotspotFinder::percentile(g, 100), 100.0);
        QCOMPARE(HotspotFinder::percentile(g, 0), 1.0);
        QCOMPARE(HotspotFinder::percentile(g, 50.5), 51.0);
        HotspotOptions o;
        o.value = 95;
        HotspotFinder f(o);
        std::vector<Hotspot> hs;
        QCOMPARE(f.find(g, std::vector<WeightedPoint>(), &hs), HotspotResult::Success);
        QCOMPARE(f.thresholdUsed(), 95.0);
        QCOMPARE(hs.size(), std::size_t(1)); // 95..100 are on row 9, contiguous
        QCOMPARE(hs[0].pixelCount, std::size_t(6));
        QCOMPARE(hs[0].peakValue, 100.0);
    }

    void degenerate()
    {
        std::vector<Hotspot> hs;
        QString error;
        QCOMPARE(HotspotFinder(absolute(1)).find(DensityGrid(), std::vector<WeightedPoint>(), &hs, &error), HotspotResult::EmptyGrid);
        QVERIFY(!error.isEmpty());
        DensityGrid zero = grid(4, 4);
        QCOMPARE(HotspotFinder(HotspotOptions()).find(zero, std::vector<WeightedPoint>(), &hs), HotspotResult::Success);
        QVERIFY(hs.empty());
        HotspotOptions bad;
        bad.value = 101;
        QCOMPARE(HotspotFinder(bad).find(zero, std::vector<WeightedPoint>(), &hs), HotspotResult::InvalidThreshold);
        QCOMPARE(HotspotFinder(absolute(std::nan(""))).find(zero, std::vector<WeightedPoint>(), &hs), HotspotResult::InvalidThreshold);
        // No CRS: outlines in map units only.
        DensityGrid plain = grid(3, 3);
        plain.epsg = 0;
        set(plain, 1, 1, 1);
        QCOMPARE(HotspotFinder(absolute(0.5)).find(plain, std::vector<WeightedPoint>(), &hs), HotspotResult::Success);
        QCOMPARE(hs.size(), std::size_t(1));
        QVERIFY(hs[0].wktWgs84.isEmpty());
        QVERIFY(std::isnan(hs[0].peakLat));
    }

    // From incidents to hotspots: the dense cluster is the first hotspot and holds its incidents.
    void fromIncidents()
    {
        std::vector<HeatmapIncident> in;
        for (int i = 0; i < 40; ++i) {
            HeatmapIncident a;
            a.lat = 16.27 + (i % 5) * 0.001;
            a.lon = -0.04 + (i / 5) * 0.001;
            in.push_back(a);
        }
        for (int i = 0; i < 5; ++i) {
            HeatmapIncident b;
            b.lat = 16.40 + i * 0.03;
            b.lon = 0.10;
            in.push_back(b);
        }
        HeatmapOptions o;
        o.radiusMetres = 1500;
        o.pixelMetres = 100;
        HeatmapOutput out;
        QCOMPARE(HeatmapBuilder(o).build(in, &out), HeatmapResult::Success);
        HotspotOptions ho;
        ho.mode = HotspotOptions::Threshold::Absolute;
        ho.value = 0.5 * out.grid.max;
        std::vector<Hotspot> hs;
        QCOMPARE(HotspotFinder(ho).find(out.grid, out.incidents, &hs), HotspotResult::Success);
        QVERIFY(!hs.empty());
        QCOMPARE(hs[0].incidentCount, std::size_t(40));
        QVERIFY(std::abs(hs[0].peakLat - 16.272) < 0.005);
        QVERIFY(std::abs(hs[0].peakLon - (-0.0365)) < 0.005);
        QVERIFY(hs[0].areaKm2 > 0.5 && hs[0].areaKm2 < 20);
    }
};

QTEST_GUILESS_MAIN(TestHotspotFinder)
#include "test_hotspot_finder.moc"
