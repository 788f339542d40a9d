// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/density_grid.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace vigie::core {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vigie::core::DensityGrid", text); }

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

struct SrsDeleter
{
    void operator()(void *srs) const { OSRDestroySpatialReference(static_cast<OGRSpatialReferenceH>(srs)); }
};
using SrsPtr = std::unique_ptr<void, SrsDeleter>;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString gdalMessage() { return QString::fromUtf8(CPLGetLastErrorMsg()); }

} // namespace

bool DensityGrid::pixelAt(double x, double y, int *col, int *row) const
{
    if (isEmpty())
        return false;
    const double c = std::floor((x - geoTransform[0]) / geoTransform[1]);
    const double r = std::floor((y - geoTransform[3]) / geoTransform[5]);
    if (!(c >= 0 && c < width && r >= 0 && r < height))
        return false;
    *col = int(c);
    *row = int(r);
    return true;
}

MapExtent DensityGrid::extent() const
{
    MapExtent e;
    e.xMin = geoTransform[0];
    e.xMax = geoTransform[0] + width * geoTransform[1];
    e.yMax = geoTransform[3];
    e.yMin = geoTransform[3] + height * geoTransform[5];
    return e;
}

void DensityGrid::updateMax()
{
    max = values.empty() ? 0.0f : *std::max_element(values.begin(), values.end());
}

bool DensityGrid::writeGeoTiff(const QString &path, QString *error, bool compress) const
{
    if (isEmpty() || values.size() != std::size_t(width) * std::size_t(height)) {
        setError(error, tr("The density grid is empty; nothing to write."));
        return false;
    }
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver) {
        setError(error, tr("The GeoTIFF driver of GDAL is not available."));
        return false;
    }
    // Fast deflate over all cores: a heatmap is rewritten whenever the time window moves.
    const char *deflate[] = {"COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3", "TILED=YES", "NUM_THREADS=ALL_CPUS",
                             "BIGTIFF=IF_SAFER", nullptr};
    const char *plain[] = {"TILED=YES", "BIGTIFF=IF_SAFER", nullptr};
    DatasetPtr ds(GDALCreate(driver, path.toUtf8().constData(), width, height, 1, GDT_Float32,
                             const_cast<char **>(compress ? deflate : plain)));
    if (!ds) {
        setError(error, tr("Cannot create \"%1\": %2").arg(path, gdalMessage()));
        return false;
    }
    auto *gt = const_cast<double *>(geoTransform.data());
    if (GDALSetGeoTransform(ds.get(), gt) != CE_None) {
        setError(error, tr("Cannot set the georeferencing of \"%1\": %2").arg(path, gdalMessage()));
        return false;
    }
    QByteArray wkt = crsWkt.toUtf8();
    if (epsg > 0) {
        SrsPtr srs(OSRNewSpatialReference(nullptr));
        char *out = nullptr;
        if (OSRImportFromEPSG(srs.get(), epsg) == OGRERR_NONE && OSRExportToWkt(srs.get(), &out) == OGRERR_NONE)
            wkt = out;
        CPLFree(out);
    }
    if (!wkt.isEmpty() && GDALSetProjection(ds.get(), wkt.constData()) != CE_None) {
        setError(error, tr("Cannot set the coordinate reference system of \"%1\": %2").arg(path, gdalMessage()));
        return false;
    }
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    if (!band || GDALRasterIO(band, GF_Write, 0, 0, width, height, const_cast<float *>(values.data()), width,
                              height, GDT_Float32, 0, 0) != CE_None) {
        setError(error, tr("Cannot write the pixels of \"%1\": %2").arg(path, gdalMessage()));
        return false;
    }
    GDALDatasetH raw = ds.release();
    GDALFlushCache(raw);
    // GDALClose reports late write errors (a full disk) only through the error state.
    CPLErrorReset();
    GDALClose(raw);
    if (CPLGetLastErrorType() >= CE_Failure) {
        setError(error, tr("Cannot finish writing \"%1\": %2").arg(path, gdalMessage()));
        return false;
    }
    return true;
}

DensityGrid DensityGrid::readRaster(const QString &path, QString *error)
{
    GDALAllRegister();
    DensityGrid grid;
    DatasetPtr ds(GDALOpen(path.toUtf8().constData(), GA_ReadOnly));
    if (!ds) {
        setError(error, tr("Cannot open the raster \"%1\": %2").arg(path, gdalMessage()));
        return grid;
    }
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    if (!band) {
        setError(error, tr("The raster \"%1\" has no band.").arg(path));
        return grid;
    }
    const int w = GDALGetRasterXSize(ds.get());
    const int h = GDALGetRasterYSize(ds.get());
    std::array<double, 6> gt {};
    if (GDALGetGeoTransform(ds.get(), gt.data()) != CE_None) {
        setError(error, tr("The raster \"%1\" is not georeferenced.").arg(path));
        return grid;
    }
    std::vector<float> values(std::size_t(w) * std::size_t(h));
    if (GDALRasterIO(band, GF_Read, 0, 0, w, h, values.data(), w, h, GDT_Float32, 0, 0) != CE_None) {
        setError(error, tr("Cannot read the pixels of \"%1\": %2").arg(path, gdalMessage()));
        return grid;
    }
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
    if (hasNoData) {
        for (float &v : values)
            if (v == float(noData) || std::isnan(v))
                v = 0;
    }
    grid.width = w;
    grid.height = h;
    grid.geoTransform = gt;
    grid.crsWkt = QString::fromUtf8(GDALGetProjectionRef(ds.get()));
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    QByteArray wkt = grid.crsWkt.toUtf8();
    if (!wkt.isEmpty() && OSRSetFromUserInput(srs.get(), wkt.constData()) == OGRERR_NONE) {
        OSRAutoIdentifyEPSG(srs.get());
        const char *code = OSRGetAuthorityCode(srs.get(), nullptr);
        const char *name = OSRGetAuthorityName(srs.get(), nullptr);
        if (code && name && qstrcmp(name, "EPSG") == 0)
            grid.epsg = QByteArray(code).toInt();
    }
    grid.values = std::move(values);
    grid.updateMax();
    return grid;
}

} // namespace vigie::core
