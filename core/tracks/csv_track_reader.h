// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "io/column_field.h"
#include "tracks/track_reader.h"

#include <QList>

namespace vigie::core {

// CSV with a header row: time (or date + time), lat and lon columns, found by their names
// (time/timestamp/datetime/utc, date, lat/latitude, lon/lng/long/longitude, alt/ele/altitude,
// speed, course/heading, id/track/uid/device, callsign/name) or given by a Mapping. Times are
// ISO 8601 or Unix seconds (or milliseconds when larger than 1e11). Rows with an id column are
// grouped into one track per id; otherwise the file is one track.
class CsvTrackReader : public TrackReader
{
  public:
    // Column names (case-insensitive) that override the guesses; empty = guess, or, when
    // `exact` (a person chose every column), empty = the file has no such column.
    struct Mapping
    {
        QString time, date, lat, lon, altitude, speed, course, id, callsign;
        bool exact = false;

        // The fields a person maps (a dialog's rows, the CLI's --map); a time or a date is
        // needed too (see problem()).
        static QList<ColumnField> fieldInfos();
        QString column(const QString &key) const;
        bool setColumn(const QString &key, const QString &column);
        // Why rows cannot be read with this mapping (no time, latitude or longitude); empty if fine.
        QString problem() const;
    };
    // What read() would use for this header: the given names, or the guesses from common names.
    // The result is exact.
    static Mapping guess(const QStringList &header, const Mapping &given);
    static Mapping guess(const QStringList &header);

    CsvTrackReader() = default;
    explicit CsvTrackReader(const Mapping &mapping) : m_mapping(mapping) {}

    QString id() const override { return QStringLiteral("csv"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("csv"), QStringLiteral("tsv")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, TrackSink &sink) const override;

  private:
    Mapping m_mapping;
};

} // namespace vigie::core
