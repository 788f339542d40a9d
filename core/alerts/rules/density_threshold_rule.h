// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_rule.h"

#include <QStringList>

namespace vigie::core {

// "Density at a site above threshold" over the evaluation window (strictly above: equal does not fire).
// Parameters: {"threshold": ≥ 0, "evidence_radius_km": > 0, default 10 — the incidents of the window
// within it are kept as the alert's evidence}.
class DensityThresholdRule : public AlertRuleType
{
  public:
    static QString typeId() { return QStringLiteral("density_above"); }
    QString id() const override { return typeId(); }
    QString label() const override;
    QString validate(const QJsonObject &parameters) const override;
    bool needsDensity() const override { return true; }
    std::optional<AlertFinding> evaluate(const QJsonObject &parameters, const ProtectedSite &site,
                                         const AlertInputs &inputs) const override;
};

// The incidents of [startMs, endMs] within radiusKm of the site: what an analyst opens to see why
// a density rule fired.
QStringList incidentsNear(const ProtectedSite &site, const AlertInputs &inputs, double radiusKm, qint64 startMs, qint64 endMs);
// "evidence_radius_km", or 10 km.
double evidenceRadiusKm(const QJsonObject &parameters);
// Empty if evidence_radius_km is absent or usable, else the reason.
QString validateEvidenceRadius(const QJsonObject &parameters);

} // namespace vigie::core
