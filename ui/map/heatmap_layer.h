// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"

#include <QPointer>
#include <QString>

class QgsRasterLayer;

namespace vigie::ui {

// The threat density as a map layer, fed one grid per frame while the time bar plays: one
// QgsRasterLayer kept for the whole session, whose source is switched to an uncompressed GeoTIFF
// in GDAL's memory file system (/vsimem/) at each grid — no disk, no new layer, no layer-tree churn.
// A transparent yellow-to-red ramp from 0 to the grid's maximum, with a legend. An empty grid hides
// the layer (nothing in the window shows nothing, not the previous picture).
// The caller adds layer() to the project once; the project owns it. UI thread only.
class HeatmapLayer
{
  public:
    explicit HeatmapLayer(const QString &name);
    ~HeatmapLayer(); // frees the in-memory files (the layer itself belongs to the project)
    HeatmapLayer(const HeatmapLayer &) = delete;
    HeatmapLayer &operator=(const HeatmapLayer &) = delete;

    // Null until the first non-empty grid, or after the project deleted it.
    QgsRasterLayer *layer() const { return m_layer; }
    // Shows `grid`; on failure returns false and says why. The layer is created on the first call
    // with a grid; `created` tells the caller to add it to the project.
    bool show(const core::DensityGrid &grid, QString *error = nullptr, bool *created = nullptr);
    // Forgets the layer (the project removed it); the next show() makes a new one.
    void reset();

  private:
    void applyRamp(double max);

    QString m_name;
    QPointer<QgsRasterLayer> m_layer;
    QString m_current;  // the /vsimem/ file the layer reads
    QString m_previous; // the one before, freed once the layer has switched
    quint64 m_frame = 0;
};

} // namespace vigie::ui
