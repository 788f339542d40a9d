// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_rule.h"

namespace vigie::core {

// "Density at a site up more than percent against the previous period of the same length":
// current = [start, end], previous = [start − (end − start), start]. Fires when the rise is strictly
// more than percent and the current density is above min_density. A previous density of 0 with a
// current one above min_density fires with "percent": null (a rise from nothing has no percentage).
// Parameters: {"percent": ≥ 0, "min_density": ≥ 0, default 0, "evidence_radius_km": > 0, default 10}.
class DensityChangeRule : public AlertRuleType
{
  public:
    static QString typeId() { return QStringLiteral("density_change"); }
    QString id() const override { return typeId(); }
    QString label() const override;
    QString validate(const QJsonObject &parameters) const override;
    bool needsDensity() const override { return true; }
    std::optional<AlertFinding> evaluate(const QJsonObject &parameters, const ProtectedSite &site,
                                         const AlertInputs &inputs) const override;
};

} // namespace vigie::core
