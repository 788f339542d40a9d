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

bool HeatmapBuilder::passesCategories(const HeatmapIncident &incident) const
{
    return m_options.categories.empty() || m_options.categories.count(incident.categoryId) > 0;
}

bool HeatmapBuilder::passesFilters(const HeatmapIncident &incident) const
{
    if (incident.timeMs < m_options.windowStartMs || incident.timeMs > m_options.windowEndMs)
        return false;
    return passesCategories(incident);
}

double HeatmapBuilder::baseWeight(const HeatmapIncident &incident) const
{
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
    return std::isfinite(w) ? w : 0.0;
}

double HeatmapBuilder::decayFactor(qint64 timeMs, qint64 originMs) const
{
    if (!(m_options.halfLifeDays > 0))
        return 1.0;
    // Incidents after the origin (possible only without a window end) do not grow.
    const double ageDays = std::max(0.0, double(originMs - timeMs) / kMsPerDay);
    return std::exp2(-ageDays / m_options.halfLifeDays);
}

double HeatmapBuilder::weightOf(const HeatmapIncident &incident, qint64 decayOriginMs) const
{
    if (!passesFilters(incident))
        return 0.0;
    const double w = baseWeight(incident) * decayFactor(incident.timeMs, decayOriginMs);
    return std::isfinite(w) ? w : 0.0;
}

bool HeatmapBuilder::validOptions(QString *error) const
{
    const HeatmapOptions &o = m_options;
    const bool extentOk = !o.gridExtent
        || (std::isfinite(o.gridExtent->xMin) && std::isfinite(o.gridExtent->xMax) && std::isfinite(o.gridExtent->yMin)
            && std::isfinite(o.gridExtent->yMax) && o.gridExtent->xMin <= o.gridExtent->xMax
            && o.gridExtent->yMin <= o.gridExtent->yMax);
    if (std::isfinite(o.radiusMetres) && o.radiusMetres > 0 && std::isfinite(o.pixelMetres) && o.pixelMetres > 0
        && std::isfinite(o.halfLifeDays) && o.halfLifeDays >= 0 && std::isfinite(o.decayRatio) && o.windowStartMs <= o.windowEndMs
        && o.targetEpsg >= 0 && extentOk)
        return true;
    setError(error, resultMessage(HeatmapResult::InvalidOptions));
    return false;
}

HeatmapResult HeatmapBuilder::project(const std::vector<HeatmapIncident> &incidents, bool inWindowOnly, ProjectedIncidents *out,
                                      QString *error) const
{
    *out = ProjectedIncidents();
    // Filter, and find the data's centre and the latest time.
    std::vector<std::size_t> kept;
    kept.reserve(incidents.size());
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const HeatmapIncident &inc = incidents[i];
        if (!(inWindowOnly ? passesFilters(inc) : passesCategories(inc)))
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
        out->latestMs = std::max(out->latestMs, inc.timeMs);
    }
    if (kept.empty()) {
        setError(error, resultMessage(HeatmapResult::NoIncidents));
        return HeatmapResult::NoIncidents;
    }
    const HeatmapOptions &o = m_options;
    out->epsg = o.targetEpsg > 0 ? o.targetEpsg : utmEpsgFor((minLat + maxLat) / 2, (minLon + maxLon) / 2);
    const QString target = QStringLiteral("EPSG:%1").arg(out->epsg);

    ProjTransform toGrid;
    QString projError;
    if (!toGrid.create(QStringLiteral("EPSG:4326"), target, &projError)) {
        setError(error, tr("Cannot project the incidents to %1: %2").arg(target, projError));
        return HeatmapResult::ProjectionError;
    }
    std::vector<ProjectedIncident> &pts = out->points;
    pts.reserve(kept.size());
    for (std::size_t i : kept) {
        const HeatmapIncident &inc = incidents[i];
        pts.push_back({inc.lon, inc.lat, baseWeight(inc), i});
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
    return HeatmapResult::Success;
}

HeatmapResult HeatmapBuilder::build(const std::vector<HeatmapIncident> &incidents, HeatmapOutput *out,
                                    QString *error, const std::atomic<bool> *cancel) const
{
    *out = HeatmapOutput();
    const HeatmapOptions &o = m_options;
    if (!validOptions(error))
        return HeatmapResult::InvalidOptions;
    ProjectedIncidents selected;
    const HeatmapResult projected = project(incidents, true, &selected, error);
    out->invalidPositions = selected.invalidPositions;
    if (projected != HeatmapResult::Success)
        return projected;
    std::vector<ProjectedIncident> &pts = out->incidents;
    pts = std::move(selected.points);
    if (o.halfLifeDays > 0) {
        const qint64 decayOrigin = o.windowEndMs != std::numeric_limits<qint64>::max() ? o.windowEndMs : selected.latestMs;
        for (ProjectedIncident &p : pts) {
            p.weight *= decayFactor(incidents[p.index].timeMs, decayOrigin);
            if (!std::isfinite(p.weight))
                p.weight = 0.0;
        }
    }

    MapExtent e {pts.front().x, pts.front().y, pts.front().x, pts.front().y};
    if (o.gridExtent) {
        e = *o.gridExtent;
        pts.erase(std::remove_if(pts.begin(), pts.end(), [&e](const ProjectedIncident &p) { return !e.contains(p.x, p.y); }),
                  pts.end());
    } else {
        for (const ProjectedIncident &p : pts) {
            e.xMin = std::min(e.xMin, p.x);
            e.yMin = std::min(e.yMin, p.y);
            e.xMax = std::max(e.xMax, p.x);
            e.yMax = std::max(e.yMax, p.y);
        }
    }
    KdeParameters kp = kdeParameters();
    KdeEngine engine(kp);
    const QString target = QStringLiteral("EPSG:%1").arg(selected.epsg);
    engine.setCrs(ProjTransform::crsWkt(target), selected.epsg);
    KdeResult r = engine.prepare(e);
    if (r == KdeResult::Success) {
        engine.reserve(pts.size());
        for (const ProjectedIncident &p : pts) {
            if (p.weight == 0.0)
                continue; // adds nothing
            const KdeResult added = engine.add(p.x, p.y, p.weight);
            // Every point lies in the extent, and coordinates and weights are finite.
            Q_ASSERT(added == KdeResult::Success);
            Q_UNUSED(added);
        }
        r = engine.finish(cancel);
    }
    const HeatmapResult result = fromKdeResult(r, error);
    if (result == HeatmapResult::Success)
        out->grid = engine.takeGrid();
    return result;
}

KdeParameters HeatmapBuilder::kdeParameters() const
{
    KdeParameters kp;
    kp.kernel = m_options.kernel;
    kp.radius = m_options.radiusMetres;
    kp.pixelSize = m_options.pixelMetres;
    kp.scaling = m_options.scaling;
    kp.decayRatio = m_options.decayRatio;
    kp.threads = m_options.threads;
    return kp;
}

HeatmapResult HeatmapBuilder::fromKdeResult(KdeResult r, QString *error)
{
    switch (r) {
        case KdeResult::Success:
            return HeatmapResult::Success;
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
