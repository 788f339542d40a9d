// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/hotspot_finder.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

namespace vigie::core {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vigie::core::HotspotFinder", text); }

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
struct SrsDeleter
{
    void operator()(void *s) const { OSRRelease(static_cast<OGRSpatialReferenceH>(s)); }
};
using SrsPtr = std::unique_ptr<void, SrsDeleter>;
struct CtDeleter
{
    void operator()(void *t) const { OCTDestroyCoordinateTransformation(static_cast<OGRCoordinateTransformationH>(t)); }
};
using CtPtr = std::unique_ptr<void, CtDeleter>;
struct GeometryDeleter
{
    void operator()(void *g) const { OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(g)); }
};
using GeometryPtr = std::unique_ptr<void, GeometryDeleter>;
struct FeatureDeleter
{
    void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};

QString toWkt(OGRGeometryH g)
{
    char *wkt = nullptr;
    QString s;
    if (OGR_G_ExportToWkt(g, &wkt) == OGRERR_NONE && wkt)
        s = QString::fromUtf8(wkt);
    CPLFree(wkt);
    return s;
}

void appendRings(OGRGeometryH g, std::vector<std::vector<MapPoint>> *rings)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            appendRings(OGR_G_GetGeometryRef(g, i), rings);
        return;
    }
    std::vector<MapPoint> ring(std::size_t(OGR_G_GetPointCount(g)));
    for (int i = 0; i < int(ring.size()); ++i)
        ring[std::size_t(i)] = {OGR_G_GetX(g, i), OGR_G_GetY(g, i)};
    rings->push_back(std::move(ring));
}

// The grid's CRS as an OGR object with lon/lat axis order, or null.
SrsPtr gridSrs(const DensityGrid &grid)
{
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    OGRErr err = OGRERR_FAILURE;
    if (grid.epsg > 0)
        err = OSRImportFromEPSG(srs.get(), grid.epsg);
    if (err != OGRERR_NONE && !grid.crsWkt.isEmpty())
        err = OSRSetFromUserInput(srs.get(), grid.crsWkt.toUtf8().constData());
    if (err != OGRERR_NONE)
        return SrsPtr();
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

} // namespace

HotspotFinder::HotspotFinder(const HotspotOptions &options)
    : m_options(options)
{
}

double HotspotFinder::percentile(const DensityGrid &grid, double pct)
{
    std::vector<float> v;
    for (float x : grid.values)
        if (x > 0)
            v.push_back(x);
    if (v.empty())
        return 0.0;
    pct = std::clamp(pct, 0.0, 100.0);
    const std::size_t rank = std::size_t(std::ceil(pct / 100.0 * double(v.size())));
    const std::size_t index = rank == 0 ? 0 : rank - 1;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(index), v.end());
    return v[index];
}

HotspotResult HotspotFinder::find(const DensityGrid &grid, const std::vector<ProjectedIncident> &points,
                                  std::vector<Hotspot> *out, QString *error)
{
    std::vector<MapPoint> pts;
    pts.reserve(points.size());
    for (const ProjectedIncident &p : points)
        pts.push_back({p.x, p.y});
    return findImpl(grid, pts, out, error);
}

HotspotResult HotspotFinder::find(const DensityGrid &grid, const std::vector<WeightedPoint> &points,
                                  std::vector<Hotspot> *out, QString *error)
{
    std::vector<MapPoint> pts;
    pts.reserve(points.size());
    for (const WeightedPoint &p : points)
        pts.push_back({p.x, p.y});
    return findImpl(grid, pts, out, error);
}

