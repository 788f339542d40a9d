// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/heatmap_builder.h"

#include "heatmap/proj_transform.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace vigie::core {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vigie::core::HeatmapBuilder", text); }

constexpr double kMsPerDay = 86400000.0;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool validPosition(const HeatmapIncident &i)
{
    return std::isfinite(i.lat) && std::isfinite(i.lon) && i.lat >= -90 && i.lat <= 90 && i.lon >= -180
        && i.lon <= 180;
}

} // namespace

HeatmapBuilder::HeatmapBuilder(const HeatmapOptions &options)
    : m_options(options)
{
}

int HeatmapBuilder::utmEpsgFor(double lat, double lon)
{
    int zone = int(std::floor((lon + 180.0) / 6.0)) + 1;
    zone = std::clamp(zone, 1, 60);
    return (lat >= 0 ? 32600 : 32700) + zone;
}

bool HeatmapBuilder::passesFilters(const HeatmapIncident &incident) const
{
    if (incident.timeMs < m_options.windowStartMs || incident.timeMs > m_options.windowEndMs)
        return false;
    if (!m_options.categories.empty() && m_options.categories.count(incident.categoryId) == 0)
        return false;
    return true;
}

double HeatmapBuilder::weightOf(const HeatmapIncident &incident, qint64 decayOriginMs) const
{
    if (!passesFilters(incident))
        return 0.0;
    double w = 1.0;
    switch (m_options.weighting) {
        case HeatmapWeighting::None:
            break;
        case HeatmapWeighting::Severity:
            w = incident.severity;
            break;
        case HeatmapWeighting::Fatalities:
            w = double(incident.fatalities);
            break;
    }
    if (m_options.halfLifeDays > 0) {
        // Incidents after the origin (possible only without a window end) do not grow.
        const double ageDays = std::max(0.0, double(decayOriginMs - incident.timeMs) / kMsPerDay);
        w *= std::exp2(-ageDays / m_options.halfLifeDays);
    }
    return std::isfinite(w) ? w : 0.0;
}

