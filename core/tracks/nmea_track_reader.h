// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

#include <memory>
#include <string_view>

namespace vigie::core {

// NMEA 0183 logs: GGA, RMC, GLL, VTG, GNS (and ZDA for the date) from GP, GN, GL, GA, BD and GB
// talkers. Sentences of one epoch (same time of day) merge into one fix; the date comes from RMC
// or ZDA and rolls over at midnight. Bad checksums are rejected and counted; lines that are not
// NMEA (binary, AIS '!' sentences, proprietary $P…) are skipped and counted, never fatal.
// Parses bytes, not QString: it must import hundreds of thousands of fixes a second.
class NmeaTrackReader : public TrackReader
{
  public:
    QString id() const override { return QStringLiteral("nmea"); }
    QString name() const override;
    QStringList extensions() const override;
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, TrackSink &sink) const override;
};

// The same parser for a live stream (NMEA over TCP/UDP): sentences handed one at a time into one
// track. A fix is handed to the sink when the next epoch starts, or at finish().
class NmeaSentenceStream
{
  public:
    NmeaSentenceStream(const Track &header, TrackSink &sink);
    ~NmeaSentenceStream();
    NmeaSentenceStream(const NmeaSentenceStream &) = delete;
    NmeaSentenceStream &operator=(const NmeaSentenceStream &) = delete;

    void sentence(std::string_view line, qint64 lineNumber);
    void finish();

  private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie::core
