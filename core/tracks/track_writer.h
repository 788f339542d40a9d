// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"
#include "mission/sqlite_db.h"
#include "tracks/track_import_report.h"
#include "tracks/track_reader.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace vigie::core {

// The sink that writes tracks and points into a mission's tables, in batches through prepared
// statements. It must be used inside a transaction (MissionStore::write) and finish()ed before
// the commit. Used by TrackImporter, the demo mission and, later, live feeds.
class TrackWriter : public TrackSink
{
  public:
    static constexpr int kBatch = 8192;
    static constexpr int kRowsPerInsert = 64;

    TrackWriter(Database &db, TrackImportReport &report);
    ~TrackWriter() override;

    void setSensitivity(Sensitivity s) { m_sensitivity = s; }
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    void setProgressCallback(std::function<void(qint64, qint64)> cb) { m_progress = std::move(cb); }

    int track(const Track &header) override;
    void point(int track, const TrackPoint &point) override;
    void rejected(const ReadIssue &issue) override;
    void skippedLine() override { ++m_report.skippedLines; }
    void badChecksum(const ReadIssue &issue) override;
    void progress(qint64 done, qint64 total) override;
    bool isCancelled() const override { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // Writes the remaining points and the tracks' headers, times and extents. A writer may go on
    // after finish() in a later transaction (live feeds do): only headers changed since the last
    // finish() are written again.
    void finish();
    // Writes the points handed so far (the report's counts then include them); headers wait for
    // finish(). Live feeds call it per feed to learn what each one stored.
    void flush();
    // The UUID of the track behind a handle.
    QString trackId(int handle) const { return m_tracks[size_t(handle)].header.id; }


  private:
    struct State
    {
        Track header;
        qint64 fid = 0;
        bool touched = false;
        bool dirty = false; // changed since the last finish()
    };

    void bindPoint(Statement &st, int firstParam, const State &s, const TrackPoint &p, char *blob);
    void accept(State &s, const TrackPoint &p);

    Database &m_db;
    TrackImportReport &m_report;
    Statement m_insertPoint;  // one row, OR IGNORE
    Statement m_insertPoints; // kRowsPerInsert rows, OR FAIL
    std::vector<char> m_blobs; // the geometry BLOBs bound to them
    std::vector<State> m_tracks;
    QHash<QString, int> m_bySource;
    std::vector<std::pair<int, TrackPoint>> m_batch;
    Sensitivity m_sensitivity = Sensitivity::Unclassified;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
    QString m_lastSource;
    QByteArray m_lastSourceUtf8;
};

} // namespace vigie::core
