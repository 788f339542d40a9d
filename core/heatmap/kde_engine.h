// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"

#include <QString>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <vector>

namespace vigie::core {

// Kernel shapes. The first five are those of QGIS's heatmap (qgis:heatmapkerneldensityestimation,
// same order as its KERNEL enum) with the same definitions, so a Vigie grid matches QGIS's pixel for
// pixel. Gaussian is Vigie's own (QGIS 3.22 has none): sigma = radius / 3, cut at the radius.
enum class KdeKernel { Quartic = 0, Triangular = 1, Uniform = 2, Triweight = 3, Epanechnikov = 4, Gaussian = 5 };

// Raw: the kernel's value (1 at the centre, weight times that). Scaled: multiplied by QGIS's
// normalising constant so that one point of weight 1 integrates to 1 over the map area -- except
// Quartic, whose QGIS constant (116/(5 pi r^2) * 15/16) integrates to 7.25; kept for parity.
enum class KdeOutputScaling { Raw = 0, Scaled = 1 };

struct KdeParameters
{
    KdeKernel kernel = KdeKernel::Quartic;
    double radius = 0;    // in the grid's CRS units (metres when projected)
    double pixelSize = 0; // same units; square pixels
    KdeOutputScaling scaling = KdeOutputScaling::Raw;
    // Triangular only: the kernel's value at the radius relative to the centre (0 = plain triangle,
    // 1 = flat, negative = "cool" edge); as QGIS's DECAY.
    double decayRatio = 0;
    // Worker threads for finish(); 0 = one per core. The result does not depend on it.
    int threads = 0;
};

enum class KdeResult {
    Success,
    InvalidParameters,  // radius or pixel size not positive and finite
    InvalidExtent,      // extent reversed or not finite
    GridTooLarge,       // more pixels than kMaxPixels
    NotPrepared,        // add() or finish() before a successful prepare()
    PointOutsideExtent, // add(): the point lies outside the grid's data area and was ignored
    InvalidPoint,       // add(): coordinate or weight not finite; ignored
    Cancelled,          // finish() was cancelled; the grid is left empty
};

struct WeightedPoint
{
    double x = 0;
    double y = 0;
    double weight = 1;
};

// Kernel density estimation onto a regular grid, in three streaming steps:
//   prepare(extent of the data) -> add(x, y, weight) per point -> finish() -> grid().
// The grid geometry is QGIS's: the data extent grown by the radius on every side, origin at its
// top-left corner, ceil(size / pixel) + 1 columns and rows. Each point touches a block of
// (2b + 1)^2 pixels, b the radius in pixels rounded the QGIS way, and the kernel is evaluated at
// each pixel's exact distance (QGIS's pixel-centre convention, including its vertical mirroring of
// the block; see kde_engine.cpp), so results agree with QGIS to float rounding.
// finish() deals the grid's rows out to the threads (row r to thread r mod n); each pixel is summed
// by one thread in a fixed order (band of rows, then as added), so the result is the same to the bit
// whatever the thread count. Per pixel there are a few multiplications (a square root for the
// triangular kernel), no pow() or exp(): the kernel's constants are computed once.
class KdeEngine
{
  public:
    static constexpr std::size_t kMaxPixels = 400u * 1000u * 1000u;
    static constexpr int kBandRows = 16;

    explicit KdeEngine(const KdeParameters &parameters);

    const KdeParameters &parameters() const { return m_params; }
    // The CRS written into the grid (informational; the engine works in plain map units).
    void setCrs(const QString &wkt, int epsg = 0);

    KdeResult prepare(const MapExtent &dataExtent);
    void reserve(std::size_t pointCount);
    KdeResult add(double x, double y, double weight = 1.0)
    {
        // Inline: called a million times per heatmap. NaN fails every comparison below.
        if (m_prepared && x >= m_bounds.xMin && x <= m_bounds.xMax && y >= m_bounds.yMin && y <= m_bounds.yMax
            && weight - weight == 0.0) {
            // Points are kept by band of rows: each band's pixels stay in cache while its points
            // are splatted (see finish()).
            const auto band = std::min(static_cast<std::size_t>((m_bounds.yMax - y) * m_bandScale), m_bands.size() - 1);
            m_bands[band].push_back({x, y, weight});
            ++m_count;
            return KdeResult::Success;
        }
        return addSlow(x, y, weight);
    }
    KdeResult add(const WeightedPoint &p) { return add(p.x, p.y, p.weight); }
    // Rasterises the points added. `cancel`, when given, is polled; setting it makes finish() return
    // Cancelled promptly.
    KdeResult finish(const std::atomic<bool> *cancel = nullptr);

    // Adds the kernels of `points` to `sums`, a grid of this engine's geometry (after prepare())
    // summed in double precision; a negative weight subtracts. Each pixel gets exactly the float
    // terms finish() would add, so adding points and later subtracting them leaves the sums of the
    // others (to double rounding), and the sums equal finish()'s grid of the same points to float
    // rounding. `sums` is made the grid's size (zeros) when it is not. Points outside bounds() are
    // ignored. For heatmaps that follow a moving time window (IncrementalHeatmap).
    KdeResult accumulate(const std::vector<WeightedPoint> &points, std::vector<double> *sums,
                         const std::atomic<bool> *cancel = nullptr) const;

    // The grid geometry is known after prepare(); the values after finish().
    const DensityGrid &grid() const { return m_grid; }
    DensityGrid takeGrid();

    // The area points are accepted in: the data extent grown by the radius.
    const MapExtent &bounds() const { return m_bounds; }
    std::size_t pointCount() const { return m_count; }
    std::size_t ignoredCount() const { return m_ignored; }
    int bufferPixels() const { return m_buffer; }

    // All three steps at once, for points already in memory (PointSet::points and ::extent from
    // PointLoader, for `--points FILE`). Points outside `extent` grown by the radius are ignored.
    static KdeResult run(const KdeParameters &parameters, const std::vector<WeightedPoint> &points,
                         const MapExtent &extent, DensityGrid *out, const std::atomic<bool> *cancel = nullptr);

    // The radius in whole pixels, rounded as QGIS does (up when the remainder exceeds 0.5 map unit).
    static int radiusInPixels(double radius, double pixelSize);
    // The kernel's value at `distance` from a point of weight 1 (0 beyond the radius).
    static double kernelValue(const KdeParameters &parameters, double distance);
    static QString resultMessage(KdeResult result);

    struct GridGeometry;

  private:
    KdeResult addSlow(double x, double y, double weight);
    GridGeometry geometry() const;
    int threadsFor(std::size_t pointCount, int rows) const;

    KdeParameters m_params;
    MapExtent m_bounds;
    DensityGrid m_grid;
    std::vector<std::vector<WeightedPoint>> m_bands; // points by band of kBandRows rows, in add() order
    double m_bandScale = 0;                          // 1 / (pixel size * kBandRows)
    std::size_t m_count = 0;
    std::size_t m_ignored = 0;
    int m_buffer = 0;
    bool m_prepared = false;
};

} // namespace vigie::core
