// SPDX-License-Identifier: GPL-2.0-or-later
#include "runtime/runtime.h"

#include <qgsapplication.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace vigie::ui {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vigie.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
}

void startQgis()
{
    QgsApplication::setPrefixPath(QStringLiteral(VIGIE_QGIS_PREFIX), true);
    QgsApplication::initQgis();
}

void stopQgis() { QgsApplication::exitQgis(); }

QString demoMissionPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo.vigie");
}

} // namespace vigie::ui
