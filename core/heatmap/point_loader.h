// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"
#include "heatmap/kde_engine.h"

#include <QString>

#include <vector>

namespace vigie::core {

// Points read from a vector file, in the file's own CRS.
struct PointSet
{
    std::vector<WeightedPoint> points;
    QString crsWkt; // the layer's CRS, empty when it has none
    int epsg = 0;   // its EPSG code when it has one
    MapExtent extent; // of the points read (meaningful only when points is not empty)
    std::size_t skipped = 0; // features without a point geometry
};

// Loads points from any vector file GDAL/OGR opens (GeoPackage, Shapefile, GeoJSON, CSV with
// geometry, ...), for heatmaps and for comparisons with other tools (`--points FILE`).
// Multipoints count once per part, with the feature's weight, as QGIS's heatmap does.
class PointLoader
{
  public:
    struct Options
    {
        QString layerName;   // empty: the first layer
        QString weightField; // empty: every point weighs 1; a null value weighs 0 (as in QGIS)
    };

    // On failure returns false and says why in `error`.
    static bool load(const QString &path, const Options &options, PointSet *out, QString *error = nullptr);
};

} // namespace vigie::core
