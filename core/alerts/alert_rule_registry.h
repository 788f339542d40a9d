// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_rule.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace vigie::core {

// The rule types the engine knows, by id. add() refuses a null and a duplicate id.
class AlertRuleRegistry
{
  public:
    AlertRuleRegistry() = default;
    AlertRuleRegistry(const AlertRuleRegistry &) = delete;
    AlertRuleRegistry &operator=(const AlertRuleRegistry &) = delete;

    // Takes ownership; false (and the type is dropped) if null, with an empty id, or a duplicate.
    bool add(std::unique_ptr<AlertRuleType> type);
    const AlertRuleType *type(const QString &id) const; // null if unknown
    QStringList ids() const;                            // sorted

    // The built-in types, registered in one place (alert_rule_registry.cpp).
    static const AlertRuleRegistry &builtIn();
    static void addBuiltInTypes(AlertRuleRegistry &registry);

  private:
    std::map<QString, std::unique_ptr<AlertRuleType>> m_types;
};

} // namespace vigie::core
