// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QgsVectorLayer;

namespace vigie::plugins {

// ":/vigie/icons/incidents/<icon>.svg" for a taxonomy icon name.
QString incidentIconPath(const QString &icon);
// The incidents of a mission through QGIS's spatialite provider, read-only (writes go through the
// repository), styled by category (SVG icons), sized by severity, clustered when crowded, labelled
// at large scales. The caller owns it; check isValid().
QgsVectorLayer *createIncidentLayer(const QString &missionPath);
// The subset string for a time window (live incidents only), and `condition` (SQL) when not empty.
QString incidentSubset(qint64 fromMs, qint64 toMs, const QString &condition = QString());

} // namespace vigie::plugins
