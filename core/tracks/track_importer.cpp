// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_importer.h"

#include "mission/mission_store.h"
#include "tracks/track_reader_registry.h"
#include "tracks/track_schema.h"
#include "tracks/track_writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace vigie::core {

namespace {
struct Cancelled
{
};

// The reader on its own thread, the writer (SQLite) on the caller's: what the reader tells its
// sink is queued, in order, a batch at a time, and replayed on the real sink. Parsing a file takes
// a quarter to a half of an import; with both cores the two overlap.
class PipedSink : public TrackSink
{
  public:
    explicit PipedSink(const std::atomic<bool> *cancel) : m_cancel(cancel) {}

    // Reading thread (TrackSink).
    int track(const Track &header) override
    {
        Command c{Kind::Track, m_nextHandle, {}, std::make_unique<Track>(header), nullptr};
        add(std::move(c));
        return m_nextHandle++;
    }
    void point(int track, const TrackPoint &point) override { add({Kind::Point, track, point, nullptr, nullptr}); }
    void rejected(const ReadIssue &issue) override { add({Kind::Rejected, 0, {}, nullptr, std::make_unique<ReadIssue>(issue)}); }
    void skippedLine() override { add({Kind::Skipped, 0, {}, nullptr, nullptr}); }
    void badChecksum(const ReadIssue &issue) override { add({Kind::BadChecksum, 0, {}, nullptr, std::make_unique<ReadIssue>(issue)}); }
    void progress(qint64 done, qint64 total) override
    {
        m_total.store(total, std::memory_order_relaxed);
        m_done.store(done, std::memory_order_release);
    }
    bool isCancelled() const override
    {
        return (m_cancel && m_cancel->load(std::memory_order_relaxed)) || m_stopped.load(std::memory_order_relaxed);
    }
    void finish(std::exception_ptr error)
    {
        hand();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_readerDone = true;
        m_readerError = std::move(error);
        m_changed.notify_all();
    }

    // Writing thread: replays everything on `sink`; false once the reader is done and all is replayed.
    bool replayBatch(TrackSink &sink)
    {
        std::vector<Command> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_waiting.empty() || m_readerDone; });
            if (m_waiting.empty())
                return false;
            batch = std::move(m_waiting.front());
            m_waiting.pop_front();
            m_changed.notify_all();
        }
        for (Command &c : batch) {
            switch (c.kind) {
            case Kind::Track:
                if (m_handles.size() <= size_t(c.handle))
                    m_handles.resize(size_t(c.handle) + 1, -1);
                m_handles[size_t(c.handle)] = sink.track(*c.header);
                break;
            case Kind::Point:
                sink.point(c.handle >= 0 && size_t(c.handle) < m_handles.size() ? m_handles[size_t(c.handle)] : c.handle, c.point);
                break;
            case Kind::Rejected:
                sink.rejected(*c.issue);
                break;
            case Kind::Skipped:
                sink.skippedLine();
                break;
            case Kind::BadChecksum:
                sink.badChecksum(*c.issue);
                break;
            }
        }
        const qint64 done = m_done.load(std::memory_order_acquire);
        if (done >= 0)
            sink.progress(done, m_total.load(std::memory_order_relaxed));
        return true;
    }
    // The writer has stopped (done or failed): the reader's next call sees isCancelled() and
    // nothing it adds waits any more.
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_waiting.clear();
        m_changed.notify_all();
    }
    std::exception_ptr readerError() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_readerError;
    }

  private:
    enum class Kind { Track, Point, Rejected, Skipped, BadChecksum };
    struct Command
    {
        Kind kind;
        int handle;
        TrackPoint point;
        std::unique_ptr<Track> header;
        std::unique_ptr<ReadIssue> issue;
    };
    static constexpr size_t kBatch = 1024;
    static constexpr size_t kMaxWaiting = 8;

    void add(Command &&c)
    {
        m_filling.push_back(std::move(c));
        if (m_filling.size() >= kBatch)
            hand();
    }
    void hand()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_waiting.size() < kMaxWaiting || m_stopped; });
        if (!m_stopped && !m_filling.empty())
            m_waiting.push_back(std::move(m_filling));
        m_filling.clear();
        m_changed.notify_all();
    }

    const std::atomic<bool> *m_cancel;
    int m_nextHandle = 0;
    std::vector<Command> m_filling; // reading thread
    std::vector<int> m_handles;     // writing thread: the reader's track handle -> the writer's
    std::atomic<qint64> m_done{-1}, m_total{0};
    std::atomic<bool> m_stopped{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Command>> m_waiting;
    bool m_readerDone = false;
    std::exception_ptr m_readerError;
};

