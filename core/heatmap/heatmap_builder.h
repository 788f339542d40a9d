// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"
#include "heatmap/kde_engine.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <limits>
#include <optional>
#include <set>
#include <vector>

namespace vigie::core {

// One incident as the heatmap sees it: WGS84 position, UTC time, and what it may be weighted by.
struct HeatmapIncident
{
    double lat = 0;
    double lon = 0;
    qint64 timeMs = 0; // epoch milliseconds, UTC
    double severity = 1;
    int fatalities = 0;
    int categoryId = 0;
};

enum class HeatmapWeighting { None, Severity, Fatalities };

struct HeatmapOptions
{
    double radiusMetres = 5000;
    double pixelMetres = 250;
    KdeKernel kernel = KdeKernel::Quartic;
    KdeOutputScaling scaling = KdeOutputScaling::Raw;
    double decayRatio = 0; // triangular kernel only
    // Each incident weighs its severity, its fatalities (0 fatalities: no weight), or 1.
    HeatmapWeighting weighting = HeatmapWeighting::None;
    // Temporal decay: weight *= 0.5^(age / halfLife), age counted back from the window's end.
    // 0 = no decay.
    double halfLifeDays = 0;
    // The time window; incidents outside it are left out. The defaults take everything, and then
    // the decay counts from the latest incident.
    qint64 windowStartMs = std::numeric_limits<qint64>::min();
    qint64 windowEndMs = std::numeric_limits<qint64>::max();
    // Only incidents of these categories (HeatmapIncident::categoryId; several may be chosen);
    // empty = every category.
    std::set<int> categories;
    // The grid's CRS: 0 = the UTM zone (WGS 84, EPSG:326xx / 327xx) of the data's centre.
    int targetEpsg = 0;
    // The data extent the grid is laid on, in the target CRS (QGIS's: grown by the radius on every
    // side); unset = the extent of the window's incidents. Incidents outside it are left out. A
    // fixed extent gives every window the same grid (IncrementalHeatmap's).
    std::optional<MapExtent> gridExtent;
    int threads = 0; // 0 = one per core
};

enum class HeatmapResult {
    Success,
    NoIncidents,     // nothing left after the filters: the grid is empty (not an error for a GUI)
    InvalidOptions,  // radius, pixel size or half-life not valid
    ProjectionError, // the target CRS is unknown or the incidents cannot be projected to it
    GridTooLarge,
    Cancelled,
};

// An incident kept for the heatmap, in the grid's CRS; `index` points back into the input.
struct ProjectedIncident
{
    double x = 0;
    double y = 0;
    double weight = 0;
    std::size_t index = 0;
};

// Incidents filtered, weighed (without the temporal decay) and projected: what a heatmap is made of.
struct ProjectedIncidents
{
    std::vector<ProjectedIncident> points;
    int epsg = 0;               // the CRS they are in
    std::size_t invalidPositions = 0;
    qint64 latestMs = std::numeric_limits<qint64>::min(); // the latest time among them
};

struct HeatmapOutput
{
    DensityGrid grid;
    std::vector<ProjectedIncident> incidents; // those that passed the filters
    std::size_t invalidPositions = 0;        // incidents with no usable lat/lon, left out
};

// Builds the density grid of incidents: filters by time window and category, weights (severity or
// fatalities, times the temporal decay), projects WGS84 -> the target CRS with PROJ, and runs the
// KDE engine. One call per heatmap; safe to run on a worker thread.
class HeatmapBuilder
{
  public:
    explicit HeatmapBuilder(const HeatmapOptions &options);

    const HeatmapOptions &options() const { return m_options; }

    HeatmapResult build(const std::vector<HeatmapIncident> &incidents, HeatmapOutput *out, QString *error = nullptr,
                        const std::atomic<bool> *cancel = nullptr) const;

    // Keeps the incidents of the categories (and of the time window when `inWindowOnly`) with a
    // usable position, weighs them by severity or fatalities (no temporal decay) and projects them
    // to the target CRS (resolved when 0). NoIncidents when none is kept.
    HeatmapResult project(const std::vector<HeatmapIncident> &incidents, bool inWindowOnly, ProjectedIncidents *out,
                          QString *error = nullptr) const;
    // True when the options are valid (radius, pixel size, half-life, window, CRS code); the
    // message of InvalidOptions otherwise.
    bool validOptions(QString *error = nullptr) const;

    // The incident's weight under the options (0 when filtered out by time or category).
    double weightOf(const HeatmapIncident &incident, qint64 decayOriginMs) const;
    // The temporal decay factor of an incident at `timeMs` seen from `originMs` (1 without decay).
    double decayFactor(qint64 timeMs, qint64 originMs) const;
    // EPSG code of the WGS 84 / UTM zone holding a position (no Norway/Svalbard exceptions).
    static int utmEpsgFor(double lat, double lon);
    static QString resultMessage(HeatmapResult result);
    // The KDE engine's parameters for these options, and its result as a heatmap result.
    KdeParameters kdeParameters() const;
    static HeatmapResult fromKdeResult(KdeResult result, QString *error = nullptr);

  private:
    bool passesFilters(const HeatmapIncident &incident) const;
    bool passesCategories(const HeatmapIncident &incident) const;
    double baseWeight(const HeatmapIncident &incident) const;

    HeatmapOptions m_options;
};

} // namespace vigie::core
