// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/rules/density_threshold_rule.h"

#include "sites/protected_site.h"

#include <QCoreApplication>

#include <cmath>

namespace vigie::core {

QStringList incidentsNear(const ProtectedSite &site, const AlertInputs &inputs, double radiusKm, qint64 startMs, qint64 endMs)
{
    QStringList out;
    for (const IncidentSample &i : inputs.incidents)
        if (i.timeMs >= startMs && i.timeMs <= endMs && geodesicDistanceM(site.lat, site.lon, i.lat, i.lon) <= radiusKm * 1000.0)
            out.append(i.id);
    out.sort();
    return out;
}

double evidenceRadiusKm(const QJsonObject &p)
{
    const QJsonValue v = p.value(QStringLiteral("evidence_radius_km"));
    return v.isDouble() ? v.toDouble() : 10.0;
}

QString validateEvidenceRadius(const QJsonObject &p)
{
    const QJsonValue v = p.value(QStringLiteral("evidence_radius_km"));
    if (!v.isUndefined() && !v.isNull() && (!v.isDouble() || !(v.toDouble() > 0)))
        return QCoreApplication::translate("vigie::core::DensityThresholdRule", "evidence_radius_km must be more than 0");
    return QString();
}

QString DensityThresholdRule::label() const
{
    return QCoreApplication::translate("vigie::core::DensityThresholdRule", "Density at a site above a threshold");
}

QString DensityThresholdRule::validate(const QJsonObject &p) const
{
    const QJsonValue t = p.value(QStringLiteral("threshold"));
    if (!t.isDouble() || !(t.toDouble() >= 0) || !std::isfinite(t.toDouble()))
        return QCoreApplication::translate("vigie::core::DensityThresholdRule", "threshold must be a number of at least 0");
    return validateEvidenceRadius(p);
}

std::optional<AlertFinding> DensityThresholdRule::evaluate(const QJsonObject &p, const ProtectedSite &site,
                                                           const AlertInputs &inputs) const
{
    if (!inputs.density)
        return std::nullopt;
    const double threshold = p.value(QStringLiteral("threshold")).toDouble();
    const double density = inputs.density->densityAt(site.lat, site.lon, inputs.windowStartMs, inputs.windowEndMs);
    if (!std::isfinite(density) || !(density > threshold))
        return std::nullopt;
    AlertFinding f;
    f.windowStartMs = inputs.windowStartMs;
    f.windowEndMs = inputs.windowEndMs;
    f.measures = QJsonObject{{QStringLiteral("density"), density}, {QStringLiteral("threshold"), threshold}};
    f.evidence = incidentsNear(site, inputs, evidenceRadiusKm(p), inputs.windowStartMs, inputs.windowEndMs);
    f.summary = QStringLiteral("density %1 at %2 above %3").arg(density, 0, 'g', 6).arg(site.name).arg(threshold, 0, 'g', 6);
    return f;
}

} // namespace vigie::core
