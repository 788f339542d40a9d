// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsmaplayer.h>

#include <QString>

namespace vigie::ui {

// What a layer Vigie made shows ("incidents", "incident-grid", "hotspots"), kept as a custom
// property so that clones and saved projects keep it; empty for any other layer.
inline QString layerKind(const QgsMapLayer *layer)
{
    return layer ? layer->customProperty(QStringLiteral("vigie/layer")).toString() : QString();
}
inline void setLayerKind(QgsMapLayer *layer, const QString &kind)
{
    layer->setCustomProperty(QStringLiteral("vigie/layer"), kind);
}

} // namespace vigie::ui
