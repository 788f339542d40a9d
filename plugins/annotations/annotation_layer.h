// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

class QgsVectorLayer;

namespace vigie::plugins {

// The map layers over a mission's `annotations` table, one per geometry column (areas, lines,
// points: bottom to top), read through QGIS's spatialite provider (live rows only), styled
// data-defined from the style columns: SVG markers for symbols, arrows for arrows, fills for areas
// and circles, lines for lines and range rings, labels from the text. A layer that QGIS cannot
// open is returned invalid.
QList<QgsVectorLayer *> createAnnotationLayers(const QString &missionPath);

// The resource path of a bundled symbol ("checkpoint" → ":/vigie/symbols/checkpoint.svg").
QString symbolPath(const QString &name);
// The bundled symbols' names, sorted, and a person's label for each (translated).
QStringList symbolNames();
QString symbolLabel(const QString &name);

} // namespace vigie::plugins
