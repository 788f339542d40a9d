// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

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

// An alert already stored for the same rule and site, as the identity rules below see it.
struct StoredAlert
{
    QString id;
    AlertStatus status = AlertStatus::New;
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    QSet<QString> evidence;
};

QList<StoredAlert> storedFor(const Database &db, const QString &ruleId, const QString &siteId)
{
    QList<StoredAlert> out;
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, status, window_start_ms, window_end_ms FROM alerts WHERE rule_id = ?1 AND site_id = ?2"));
    st.bind(1, ruleId).bind(2, siteId);
    while (st.step())
        out.append({st.text(0), alertStatusFromString(st.text(1)).value_or(AlertStatus::New), st.int64(2), st.int64(3), {}});
    Statement ev = db.prepare(QStringLiteral("SELECT incident_id FROM alert_evidence WHERE alert_id = ?1"));
    for (StoredAlert &s : out) {
        ev.bind(1, s.id);
        while (ev.step())
            s.evidence.insert(ev.text(0));
        ev.reset();
    }
    return out;
}

// What becomes of one finding. Identity of an alert: its rule, its site and the incidents behind it.
//  - Skip: nothing new. The same window was stored already, or every incident behind the finding is
//    evidence of an alert already stored for the rule and site, whatever that alert's status (a
//    sliding window over the same incidents adds nothing, and an acknowledged or dismissed alert is
//    not raised again for what a person has already seen). Without evidence (a density rule with no
//    incident near the site), an alert whose window overlaps the finding's is the same situation.
//  - Extend: the finding brings incidents not seen yet and an alert of the rule and site still waits
//    for review (status new) and shares incidents with it (or, without evidence, overlaps it in
//    time): that alert grows (evidence, window, latest numbers) instead of a second one appearing.
//  - Insert: a new situation — new incidents beyond any evidence, and no open alert it continues
//    (none, or the previous one was acknowledged or dismissed).
struct Decision
{
    enum Kind { Skip, Extend, Insert } kind = Skip;
    StoredAlert target; // Extend
};

Decision decide(const Database &db, const Alert &a)
{
    const QList<StoredAlert> stored = storedFor(db, a.ruleId, a.siteId);
    const QSet<QString> evidence(a.evidence.begin(), a.evidence.end());
    for (const StoredAlert &s : stored)
        if (s.windowStartMs == a.windowStartMs && s.windowEndMs == a.windowEndMs)
            return {};
    if (evidence.isEmpty()) {
        for (const StoredAlert &s : stored)
            if (s.windowStartMs <= a.windowEndMs && a.windowStartMs <= s.windowEndMs)
                return s.status == AlertStatus::New ? Decision{Decision::Extend, s} : Decision{};
        return {Decision::Insert, {}};
    }
    for (const StoredAlert &s : stored)
        if (s.evidence.contains(evidence))
            return {};
    for (const StoredAlert &s : stored)
        if (s.status == AlertStatus::New && s.evidence.intersects(evidence))
            return {Decision::Extend, s};
    return {Decision::Insert, {}};
}

} // namespace

QList<Alert> AlertRepository::store(const QList<Alert> &alerts, QList<Alert> *extended)
{
    if (extended)
        extended->clear();
    // Most evaluations find nothing new: decide first, and write (and audit) only when needed.
    bool anything = false;
    for (const Alert &a : alerts)
        anything = anything || decide(m_store.database(), a).kind != Decision::Skip;
    if (!anything)
        return {};
    QList<Alert> added;
    QList<Alert> grown;
    m_store.write({QStringLiteral("evaluate"), QStringLiteral("alerts"), QString(), QString()},
                  [&](Database &db, AuditRecord &rec) {
                      added.clear();
                      grown.clear();
                      const qint64 now = QDateTime::currentMSecsSinceEpoch();
                      const QString user = MissionStore::currentUser();
                      Statement ins = db.prepare(QStringLiteral(
                          "INSERT INTO alerts(id, rule_id, site_id, window_start_ms, window_end_ms, fired_at_ms, measures, "
                          "summary, status, created_at_ms, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'new', ?9, ?10)"));
                      Statement ev = db.prepare(QStringLiteral("INSERT OR IGNORE INTO alert_evidence(alert_id, incident_id) VALUES (?1, ?2)"));
                      Statement clash = db.prepare(QStringLiteral(
                          "SELECT 1 FROM alerts WHERE rule_id = ?1 AND site_id = ?2 AND window_start_ms = ?3 AND window_end_ms = ?4 AND id <> ?5"));
                      Statement upd = db.prepare(QStringLiteral(
                          "UPDATE alerts SET window_start_ms = ?2, window_end_ms = ?3, fired_at_ms = ?3, measures = ?4, summary = ?5 WHERE id = ?1"));
                      const auto addEvidence = [&](const QString &alertId, const QStringList &incidents) {
                          for (const QString &incident : incidents) {
                              ev.bind(1, alertId).bind(2, incident);
                              ev.run();
                          }
                      };
                      for (Alert a : alerts) {
                          const Decision d = decide(db, a); // sees this batch's earlier writes
                          if (d.kind == Decision::Skip)
                              continue;
                          if (d.kind == Decision::Extend) {
                              Alert before = *AlertRepository(m_store).get(d.target.id);
                              qint64 start = std::min(before.windowStartMs, a.windowStartMs);
                              qint64 end = std::max(before.windowEndMs, a.windowEndMs);
                              clash.bind(1, a.ruleId).bind(2, a.siteId).bind(3, start).bind(4, end).bind(5, before.id);
                              if (clash.step()) { // keep the UNIQUE window of another alert free
                                  start = before.windowStartMs;
                                  end = before.windowEndMs;
                              }
                              clash.reset();
                              // The latest numbers are those of the latest window.
                              const bool later = a.windowEndMs >= before.windowEndMs;
                              const QJsonObject measures = later ? a.measures : before.measures;
                              const QString summary = later ? a.summary : before.summary;
                              upd.bind(1, before.id).bind(2, start).bind(3, end);
                              upd.bind(4, QString::fromUtf8(QJsonDocument(measures).toJson(QJsonDocument::Compact))).bind(5, summary);
                              upd.run();
                              addEvidence(before.id, a.evidence);
                              Alert after = *AlertRepository(m_store).get(before.id);
                              grown.append(after);
                              continue;
                          }
                          if (a.id.isEmpty())
                              a.id = MissionStore::newUuid();
                          a.status = AlertStatus::New;
                          a.createdAtMs = now;
                          a.createdBy = user;
                          ins.bind(1, a.id).bind(2, a.ruleId).bind(3, a.siteId).bind(4, a.windowStartMs).bind(5, a.windowEndMs);
                          ins.bind(6, a.firedAtMs).bind(7, QString::fromUtf8(QJsonDocument(a.measures).toJson(QJsonDocument::Compact)));
                          ins.bind(8, a.summary).bind(9, now).bind(10, user);
                          ins.run();
                          addEvidence(a.id, a.evidence);
                          added.append(a);
                      }
                      QStringList lines;
                      for (const Alert &a : added)
                          lines.append(a.summary);
                      for (const Alert &a : grown)
                          lines.append(QStringLiteral("updated %1: %2").arg(a.id, a.summary));
                      rec.summary = QStringLiteral("%1 new alert(s), %2 updated: %3")
                                        .arg(added.size())
                                        .arg(grown.size())
                                        .arg(lines.join(QStringLiteral("; ")));
                  });
    if (extended)
        *extended = grown;
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
