// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/incremental_heatmap.h"

#include "heatmap/proj_transform.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace vigie::core {

namespace {

constexpr double kMsPerDay = 86400000.0;
// Sums whose magnitude is below this fraction of the largest term added since the last rebuild
// are what is left of incidents that all left the window: zero. (A true value that small is a
// kernel within 1e-5 of a radius of its edge.)
constexpr double kResidue = 1e-9;

} // namespace

HeatmapResult IncrementalHeatmap::prepare(const std::vector<HeatmapIncident> &incidents, const HeatmapOptions &options,
                                          QString *error)
{
    *this = IncrementalHeatmap();
    m_options = options;
    m_options.windowStartMs = std::numeric_limits<qint64>::min();
    m_options.windowEndMs = std::numeric_limits<qint64>::max();
    m_options.gridExtent.reset();
    const HeatmapBuilder builder(m_options);
    if (!builder.validOptions(error))
        return HeatmapResult::InvalidOptions;
    ProjectedIncidents all;
    const HeatmapResult projected = builder.project(incidents, false, &all, error);
    m_invalid = all.invalidPositions;
    if (projected == HeatmapResult::NoIncidents) {
        m_prepared = true; // every window is empty
        return projected;
    }
    if (projected != HeatmapResult::Success)
        return projected;
    m_epsg = all.epsg;
    std::vector<ProjectedIncident> &pts = all.points;
    m_extent = {pts.front().x, pts.front().y, pts.front().x, pts.front().y};
    for (const ProjectedIncident &p : pts) {
        m_extent.xMin = std::min(m_extent.xMin, p.x);
        m_extent.yMin = std::min(m_extent.yMin, p.y);
        m_extent.xMax = std::max(m_extent.xMax, p.x);
        m_extent.yMax = std::max(m_extent.yMax, p.y);
    }
    const KdeParameters kp = builder.kdeParameters();
    m_engine = KdeEngine(kp);
    m_engine.setCrs(ProjTransform::crsWkt(QStringLiteral("EPSG:%1").arg(m_epsg)), m_epsg);
    const HeatmapResult r = HeatmapBuilder::fromKdeResult(m_engine.prepare(m_extent), error);
    if (r != HeatmapResult::Success)
        return r;
    if (std::size_t(m_engine.grid().width) * std::size_t(m_engine.grid().height) > kMaxPixels) {
        if (error)
            *error = HeatmapBuilder::resultMessage(HeatmapResult::GridTooLarge);
        return HeatmapResult::GridTooLarge;
    }
    m_kernelPeak = std::max(std::abs(KdeEngine::kernelValue(kp, 0)), std::abs(KdeEngine::kernelValue(kp, kp.radius)));

    std::stable_sort(pts.begin(), pts.end(), [&incidents](const ProjectedIncident &a, const ProjectedIncident &b) {
        return incidents[a.index].timeMs < incidents[b.index].timeMs;
    });
    const std::size_t n = pts.size();
    m_x.resize(n);
    m_y.resize(n);
    m_weight.resize(n);
    m_time.resize(n);
    m_index.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        m_x[i] = pts[i].x;
        m_y[i] = pts[i].y;
        m_weight[i] = pts[i].weight;
        m_time[i] = incidents[pts[i].index].timeMs;
        m_index[i] = pts[i].index;
    }
    m_prepared = true;
    return HeatmapResult::Success;
}

bool IncrementalHeatmap::sameParameters(const HeatmapOptions &o) const
{
    const HeatmapOptions &p = m_options;
    return m_prepared && o.radiusMetres == p.radiusMetres && o.pixelMetres == p.pixelMetres && o.kernel == p.kernel
        && o.scaling == p.scaling && o.decayRatio == p.decayRatio && o.weighting == p.weighting && o.halfLifeDays == p.halfLifeDays
        && o.categories == p.categories && o.targetEpsg == p.targetEpsg && !o.gridExtent;
}

double IncrementalHeatmap::weightAt(std::size_t i, double sign) const
{
    double w = sign * m_weight[i];
    if (m_options.halfLifeDays > 0)
        w *= std::exp2(double(m_time[i] - m_refMs) / (m_options.halfLifeDays * kMsPerDay));
    return w;
}