HotspotResult HotspotFinder::findImpl(const DensityGrid &grid, const std::vector<MapPoint> &points,
                                      std::vector<Hotspot> *out, QString *error)
{
    out->clear();
    m_threshold = 0;
    if (grid.isEmpty() || grid.values.size() != std::size_t(grid.width) * std::size_t(grid.height)) {
        setError(error, resultMessage(HotspotResult::EmptyGrid));
        return HotspotResult::EmptyGrid;
    }
    const bool pct = m_options.mode == HotspotOptions::Threshold::Percentile;
    if (!std::isfinite(m_options.value) || (pct && (m_options.value < 0 || m_options.value > 100))) {
        setError(error, resultMessage(HotspotResult::InvalidThreshold));
        return HotspotResult::InvalidThreshold;
    }
    m_threshold = pct ? percentile(grid, m_options.value) : m_options.value;
    const float threshold = float(m_threshold);
    const int w = grid.width;
    const int h = grid.height;
    auto hot = [&](std::size_t i) { return grid.values[i] > 0 && grid.values[i] >= threshold; };

    // Connected components by flood fill; labels from 1.
    std::vector<qint32> labels(grid.values.size(), 0);
    struct Component
    {
        std::size_t pixels = 0;
        std::size_t peakIndex = 0;
        std::size_t incidents = 0;
    };
    std::vector<Component> comps(1);
    std::vector<std::size_t> stack;
    for (std::size_t start = 0; start < labels.size(); ++start) {
        if (labels[start] != 0 || !hot(start))
            continue;
        const qint32 label = qint32(comps.size());
        Component c;
        c.peakIndex = start;
        labels[start] = label;
        stack.push_back(start);
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            ++c.pixels;
            if (grid.values[i] > grid.values[c.peakIndex] || (grid.values[i] == grid.values[c.peakIndex] && i < c.peakIndex))
                c.peakIndex = i;
            const int col = int(i % std::size_t(w));
            const int row = int(i / std::size_t(w));
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    if ((dr == 0 && dc == 0) || (!m_options.eightConnected && dr != 0 && dc != 0))
                        continue;
                    const int r = row + dr, cc = col + dc;
                    if (r < 0 || r >= h || cc < 0 || cc >= w)
                        continue;
                    const std::size_t j = std::size_t(r) * std::size_t(w) + std::size_t(cc);
                    if (labels[j] == 0 && hot(j)) {
                        labels[j] = label;
                        stack.push_back(j);
                    }
                }
        }
        comps.push_back(c);
    }
    if (comps.size() == 1)
        return HotspotResult::Success;

    for (const MapPoint &p : points) {
        int col = 0, row = 0;
        if (grid.pixelAt(p.x, p.y, &col, &row)) {
            const qint32 l = labels[std::size_t(row) * std::size_t(w) + std::size_t(col)];
            if (l > 0)
                ++comps[std::size_t(l)].incidents;
        }
    }

    // Trace the outlines with GDAL's polygoniser over the label raster.
    GDALAllRegister();
    GDALDriverH mem = GDALGetDriverByName("MEM");
    GDALDriverH vmem = GDALGetDriverByName("Memory");
    if (!mem || !vmem) {
        setError(error, resultMessage(HotspotResult::PolygonError));
        return HotspotResult::PolygonError;
    }
    DatasetPtr raster(GDALCreate(mem, "", w, h, 1, GDT_Int32, nullptr));
    DatasetPtr vector(GDALCreate(vmem, "", 0, 0, 0, GDT_Unknown, nullptr));
    if (!raster || !vector) {
        setError(error, resultMessage(HotspotResult::PolygonError));
        return HotspotResult::PolygonError;
    }
    auto *gt = const_cast<double *>(grid.geoTransform.data());
    GDALRasterBandH band = GDALGetRasterBand(raster.get(), 1);
    OGRLayerH layer = GDALDatasetCreateLayer(vector.get(), "hotspots", nullptr, wkbPolygon, nullptr);
    OGRFieldDefnH field = OGR_Fld_Create("label", OFTInteger);
    const bool fieldOk = layer && OGR_L_CreateField(layer, field, TRUE) == OGRERR_NONE;
    OGR_Fld_Destroy(field);
    char *opts[] = {const_cast<char *>("8CONNECTED=8"), nullptr};
    if (GDALSetGeoTransform(raster.get(), gt) != CE_None || !band || !fieldOk
        || GDALRasterIO(band, GF_Write, 0, 0, w, h, labels.data(), w, h, GDT_Int32, 0, 0) != CE_None
        || GDALPolygonize(band, band, layer, 0, m_options.eightConnected ? opts : nullptr, nullptr, nullptr) != CE_None) {
        setError(error, tr("Cannot trace the hotspots' outlines: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
        return HotspotResult::PolygonError;
    }

    // One geometry per label (a component traced in pieces becomes a multipolygon).
    std::vector<GeometryPtr> shapes(comps.size());
    OGR_L_ResetReading(layer);
    for (;;) {
        std::unique_ptr<void, FeatureDeleter> f(OGR_L_GetNextFeature(layer));
        if (!f)
            break;
        const int l = OGR_F_GetFieldAsInteger(f.get(), 0);
        if (l <= 0 || std::size_t(l) >= comps.size())
            continue;
        GeometryPtr g(OGR_F_StealGeometry(f.get()));
        if (!g)
            continue;
        GeometryPtr &slot = shapes[std::size_t(l)];
        if (!slot) {
            slot = std::move(g);
        } else {
            if (wkbFlatten(OGR_G_GetGeometryType(slot.get())) != wkbMultiPolygon)
                slot.reset(OGR_G_ForceToMultiPolygon(static_cast<OGRGeometryH>(slot.release())));
            OGR_G_AddGeometryDirectly(slot.get(), static_cast<OGRGeometryH>(g.release()));
        }
    }

    SrsPtr srs = gridSrs(grid);
    SrsPtr wgs84(OSRNewSpatialReference(nullptr));
    CtPtr toWgs84;
    if (srs && OSRImportFromEPSG(wgs84.get(), 4326) == OGRERR_NONE) {
        OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
        toWgs84.reset(OCTNewCoordinateTransformation(srs.get(), wgs84.get()));
    }
    const double pixelKm2 = std::abs(grid.geoTransform[1] * grid.geoTransform[5]) / 1e6;
    for (std::size_t l = 1; l < comps.size(); ++l) {
        const Component &c = comps[l];
        Hotspot hs;
        const int col = int(c.peakIndex % std::size_t(w));
        const int row = int(c.peakIndex / std::size_t(w));
        hs.peakValue = grid.values[c.peakIndex];
        hs.peak = {grid.centreX(col), grid.centreY(row)};
        hs.pixelCount = c.pixels;
        hs.areaKm2 = double(c.pixels) * pixelKm2;
        hs.incidentCount = c.incidents;
        hs.peakLat = hs.peakLon = std::numeric_limits<double>::quiet_NaN();
        if (OGRGeometryH g = static_cast<OGRGeometryH>(shapes[l].get())) {
            hs.wkt = toWkt(g);
            appendRings(g, &hs.rings);
            if (toWgs84) {
                GeometryPtr geo(OGR_G_Clone(g));
                if (OGR_G_Transform(static_cast<OGRGeometryH>(geo.get()), static_cast<OGRCoordinateTransformationH>(toWgs84.get())) == OGRERR_NONE)
                    hs.wktWgs84 = toWkt(static_cast<OGRGeometryH>(geo.get()));
            }
        }
        if (toWgs84) {
            double x = hs.peak.x, y = hs.peak.y;
            if (OCTTransform(static_cast<OGRCoordinateTransformationH>(toWgs84.get()), 1, &x, &y, nullptr)) {
                hs.peakLon = x;
                hs.peakLat = y;
            }
        }
        out->push_back(std::move(hs));
    }
    std::stable_sort(out->begin(), out->end(), [](const Hotspot &a, const Hotspot &b) { return a.peakValue > b.peakValue; });
    for (std::size_t i = 0; i < out->size(); ++i)
        (*out)[i].id = int(i) + 1;
    return HotspotResult::Success;
}

QString HotspotFinder::resultMessage(HotspotResult result)
{
    switch (result) {
        case HotspotResult::Success:
            return tr("Success.");
        case HotspotResult::EmptyGrid:
            return tr("There is no density grid to find hotspots in.");
        case HotspotResult::InvalidThreshold:
            return tr("The hotspot threshold must be a number (a percentile between 0 and 100).");
        case HotspotResult::PolygonError:
            return tr("Cannot trace the hotspots' outlines.");
    }
    return QString();
}

} // namespace vigie::core
