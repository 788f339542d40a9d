// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace vigie::core {

namespace {

const char *const kSelect =
    "SELECT a.id, a.rule_id, r.type, r.name, a.site_id, s.name, a.window_start_ms, a.window_end_ms, a.fired_at_ms, "
    "a.measures, a.summary, a.status, a.status_by, a.status_at_ms, a.status_comment, a.created_at_ms, a.created_by "
    "FROM alerts a LEFT JOIN alert_rules r ON r.id = a.rule_id LEFT JOIN protected_sites s ON s.id = a.site_id ";

Alert readAlert(const Statement &st)
{
    Alert a;
    a.id = st.text(0);
    a.ruleId = st.text(1);
    a.ruleType = st.text(2);
    a.ruleName = st.text(3);
    a.siteId = st.text(4);
    a.siteName = st.text(5);
    a.windowStartMs = st.int64(6);
    a.windowEndMs = st.int64(7);
    a.firedAtMs = st.int64(8);
    a.measures = QJsonDocument::fromJson(st.text(9).toUtf8()).object();
    a.summary = st.text(10);
    a.status = alertStatusFromString(st.text(11)).value_or(AlertStatus::New);
    a.statusBy = st.text(12);
    a.statusAtMs = st.int64(13);
    a.statusComment = st.text(14);
    a.createdAtMs = st.int64(15);
    a.createdBy = st.text(16);
    return a;
}

bool exists(const Database &db, const Alert &a)
{
    Statement st = db.prepare(QStringLiteral(
        "SELECT 1 FROM alerts WHERE rule_id = ?1 AND site_id = ?2 AND window_start_ms = ?3 AND window_end_ms = ?4"));
    st.bind(1, a.ruleId).bind(2, a.siteId).bind(3, a.windowStartMs).bind(4, a.windowEndMs);
    return st.step();
}

} // namespace

QList<Alert> AlertRepository::store(const QList<Alert> &alerts)
{
    QList<Alert> fresh;
    for (const Alert &a : alerts)
        if (!exists(m_store.database(), a))
            fresh.append(a);
    if (fresh.isEmpty())
        return fresh;
    QList<Alert> added;
    m_store.write({QStringLiteral("evaluate"), QStringLiteral("alerts"), QString(), QString()},
                  [&](Database &db, AuditRecord &rec) {
                      added.clear();
                      const qint64 now = QDateTime::currentMSecsSinceEpoch();
                      const QString user = MissionStore::currentUser();
                      Statement ins = db.prepare(QStringLiteral(
                          "INSERT OR IGNORE INTO alerts(id, rule_id, site_id, window_start_ms, window_end_ms, fired_at_ms, measures, "
                          "summary, status, created_at_ms, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'new', ?9, ?10)"));
                      Statement ev = db.prepare(QStringLiteral("INSERT OR IGNORE INTO alert_evidence(alert_id, incident_id) VALUES (?1, ?2)"));
                      for (Alert a : fresh) {
                          if (a.id.isEmpty())
                              a.id = MissionStore::newUuid();
                          a.status = AlertStatus::New;
                          a.createdAtMs = now;
                          a.createdBy = user;
                          ins.bind(1, a.id).bind(2, a.ruleId).bind(3, a.siteId).bind(4, a.windowStartMs).bind(5, a.windowEndMs);
                          ins.bind(6, a.firedAtMs).bind(7, QString::fromUtf8(QJsonDocument(a.measures).toJson(QJsonDocument::Compact)));
                          ins.bind(8, a.summary).bind(9, now).bind(10, user);
                          ins.run();
                          if (db.changes() != 1)
                              continue; // the same rule, site and window twice in one batch
                          for (const QString &incident : a.evidence) {
                              ev.bind(1, a.id).bind(2, incident);
                              ev.run();
                          }
                          added.append(a);
                      }
                      QStringList lines;
                      for (const Alert &a : added)
                          lines.append(a.summary);
                      rec.summary = QStringLiteral("%1 new alert(s): %2").arg(added.size()).arg(lines.join(QStringLiteral("; ")));
                  });
    return added;
}

