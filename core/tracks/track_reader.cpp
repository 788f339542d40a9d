// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vigie::core {

QString ReadIssue::toString() const
{
    const QString name = QFileInfo(file).fileName();
    if (line > 0 && column > 0)
        return QCoreApplication::translate("vigie::core::TrackReader", "%1, line %2, column %3: %4")
            .arg(name)
            .arg(line)
            .arg(column)
            .arg(reason);
    if (line > 0)
        return QCoreApplication::translate("vigie::core::TrackReader", "%1, line %2: %3").arg(name).arg(line).arg(reason);
    return QCoreApplication::translate("vigie::core::TrackReader", "%1: %2").arg(name, reason);
}

} // namespace vigie::core
