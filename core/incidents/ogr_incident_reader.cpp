// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/ogr_incident_reader.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <mutex>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::OgrIncidentReader", text); }

void registerOgrOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(ds); }
};
struct FeatureDeleter
{
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
struct GeometryDeleter
{
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
struct SrsDeleter
{
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};
struct TransformDeleter
{
    void operator()(OGRCoordinateTransformationH t) const { OCTDestroyCoordinateTransformation(t); }
};
} // namespace

OgrIncidentReader::OgrIncidentReader(QString id, QString name, QStringList extensions, QString driver)
    : m_id(std::move(id)), m_name(std::move(name)), m_extensions(std::move(extensions)), m_driver(std::move(driver))
{
}

std::vector<std::shared_ptr<const IncidentReader>> OgrIncidentReader::all()
{
    return {
        std::make_shared<OgrIncidentReader>(QStringLiteral("geojson"), tr("GeoJSON"),
                                            QStringList{QStringLiteral("geojson"), QStringLiteral("json")}, QStringLiteral("GeoJSON")),
        std::make_shared<OgrIncidentReader>(QStringLiteral("gpkg"), tr("GeoPackage"), QStringList{QStringLiteral("gpkg")},
                                            QStringLiteral("GPKG")),
        std::make_shared<OgrIncidentReader>(QStringLiteral("shp"), tr("Shapefile"), QStringList{QStringLiteral("shp")},
                                            QStringLiteral("ESRI Shapefile")),
    };
}

int OgrIncidentReader::identify(const QString &path, const QByteArray &head) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool byName = m_extensions.contains(suffix);
    if (m_id == QLatin1String("geojson")) {
        const QByteArray h = head.left(4096);
        const bool looks = h.trimmed().startsWith('{') && h.contains("\"type\"")
                        && (h.contains("FeatureCollection") || h.contains("\"Feature\""));
        return looks ? 90 : (byName ? 50 : 0);
    }
    if (m_id == QLatin1String("gpkg"))
        return head.startsWith(QByteArray("SQLite format 3\0", 16)) && byName ? 90 : 0;
    return byName ? 80 : 0;
}

void OgrIncidentReader::read(const QString &path, const IncidentReadCallbacks &cb) const
{
    // GDAL's drivers are C++ behind a C API: one may throw on a damaged file (fuzz_kml found GDAL
    // 3.6's KML driver building a std::string from a null pointer; KML is now read by
    // KmlIncidentReader). That is this file's error.
    try {
        readOgr(path, cb);
    } catch (const IncidentReadError &) {
        throw;
    } catch (const std::exception &e) {
        throw IncidentReadError(path, 0, tr("GDAL failed reading the file: %1").arg(QString::fromUtf8(e.what())));
    }
}

