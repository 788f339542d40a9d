// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_writer.h"

#include <QSaveFile>
#include <QXmlStreamWriter>

#include <memory>

namespace vigie::core {

// KML incidents, streamed with QXmlStreamWriter (GDAL's LIBKML writer took 86 s of CPU for 2,800
// incidents: it grows quadratically). One Placemark per incident: its description, a TimeStamp
// (so Google Earth's time slider plays them), a Point, and every attribute OgrIncidentWriter
// writes in a typed Schema / SchemaData, so that KmlIncidentReader reads an export back
// unchanged. Written to a temporary file and renamed on close: an interrupted export leaves no
// half file.
class KmlIncidentWriter : public IncidentWriter
{
  public:
    QString id() const override { return QStringLiteral("kml"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("kml")}; }
    std::unique_ptr<IncidentWriter> clone() const override { return std::make_unique<KmlIncidentWriter>(); }
    bool open(const QString &path) override;
    bool write(const Incident &incident) override;
    bool close() override;

  private:
    std::unique_ptr<QSaveFile> m_file;
    QXmlStreamWriter m_xml;
    QStringList m_fields; // OgrIncidentWriter::fieldNames(), once per file
};

} // namespace vigie::core
