// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/hotspot_finder.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QgsMapLayer;
class QgsRasterLayer;
class QgsVectorLayer;

namespace vigie::ui {

class HeatmapFrameLayer;

// The threat density as a map layer, fed one grid per frame while the time bar plays.
// One QgsRasterLayer for the whole session (legend, style, identify, statistics, the briefing's
// copy all work as for any raster), which draws the latest grid straight from memory: a
// 256-colour table lookup per screen pixel, the grid's CRS reprojected through a coarse mesh of
// exact transforms (as QGIS's approximate raster projector, without its per-pixel QImage calls),
// on QGIS's render threads. Only a frame that stays (`settled`: the time bar stopped, a parameter
// changed) is also written to the layer's data source, an uncompressed GeoTIFF in GDAL's /vsimem/;
// a frame while playing costs no file, no provider and no style round trip. The legend (a
// transparent yellow-to-red ramp from 0 to the grid's maximum) follows settled frames, and playing
// frames at most twice a second. An empty grid hides the layer. The caller adds layer() to the
// project once; the project owns it. UI thread only.
class HeatmapLayer
{
  public:
    explicit HeatmapLayer(const QString &name);
    ~HeatmapLayer(); // frees the in-memory files (the layer itself belongs to the project)
    HeatmapLayer(const HeatmapLayer &) = delete;
    HeatmapLayer &operator=(const HeatmapLayer &) = delete;

    // Null until the first non-empty grid, or after the project deleted it.
    QgsRasterLayer *layer() const;
    // Shows `grid` (null or empty: hides the layer); on failure returns false and says why. The
    // layer is created on the first call with a grid; `created` tells the caller to add it to the
    // project. A grid laid out unlike the data source (another CRS, extent or pixel) is written
    // to it even when not `settled`.
    bool show(std::shared_ptr<const core::DensityGrid> grid, bool settled, QString *error = nullptr, bool *created = nullptr);
    // True when the layer's data source holds the grid shown last.
    bool sourceIsCurrent() const { return m_sourceCurrent; }
    // Forgets the layer (the project removed it); the next show() makes a new one.
    void reset();

  private:
    bool writeSource(const core::DensityGrid &grid, QString *error, bool *created);
    void applyRamp(double max);

    QString m_name;
    QPointer<HeatmapFrameLayer> m_layer;
    QString m_current;  // the /vsimem/ file the layer reads
    QString m_previous; // the one before, freed once the layer has switched
    quint64 m_frame = 0;
    core::DensityGrid m_sourceLayout; // geometry and CRS of the data source (no values)
    bool m_sourceCurrent = false;
    QElapsedTimer m_sinceLegend;
};

// What a heatmap layer shows was computed from: kept on the layer (a custom property, saved with a
// project) so that another view of the same heatmap for another period — a page of a briefing's
// time pack — computes its own with the same parameters.
struct HeatmapRecipe
{
    core::HeatmapOptions heatmap; // the window is the one the layer shows
    core::HotspotOptions hotspots;
};
void setHeatmapRecipe(QgsMapLayer *layer, const HeatmapRecipe &recipe);
// nullopt for a layer without one (not a heatmap, or an older project).
std::optional<HeatmapRecipe> heatmapRecipe(const QgsMapLayer *layer);

// A density grid as a raster layer of its own (an uncompressed GeoTIFF in GDAL's /vsimem/, freed
// with the layer), drawn with the heatmap's ramp from 0 to the grid's maximum. Null with *error
// when the grid cannot be written. The caller owns the layer.
QgsRasterLayer *createHeatmapGridLayer(const core::DensityGrid &grid, const QString &name, QString *error = nullptr);

// Hotspot outlines: a memory layer (WGS 84 polygons; fields id, peak, area_km2, incidents) drawn
// as dark red outlines. The Threat panel's and the briefings' share it. The caller owns it.
QgsVectorLayer *createHotspotLayer(const QString &name);
// Replaces the layer's features with `hotspots` (their WGS 84 outlines).
void setHotspots(QgsVectorLayer *layer, const std::vector<core::Hotspot> &hotspots);
// True for a layer made by createHotspotLayer (or a clone of one).
bool isHotspotLayer(const QgsMapLayer *layer);

} // namespace vigie::ui
