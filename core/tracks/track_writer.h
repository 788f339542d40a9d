// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"
#include "mission/sqlite_db.h"
#include "tracks/track_chunk.h"
#include "tracks/track_import_report.h"
#include "tracks/track_reader.h"
#include "tracks/track_schema.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <unordered_set>
#include <vector>

namespace vigie::core {

// The sink that writes tracks and points into a mission's tables: each track's points gathered
// into chunks (track_chunk.h), a chunk written when full. It must be used inside a transaction
// (MissionStore::write) and finish()ed before the commit. Used by TrackImporter, the demo mission
// and live feeds.
//
// One fix per track and instant: a point whose track already has one at its time (stored, or
// handed earlier) is counted as a duplicate and not written, so re-importing a file adds nothing
// twice. Points without a time are always kept, as before schema 8. The check costs nothing for
// points newer than their track's newest; an older one reads the times of the chunks around its
// instant, once per chunk. A writer knows the chunks stored when it first meets a track and those
// it writes: two writers filling the same track at once (an import of a CoT log while the same
// contact comes in live) may each keep a fix of the same instant.
class TrackWriter : public TrackSink
{
  public:
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
    // Writes the points handed so far (the report counts each point as it is handed); headers
    // wait for finish(). Live feeds call it before each commit.
    void flush();
    // The UUID of the track behind a handle.
    QString trackId(int handle) const { return m_tracks[size_t(handle)].header.id; }


  private:
    struct Span // a stored chunk with times
    {
        qint64 fid = 0;
        qint64 minTime = 0;
        qint64 maxTime = 0;
        bool timesKnown = false; // its times are in State::seen
    };
    struct State
    {
        Track header;
        qint64 fid = 0;
        bool existed = false;     // stored before this writer met it
        bool spansLoaded = false; // its stored chunks are in `spans`
        bool touched = false;
        bool dirty = false; // changed since the last finish()
        qint64 newestTime = TrackPoint::kNoTime; // of the points stored or pending
        std::vector<Span> spans;                 // by minTime
        std::unordered_set<qint64> seen;         // the times of the spans read so far
        TrackChunkSet pending;
    };

    void accept(State &s, const TrackPoint &p);
    bool isDuplicate(State &s, qint64 timeMs);
    void loadSpans(State &s);
    void writeChunk(State &s, TrackChunkBuilder &chunk);

    Database &m_db;
    TrackImportReport &m_report;
    TrackChunkInsert m_insertChunk;
    Statement m_chunkPoints; // a chunk's BLOB by fid
    std::vector<State> m_tracks;
    QHash<QString, int> m_bySource;
    Sensitivity m_sensitivity = Sensitivity::Unclassified;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace vigie::core
