// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_engine.h"

#include "alerts/alert_repository.h"
#include "alerts/alert_rule_registry.h"
#include "alerts/alert_rule_repository.h"
#include "mission/mission_store.h"
#include "sites/protected_site.h"
#include "sites/site_repository.h"

#include <QCoreApplication>

namespace vigie::core {

AlertEngine::AlertEngine() : AlertEngine(AlertRuleRegistry::builtIn()) {}

AlertEngine::AlertEngine(const AlertRuleRegistry &registry) : m_registry(registry) {}

QList<Alert> AlertEngine::evaluate(const QList<AlertRuleDefinition> &rules, const QList<ProtectedSite> &sites,
                                   const AlertInputs &inputs, QStringList *problems) const
{
    QList<Alert> out;
    auto problem = [&](const QString &text) {
        if (problems)
            problems->append(text);
    };
    if (inputs.windowEndMs < inputs.windowStartMs) {
        problem(QCoreApplication::translate("vigie::core::AlertEngine", "The evaluation window ends before it starts; no rule was evaluated."));
        return out;
    }
    for (const AlertRuleDefinition &rule : rules) {
        if (!rule.enabled)
            continue;
        const AlertRuleType *type = m_registry.type(rule.type);
        if (!type) {
            problem(QCoreApplication::translate("vigie::core::AlertEngine", "Rule \"%1\": unknown type \"%2\"; skipped.").arg(rule.name, rule.type));
            continue;
        }
        const QString why = type->validate(rule.parameters);
        if (!why.isEmpty()) {
            problem(QCoreApplication::translate("vigie::core::AlertEngine", "Rule \"%1\": %2; skipped.").arg(rule.name, why));
            continue;
        }
        if (type->needsDensity() && !inputs.density) {
            problem(QCoreApplication::translate("vigie::core::AlertEngine", "Rule \"%1\" needs a density (heatmap) and none was given; skipped.").arg(rule.name));
            continue;
        }
        if (type->needsDensity() && inputs.windowEndMs == inputs.windowStartMs) {
            problem(QCoreApplication::translate("vigie::core::AlertEngine", "Rule \"%1\" needs a time window of some length; skipped.").arg(rule.name));
            continue;
        }
        for (const ProtectedSite &site : sites) {
            if (!rule.appliesTo(site.id))
                continue;
            const std::optional<AlertFinding> f = type->evaluate(rule.parameters, site, inputs);
            if (!f)
                continue;
            Alert a;
            a.id = MissionStore::newUuid();
            a.ruleId = rule.id;
            a.ruleType = rule.type;
            a.ruleName = rule.name;
            a.siteId = site.id;
            a.siteName = site.name;
            a.windowStartMs = f->windowStartMs;
            a.windowEndMs = f->windowEndMs;
            a.firedAtMs = f->windowEndMs;
            a.measures = f->measures;
            a.summary = f->summary;
            a.evidence = f->evidence;
            out.append(a);
        }
    }
    return out;
}

AlertEngine::Outcome AlertEngine::evaluateAndStore(MissionStore &store, const AlertInputs &inputs) const
{
    Outcome o;
    const QList<AlertRuleDefinition> rules = AlertRuleRepository(store, m_registry).list();
    const QList<ProtectedSite> sites = SiteRepository(store).list();
    o.fired = evaluate(rules, sites, inputs, &o.problems);
    o.stored = AlertRepository(store).store(o.fired, &o.extended);
    return o;
}

} // namespace vigie::core