HeatmapResult IncrementalHeatmap::update(qint64 startMs, qint64 endMs, DensityGrid *grid, bool rebuild,
                                         const std::atomic<bool> *cancel, QString *error)
{
    *grid = DensityGrid();
    m_lastRebuilt = false;
    m_lastKernels = 0;
    if (!m_prepared || startMs > endMs) {
        if (error)
            *error = HeatmapBuilder::resultMessage(HeatmapResult::InvalidOptions);
        return HeatmapResult::InvalidOptions;
    }
    const std::size_t begin = std::size_t(std::lower_bound(m_time.begin(), m_time.end(), startMs) - m_time.begin());
    const std::size_t end = std::size_t(std::upper_bound(m_time.begin(), m_time.end(), endMs) - m_time.begin());
    if (begin >= end) {
        // Nothing to draw; the sums stay those of the previous window, the next one starts from them.
        if (error)
            *error = HeatmapBuilder::resultMessage(HeatmapResult::NoIncidents);
        return HeatmapResult::NoIncidents;
    }
    const bool decay = m_options.halfLifeDays > 0;
    // As HeatmapBuilder: the window's end, or the latest incident when the window has none.
    const qint64 origin = endMs != std::numeric_limits<qint64>::max() ? endMs : m_time[end - 1];
    const double halfLifeMs = m_options.halfLifeDays * kMsPerDay;
    const bool farFromRef = decay && std::abs(double(origin - m_refMs)) > kMaxHalfLives * halfLifeMs;
    const std::size_t changed = (begin > m_begin ? begin - m_begin : m_begin - begin) + (end > m_end ? end - m_end : m_end - end);
    const bool overlap = begin < m_end && m_begin < end;
    std::vector<WeightedPoint> batch;
    if (rebuild || !m_valid || farFromRef || !overlap || changed >= end - begin) {
        m_lastRebuilt = true;
        m_refMs = origin;
        m_sums.assign(m_sums.size(), 0.0);
        m_largestTerm = 0;
        batch.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i)
            if (m_weight[i] != 0.0)
                batch.push_back({m_x[i], m_y[i], weightAt(i, 1.0)});
    } else {
        const auto range = [this, &batch](std::size_t from, std::size_t to, double sign) {
            for (std::size_t i = from; i < to; ++i)
                if (m_weight[i] != 0.0)
                    batch.push_back({m_x[i], m_y[i], weightAt(i, sign)});
        };
        if (begin < m_begin)
            range(begin, m_begin, 1.0);
        else
            range(m_begin, begin, -1.0);
        if (end > m_end)
            range(m_end, end, 1.0);
        else
            range(end, m_end, -1.0);
    }
    m_valid = false; // until the sums are whole again
    for (const WeightedPoint &p : batch)
        m_largestTerm = std::max(m_largestTerm, std::abs(p.weight) * m_kernelPeak);
    const HeatmapResult r = HeatmapBuilder::fromKdeResult(m_engine.accumulate(batch, &m_sums, cancel), error);
    if (r != HeatmapResult::Success)
        return r;
    m_valid = true;
    m_begin = begin;
    m_end = end;
    m_originMs = origin;
    m_lastKernels = batch.size();

    const DensityGrid &geometry = m_engine.grid();
    grid->width = geometry.width;
    grid->height = geometry.height;
    grid->geoTransform = geometry.geoTransform;
    grid->crsWkt = geometry.crsWkt;
    grid->epsg = geometry.epsg;
    grid->values.resize(m_sums.size());
    const double scale = decay ? std::exp2(-double(origin - m_refMs) / halfLifeMs) : 1.0;
    const double residue = m_largestTerm * kResidue;
    float max = 0;
    for (std::size_t i = 0; i < m_sums.size(); ++i) {
        const double s = m_sums[i];
        const float v = std::abs(s) <= residue ? 0.0f : float(s * scale);
        grid->values[i] = v;
        max = std::max(max, v);
    }
    grid->max = max;
    return HeatmapResult::Success;
}

std::vector<ProjectedIncident> IncrementalHeatmap::windowIncidents() const
{
    std::vector<ProjectedIncident> out;
    if (!m_valid)
        return out;
    out.reserve(m_end - m_begin);
    const HeatmapBuilder builder(m_options);
    for (std::size_t i = m_begin; i < m_end; ++i)
        out.push_back({m_x[i], m_y[i], m_weight[i] * builder.decayFactor(m_time[i], m_originMs), m_index[i]});
    return out;
}

} // namespace vigie::core
