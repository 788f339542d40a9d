// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert.h"
#include "alerts/alert_repository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::core {

class MissionStore;

// The alerts of a mission for `vigie-cli alerts M.vigie [--json]` and the alerts dock's export.
struct AlertReport
{
    QString missionName;
    QString missionPath;
    qint64 generatedAtMs = 0;
    QList<Alert> alerts; // newest first
    int newCount = 0;
    int acknowledgedCount = 0;
    int dismissedCount = 0;

    static AlertReport fromStore(MissionStore &store, const AlertFilter &filter = {});
    // {"mission", "path", "generated_at", "counts": {"total", "new", "acknowledged", "dismissed"}, "alerts": [Alert::toJson()]}
    QJsonObject toJson() const;
    // A few lines for a terminal, translated; one line per alert.
    QString humanSummary() const;
};

} // namespace vigie::core
