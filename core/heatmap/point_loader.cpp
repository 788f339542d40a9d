// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/point_loader.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
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

// GeoPackage point layers (the usual `--points` file) are read straight from SQLite: five times
// faster than feature by feature through OGR. Anything unexpected (another geometry type, an
// extended GeoPackage blob) returns false and the caller reads through OGR instead.
template <typename Take>
bool readGeoPackagePoints(const QString &path, OGRLayerH layer, const QString &weightField, Take &take,
                          std::size_t *skipped)
{
    const char *fid = OGR_L_GetFIDColumn(layer);
    const char *geom = OGR_L_GetGeometryColumn(layer);
    if (!fid || !*fid || !geom || !*geom)
        return false;
    auto quoted = [](const QByteArray &name) {
        QByteArray q = name;
        q.replace('"', "\"\"");
        return '"' + q + '"';
    };
    QByteArray sql = "SELECT " + quoted(geom);
    if (!weightField.isEmpty())
        sql += ", " + quoted(weightField.toUtf8());
    sql += " FROM " + quoted(OGR_L_GetName(layer)) + " ORDER BY " + quoted(fid);

    sqlite3 *rawDb = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &rawDb, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(rawDb, sqlite3_close);
    if (rc != SQLITE_OK)
        return false;
    sqlite3_stmt *rawStmt = nullptr;
    if (sqlite3_prepare_v2(db.get(), sql.constData(), -1, &rawStmt, nullptr) != SQLITE_OK)
        return false;
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> stmt(rawStmt, sqlite3_finalize);
    static const int envelopeBytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
    int step;
    while ((step = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        const auto *b = static_cast<const unsigned char *>(sqlite3_column_blob(stmt.get(), 0));
        const int n = sqlite3_column_bytes(stmt.get(), 0);
        if (!b) {
            ++*skipped; // no geometry
            continue;
        }
        if (n < 8 || b[0] != 'G' || b[1] != 'P' || (b[3] & 0x20))
            return false;
        if (b[3] & 0x10) {
            ++*skipped; // empty geometry
            continue;
        }
        const int env = envelopeBytes[(b[3] >> 1) & 7];
        if (env < 0)
            return false;
        const unsigned char *wkb = b + 8 + env;
        if (n < 8 + env + 21 || wkb[0] > 1)
            return false;
        const bool little = wkb[0] == 1;
        auto u32 = [&](const unsigned char *p) {
            return little ? quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24
                          : quint32(p[3]) | quint32(p[2]) << 8 | quint32(p[1]) << 16 | quint32(p[0]) << 24;
        };
        auto f64 = [&](const unsigned char *p) {
            unsigned char tmp[8];
            for (int i = 0; i < 8; ++i)
                tmp[i] = little == (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) ? p[i] : p[7 - i];
            double v;
            std::memcpy(&v, tmp, 8);
            return v;
        };
        const quint32 type = u32(wkb + 1);
        if (type != 1 && type != 1001 && type != 2001 && type != 3001)
            return false; // not a plain point: let OGR handle it
        const double x = f64(wkb + 5);
        const double y = f64(wkb + 13);
        if (std::isnan(x) || std::isnan(y)) {
            ++*skipped;
            continue;
        }
        double w = 1.0;
        if (!weightField.isEmpty())
            w = sqlite3_column_type(stmt.get(), 1) == SQLITE_NULL ? 0.0 : sqlite3_column_double(stmt.get(), 1);
        take(x, y, w);
    }
    return step == SQLITE_DONE;
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
    const char *driver = GDALGetDriverShortName(GDALGetDatasetDriver(ds.get()));
    if (driver && qstrcmp(driver, "GPKG") == 0) {
        std::size_t skipped = 0;
        if (readGeoPackagePoints(path, layer, options.weightField, take, &skipped)) {
            out->skipped = skipped;
            if (!out->points.empty())
                out->extent = e;
            return true;
        }
        // Start again through OGR.
        out->points.clear();
        e = MapExtent {std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                       -std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    }
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
