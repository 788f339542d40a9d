// SPDX-License-Identifier: GPL-2.0-or-later
#include "sites/site_io.h"

#include "io/csv_reader.h"
#include "mission/mission_store.h"
#include "sites/site_repository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <climits>
#include <cmath>
#include <memory>

namespace vigie::core {

namespace {

bool parseDouble(const QString &text, double *out)
{
    bool ok = false;
    *out = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(*out);
}

// Fills a site from named values; returns the reason it cannot be taken, or empty.
QString siteFromValues(const QHash<QString, QString> &v, ProtectedSite *site)
{
    site->name = v.value(QStringLiteral("name")).trimmed();
    if (site->name.isEmpty())
        return QCoreApplication::translate("vigie::core::SiteIo", "the name is empty");
    const QString kindText = v.value(QStringLiteral("kind"));
    const auto kind = siteKindFromString(kindText);
    if (!kind)
        return QCoreApplication::translate("vigie::core::SiteIo", "unknown kind \"%1\" (expected one of idp_camp, village, team_site, water_point, market, school, "
                  "health_facility, other)")
            .arg(kindText.trimmed());
    site->kind = *kind;
    if (!parseDouble(v.value(QStringLiteral("lat")), &site->lat))
        return QCoreApplication::translate("vigie::core::SiteIo", "latitude \"%1\" is not a number").arg(v.value(QStringLiteral("lat")).trimmed());
    if (!parseDouble(v.value(QStringLiteral("lon")), &site->lon))
        return QCoreApplication::translate("vigie::core::SiteIo", "longitude \"%1\" is not a number").arg(v.value(QStringLiteral("lon")).trimmed());
    const QString radius = v.value(QStringLiteral("radius"));
    if (!parseDouble(radius, &site->radiusM))
        return QCoreApplication::translate("vigie::core::SiteIo", "radius \"%1\" is not a number").arg(radius.trimmed());
    const QString population = v.value(QStringLiteral("population")).trimmed();
    if (!population.isEmpty()) {
        bool ok = false;
        const qint64 p = population.toLongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("vigie::core::SiteIo", "population \"%1\" is not a whole number").arg(population);
        site->population = p;
    }
    const QString sensitivity = v.value(QStringLiteral("sensitivity")).trimmed();
    if (!sensitivity.isEmpty()) {
        const auto s = sensitivityFromString(sensitivity);
        if (!s)
            return QCoreApplication::translate("vigie::core::SiteIo", "unknown sensitivity \"%1\"").arg(sensitivity);
        site->sensitivity = *s;
    }
    site->note = v.value(QStringLiteral("note"));
    return site->validate();
}

QString canonicalColumn(const QString &header)
{
    const QString h = header.trimmed().toLower();
    if (h == QLatin1String("radius_m") || h == QLatin1String("radius"))
        return QStringLiteral("radius");
    if (h == QLatin1String("latitude"))
        return QStringLiteral("lat");
    if (h == QLatin1String("longitude") || h == QLatin1String("lng"))
        return QStringLiteral("lon");
    return h;
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString number(double v) { return QString::number(v, 'g', 12); }

} // namespace

QString SiteImportReject::toString() const
{
    if (feature > 0)
        return QCoreApplication::translate("vigie::core::SiteIo", "feature %1: %2").arg(feature).arg(reason);
    return QCoreApplication::translate("vigie::core::SiteIo", "line %1: %2").arg(line).arg(reason);
}

SiteImportResult SiteIo::readCsv(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    CsvReader csv(&buffer, QStringLiteral("CSV"));
    if (!csv.open())
        throw MissionError(MissionError::Kind::Io, csv.errorString());
    const auto blank = [](const CsvRecord &rec) { return rec.size() == 1 && rec.text(0).trimmed().isEmpty(); };
    CsvRecord rec;
    CsvReader::Result r = csv.next(rec);
    while (r == CsvReader::Result::Record && blank(rec))
        r = csv.next(rec);
    if (r == CsvReader::Result::End)
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "The CSV file is empty."));
    if (r == CsvReader::Result::Error)
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::SiteIo", "line %1: %2").arg(csv.errorLine()).arg(csv.errorString()));
    if (rec.flaw != CsvRecord::Flaw::None)
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::SiteIo", "line %1: %2").arg(rec.line).arg(rec.flawText()));
    QStringList columns;
    for (int i = 0; i < rec.size(); ++i)
        columns.append(canonicalColumn(rec.text(i)));
    QStringList missing;
    for (const char *required : {"name", "kind", "lat", "lon", "radius"})
        if (!columns.contains(QLatin1String(required)))
            missing.append(QLatin1String(required));
    if (!missing.isEmpty()) {
        const int n = int(missing.size()); // %n picks "column" or "columns"; %1 lists them
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::SiteIo", "The CSV header lacks %n column(s): %1. It needs name, kind, lat, lon and radius.", nullptr, n)
                               .arg(missing.join(QStringLiteral(", "))));
    }
    SiteImportResult result;
    for (;;) {
        r = csv.next(rec);
        if (r == CsvReader::Result::End)
            break;
        const int line = int(std::min<qint64>(rec.line, INT_MAX));
        if (r == CsvReader::Result::Error) {
            result.rejects.append({line, 0, csv.errorString()});
            break;
        }
        if (blank(rec))
            continue;
        if (rec.flaw != CsvRecord::Flaw::None) {
            result.rejects.append({line, 0, rec.flawText()});
            continue;
        }
        if (rec.size() != columns.size()) {
            result.rejects.append({line, 0, QCoreApplication::translate("vigie::core::SiteIo", "%1 fields where the header has %2").arg(rec.size()).arg(columns.size())});
            continue;
        }
        QHash<QString, QString> values;
        for (int c = 0; c < columns.size(); ++c)
            values.insert(columns.at(c), rec.text(c));
        ProtectedSite site;
        const QString why = siteFromValues(values, &site);
        if (why.isEmpty())
            result.sites.append(site);
        else
            result.rejects.append({line, 0, why});
    }
    return result;
}

