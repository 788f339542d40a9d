// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

namespace vigie::core {

// GPX 1.0 and 1.1 (with or without namespace): trk/trkseg/trkpt, rte/rtept and wpt; ele, time
// (with offsets and fractions), speed and course (GPX 1.0 direct, Garmin gpxtpx/gpxx extensions).
// Each trk and rte is a track; all wpt of a file make one track. Streams through SafeXmlReader.
class GpxTrackReader : public TrackReader
{
  public:
    QString id() const override { return QStringLiteral("gpx"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("gpx")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, TrackSink &sink) const override;
};

} // namespace vigie::core
