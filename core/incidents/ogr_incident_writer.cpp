// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/ogr_incident_writer.h"

#include "incidents/incident_values.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QCoreApplication>
#include <QFile>

#include <iterator>
#include <mutex>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::OgrIncidentWriter", text); }

struct FieldDef
{
    const char *name;
    OGRFieldType type;
};
// "time" first among the attributes a reader guesses from; see IncidentColumnMapping::guess().
const FieldDef kFields[] = {
    {"id", OFTString},           {"time", OFTString},          {"time_precision", OFTString},
    {"location_precision", OFTString}, {"area_wkt", OFTString}, {"place_name", OFTString},
    {"admin1", OFTString},       {"admin2", OFTString},        {"category", OFTString},
    {"source_event_type", OFTString}, {"source_sub_event_type", OFTString}, {"severity", OFTInteger},
    {"fatalities", OFTInteger},  {"injured", OFTInteger},      {"abducted", OFTInteger},
    {"actor1", OFTString},       {"actor2", OFTString},        {"target", OFTString},
    {"source", OFTString},       {"admiralty", OFTString},     {"status", OFTString},
    {"description", OFTString},  {"sensitivity", OFTString},   {"external_id", OFTString},
    {"created_by", OFTString},   {"created_at", OFTString},    {"updated_by", OFTString},
    {"updated_at", OFTString},   {"version", OFTInteger},      {"extra", OFTString},
};
} // namespace

OgrIncidentWriter::OgrIncidentWriter(QString id, QString name, QStringList extensions, QStringList drivers)
    : m_id(std::move(id)), m_name(std::move(name)), m_extensions(std::move(extensions)), m_drivers(std::move(drivers))
{
}

OgrIncidentWriter::~OgrIncidentWriter()
{
    if (m_ds)
        GDALClose(m_ds);
}

std::vector<std::shared_ptr<const IncidentWriter>> OgrIncidentWriter::all()
{
    return {
        std::make_shared<OgrIncidentWriter>(QStringLiteral("geojson"), tr("GeoJSON"),
                                            QStringList{QStringLiteral("geojson"), QStringLiteral("json")},
                                            QStringList{QStringLiteral("GeoJSON")}),
        std::make_shared<OgrIncidentWriter>(QStringLiteral("gpkg"), tr("GeoPackage"), QStringList{QStringLiteral("gpkg")},
                                            QStringList{QStringLiteral("GPKG")}),
    };
}

QStringList OgrIncidentWriter::fieldNames()
{
    QStringList out;
    for (const FieldDef &f : kFields)
        out << QLatin1String(f.name);
    return out;
}

bool OgrIncidentWriter::isIntegerField(int index)
{
    return index >= 0 && index < int(std::size(kFields)) && kFields[index].type == OFTInteger;
}

QStringList OgrIncidentWriter::attributeValues(const Incident &x)
{
    const auto time = [](qint64 ms) { return ms ? QString::fromLatin1(IncidentValues::isoDateTime(ms)) : QString(); };
    return {x.id,
            QString::fromLatin1(IncidentValues::isoDateTime(x.timeMs)),
            timePrecisionToString(x.timePrecision),
            locationPrecisionToString(x.locationPrecision),
            x.areaWkt,
            x.placeName,
            x.admin1,
            x.admin2,
            x.category,
            x.sourceEventType,
            x.sourceSubEventType,
            QString::number(x.severity),
            QString::number(x.fatalities),
            QString::number(x.injured),
            QString::number(x.abducted),
            x.actor1,
            x.actor2,
            targetToString(x.target),
            x.source,
            x.admiraltyCode(),
            statusToString(x.status),
            x.description,
            sensitivityToString(x.sensitivity),
            x.externalId,
            x.createdBy,
            time(x.createdAtMs),
            x.updatedBy,
            time(x.updatedAtMs),
            QString::number(x.version),
            QString::fromUtf8(x.extraJson)};
}

std::unique_ptr<IncidentWriter> OgrIncidentWriter::clone() const
{
    return std::make_unique<OgrIncidentWriter>(m_id, m_name, m_extensions, m_drivers);
}

bool OgrIncidentWriter::open(const QString &path)
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    GDALDriverH driver = nullptr;
    for (const QString &d : m_drivers)
        if ((driver = GDALGetDriverByName(d.toUtf8().constData())))
            break;
    if (!driver) {
        m_error = tr("GDAL has no driver for %1").arg(m_name);
        return false;
    }
    const QByteArray p = path.toUtf8();
    if (QFile::exists(path)) {
        GDALDeleteDataset(driver, p.constData());
        QFile::remove(path);
    }
    CPLErrorReset();
    m_ds = GDALCreate(driver, p.constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!m_ds) {
        m_error = tr("cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    const char *geojsonOptions[] = {"RFC7946=NO", "WRITE_BBOX=YES", nullptr};
    m_layer = GDALDatasetCreateLayer(m_ds, "incidents", srs, wkbPoint,
                                     m_id == QLatin1String("geojson") ? const_cast<char **>(geojsonOptions) : nullptr);
    OSRDestroySpatialReference(srs);
    if (!m_layer) {
        m_error = tr("cannot create the incidents layer in %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    for (const FieldDef &f : kFields) {
        OGRFieldDefnH fd = OGR_Fld_Create(f.name, f.type);
        const OGRErr err = OGR_L_CreateField(static_cast<OGRLayerH>(m_layer), fd, 1);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE) {
            m_error = tr("cannot create the field %1: %2").arg(QLatin1String(f.name), QString::fromUtf8(CPLGetLastErrorMsg()));
            return false;
        }
    }
    m_inTransaction = GDALDatasetStartTransaction(m_ds, 0) == OGRERR_NONE;
    return true;
}

bool OgrIncidentWriter::write(const Incident &x)
{
    OGRLayerH layer = static_cast<OGRLayerH>(m_layer);
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    const QStringList values = attributeValues(x);
    for (int i = 0; i < values.size(); ++i) {
        if (kFields[i].type == OFTInteger)
            OGR_F_SetFieldInteger(f, i, values[i].toInt());
        else if (!values[i].isEmpty())
            OGR_F_SetFieldString(f, i, values[i].toUtf8().constData());
    }
    OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(g, 0, x.lon, x.lat);
    OGR_F_SetGeometryDirectly(f, g);
    const OGRErr err = OGR_L_CreateFeature(layer, f);
    OGR_F_Destroy(f);
    if (err != OGRERR_NONE) {
        m_error = tr("cannot write incident %1: %2").arg(x.id, QString::fromUtf8(CPLGetLastErrorMsg()));
        return false;
    }
    return true;
}

bool OgrIncidentWriter::close()
{
    if (!m_ds)
        return false;
    bool ok = true;
    if (m_inTransaction && GDALDatasetCommitTransaction(m_ds) != OGRERR_NONE) {
        m_error = QString::fromUtf8(CPLGetLastErrorMsg());
        ok = false;
    }
    CPLErrorReset();
    GDALClose(m_ds);
    m_ds = nullptr;
    m_layer = nullptr;
    if (ok && CPLGetLastErrorType() >= CE_Failure) {
        m_error = QString::fromUtf8(CPLGetLastErrorMsg());
        ok = false;
    }
    return ok;
}

} // namespace vigie::core
