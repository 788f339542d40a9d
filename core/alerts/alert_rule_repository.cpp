// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_rule_repository.h"

#include "alerts/alert_rule_registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::core {

namespace {

QString toJsonText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QVariant siteIdsValue(const QStringList &ids)
{
    if (ids.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

AlertRuleDefinition readRule(const Statement &st)
{
    AlertRuleDefinition r;
    r.id = st.text(0);
    r.type = st.text(1);
    r.name = st.text(2);
    r.parameters = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
    r.enabled = st.int64(4) != 0;
    if (!st.isNull(5))
        for (const QJsonValue v : QJsonDocument::fromJson(st.text(5).toUtf8()).array())
            r.siteIds.append(v.toString());
    r.createdBy = st.text(6);
    r.createdAtMs = st.int64(7);
    return r;
}

const char *const kSelect = "SELECT id, type, name, parameters, enabled, site_ids, created_by, created_at_ms FROM alert_rules ";

} // namespace

AlertRuleRepository::AlertRuleRepository(MissionStore &store) : AlertRuleRepository(store, AlertRuleRegistry::builtIn()) {}

AlertRuleRepository::AlertRuleRepository(MissionStore &store, const AlertRuleRegistry &registry)
    : m_store(store), m_registry(registry) {}

void AlertRuleRepository::check(const AlertRuleDefinition &rule) const
{
    if (rule.name.trimmed().isEmpty())
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::AlertRuleRepository", "An alert rule needs a name."));
    const AlertRuleType *type = m_registry.type(rule.type);
    if (!type)
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::AlertRuleRepository", "Unknown alert rule type \"%1\".").arg(rule.type));
    const QString why = type->validate(rule.parameters);
    if (!why.isEmpty())
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::AlertRuleRepository", "Alert rule \"%1\": %2.").arg(rule.name.trimmed(), why));
}

AlertRuleDefinition AlertRuleRepository::add(const AlertRuleDefinition &rule)
{
    check(rule);
    AlertRuleDefinition out = rule;
    out.id = rule.id.isEmpty() ? MissionStore::newUuid() : rule.id;
    out.name = rule.name.trimmed();
    out.createdBy = MissionStore::currentUser();
    out.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_store.write({QStringLiteral("create"), QStringLiteral("alert_rules"), out.id,
                   QStringLiteral("alert rule \"%1\" (%2) %3").arg(out.name, out.type, toJsonText(out.parameters))},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral(
                          "INSERT INTO alert_rules(id, type, name, parameters, enabled, site_ids, created_at_ms, created_by, "
                          "updated_at_ms, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8)"));
                      st.bind(1, out.id).bind(2, out.type).bind(3, out.name).bind(4, toJsonText(out.parameters));
                      st.bind(5, out.enabled ? 1 : 0).bind(6, siteIdsValue(out.siteIds)).bind(7, out.createdAtMs).bind(8, out.createdBy);
                      st.run();
                  });
    return out;
}

AlertRuleDefinition AlertRuleRepository::update(const AlertRuleDefinition &rule)
{
    check(rule);
    m_store.write({QStringLiteral("update"), QStringLiteral("alert_rules"), rule.id,
                   QStringLiteral("alert rule \"%1\" (%2) %3").arg(rule.name.trimmed(), rule.type, toJsonText(rule.parameters))},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE alert_rules SET type = ?2, name = ?3, parameters = ?4, enabled = ?5, site_ids = ?6, "
                          "updated_at_ms = ?7, updated_by = ?8 WHERE id = ?1 AND deleted_at_ms IS NULL"));
                      st.bind(1, rule.id).bind(2, rule.type).bind(3, rule.name.trimmed()).bind(4, toJsonText(rule.parameters));
                      st.bind(5, rule.enabled ? 1 : 0).bind(6, siteIdsValue(rule.siteIds));
                      st.bind(7, QDateTime::currentMSecsSinceEpoch()).bind(8, MissionStore::currentUser());
                      st.run();
                      if (db.changes() != 1)
                          throw MissionError(MissionError::Kind::Invalid,
                                             QCoreApplication::translate("vigie::core::AlertRuleRepository", "No alert rule with id %1.").arg(rule.id));
                  });
    return *get(rule.id);
}

void AlertRuleRepository::setEnabled(const QString &id, bool enabled)
{
    m_store.write({QStringLiteral("update"), QStringLiteral("alert_rules"), id,
                   enabled ? QStringLiteral("alert rule enabled") : QStringLiteral("alert rule disabled")},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE alert_rules SET enabled = ?2, updated_at_ms = ?3, updated_by = ?4 WHERE id = ?1 AND deleted_at_ms IS NULL"));
                      st.bind(1, id).bind(2, enabled ? 1 : 0).bind(3, QDateTime::currentMSecsSinceEpoch()).bind(4, MissionStore::currentUser());
                      st.run();
                      if (db.changes() != 1)
                          throw MissionError(MissionError::Kind::Invalid,
                                             QCoreApplication::translate("vigie::core::AlertRuleRepository", "No alert rule with id %1.").arg(id));
                  });
}

void AlertRuleRepository::remove(const QString &id)
{
    m_store.write({QStringLiteral("delete"), QStringLiteral("alert_rules"), id, QStringLiteral("alert rule deleted")},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE alert_rules SET deleted_at_ms = ?2, deleted_by = ?3 WHERE id = ?1 AND deleted_at_ms IS NULL"));
                      st.bind(1, id).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, MissionStore::currentUser());
                      st.run();
                      if (db.changes() != 1)
                          throw MissionError(MissionError::Kind::Invalid,
                                             QCoreApplication::translate("vigie::core::AlertRuleRepository", "No alert rule with id %1.").arg(id));
                  });
}

std::optional<AlertRuleDefinition> AlertRuleRepository::get(const QString &id) const
{
    Statement st = m_store.database().prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?1 AND deleted_at_ms IS NULL"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRule(st);
}

QList<AlertRuleDefinition> AlertRuleRepository::list() const
{
    QList<AlertRuleDefinition> out;
    Statement st = m_store.database().prepare(QLatin1String(kSelect) + QStringLiteral("WHERE deleted_at_ms IS NULL ORDER BY name, id"));
    while (st.step())
        out.append(readRule(st));
    return out;
}

} // namespace vigie::core
