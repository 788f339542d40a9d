// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace vigie::core {

QString alertStatusToString(AlertStatus s)
{
    switch (s) {
    case AlertStatus::New: return QStringLiteral("new");
    case AlertStatus::Acknowledged: return QStringLiteral("acknowledged");
    case AlertStatus::Dismissed: return QStringLiteral("dismissed");
    }
    return QStringLiteral("new");
}

std::optional<AlertStatus> alertStatusFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (AlertStatus s : {AlertStatus::New, AlertStatus::Acknowledged, AlertStatus::Dismissed})
        if (t == alertStatusToString(s))
            return s;
    return std::nullopt;
}

QString alertStatusLabel(AlertStatus s)
{
    switch (s) {
    case AlertStatus::New: return QCoreApplication::translate("vigie::core::Alert", "new");
    case AlertStatus::Acknowledged: return QCoreApplication::translate("vigie::core::Alert", "acknowledged");
    case AlertStatus::Dismissed: return QCoreApplication::translate("vigie::core::Alert", "dismissed");
    }
    return QString();
}

namespace {
QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

QJsonObject Alert::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("rule_id"), ruleId},
                  {QStringLiteral("rule_type"), ruleType},
                  {QStringLiteral("rule_name"), ruleName},
                  {QStringLiteral("site_id"), siteId},
                  {QStringLiteral("site_name"), siteName},
                  {QStringLiteral("window_start"), isoTime(windowStartMs)},
                  {QStringLiteral("window_end"), isoTime(windowEndMs)},
                  {QStringLiteral("fired_at"), isoTime(firedAtMs)},
                  {QStringLiteral("measures"), measures},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
                  {QStringLiteral("status"), alertStatusToString(status)}};
    if (status != AlertStatus::New) {
        o.insert(QStringLiteral("status_by"), statusBy);
        o.insert(QStringLiteral("status_at"), isoTime(statusAtMs));
        o.insert(QStringLiteral("status_comment"), statusComment);
    }
    return o;
}

} // namespace vigie::core