// Runs reader.read(path, …) on a thread of its own and replays what it reads on `sink` here.
// A reader's exception comes out here, after the reader has stopped; so does the sink's.
void readPiped(const TrackReader &reader, const QString &path, TrackSink &sink, const std::atomic<bool> *cancel)
{
    PipedSink pipe(cancel);
    std::thread reading([&] {
        std::exception_ptr error;
        try {
            reader.read(path, pipe);
        } catch (...) {
            error = std::current_exception();
        }
        pipe.finish(error);
    });
    struct Join
    {
        PipedSink &pipe;
        std::thread &thread;
        ~Join()
        {
            pipe.stop();
            if (thread.joinable())
                thread.join();
        }
    } join{pipe, reading};
    while (pipe.replayBatch(sink)) {
    }
    pipe.stop();
    reading.join();
    if (const std::exception_ptr error = pipe.readerError())
        std::rethrow_exception(error);
}
} // namespace

TrackImporter::TrackImporter(MissionStore &store) : TrackImporter(store, TrackReaderRegistry::builtIn()) {}

TrackImporter::TrackImporter(MissionStore &store, const TrackReaderRegistry &registry) : m_store(store), m_registry(registry) {}

TrackImportReport TrackImporter::importFile(const QString &path, const QString &formatId)
{
    const TrackReader *reader = formatId.isEmpty() ? m_registry.identify(path) : m_registry.byId(formatId);
    if (!reader) {
        TrackImportReport report;
        report.file = path;
        report.format = formatId;
        report.error = formatId.isEmpty()
                           ? QCoreApplication::translate("vigie::core::TrackImporter", "the format of the file is not recognised; give it with --format")
                           : QCoreApplication::translate("vigie::core::TrackImporter", "unknown track format \"%1\"").arg(formatId);
        if (!QFileInfo::exists(path))
            report.error = QCoreApplication::translate("vigie::core::TrackImporter", "the file does not exist");
        return report;
    }
    return importFile(path, *reader);
}

TrackImportReport TrackImporter::importFile(const QString &path, const TrackReader &reader)
{
    QElapsedTimer timer;
    timer.start();
    TrackImportReport report;
    report.file = path;
    report.format = reader.id();
    if (!QFileInfo(path).isFile()) {
        report.error = QCoreApplication::translate("vigie::core::TrackImporter", "the file does not exist");
        return report;
    }
    // A bigger page cache for the import: the point tables, their indexes and the R*Tree all
    // grow at once, and spilling them to the WAL in the middle of the transaction is slow.
    const QVariant oldCache = m_store.database().scalar(QStringLiteral("PRAGMA cache_size"));
    m_store.database().exec(QStringLiteral("PRAGMA cache_size=-131072"));
    try {
        m_store.write({QStringLiteral("import"), QStringLiteral("tracks"), QString(), QString()},
                      [&](Database &db, AuditRecord &rec) {
                          // The R*Tree of the points is filled once at the end, not row by row.
                          const SuspendedTrackIndexing suspended = suspendTrackPointIndexing(db);
                          TrackWriter writer(db, report);
                          writer.setSensitivity(m_sensitivity);
                          writer.setCancelFlag(m_cancel);
                          writer.setProgressCallback(m_progress);
                          readPiped(reader, path, writer, m_cancel);
                          if (writer.isCancelled())
                              throw Cancelled();
                          writer.finish();
                          resumeTrackPointIndexing(db, suspended, report.pointsAccepted);
                          rec.summary = QStringLiteral("%1 (%2): %3 points in %4 tracks (%5 new), %6 rejected, %7 duplicates")
                                            .arg(QFileInfo(path).fileName(), reader.id())
                                            .arg(report.pointsAccepted)
                                            .arg(report.tracks)
                                            .arg(report.newTracks)
                                            .arg(report.rejectedCount + report.badChecksums)
                                            .arg(report.duplicates);
                      });
    } catch (const Cancelled &) {
        report.cancelled = true;
    } catch (const TrackReadError &e) {
        report.error = e.issue().reason;
        report.rejected.prepend(e.issue());
    } catch (const MissionError &e) {
        // Rolled back by MissionStore::write: the mission is as it was before this file.
        report.error = e.kind() == MissionError::Kind::DiskFull
            ? QCoreApplication::translate("vigie::core::TrackImporter", "disk full: nothing from this file was imported")
            : e.message();
    } catch (const DbError &e) {
        report.error = e.message();
    }
    if (report.cancelled || !report.error.isEmpty()) {
        // Rolled back: nothing of this file is in the mission.
        report.pointsAccepted = 0;
        report.tracks = 0;
        report.newTracks = 0;
        report.duplicates = 0;
    }
    m_store.database().exec(QStringLiteral("PRAGMA cache_size=%1").arg(oldCache.toLongLong()));
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace vigie::core