HeatmapResult HeatmapBuilder::build(const std::vector<HeatmapIncident> &incidents, HeatmapOutput *out,
                                    QString *error, const std::atomic<bool> *cancel) const
{
    *out = HeatmapOutput();
    const HeatmapOptions &o = m_options;
    if (!(std::isfinite(o.radiusMetres) && o.radiusMetres > 0 && std::isfinite(o.pixelMetres) && o.pixelMetres > 0
          && std::isfinite(o.halfLifeDays) && o.halfLifeDays >= 0 && std::isfinite(o.decayRatio)
          && o.windowStartMs <= o.windowEndMs && o.targetEpsg >= 0)) {
        setError(error, resultMessage(HeatmapResult::InvalidOptions));
        return HeatmapResult::InvalidOptions;
    }

    // Filter, and find the data's centre and the decay's origin.
    std::vector<std::size_t> kept;
    kept.reserve(incidents.size());
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    qint64 latest = std::numeric_limits<qint64>::min();
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const HeatmapIncident &inc = incidents[i];
        if (!passesFilters(inc))
            continue;
        if (!validPosition(inc)) {
            ++out->invalidPositions;
            continue;
        }
        kept.push_back(i);
        minLat = std::min(minLat, inc.lat);
        maxLat = std::max(maxLat, inc.lat);
        minLon = std::min(minLon, inc.lon);
        maxLon = std::max(maxLon, inc.lon);
        latest = std::max(latest, inc.timeMs);
    }
    if (kept.empty()) {
        setError(error, resultMessage(HeatmapResult::NoIncidents));
        return HeatmapResult::NoIncidents;
    }
    const qint64 decayOrigin = o.windowEndMs != std::numeric_limits<qint64>::max() ? o.windowEndMs : latest;
    const int epsg = o.targetEpsg > 0 ? o.targetEpsg : utmEpsgFor((minLat + maxLat) / 2, (minLon + maxLon) / 2);
    const QString target = QStringLiteral("EPSG:%1").arg(epsg);

    ProjTransform toGrid;
    QString projError;
    if (!toGrid.create(QStringLiteral("EPSG:4326"), target, &projError)) {
        setError(error, tr("Cannot project the incidents to %1: %2").arg(target, projError));
        return HeatmapResult::ProjectionError;
    }
    std::vector<ProjectedIncident> &pts = out->incidents;
    pts.reserve(kept.size());
    for (std::size_t i : kept) {
        const HeatmapIncident &inc = incidents[i];
        pts.push_back({inc.lon, inc.lat, weightOf(inc, decayOrigin), i});
    }
    const std::size_t failed = toGrid.transform(&pts.front().x, &pts.front().y, pts.size(),
                                                sizeof(ProjectedIncident) / sizeof(double));
    if (failed > 0) {
        // Positions far outside the CRS's area (a UTM zone on the other side of the world) do not
        // project; leave them out rather than fail the whole heatmap.
        out->invalidPositions += failed;
        pts.erase(std::remove_if(pts.begin(), pts.end(), [](const ProjectedIncident &p) { return !std::isfinite(p.x); }),
                  pts.end());
        if (pts.empty()) {
            setError(error, tr("None of the incidents can be projected to %1.").arg(target));
            return HeatmapResult::ProjectionError;
        }
    }

    MapExtent e {pts.front().x, pts.front().y, pts.front().x, pts.front().y};
    for (const ProjectedIncident &p : pts) {
        e.xMin = std::min(e.xMin, p.x);
        e.yMin = std::min(e.yMin, p.y);
        e.xMax = std::max(e.xMax, p.x);
        e.yMax = std::max(e.yMax, p.y);
    }
    KdeParameters kp;
    kp.kernel = o.kernel;
    kp.radius = o.radiusMetres;
    kp.pixelSize = o.pixelMetres;
    kp.scaling = o.scaling;
    kp.decayRatio = o.decayRatio;
    kp.threads = o.threads;
    KdeEngine engine(kp);
    engine.setCrs(ProjTransform::crsWkt(target), epsg);
    KdeResult r = engine.prepare(e);
    if (r == KdeResult::Success) {
        engine.reserve(pts.size());
        for (const ProjectedIncident &p : pts) {
            if (p.weight == 0.0)
                continue; // adds nothing
            const KdeResult added = engine.add(p.x, p.y, p.weight);
            // Every point lies in the extent just computed, and coordinates and weights are finite.
            Q_ASSERT(added == KdeResult::Success);
            Q_UNUSED(added);
        }
        r = engine.finish(cancel);
    }
    switch (r) {
        case KdeResult::Success:
            break;
        case KdeResult::Cancelled:
            setError(error, resultMessage(HeatmapResult::Cancelled));
            return HeatmapResult::Cancelled;
        case KdeResult::GridTooLarge:
            setError(error, resultMessage(HeatmapResult::GridTooLarge));
            return HeatmapResult::GridTooLarge;
        default:
            setError(error, KdeEngine::resultMessage(r));
            return HeatmapResult::InvalidOptions;
    }
    out->grid = engine.takeGrid();
    return HeatmapResult::Success;
}

QString HeatmapBuilder::resultMessage(HeatmapResult result)
{
    switch (result) {
        case HeatmapResult::Success:
            return tr("Success.");
        case HeatmapResult::NoIncidents:
            return tr("No incident matches the time window and categories.");
        case HeatmapResult::InvalidOptions:
            return tr("The heatmap's radius and pixel size must be positive, and its half-life not negative.");
        case HeatmapResult::ProjectionError:
            return tr("The incidents cannot be projected to the heatmap's coordinate system.");
        case HeatmapResult::GridTooLarge:
            return tr("The heatmap grid would be too large; use larger pixels or fewer, closer incidents.");
        case HeatmapResult::Cancelled:
            return tr("The heatmap was cancelled.");
    }
    return QString();
}

} // namespace vigie::core
