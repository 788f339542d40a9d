// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/kde_engine.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <cstddef>
#include <vector>

namespace vigie::core {

// The heatmap of a moving time window (the time bar playing). The incidents are filtered by
// category, weighed and projected once, sorted by time, on one grid laid on all of them; a window
// is then found by binary search, and a new window adds the kernels of the incidents that entered
// and subtracts those of the incidents that left (KdeEngine::accumulate, sums in double), so a step
// of an hour costs that hour's incidents, not the whole window's. The grid is HeatmapBuilder's for
// the same options with gridExtent() as HeatmapOptions::gridExtent, to float rounding.
// Temporal decay: an incident's weight base * 2^-((end - t) / h) is base * 2^((t - ref) / h) times
// 2^-((end - ref) / h): the sums are kept for a reference time and scaled on output, and rebuilt
// for a new reference when the window's end is more than kMaxHalfLives half-lives from it.
// Not thread-safe: one thread at a time (the Threat panel's worker).
class IncrementalHeatmap
{
  public:
    static constexpr double kMaxHalfLives = 40;
    // The grid is kept in double (and handed out in float): 12 bytes a pixel. Beyond this many
    // pixels (~200 MB) prepare() says GridTooLarge and the caller makes each window's own grid.
    static constexpr std::size_t kMaxPixels = 16u * 1000u * 1000u;

    // Keeps `options` but for the time window, which update() takes. NoIncidents is a success of
    // sorts (every window is then empty); GridTooLarge when all the incidents together span too
    // large a grid (a window's own grid may still fit: HeatmapBuilder).
    HeatmapResult prepare(const std::vector<HeatmapIncident> &incidents, const HeatmapOptions &options, QString *error = nullptr);
    bool isPrepared() const { return m_prepared; }
    // True when `options` differ from the prepared ones only by their time window.
    bool sameParameters(const HeatmapOptions &options) const;
    const HeatmapOptions &options() const { return m_options; }
    // The data extent the grid is laid on (before the radius is added), in the grid's CRS.
    const MapExtent &gridExtent() const { return m_extent; }
    int epsg() const { return m_epsg; }
    std::size_t incidentCount() const { return m_x.size(); }
    std::size_t invalidPositions() const { return m_invalid; }

    // The grid of the incidents in [startMs, endMs] (inclusive, as HeatmapOptions' window) into
    // `grid`. `rebuild` sums the window from scratch (no rounding residue of subtractions: for a
    // frame that stays, whose hotspots are traced). NoIncidents (and an empty grid) when the window
    // holds none.
    HeatmapResult update(qint64 startMs, qint64 endMs, DensityGrid *grid, bool rebuild = false,
                         const std::atomic<bool> *cancel = nullptr, QString *error = nullptr);
    // The last window's incidents in the grid's CRS, weights with the decay (for HotspotFinder).
    std::vector<ProjectedIncident> windowIncidents() const;
    std::size_t windowCount() const { return m_end - m_begin; }
    // What the last update() did, for tests and benchmarks.
    bool lastRebuilt() const { return m_lastRebuilt; }
    std::size_t lastKernels() const { return m_lastKernels; }

  private:
    double weightAt(std::size_t i, double sign) const;

    HeatmapOptions m_options;
    bool m_prepared = false;
    int m_epsg = 0;
    MapExtent m_extent;
    KdeEngine m_engine {KdeParameters()};
    // By time: position in the grid's CRS, weight without decay, time, index in the input.
    std::vector<double> m_x, m_y, m_weight;
    std::vector<qint64> m_time;
    std::vector<std::size_t> m_index;
    std::size_t m_invalid = 0;
    double m_kernelPeak = 0; // the largest |kernel value| of a point of weight 1
    // The sums of the window [m_begin, m_end) (indices in time order), for the decay's m_refMs.
    std::vector<double> m_sums;
    bool m_valid = false;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    qint64 m_refMs = 0;
    qint64 m_originMs = 0; // the decay's origin of the last window
    double m_largestTerm = 0; // the largest |term| summed since the last rebuild (residues are below it)
    bool m_lastRebuilt = false;
    std::size_t m_lastKernels = 0;
};

} // namespace vigie::core
