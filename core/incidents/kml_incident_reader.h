// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_column_mapping.h"
#include "incidents/incident_reader.h"

#include <optional>

namespace vigie::core {

// KML and KMZ incident files, read with Vigie's own SafeXmlReader (no DTD, no entities, bounded
// depth and token size; KMZ through KmzDocument: no zip bombs, no escaping names) rather than
// GDAL's KML drivers, which are not safe on hostile files (fuzz_kml found a memory error in GDAL
// 3.6's KML driver; see tests/fuzz/upstream/README.md).
//
// Each Placemark is a row. Its columns are the ones GDAL's LIBKML driver gives, so that a mapping
// written for it still applies: "name", "description", "timestamp" (TimeStamp/when, or else the
// TimeSpan's begin), "begin" and "end" (TimeSpan) when the file has times, then every ExtendedData field (Schema SimpleField
// order first, then SimpleData and Data names as they appear). The position is a Point's, or the
// centroid of the geometry (polygons area-weighted, kept as the incident's area; lines
// length-weighted; several points averaged). A rejected row's "line" is the line of its
// <Placemark>. A file that is not well-formed XML is refused whole, before anything is imported.
class KmlIncidentReader : public IncidentReader
{
  public:
    void setMapping(IncidentColumnMapping mapping) { m_mapping = std::move(mapping); }

    QString id() const override { return QStringLiteral("kml"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("kml"), QStringLiteral("kmz")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, const IncidentReadCallbacks &callbacks) const override;

  private:
    std::optional<IncidentColumnMapping> m_mapping;
};

} // namespace vigie::core
