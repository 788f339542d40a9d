// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_repository.h"

#include <QString>

#include <vector>

class QgsMapLayer;
class QgsVectorLayer;

namespace vigie::ui {

// ":/vigie/icons/incidents/<icon>.svg" for a taxonomy icon name.
QString incidentIconPath(const QString &icon);
// The incidents of a mission through QGIS's spatialite provider, read-only (writes go through the
// repository), styled by category (SVG icons), sized by severity, clustered when crowded, labelled
// at large scales. The Incidents panel's layer and the briefings' share it. The caller owns it;
// check isValid().
QgsVectorLayer *createIncidentLayer(const QString &missionPath);
// True for a layer made by createIncidentLayer (or a clone of one).
bool isIncidentLayer(const QgsMapLayer *layer);
// True for that and for a layer made by createIncidentGridLayer: layers whose legend lists the
// incident categories.
bool showsIncidents(const QgsMapLayer *layer);
// The subset string for a time window (live incidents only), and `condition` (SQL) when not empty.
QString incidentSubset(qint64 fromMs, qint64 toMs, const QString &condition = QString());

// Incidents summed per grid cell (IncidentRepository::grid) as a memory layer for small-scale
// maps: each cell drawn with the icon of its most frequent category, sized by its count, the count
// written beside it. Fields: count, category, severity (highest), fatalities (sum). `cellKm` names
// the cell size in the layer's name. The caller owns it.
QgsVectorLayer *createIncidentGridLayer(const std::vector<core::IncidentCell> &cells, double cellKm);

} // namespace vigie::ui
