// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vigie::core {

// The track readers, one registration per format (as GDAL registers drivers). add() refuses a
// null reader and a duplicate id.
class TrackReaderRegistry
{
  public:
    TrackReaderRegistry() = default;
    TrackReaderRegistry(const TrackReaderRegistry &) = delete;
    TrackReaderRegistry &operator=(const TrackReaderRegistry &) = delete;

    // The registry with every built-in reader (GPX, NMEA, CoT, KML/KMZ, CSV).
    static const TrackReaderRegistry &builtIn();
    // Registers the built-in readers into `registry`: the one place formats are listed.
    static void addBuiltInReaders(TrackReaderRegistry &registry);

    // False (and *error) for a null reader or an id already registered.
    bool add(std::unique_ptr<TrackReader> reader, QString *error = nullptr);
    const TrackReader *byId(const QString &id) const;
    QStringList ids() const;
    // The best reader for the file, from its name and first 4 KiB; nullptr if none fits.
    const TrackReader *identify(const QString &path) const;

  private:
    std::vector<std::unique_ptr<TrackReader>> m_readers;
};

} // namespace vigie::core
