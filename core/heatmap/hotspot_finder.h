// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/kde_engine.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace vigie::core {

struct MapPoint
{
    double x = 0;
    double y = 0;
};

// One hot area of a density grid: a connected set of pixels at or above the threshold.
struct Hotspot
{
    int id = 0;           // 1 = the highest peak
    QString wkt;          // POLYGON (with holes, if any) in the grid's CRS
    QString wktWgs84;     // the same in WGS 84, lon/lat order; empty when the grid has no CRS
    // The polygon's rings in the grid's CRS, outer ring first, closed (last point = first).
    std::vector<std::vector<MapPoint>> rings;
    double peakValue = 0;
    MapPoint peak;        // centre of the peak pixel, grid CRS
    double peakLat = 0;   // NaN when the grid has no CRS
    double peakLon = 0;
    double areaKm2 = 0;
    std::size_t pixelCount = 0;
    std::size_t incidentCount = 0; // points given that fall in the hotspot's pixels
};

struct HotspotOptions
{
    enum class Threshold { Absolute, Percentile };
    // Absolute: a density value. Percentile: 0-100, of the non-zero pixels (nearest rank).
    Threshold mode = Threshold::Percentile;
    double value = 95;
    // Pixels touching only at a corner belong to one hotspot.
    bool eightConnected = false;
};

enum class HotspotResult {
    Success,          // possibly with no hotspot (an all-zero grid)
    EmptyGrid,        // the grid has no pixels
    InvalidThreshold, // not finite, or a percentile outside 0-100
    PolygonError,     // GDAL could not trace the outlines
};

// Finds hotspots in a density grid: pixels at or above a threshold (and above zero), grouped into
// connected components, each traced as a polygon (GDAL's polygoniser) with its peak, area and the
// number of incidents inside.
class HotspotFinder
{
  public:
    explicit HotspotFinder(const HotspotOptions &options);

    // `points` in the grid's CRS (HeatmapOutput::incidents, PointSet::points); may be empty.
    HotspotResult find(const DensityGrid &grid, const std::vector<ProjectedIncident> &points,
                       std::vector<Hotspot> *out, QString *error = nullptr);
    HotspotResult find(const DensityGrid &grid, const std::vector<WeightedPoint> &points,
                       std::vector<Hotspot> *out, QString *error = nullptr);

    // The density threshold the last find() used.
    double thresholdUsed() const { return m_threshold; }

    // The nearest-rank percentile (0-100) of the grid's non-zero pixels; 0 when there are none.
    static double percentile(const DensityGrid &grid, double pct);
    static QString resultMessage(HotspotResult result);

  private:
    HotspotResult findImpl(const DensityGrid &grid, const std::vector<MapPoint> &points, std::vector<Hotspot> *out,
                           QString *error);

    HotspotOptions m_options;
    double m_threshold = 0;
};

} // namespace vigie::core
