// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_reader.h"

#include <memory>
#include <vector>

namespace vigie::core {

// The incident readers, by id. Filled in one place (builtin()); add() refuses a null reader and
// a duplicate id, so a new format is one reader class and one line there.
class IncidentReaderRegistry
{
  public:
    // Every reader core ships with: acled, hxl, csv, geojson, kml, gpkg, shp.
    static const IncidentReaderRegistry &builtin();

    // False (and nothing added) for a null reader or an id already registered.
    bool add(std::shared_ptr<const IncidentReader> reader);
    std::shared_ptr<const IncidentReader> reader(const QString &id) const;
    QStringList ids() const;
    // The reader most confident about the file (reads its first 64 KiB); null if none claims it.
    std::shared_ptr<const IncidentReader> identify(const QString &path) const;

  private:
    std::vector<std::shared_ptr<const IncidentReader>> m_readers;
};

} // namespace vigie::core
