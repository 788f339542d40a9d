// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/rules/density_change_rule.h"

#include "alerts/rules/density_threshold_rule.h"
#include "sites/protected_site.h"

#include <QCoreApplication>

#include <cmath>

namespace vigie::core {

QString DensityChangeRule::label() const
{
    return QCoreApplication::translate("vigie::core::DensityChangeRule", "Density at a site rising");
}

QString DensityChangeRule::validate(const QJsonObject &p) const
{
    const QJsonValue pct = p.value(QStringLiteral("percent"));
    if (!pct.isDouble() || !(pct.toDouble() >= 0) || !std::isfinite(pct.toDouble()))
        return QCoreApplication::translate("vigie::core::DensityChangeRule", "percent must be a number of at least 0");
    const QJsonValue min = p.value(QStringLiteral("min_density"));
    if (!min.isUndefined() && !min.isNull() && (!min.isDouble() || !(min.toDouble() >= 0)))
        return QCoreApplication::translate("vigie::core::DensityChangeRule", "min_density must be a number of at least 0");
    return validateEvidenceRadius(p);
}

std::optional<AlertFinding> DensityChangeRule::evaluate(const QJsonObject &p, const ProtectedSite &site,
                                                        const AlertInputs &inputs) const
{
    if (!inputs.density || inputs.windowEndMs <= inputs.windowStartMs)
        return std::nullopt;
    const double threshold = p.value(QStringLiteral("percent")).toDouble();
    const double minDensity = p.value(QStringLiteral("min_density")).toDouble(0.0);
    const qint64 length = inputs.windowEndMs - inputs.windowStartMs;
    const double current = inputs.density->densityAt(site.lat, site.lon, inputs.windowStartMs, inputs.windowEndMs);
    const double previous = inputs.density->densityAt(site.lat, site.lon, inputs.windowStartMs - length, inputs.windowStartMs);
    if (!std::isfinite(current) || !std::isfinite(previous) || !(current > minDensity))
        return std::nullopt;
    QJsonValue percent;
    if (previous > 0.0) {
        const double pct = (current - previous) / previous * 100.0;
        if (!(pct > threshold))
            return std::nullopt;
        percent = pct;
    }
    AlertFinding f;
    f.windowStartMs = inputs.windowStartMs;
    f.windowEndMs = inputs.windowEndMs;
    f.measures = QJsonObject{{QStringLiteral("current"), current},
                             {QStringLiteral("previous"), previous},
                             {QStringLiteral("percent"), percent},
                             {QStringLiteral("threshold_percent"), threshold}};
    f.evidence = incidentsNear(site, inputs, evidenceRadiusKm(p), inputs.windowStartMs, inputs.windowEndMs);
    f.summary = percent.isNull()
                    ? QStringLiteral("density at %1 rose from 0 to %2").arg(site.name).arg(current, 0, 'g', 6)
                    : QStringLiteral("density at %1 up %2 % (%3 → %4; threshold %5 %)")
                          .arg(site.name)
                          .arg(percent.toDouble(), 0, 'f', 1)
                          .arg(previous, 0, 'g', 6)
                          .arg(current, 0, 'g', 6)
                          .arg(threshold);
    return f;
}

} // namespace vigie::core
