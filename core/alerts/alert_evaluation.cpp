// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_evaluation.h"

#include "alerts/alert_repository.h"
#include "alerts/alert_rule_repository.h"
#include "heatmap/proj_transform.h"
#include "sites/site_repository.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"

namespace vigie::core {

int heatmapCategoryNumber(const QString &categoryId)
{
    const auto &cats = IncidentTaxonomy::builtin().categories();
    for (std::size_t i = 0; i < cats.size(); ++i)
        if (cats[i].id == categoryId)
            return int(i) + 1;
    return 0;
}

std::vector<HeatmapIncident> heatmapIncidents(MissionStore &store, qint64 fromMs, qint64 toMs)
{
    std::vector<HeatmapIncident> out;
    IncidentFilter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    IncidentRepository(store).forEach(filter, [&out](const Incident &i) {
        out.push_back({i.lat, i.lon, i.timeMs, double(i.severity), i.fatalities, heatmapCategoryNumber(i.category)});
        return true;
    });
    return out;
}

double MissionDensitySampler::densityAt(double lat, double lon, qint64 fromMs, qint64 toMs) const
{
    const auto key = std::make_pair(fromMs, toMs);
    auto it = m_grids.find(key);
    if (it == m_grids.end()) {
        HeatmapOptions o;
        o.windowStartMs = fromMs;
        o.windowEndMs = toMs;
        o.targetEpsg = HeatmapBuilder::utmEpsgFor(m_store.areaOfResponsibility().center().lat,
                                                  m_store.areaOfResponsibility().center().lon);
        HeatmapOutput out;
        auto grid = std::make_shared<DensityGrid>();
        if (HeatmapBuilder(o).build(heatmapIncidents(m_store, fromMs, toMs), &out, nullptr, m_cancel) == HeatmapResult::Success)
            *grid = std::move(out.grid);
        it = m_grids.emplace(key, grid).first;
    }
    const DensityGrid &g = *it->second;
    if (g.width == 0)
        return 0.0;
    ProjTransform t;
    if (!t.create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:%1").arg(g.epsg)))
        return 0.0;
    double x = lon, y = lat;
    if (!t.transform(&x, &y))
        return 0.0;
    int col = 0, row = 0;
    return g.pixelAt(x, y, &col, &row) ? double(g.value(col, row)) : 0.0;
}

AlertEvaluation evaluateMissionRules(MissionStore &store, qint64 endMs, const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    AlertEvaluation ev;
    AlertInputs inputs;
    inputs.windowEndMs = endMs;
    inputs.windowStartMs = endMs - 60LL * 24 * 3600 * 1000;
    ev.windowStartMs = inputs.windowStartMs;
    ev.windowEndMs = inputs.windowEndMs;
    IncidentFilter filter;
    filter.fromMs = inputs.windowStartMs;
    filter.toMs = inputs.windowEndMs;
    IncidentRepository(store).forEach(filter, [&inputs, &cancelled](const Incident &i) {
        inputs.incidents.append({i.id, i.lat, i.lon, i.timeMs, i.category, i.severity, i.fatalities});
        return !cancelled();
    });
    if (cancelled()) {
        ev.cancelled = true;
        return ev;
    }
    MissionDensitySampler density(store, cancel);
    inputs.density = &density;
    ev.incidentsConsidered = int(inputs.incidents.size());
    const AlertEngine engine;
    ev.outcome.fired = engine.evaluate(AlertRuleRepository(store).list(), SiteRepository(store).list(), inputs, &ev.outcome.problems);
    if (cancelled()) { // a density grid may have been cut short: the findings are not to be trusted
        ev.cancelled = true;
        ev.outcome = AlertEngine::Outcome();
    }
    return ev;
}

AlertEvaluation evaluateMissionAlerts(MissionStore &store, qint64 endMs)
{
    AlertEvaluation ev = evaluateMissionRules(store, endMs);
    ev.outcome.stored = AlertRepository(store).store(ev.outcome.fired, &ev.outcome.extended);
    return ev;
}

} // namespace vigie::core
