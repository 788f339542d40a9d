// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sites/protected_site.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigie::core {

class SiteRepository;

// A record of an import file that was not taken, and why.
struct SiteImportReject
{
    int line = 0;    // CSV: the line the record starts on (1 = header); 0 for GeoJSON
    int feature = 0; // GeoJSON: the feature's number, from 1; 0 for CSV
    QString reason;  // translated
    QString toString() const;
};

struct SiteImportResult
{
    QList<ProtectedSite> sites; // valid records, not yet stored
    QList<SiteImportReject> rejects;
};

// Reads protected sites from CSV, GeoJSON and GeoPackage, and writes CSV and GeoJSON. Reading never stores: hand result.sites to
// SiteRepository::addAll() (one transaction), or call importFile(), which does both.
class SiteIo
{
  public:
    // CSV with a header row; columns found by name (any case, any order): name, kind, lat, lon,
    // radius (or radius_m), and optionally population, sensitivity, note. Comma or semicolon.
    // Throws MissionError (Invalid) if a required column is missing from the header.
    static SiteImportResult readCsv(const QByteArray &data);
    // A FeatureCollection (or one Feature) of Points with properties named as the CSV columns.
    // Throws MissionError (Invalid) if the text is not GeoJSON at all.
    static SiteImportResult readGeoJson(const QByteArray &data);
    // The first point layer of a GeoPackage (any file OGR reads), fields named as the CSV columns;
    // positions in another CRS are converted to WGS 84. Rejects are numbered by feature, from 1.
    // Throws MissionError (Invalid) if GDAL cannot open it or it holds no layer.
    static SiteImportResult readGeoPackage(const QString &path);
    // By extension (.csv, .geojson/.json, .gpkg). Throws MissionError (NotFound, Io, Invalid).
    static SiteImportResult readFile(const QString &path);
    // readFile() then SiteRepository::addAll(): all valid rows in one transaction, the rejects returned.
    static SiteImportResult importFile(SiteRepository &repository, const QString &path);

    static QByteArray toCsv(const QList<ProtectedSite> &sites);
    static QByteArray toGeoJson(const QList<ProtectedSite> &sites);
    // By extension; throws MissionError (Io, Invalid).
    static void writeFile(const QList<ProtectedSite> &sites, const QString &path);
};

} // namespace vigie::core
