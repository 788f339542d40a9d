// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert.h"
#include "mission/mission_store.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigie::core {

struct AlertFilter
{
    std::optional<AlertStatus> status;
    QString siteId;
    QString ruleId;
    qint64 firedFromMs = 0; // 0: no bound
    qint64 firedToMs = 0;   // 0: no bound; inclusive
    int limit = 0;          // 0: all
};

// The alerts of one mission with their evidence (tables alerts, alert_evidence). Alerts are never
// deleted: a person acknowledges or dismisses them, with a comment. Every write is audited.
class AlertRepository
{
  public:
    explicit AlertRepository(MissionStore &store) : m_store(store) {}

    // Stores what an evaluation found without raising the same situation twice. An alert is its rule,
    // its site and the incidents behind it: a finding whose incidents are all evidence of an alert
    // already stored for the rule and site adds nothing (whatever that alert's status: acknowledged or
    // dismissed alerts are not raised again for the same incidents); one that brings new incidents
    // extends the rule and site's open (new) alert it shares incidents with, or else is a new alert.
    // Without evidence, time-overlapping windows are the same situation. One audited write, or none
    // when nothing changes. Returns the alerts added; *extended gets the open alerts that grew.
    QList<Alert> store(const QList<Alert> &alerts, QList<Alert> *extended = nullptr);

    // Newest first, with rule and site names and the evidence.
    QList<Alert> list(const AlertFilter &filter = {}) const;
    std::optional<Alert> get(const QString &id) const;
    QStringList evidence(const QString &alertId) const;
    // The alerts an incident is evidence for.
    QStringList alertsForIncident(const QString &incidentId) const;

    // By MissionStore::currentUser(), now. The comment is mandatory; throws MissionError (Invalid)
    // without one, for an unknown alert, or when the status does not allow it (only a new alert can be
    // acknowledged; a new or acknowledged one can be dismissed).
    void acknowledge(const QString &alertId, const QString &comment);
    void dismiss(const QString &alertId, const QString &comment);

  private:
    void setStatus(const QString &alertId, AlertStatus to, const QString &comment);

    MissionStore &m_store;
};

} // namespace vigie::core