void OgrIncidentReader::readOgr(const QString &path, const IncidentReadCallbacks &cb) const
{
    registerOgrOnce();
    const QByteArray utf8Path = path.toUtf8();
    // Through GDAL's virtual file system, so that /vsimem/ and /vsizip/ paths read too.
    VSIStatBufL stat;
    if (VSIStatExL(utf8Path.constData(), &stat, VSI_STAT_EXISTS_FLAG | VSI_STAT_SIZE_FLAG) != 0)
        throw IncidentReadError(path, 0, tr("the file does not exist"));
    if (stat.st_size == 0)
        throw IncidentReadError(path, 0, tr("the file is empty"));
    const QByteArray driver = m_driver.toUtf8();
    const char *drivers[] = {driver.constData(), nullptr};
    const char *openOptions[] = {"DATE_AS_STRING=YES", nullptr};
    CPLErrorReset();
    std::unique_ptr<void, DatasetCloser> ds(GDALOpenEx(utf8Path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                       drivers,
                                                       m_id == QLatin1String("geojson") ? openOptions : nullptr, nullptr));
    if (!ds) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        throw IncidentReadError(path, 0, why.isEmpty() ? tr("not a readable %1 file").arg(m_name)
                                                       : tr("not a readable %1 file: %2").arg(m_name, why));
    }
    std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter> wgs84(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(wgs84.get(), 4326);
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);

    bool headerSent = false;
    qint64 number = 0;
    const int layers = GDALDatasetGetLayerCount(ds.get());
    qint64 total = 0;
    for (int l = 0; l < layers; ++l)
        total += std::max<GIntBig>(0, OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds.get(), l), 0));
    for (int l = 0; l < layers; ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(ds.get(), l);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        QStringList columns;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            columns << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
        IncidentColumnMapping mapping = m_mapping ? *m_mapping : IncidentColumnMapping::guess(columns);
        const IncidentColumnMapping::Bound bound = mapping.bind(columns);
        const QString problem = bound.problem(true);
        if (!problem.isEmpty()) {
            if (layers == 1)
                throw IncidentReadError(path, 0, tr("cannot map the attributes: %1").arg(problem));
            continue; // another layer may hold the incidents
        }
        if (!headerSent && cb.header) {
            cb.header(columns + QStringList{QStringLiteral("wkt")});
            headerSent = true;
        }
        std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDeleter> toWgs84;
        if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
            std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter> src(OSRClone(srs));
            OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
            if (!OSRIsSame(src.get(), wgs84.get()))
                toWgs84.reset(OCTNewCoordinateTransformation(src.get(), wgs84.get()));
        }
        OGR_L_ResetReading(layer);
        std::vector<QByteArray> cells;
        for (;;) {
            std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter> f(OGR_L_GetNextFeature(layer));
            if (!f)
                break;
            ++number;
            if ((number & 255) == 0 && cb.progress)
                cb.progress(number, total);
            cells.clear();
            const int n = OGR_F_GetFieldCount(f.get());
            for (int i = 0; i < n; ++i)
                cells.push_back(OGR_F_IsFieldSetAndNotNull(f.get(), i) ? QByteArray(OGR_F_GetFieldAsString(f.get(), i))
                                                                         : QByteArray());
            Incident inc;
            QString why;
            bool hasPosition = false;
            if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get())) {
                std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter> geom(OGR_G_Clone(g));
                if (toWgs84 && OGR_G_Transform(geom.get(), toWgs84.get()) != OGRERR_NONE) {
                    why = tr("the geometry cannot be converted to WGS 84");
                } else if (!OGR_G_IsEmpty(geom.get())) {
                    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(geom.get()));
                    char *wkt = nullptr;
                    OGR_G_ExportToWkt(geom.get(), &wkt);
                    cells.push_back(QByteArray(wkt ? wkt : ""));
                    if (type == wkbPoint) {
                        inc.lon = OGR_G_GetX(geom.get(), 0);
                        inc.lat = OGR_G_GetY(geom.get(), 0);
                    } else {
                        std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter> c(OGR_G_CreateGeometry(wkbPoint));
                        OGR_G_Centroid(geom.get(), c.get());
                        inc.lon = OGR_G_GetX(c.get(), 0);
                        inc.lat = OGR_G_GetY(c.get(), 0);
                        if (type == wkbPolygon || type == wkbMultiPolygon) {
                            OGR_G_FlattenTo2D(geom.get());
                            char *wkt2d = nullptr;
                            OGR_G_ExportToWkt(geom.get(), &wkt2d);
                            inc.areaWkt = QString::fromUtf8(wkt2d);
                            CPLFree(wkt2d);
                        }
                    }
                    CPLFree(wkt);
                    hasPosition = true;
                }
            }
            const SourceRow row{number, nullptr, &cells};
            if (why.isEmpty())
                why = bound.apply([&](int i) { return QString::fromUtf8(cells[size_t(i)]); }, inc, hasPosition);
            if (why.isEmpty() && (inc.lat < -90 || inc.lat > 90 || inc.lon < -180 || inc.lon > 180))
                why = tr("coordinates out of range (latitude %1, longitude %2)").arg(inc.lat).arg(inc.lon);
            if (!why.isEmpty()) {
                if (cb.reject && !cb.reject(row, why))
                    return;
                continue;
            }
            if (cb.record && !cb.record(inc, row))
                return;
        }
    }
    if (!headerSent)
        throw IncidentReadError(path, 0, tr("no layer with incidents"));
}

} // namespace vigie::core
