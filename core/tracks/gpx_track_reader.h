// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

namespace vigie::core {

// GPX 1.0 and 1.1 (with or without namespace): trk/trkseg/trkpt, rte/rtept and wpt; ele, time
// (with offsets and fractions), speed and course (GPX 1.0 direct, Garmin gpxtpx/gpxx extensions).
// Each trk and rte is a track; all wpt of a file make one track.
//
// Two parsers, one reading: files of plain XML (nearly all: what loggers and tools write) are read
// by PlainXmlScanner from a mapping of the file, several times faster; any other goes through
// SafeXmlReader, with the same results. The choice is made over the whole file before anything
// reaches the sink.
class GpxTrackReader : public TrackReader
{
  public:
    QString id() const override { return QStringLiteral("gpx"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("gpx")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, TrackSink &sink) const override;

    // How read() parses (Auto). Tests and benchmarks force one: Fast returns false, having called
    // nothing on the sink, when the file needs the XML reader; Xml always uses it.
    enum class Path { Auto, Fast, Xml };
    static bool readVia(Path path, const QString &file, TrackSink &sink);
};

} // namespace vigie::core
