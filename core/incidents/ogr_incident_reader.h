// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_column_mapping.h"
#include "incidents/incident_reader.h"

#include <memory>
#include <optional>
#include <vector>

namespace vigie::core {

// Vector files read through GDAL/OGR: GeoJSON, GeoPackage, Shapefile (KML/KMZ: KmlIncidentReader). Positions come
// from the feature geometry (reprojected to EPSG:4326; a polygon gives its centroid and is kept
// as the incident's area), attributes through an IncidentColumnMapping (given or guessed).
// Every layer of the file is read; the "line" of a rejected feature is its 1-based number.
class OgrIncidentReader : public IncidentReader
{
  public:
    OgrIncidentReader(QString id, QString name, QStringList extensions, QString driver);
    // The three readers above, for the registry.
    static std::vector<std::shared_ptr<const IncidentReader>> all();

    void setMapping(IncidentColumnMapping mapping) { m_mapping = std::move(mapping); }

    QString id() const override { return m_id; }
    QString name() const override { return m_name; }
    QStringList extensions() const override { return m_extensions; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, const IncidentReadCallbacks &callbacks) const override;

  private:
    void readOgr(const QString &path, const IncidentReadCallbacks &callbacks) const;
    QString m_id;
    QString m_name;
    QStringList m_extensions;
    QString m_driver;
    std::optional<IncidentColumnMapping> m_mapping;
};

} // namespace vigie::core
