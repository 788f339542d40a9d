// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_rule.h"

namespace vigie::core {

// "min_count or more incidents of categories within radius_km of a site within hours": the window
// is [end − hours, end], both ends included, and so is radius_km (geodesic, from the site's centre).
// Parameters: {"min_count": int ≥ 1, "radius_km": > 0, "hours": > 0, "categories": [strings], empty or
// absent for every category (compared without regard to case)}.
class IncidentCountRule : public AlertRuleType
{
  public:
    static QString typeId() { return QStringLiteral("incident_count"); }
    QString id() const override { return typeId(); }
    QString label() const override;
    QString validate(const QJsonObject &parameters) const override;
    std::optional<AlertFinding> evaluate(const QJsonObject &parameters, const ProtectedSite &site,
                                         const AlertInputs &inputs) const override;
};

} // namespace vigie::core
