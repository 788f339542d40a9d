// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::core {

enum class AlertStatus { New, Acknowledged, Dismissed };

QString alertStatusToString(AlertStatus s); // "new", "acknowledged", "dismissed"
std::optional<AlertStatus> alertStatusFromString(const QString &text);
QString alertStatusLabel(AlertStatus s);    // translated

// A rule that fired for a site over a window. Nothing is done about it automatically: a person
// acknowledges or dismisses it, with a comment.
struct Alert
{
    QString id; // UUID
    QString ruleId;
    QString ruleType;
    QString ruleName;
    QString siteId;
    QString siteName;
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    qint64 firedAtMs = 0;   // the window's end
    QJsonObject measures;   // the numbers that fired it, per rule type
    QString summary;        // one line for a person (English; the GUI can rebuild it from measures)
    QStringList evidence;   // incident ids
    AlertStatus status = AlertStatus::New;
    QString statusBy;
    qint64 statusAtMs = 0;
    QString statusComment;
    qint64 createdAtMs = 0;
    QString createdBy;

    QJsonObject toJson() const;
};

} // namespace vigie::core
