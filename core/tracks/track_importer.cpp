// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_importer.h"

#include "io/read_ahead.h"
#include "mission/mission_store.h"
#include "tracks/track_reader_registry.h"
#include "tracks/track_schema.h"
#include "tracks/track_writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>

namespace vigie::core {

namespace {
struct Cancelled
{
};

// What a reader tells its sink, recorded on the reading thread and replayed in order on the
// real sink (the TrackWriter) on the caller's, through ReadAhead.
class RecordingSink : public TrackSink
{
  public:
    enum class Kind { Track, Point, Rejected, Skipped, BadChecksum };
    struct Command
    {
        Kind kind;
        int handle;
        TrackPoint point;
        std::unique_ptr<Track> header;
        std::unique_ptr<ReadIssue> issue;
    };

    RecordingSink(ReadAhead<Command> &ahead, const std::atomic<bool> *cancel) : m_ahead(ahead), m_cancel(cancel) {}

    int track(const Track &header) override
    {
        m_ahead.push({Kind::Track, m_nextHandle, {}, std::make_unique<Track>(header), nullptr});
        return m_nextHandle++;
    }
    void point(int track, const TrackPoint &point) override { m_ahead.push({Kind::Point, track, point, nullptr, nullptr}); }
    void rejected(const ReadIssue &issue) override { m_ahead.push({Kind::Rejected, 0, {}, nullptr, std::make_unique<ReadIssue>(issue)}); }
    void skippedLine() override { m_ahead.push({Kind::Skipped, 0, {}, nullptr, nullptr}); }
    void badChecksum(const ReadIssue &issue) override { m_ahead.push({Kind::BadChecksum, 0, {}, nullptr, std::make_unique<ReadIssue>(issue)}); }
    void progress(qint64 done, qint64 total) override { m_ahead.setProgress(done, total); }
    bool isCancelled() const override { return (m_cancel && m_cancel->load(std::memory_order_relaxed)) || m_ahead.stopped(); }

    // Writing thread.
    void replay(std::vector<Command> &batch, TrackSink &sink)
    {
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
        qint64 done = 0, total = 0;
        if (m_ahead.progress(&done, &total))
            sink.progress(done, total);
    }

  private:
    ReadAhead<Command> &m_ahead;
    const std::atomic<bool> *m_cancel;
    int m_nextHandle = 0;       // reading thread
    std::vector<int> m_handles; // writing thread: the reader's track handle -> the writer's
};

// reader.read(path, …) on a thread of its own, replayed on `sink` here. What the reader throws
// comes out here once it has stopped; so does what the sink throws.
void readAhead(const TrackReader &reader, const QString &path, TrackSink &sink, const std::atomic<bool> *cancel)
{
    ReadAhead<RecordingSink::Command> ahead;
    RecordingSink recording(ahead, cancel);
    ahead.start([&] { reader.read(path, recording); });
    std::vector<RecordingSink::Command> batch;
    while (ahead.next(&batch))
        recording.replay(batch, sink);
    ahead.join();
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
    // A bigger page cache for the import: its chunks (16-30 MB for 500,000 points) stay in memory
    // until the commit instead of spilling to the WAL in the middle of the transaction.
    const QVariant oldCache = m_store.database().scalar(QStringLiteral("PRAGMA cache_size"));
    m_store.database().exec(QStringLiteral("PRAGMA cache_size=-131072"));
    try {
        m_store.write({QStringLiteral("import"), QStringLiteral("tracks"), QString(), QString()},
                      [&](Database &db, AuditRecord &rec) {
                          TrackWriter writer(db, report);
                          writer.setSensitivity(m_sensitivity);
                          writer.setCancelFlag(m_cancel);
                          writer.setProgressCallback(m_progress);
                          readAhead(reader, path, writer, m_cancel);
                          if (writer.isCancelled())
                              throw Cancelled();
                          writer.finish();
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
