// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/point_loader.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace vigie::core {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("vigie::core::PointLoader", text); }

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
struct FeatureDeleter
{
    void operator()(void *f) const { OGR_F_Destroy(static_cast<OGRFeatureH>(f)); }
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool PointLoader::load(const QString &path, const Options &options, PointSet *out, QString *error)
{
    GDALAllRegister();
    *out = PointSet();
    std::unique_ptr<void, DatasetCloser> ds(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds) {
        setError(error, tr("Cannot open \"%1\" as a vector file: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
        return false;
    }
    OGRLayerH layer = options.layerName.isEmpty()
        ? GDALDatasetGetLayer(ds.get(), 0)
        : GDALDatasetGetLayerByName(ds.get(), options.layerName.toUtf8().constData());
    if (!layer) {
        setError(error, options.layerName.isEmpty() ? tr("\"%1\" has no layer.").arg(path)
                                                    : tr("\"%1\" has no layer named \"%2\".").arg(path, options.layerName));
        return false;
    }
    int weightIndex = -1;
    if (!options.weightField.isEmpty()) {
        weightIndex = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), options.weightField.toUtf8().constData());
        if (weightIndex < 0) {
            setError(error, tr("The layer of \"%1\" has no field named \"%2\".").arg(path, options.weightField));
            return false;
        }
    }
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        char *wkt = nullptr;
        if (OSRExportToWkt(srs, &wkt) == OGRERR_NONE)
            out->crsWkt = QString::fromUtf8(wkt);
        CPLFree(wkt);
        const char *name = OSRGetAuthorityName(srs, nullptr);
        const char *code = OSRGetAuthorityCode(srs, nullptr);
        if (name && code && qstrcmp(name, "EPSG") == 0)
            out->epsg = QByteArray(code).toInt();
    }
    // Only the weight is read; ignoring the other fields speeds up large files.
    {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        std::vector<QByteArray> names;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            if (i != weightIndex)
                names.push_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
        names.push_back("OGR_STYLE");
        std::vector<const char *> ignored;
        for (const QByteArray &n : names)
            ignored.push_back(n.constData());
        ignored.push_back(nullptr);
        OGR_L_SetIgnoredFields(layer, ignored.data()); // an optimisation only: its result does not matter
    }

    const GIntBig count = OGR_L_GetFeatureCount(layer, FALSE);
    if (count > 0)
        out->points.reserve(std::size_t(count));
    MapExtent e {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                 -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    auto take = [&](double x, double y, double w) {
        out->points.push_back({x, y, w});
        e.xMin = std::min(e.xMin, x);
        e.yMin = std::min(e.yMin, y);
        e.xMax = std::max(e.xMax, x);
        e.yMax = std::max(e.yMax, y);
    };
    OGR_L_ResetReading(layer);
    for (;;) {
        std::unique_ptr<void, FeatureDeleter> f(OGR_L_GetNextFeature(layer));
        if (!f)
            break;
        OGRGeometryH geom = OGR_F_GetGeometryRef(f.get());
        if (!geom || OGR_G_IsEmpty(geom)) {
            ++out->skipped;
            continue;
        }
        double w = 1.0;
        if (weightIndex >= 0)
            w = OGR_F_IsFieldSetAndNotNull(f.get(), weightIndex) ? OGR_F_GetFieldAsDouble(f.get(), weightIndex) : 0.0;
        switch (wkbFlatten(OGR_G_GetGeometryType(geom))) {
            case wkbPoint:
                take(OGR_G_GetX(geom, 0), OGR_G_GetY(geom, 0), w);
                break;
            case wkbMultiPoint:
                for (int i = 0; i < OGR_G_GetGeometryCount(geom); ++i) {
                    OGRGeometryH part = OGR_G_GetGeometryRef(geom, i);
                    if (part && !OGR_G_IsEmpty(part))
                        take(OGR_G_GetX(part, 0), OGR_G_GetY(part, 0), w);
                }
                break;
            default:
                ++out->skipped;
                break;
        }
    }
    if (CPLGetLastErrorType() >= CE_Failure && out->points.empty() && out->skipped == 0) {
        setError(error, tr("Cannot read \"%1\": %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
        return false;
    }
    if (!out->points.empty())
        out->extent = e;
    return true;
}

} // namespace vigie::core