SiteImportResult SiteIo::readGeoJson(const QByteArray &data)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::SiteIo", "The file is not GeoJSON: %1 (at character %2).").arg(err.errorString()).arg(err.offset));
    const QJsonObject root = doc.object();
    QJsonArray features;
    const QString type = root.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("FeatureCollection"))
        features = root.value(QStringLiteral("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "The GeoJSON holds neither a FeatureCollection nor a Feature."));
    SiteImportResult result;
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject f = features.at(i).toObject();
        const QJsonObject geom = f.value(QStringLiteral("geometry")).toObject();
        if (geom.value(QStringLiteral("type")).toString() != QLatin1String("Point")) {
            result.rejects.append({0, i + 1, QCoreApplication::translate("vigie::core::SiteIo", "the geometry is not a Point")});
            continue;
        }
        const QJsonArray coords = geom.value(QStringLiteral("coordinates")).toArray();
        if (coords.size() < 2 || !coords.at(0).isDouble() || !coords.at(1).isDouble()) {
            result.rejects.append({0, i + 1, QCoreApplication::translate("vigie::core::SiteIo", "the Point has no longitude and latitude")});
            continue;
        }
        QHash<QString, QString> values;
        const QJsonObject props = f.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QJsonValue v = it.value();
            QString s;
            if (v.isString())
                s = v.toString();
            else if (v.isDouble())
                s = number(v.toDouble());
            else if (!v.isNull() && !v.isUndefined())
                s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            values.insert(canonicalColumn(it.key()), s);
        }
        values.insert(QStringLiteral("lon"), number(coords.at(0).toDouble()));
        values.insert(QStringLiteral("lat"), number(coords.at(1).toDouble()));
        ProtectedSite site;
        const QString why = siteFromValues(values, &site);
        if (why.isEmpty())
            result.sites.append(site);
        else
            result.rejects.append({0, i + 1, why});
    }
    return result;
}

