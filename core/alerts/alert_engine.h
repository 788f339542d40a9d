// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert.h"
#include "alerts/alert_inputs.h"
#include "alerts/alert_rule.h"

#include <QList>
#include <QStringList>

namespace vigie::core {

class AlertRuleRegistry;
class MissionStore;
struct ProtectedSite;

// Evaluates enabled rules at the sites they apply to. Pure: it stores nothing and acts on nothing;
// AlertRepository::store() keeps what it yields, one alert per situation.
class AlertEngine
{
  public:
    AlertEngine();
    explicit AlertEngine(const AlertRuleRegistry &registry);

    // One Alert (status new, fresh UUID) per rule and site that fired. Rules that cannot be evaluated
    // (unknown type, bad parameters, density rule without a sampler, empty window) are skipped, each
    // with a translated line in *problems.
    QList<Alert> evaluate(const QList<AlertRuleDefinition> &rules, const QList<ProtectedSite> &sites,
                          const AlertInputs &inputs, QStringList *problems = nullptr) const;

    struct Outcome
    {
        QList<Alert> fired;  // everything that fired, stored before or not
        QList<Alert> stored;   // the alerts this call added
        QList<Alert> extended; // open alerts this call extended with new incidents (AlertRepository::store)
        QStringList problems;
    };
    // Loads rules and live sites from the mission, evaluates, stores the new alerts (one audited write).
    Outcome evaluateAndStore(MissionStore &store, const AlertInputs &inputs) const;

  private:
    const AlertRuleRegistry &m_registry;
};

} // namespace vigie::core
