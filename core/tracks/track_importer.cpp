// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_importer.h"

#include "mission/mission_store.h"
#include "tracks/track_reader_registry.h"
#include "tracks/track_schema.h"
#include "tracks/track_writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace vigie::core {

namespace {
struct Cancelled
{
};
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
                          reader.read(path, writer);
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
