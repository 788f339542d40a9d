// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_rule.h"
#include "mission/mission_store.h"

#include <QList>

#include <optional>

namespace vigie::core {

class AlertRuleRegistry;

// The alert rules of one mission (table alert_rules). Writes are audited through MissionStore::write;
// deletes are soft. A rule is checked against its type in the registry before it is stored.
class AlertRuleRepository
{
  public:
    explicit AlertRuleRepository(MissionStore &store);
    AlertRuleRepository(MissionStore &store, const AlertRuleRegistry &registry);

    // Throws MissionError (Invalid) for an unknown type, bad parameters or an empty name.
    AlertRuleDefinition add(const AlertRuleDefinition &rule);
    AlertRuleDefinition update(const AlertRuleDefinition &rule);
    void setEnabled(const QString &id, bool enabled);
    void remove(const QString &id);

    std::optional<AlertRuleDefinition> get(const QString &id) const;
    QList<AlertRuleDefinition> list() const; // live rules, enabled or not, by name

  private:
    void check(const AlertRuleDefinition &rule) const;

    MissionStore &m_store;
    const AlertRuleRegistry &m_registry;
};

} // namespace vigie::core
