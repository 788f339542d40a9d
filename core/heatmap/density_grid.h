// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <vector>

namespace vigie::core {

// A rectangle in the map units of one CRS.
struct MapExtent
{
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;

    double width() const { return xMax - xMin; }
    double height() const { return yMax - yMin; }
    bool contains(double x, double y) const { return x >= xMin && x <= xMax && y >= yMin && y <= yMax; }
};

// A single-band float raster in memory, north up: row 0 is the northern edge, values row by row.
// The heatmap engine fills it; the GUI reads it directly or through the GeoTIFF it writes.
class DensityGrid
{
  public:
    int width = 0;
    int height = 0;
    // GDAL convention: x = gt[0] + col * gt[1] + row * gt[2]; y = gt[3] + col * gt[4] + row * gt[5]
    // at the pixel's top-left corner. Only north-up grids are made (gt[2] == gt[4] == 0, gt[5] < 0).
    std::array<double, 6> geoTransform {{0, 1, 0, 0, 0, -1}};
    QString crsWkt; // may be empty when epsg is set
    int epsg = 0;   // 0 when the CRS has no EPSG code
    std::vector<float> values;
    float max = 0;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    double pixelWidth() const { return geoTransform[1]; }
    double pixelHeight() const { return -geoTransform[5]; }
    float value(int col, int row) const { return values[std::size_t(row) * std::size_t(width) + std::size_t(col)]; }
    // The map coordinates of a pixel's centre.
    double centreX(int col) const { return geoTransform[0] + (col + 0.5) * geoTransform[1]; }
    double centreY(int row) const { return geoTransform[3] + (row + 0.5) * geoTransform[5]; }
    // The pixel holding a map position; false when it is off the grid.
    bool pixelAt(double x, double y, int *col, int *row) const;
    MapExtent extent() const;
    // Recomputes `max` from the values.
    void updateMax();

    // Writes a Float32 GeoTIFF, deflate-compressed unless `compress` is false (a map layer's frame in
    // GDAL's /vsimem/, rewritten many times a second). On failure returns false and says why in `error`.
    bool writeGeoTiff(const QString &path, QString *error = nullptr, bool compress = true) const;
    // Reads band 1 of any raster GDAL opens (no-data pixels become 0). Returns an empty grid on failure.
    static DensityGrid readRaster(const QString &path, QString *error = nullptr);
};

} // namespace vigie::core