QList<Alert> AlertRepository::list(const AlertFilter &filter) const
{
    QString sql = QLatin1String(kSelect) + QStringLiteral("WHERE 1 = 1");
    if (filter.status)
        sql += QStringLiteral(" AND a.status = ?1");
    if (!filter.siteId.isEmpty())
        sql += QStringLiteral(" AND a.site_id = ?2");
    if (!filter.ruleId.isEmpty())
        sql += QStringLiteral(" AND a.rule_id = ?3");
    if (filter.firedFromMs > 0)
        sql += QStringLiteral(" AND a.fired_at_ms >= ?4");
    if (filter.firedToMs > 0)
        sql += QStringLiteral(" AND a.fired_at_ms <= ?5");
    sql += QStringLiteral(" ORDER BY a.fired_at_ms DESC, a.created_at_ms DESC, a.id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    Statement st = m_store.database().prepare(sql);
    if (filter.status)
        st.bind(1, alertStatusToString(*filter.status));
    if (!filter.siteId.isEmpty())
        st.bind(2, filter.siteId);
    if (!filter.ruleId.isEmpty())
        st.bind(3, filter.ruleId);
    if (filter.firedFromMs > 0)
        st.bind(4, filter.firedFromMs);
    if (filter.firedToMs > 0)
        st.bind(5, filter.firedToMs);
    QList<Alert> out;
    while (st.step())
        out.append(readAlert(st));
    for (Alert &a : out)
        a.evidence = evidence(a.id);
    return out;
}

std::optional<Alert> AlertRepository::get(const QString &id) const
{
    Statement st = m_store.database().prepare(QLatin1String(kSelect) + QStringLiteral("WHERE a.id = ?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Alert a = readAlert(st);
    a.evidence = evidence(a.id);
    return a;
}

QStringList AlertRepository::evidence(const QString &alertId) const
{
    QStringList out;
    Statement st = m_store.database().prepare(QStringLiteral("SELECT incident_id FROM alert_evidence WHERE alert_id = ?1 ORDER BY incident_id"));
    st.bind(1, alertId);
    while (st.step())
        out.append(st.text(0));
    return out;
}

QStringList AlertRepository::alertsForIncident(const QString &incidentId) const
{
    QStringList out;
    Statement st = m_store.database().prepare(QStringLiteral("SELECT alert_id FROM alert_evidence WHERE incident_id = ?1 ORDER BY alert_id"));
    st.bind(1, incidentId);
    while (st.step())
        out.append(st.text(0));
    return out;
}

void AlertRepository::acknowledge(const QString &alertId, const QString &comment) { setStatus(alertId, AlertStatus::Acknowledged, comment); }

void AlertRepository::dismiss(const QString &alertId, const QString &comment) { setStatus(alertId, AlertStatus::Dismissed, comment); }

void AlertRepository::setStatus(const QString &alertId, AlertStatus to, const QString &comment)
{
    const QString text = comment.trimmed();
    if (text.isEmpty())
        throw MissionError(MissionError::Kind::Invalid,
                           to == AlertStatus::Acknowledged
                               ? QCoreApplication::translate("vigie::core::AlertRepository", "Say why you acknowledge this alert: a comment is required.")
                               : QCoreApplication::translate("vigie::core::AlertRepository", "Say why you dismiss this alert: a comment is required."));
    const QString action = to == AlertStatus::Acknowledged ? QStringLiteral("acknowledge") : QStringLiteral("dismiss");
    m_store.write({action, QStringLiteral("alerts"), alertId, QString()}, [&](Database &db, AuditRecord &rec) {
        Statement cur = db.prepare(QStringLiteral("SELECT status, summary FROM alerts WHERE id = ?1"));
        cur.bind(1, alertId);
        if (!cur.step())
            throw MissionError(MissionError::Kind::Invalid,
                               QCoreApplication::translate("vigie::core::AlertRepository", "No alert with id %1.").arg(alertId));
        const AlertStatus from = alertStatusFromString(cur.text(0)).value_or(AlertStatus::New);
        const QString summary = cur.text(1);
        const bool allowed = to == AlertStatus::Acknowledged ? from == AlertStatus::New : from != AlertStatus::Dismissed;
        if (!allowed)
            throw MissionError(MissionError::Kind::Invalid,
                               QCoreApplication::translate("vigie::core::AlertRepository", "This alert is already %1; nothing was changed.")
                                   .arg(alertStatusLabel(from)));
        Statement st = db.prepare(QStringLiteral(
            "UPDATE alerts SET status = ?2, status_by = ?3, status_at_ms = ?4, status_comment = ?5 WHERE id = ?1"));
        st.bind(1, alertId).bind(2, alertStatusToString(to)).bind(3, MissionStore::currentUser());
        st.bind(4, QDateTime::currentMSecsSinceEpoch()).bind(5, text);
        st.run();
        rec.summary = QStringLiteral("alert %1 → %2 (%3): %4").arg(alertStatusToString(from), alertStatusToString(to), summary, text);
    });
}

} // namespace vigie::core
