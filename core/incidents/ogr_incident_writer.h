// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_writer.h"

namespace vigie::core {

// GeoJSON and GeoPackage through GDAL/OGR: a point layer "incidents" in EPSG:4326 whose
// attributes carry every incident field under the store's column names (times as ISO 8601 UTC
// text, extra as JSON text), so that OgrIncidentReader reads an export back unchanged. (KML has
// its own writer, KmlIncidentWriter, with the same attributes.)
class OgrIncidentWriter : public IncidentWriter
{
  public:
    OgrIncidentWriter(QString id, QString name, QStringList extensions, QStringList drivers);
    ~OgrIncidentWriter() override;
    static std::vector<std::shared_ptr<const IncidentWriter>> all();
    // The attribute names, in order.
    static QStringList fieldNames();
    // Whether the attribute at this index is an integer (else text).
    static bool isIntegerField(int index);
    // An incident's attribute values as text, in fieldNames() order (empty = not set).
    static QStringList attributeValues(const Incident &incident);

    QString id() const override { return m_id; }
    QString name() const override { return m_name; }
    QStringList extensions() const override { return m_extensions; }
    std::unique_ptr<IncidentWriter> clone() const override;
    bool open(const QString &path) override;
    bool write(const Incident &incident) override;
    bool close() override;

  private:
    QString m_id;
    QString m_name;
    QStringList m_extensions;
    QStringList m_drivers; // tried in order
    void *m_ds = nullptr;
    void *m_layer = nullptr;
    bool m_inTransaction = false;
};

} // namespace vigie::core
