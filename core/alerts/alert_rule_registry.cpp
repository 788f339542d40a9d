// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_rule_registry.h"

#include "alerts/rules/density_change_rule.h"
#include "alerts/rules/density_threshold_rule.h"
#include "alerts/rules/incident_count_rule.h"

namespace vigie::core {

bool AlertRuleRegistry::add(std::unique_ptr<AlertRuleType> type)
{
    if (!type || type->id().isEmpty() || m_types.count(type->id()))
        return false;
    const QString id = type->id();
    m_types.emplace(id, std::move(type));
    return true;
}

const AlertRuleType *AlertRuleRegistry::type(const QString &id) const
{
    const auto it = m_types.find(id);
    return it == m_types.end() ? nullptr : it->second.get();
}

QStringList AlertRuleRegistry::ids() const
{
    QStringList out;
    for (const auto &entry : m_types)
        out.append(entry.first);
    return out;
}

void AlertRuleRegistry::addBuiltInTypes(AlertRuleRegistry &registry)
{
    registry.add(std::make_unique<IncidentCountRule>());
    registry.add(std::make_unique<DensityThresholdRule>());
    registry.add(std::make_unique<DensityChangeRule>());
}

const AlertRuleRegistry &AlertRuleRegistry::builtIn()
{
    static AlertRuleRegistry registry;
    static const bool filled = (addBuiltInTypes(registry), true);
    Q_UNUSED(filled);
    return registry;
}

} // namespace vigie::core
