// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_report.h"

#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace vigie::core {

namespace {
QString utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'")); }
} // namespace

AlertReport AlertReport::fromStore(MissionStore &store, const AlertFilter &filter)
{
    AlertReport r;
    r.missionName = store.name();
    r.missionPath = store.path();
    r.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    r.alerts = AlertRepository(store).list(filter);
    for (const Alert &a : r.alerts) {
        switch (a.status) {
        case AlertStatus::New: ++r.newCount; break;
        case AlertStatus::Acknowledged: ++r.acknowledgedCount; break;
        case AlertStatus::Dismissed: ++r.dismissedCount; break;
        }
    }
    return r;
}

QJsonObject AlertReport::toJson() const
{
    QJsonArray list;
    for (const Alert &a : alerts)
        list.append(a.toJson());
    return QJsonObject{
        {QStringLiteral("mission"), missionName},
        {QStringLiteral("path"), missionPath},
        {QStringLiteral("generated_at"), QDateTime::fromMSecsSinceEpoch(generatedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), alerts.size()},
                                               {QStringLiteral("new"), newCount},
                                               {QStringLiteral("acknowledged"), acknowledgedCount},
                                               {QStringLiteral("dismissed"), dismissedCount}}},
        {QStringLiteral("alerts"), list}};
}

QString AlertReport::humanSummary() const
{
    const int alertCount = int(alerts.size());
    QString out = QCoreApplication::translate("vigie::core::AlertReport", "%1: %n alert(s) — %2 new, %3 acknowledged, %4 dismissed", nullptr, alertCount)
                      .arg(missionName)
                      .arg(newCount)
                      .arg(acknowledgedCount)
                      .arg(dismissedCount);
    out += QLatin1Char('\n');
    for (const Alert &a : alerts) {
        out += QCoreApplication::translate("vigie::core::AlertReport", "  %1  [%2]  %3 — %4 — %5 (%n incident(s))", nullptr, a.evidence.size())
                   .arg(utc(a.firedAtMs), alertStatusLabel(a.status), a.siteName, a.ruleName, a.summary);
        if (a.status != AlertStatus::New)
            out += QCoreApplication::translate("vigie::core::AlertReport", "; %1 by %2 at %3: %4")
                       .arg(alertStatusLabel(a.status), a.statusBy, utc(a.statusAtMs), a.statusComment);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace vigie::core
