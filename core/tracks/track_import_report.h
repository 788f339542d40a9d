// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vigie::core {

// What one file's import did: for the CLI's --json, the GUI's import dialog and the audit log.
struct TrackImportReport
{
    static constexpr int kMaxIssuesKept = 1000; // counts stay exact; the list is a sample

    QString file;
    QString format;          // reader id
    int tracks = 0;          // tracks that received points (new or existing)
    int newTracks = 0;
    qint64 pointsAccepted = 0;
    qint64 duplicates = 0;   // fixes already in the mission (same track and time), not added again
    qint64 rejectedCount = 0;
    QList<ReadIssue> rejected; // the first kMaxIssuesKept, with line and reason
    qint64 skippedLines = 0; // not records of the format (non-NMEA lines, non-atom CoT events)
    qint64 badChecksums = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString error;           // the file could not be imported at all (nothing was written)

    bool nothingImported() const { return pointsAccepted == 0 && duplicates == 0; }
    QJsonObject toJson() const;
    QString humanSummary() const;
    // The CLI's exit code over several files: 0 all accepted, 2 some rejected, 1 nothing imported.
    static int exitCode(const QList<TrackImportReport> &reports);
};

} // namespace vigie::core
