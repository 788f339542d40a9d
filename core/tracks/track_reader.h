// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track.h"
#include "tracks/track_point.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace vigie::core {

// One record a reader could not use: where and why, in words for a person.
struct ReadIssue
{
    QString file;
    qint64 line = 0;   // 1-based; 0 if not known
    qint64 column = 0; // 1-based column or 0
    QString reason;

    QString toString() const;
};

// A file a reader cannot read at all (missing, unreadable, not of its format).
class TrackReadError : public std::runtime_error
{
  public:
    explicit TrackReadError(const ReadIssue &issue)
        : std::runtime_error(issue.toString().toStdString()), m_issue(issue) {}
    const ReadIssue &issue() const { return m_issue; }
    QString message() const { return m_issue.toString(); }

  private:
    ReadIssue m_issue;
};

// Where a reader streams what it reads. A reader declares a track (or declares it again with
// newer header data: the sink keeps one track per sourceId), then hands points by that handle.
class TrackSink
{
  public:
    virtual ~TrackSink() = default;
    // Returns a handle for points. The same sourceId gives the same handle; a later call may
    // refine callsign, type, kind (the newest CoT event for a uid wins).
    virtual int track(const Track &header) = 0;
    virtual void point(int track, const TrackPoint &point) = 0;
    virtual void rejected(const ReadIssue &issue) = 0;
    // Lines that are not records of the format (binary garbage, AIS, proprietary sentences).
    virtual void skippedLine() {}
    virtual void badChecksum(const ReadIssue &issue) { rejected(issue); }
    // How far the reader is (bytes of the file); for progress.
    virtual void progress(qint64 done, qint64 total) {}
    // Polled by readers between records; true stops reading early.
    virtual bool isCancelled() const { return false; }
};

// One format. identify() must be cheap (it sees only the file name and its first bytes).
class TrackReader
{
  public:
    virtual ~TrackReader() = default;
    virtual QString id() const = 0;            // "gpx", "nmea", …
    virtual QString name() const = 0;          // translated, for a person
    virtual QStringList extensions() const = 0; // lower case, no dot
    // 0 = not this format … 100 = certainly this format.
    virtual int identify(const QString &path, const QByteArray &head) const = 0;
    // Streams the file into the sink. Throws TrackReadError when the file cannot be read at all;
    // bad records go to sink.rejected() and reading goes on.
    virtual void read(const QString &path, TrackSink &sink) const = 0;
};

} // namespace vigie::core
