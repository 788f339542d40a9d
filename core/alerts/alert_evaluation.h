// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_engine.h"
#include "alerts/alert_inputs.h"
#include "heatmap/density_grid.h"
#include "heatmap/heatmap_builder.h"

#include <atomic>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace vigie::core {

class MissionStore;

// The heatmap's number for an incident category: 1 + its position in IncidentTaxonomy::builtin()
// (0 for a category the taxonomy does not know).
int heatmapCategoryNumber(const QString &categoryId);

// The mission's live incidents in [fromMs, toMs] as heatmap input (categories numbered as above).
std::vector<HeatmapIncident> heatmapIncidents(MissionStore &store, qint64 fromMs, qint64 toMs);

// Density at a position for a window, from the mission's heatmap computed once per window (default
// heatmap options, one UTM zone for every window so that densities compare). Same thread as the store.
// `cancel`, when given, stops a grid being computed (the density is then 0).
class MissionDensitySampler : public DensitySampler
{
  public:
    explicit MissionDensitySampler(MissionStore &store, const std::atomic<bool> *cancel = nullptr)
        : m_store(store), m_cancel(cancel) {}
    double densityAt(double lat, double lon, qint64 fromMs, qint64 toMs) const override;

  private:
    MissionStore &m_store;
    const std::atomic<bool> *m_cancel;
    mutable std::map<std::pair<qint64, qint64>, std::shared_ptr<DensityGrid>> m_grids;
};

struct AlertEvaluation
{
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    int incidentsConsidered = 0;
    bool cancelled = false; // evaluateMissionRules() was cancelled: outcome is empty
    AlertEngine::Outcome outcome;
};

// The reading half of evaluateMissionAlerts(): the rules evaluated as of `endMs` (outcome.fired),
// nothing stored. Reads only, so a worker thread can run it on its own (read-only) connection to the
// mission and hand the findings to AlertRepository::store() on the store's thread. `cancel`, polled
// between steps, makes it return early with `cancelled` set.
AlertEvaluation evaluateMissionRules(MissionStore &store, qint64 endMs, const std::atomic<bool> *cancel = nullptr);

// What the CLI and the workstation both do: evaluate the mission's rules as of `endMs` over the
// incidents of the longest look-back a rule may use (60 days: the previous period of a 30-day
// density change), with the mission's density, and store the new alerts. Acts on nothing.
// Throws MissionError (a read-only mission, a failed write).
AlertEvaluation evaluateMissionAlerts(MissionStore &store, qint64 endMs);

} // namespace vigie::core