SiteImportResult SiteIo::readGeoPackage(const QString &path)
{
    GDALAllRegister();
    const auto closeDataset = [](GDALDatasetH d) { GDALClose(d); };
    std::unique_ptr<void, decltype(closeDataset)> ds(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr), closeDataset);
    if (!ds)
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "%1 cannot be read as a GeoPackage: %2")
                                                            .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    // The first layer of points (a GeoPackage may hold other tables too).
    OGRLayerH layer = nullptr;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()) && !layer; ++i) {
        OGRLayerH l = GDALDatasetGetLayer(ds.get(), i);
        if (wkbFlatten(OGR_L_GetGeomType(l)) == wkbPoint)
            layer = l;
    }
    if (!layer && GDALDatasetGetLayerCount(ds.get()) > 0)
        layer = GDALDatasetGetLayer(ds.get(), 0);
    if (!layer)
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "%1 holds no layer of points.").arg(path));
    // Positions are stored in WGS 84: points in another CRS are transformed (lon/lat order).
    const auto freeSrs = [](OGRSpatialReferenceH s) { OSRDestroySpatialReference(s); };
    const auto freeTransform = [](OGRCoordinateTransformationH t) { OCTDestroyCoordinateTransformation(t); };
    std::unique_ptr<void, decltype(freeSrs)> wgs84(OSRNewSpatialReference(nullptr), freeSrs);
    std::unique_ptr<void, decltype(freeTransform)> toWgs84(nullptr, freeTransform);
    if (OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer)) {
        OSRImportFromEPSG(wgs84.get(), 4326);
        OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<void, decltype(freeSrs)> src(OSRClone(source), freeSrs);
        OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
        if (!OSRIsSame(src.get(), wgs84.get())) {
            toWgs84.reset(OCTNewCoordinateTransformation(src.get(), wgs84.get()));
            if (!toWgs84)
                throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "%1: its coordinate system cannot be converted to WGS 84.").arg(path));
        }
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    QStringList columns;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        columns.append(canonicalColumn(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)))));
    SiteImportResult result;
    OGR_L_ResetReading(layer);
    int featureNo = 0;
    while (OGRFeatureH raw = OGR_L_GetNextFeature(layer)) {
        std::unique_ptr<void, decltype(&OGR_F_Destroy)> f(raw, &OGR_F_Destroy);
        ++featureNo;
        OGRGeometryH g = OGR_F_GetGeometryRef(raw);
        if (!g || wkbFlatten(OGR_G_GetGeometryType(g)) != wkbPoint || OGR_G_IsEmpty(g)) {
            result.rejects.append({0, featureNo, QCoreApplication::translate("vigie::core::SiteIo", "the geometry is not a Point")});
            continue;
        }
        double x = OGR_G_GetX(g, 0), y = OGR_G_GetY(g, 0);
        if (toWgs84 && !OCTTransform(toWgs84.get(), 1, &x, &y, nullptr)) {
            result.rejects.append({0, featureNo, QCoreApplication::translate("vigie::core::SiteIo", "the point cannot be converted to WGS 84")});
            continue;
        }
        QHash<QString, QString> values;
        for (int i = 0; i < columns.size(); ++i)
            if (OGR_F_IsFieldSetAndNotNull(raw, i))
                values.insert(columns.at(i), QString::fromUtf8(OGR_F_GetFieldAsString(raw, i)));
        values.insert(QStringLiteral("lon"), number(x));
        values.insert(QStringLiteral("lat"), number(y));
        ProtectedSite site;
        const QString why = siteFromValues(values, &site);
        if (why.isEmpty())
            result.sites.append(site);
        else
            result.rejects.append({0, featureNo, why});
    }
    return result;
}

SiteImportResult SiteIo::readFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw MissionError(MissionError::Kind::NotFound, QCoreApplication::translate("vigie::core::SiteIo", "%1 does not exist.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw MissionError(MissionError::Kind::Io, QCoreApplication::translate("vigie::core::SiteIo", "Could not read %1: %2.").arg(path, f.errorString()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg")) {
        f.close();
        return readGeoPackage(path);
    }
    const QByteArray data = f.readAll();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return readCsv(data);
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return readGeoJson(data);
    throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "%1: protected sites are read from .csv, .geojson or .gpkg files.").arg(path));
}

SiteImportResult SiteIo::importFile(SiteRepository &repository, const QString &path)
{
    SiteImportResult result = readFile(path);
    if (!result.sites.isEmpty())
        result.sites = repository.addAll(result.sites, QFileInfo(path).fileName());
    return result;
}

QByteArray SiteIo::toCsv(const QList<ProtectedSite> &sites)
{
    QString out = QStringLiteral("id,name,kind,lat,lon,radius_m,population,sensitivity,note\r\n");
    for (const ProtectedSite &s : sites) {
        const QStringList fields = {s.id,
                                    csvField(s.name),
                                    siteKindToString(s.kind),
                                    number(s.lat),
                                    number(s.lon),
                                    number(s.radiusM),
                                    s.population ? QString::number(*s.population) : QString(),
                                    csvField(sensitivityToString(s.sensitivity)),
                                    csvField(s.note)};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray SiteIo::toGeoJson(const QList<ProtectedSite> &sites)
{
    QJsonArray features;
    for (const ProtectedSite &s : sites) {
        QJsonObject props{{QStringLiteral("id"), s.id},
                          {QStringLiteral("name"), s.name},
                          {QStringLiteral("kind"), siteKindToString(s.kind)},
                          {QStringLiteral("radius_m"), s.radiusM},
                          {QStringLiteral("sensitivity"), sensitivityToString(s.sensitivity)},
                          {QStringLiteral("note"), s.note}};
        props.insert(QStringLiteral("population"), s.population ? QJsonValue(double(*s.population)) : QJsonValue());
        features.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                     {QStringLiteral("coordinates"), QJsonArray{s.lon, s.lat}}}},
            {QStringLiteral("properties"), props}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                     {QStringLiteral("features"), features}})
        .toJson(QJsonDocument::Indented);
}

void SiteIo::writeFile(const QList<ProtectedSite> &sites, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("csv"))
        data = toCsv(sites);
    else if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        data = toGeoJson(sites);
    else
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::SiteIo", "%1: protected sites are written to .csv or .geojson files.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw MissionError(MissionError::Kind::Io, QCoreApplication::translate("vigie::core::SiteIo", "Could not write %1: %2.").arg(path, f.errorString()));
}

} // namespace vigie::core
