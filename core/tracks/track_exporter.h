// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_point.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace vigie::core {

class MissionStore;

struct TrackExportReport
{
    QString file;
    QString format;
    int tracks = 0;
    qint64 points = 0;
    qint64 elapsedMs = 0;
    QJsonObject toJson() const;
    QString humanSummary() const;
};

// Writes tracks out of a mission as GPX 1.1 (speed/course in gpxtpx), KML (gx:Track), GeoJSON
// (one LineString feature per track with its times) or CSV. Appends an "export" audit row when
// the mission is writable. Throws std::runtime_error with a person's message on I/O failure.
class TrackExporter
{
  public:
    enum class Format { Gpx, Kml, GeoJson, Csv };
    static std::optional<Format> formatFromString(const QString &text); // "gpx", "kml", "geojson", "csv"
    static QString formatToString(Format f);

    explicit TrackExporter(MissionStore &store) : m_store(store) {}
    // trackIds empty = every live track; [fromMs, toMs] limits the points (kNoTime = open).
    TrackExportReport exportTracks(const QString &path, Format format, const QStringList &trackIds = {},
                                   qint64 fromMs = TrackPoint::kNoTime, qint64 toMs = TrackPoint::kNoTime);

  private:
    MissionStore &m_store;
};

} // namespace vigie::core
