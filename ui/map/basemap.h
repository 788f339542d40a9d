// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

class QgsMapLayer;

namespace vigie::ui {

// A layer that a file offers as a basemap: a raster (MBTiles, GeoPackage tiles, GeoTIFF, any
// GDAL raster) or one vector layer of it (any OGR source).
struct BasemapSource
{
    QString name;
    QString uri;
    QString provider; // "gdal" or "ogr"
};

// The offline world map shipped by qgis-common (countries, admin-1 boundaries, disputed borders),
// styled quietly (pale land, grey lines) so that operational layers stand out.
QString worldMapPath();
// Returns the layers (owned by the caller), bottom first; empty with *error set if the file is missing.
QList<QgsMapLayer *> createWorldBasemap(QString *error = nullptr);

// The canvas background (the sea, on the world basemap).
QString seaColorName();

// What `path` offers as basemap layers (rasters and subdatasets first, then vector layers);
// empty with *error set if GDAL cannot open it. Opens the file once; loads no pixels.
QList<BasemapSource> probeBasemapFile(const QString &path, QString *error);

// Creates the QGIS layer for a source; nullptr with *error if it is not valid.
QgsMapLayer *createBasemapLayer(const BasemapSource &source, QString *error);

} // namespace vigie::ui
