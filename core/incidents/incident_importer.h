// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"
#include "incidents/incident_reader.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace vigie::core {

class IncidentReader;
class MissionStore;

// What one file's import did. The CLI prints humanSummary() or toJson() and exits 0 when all
// rows were imported, 2 when some were rejected, 1 when nothing could be imported.
struct ImportReport
{
    struct Rejected
    {
        qint64 line = 0;
        QString reason;
    };

    QString file;
    QString format;          // the reader's id
    qint64 imported = 0;
    qint64 rejectedCount = 0; // all rejected rows; `rejected` keeps the first kMaxListed
    QList<Rejected> rejected;
    qint64 duplicates = 0;   // same external id already stored, or earlier in the file
    qint64 elapsedMs = 0;
    QString rejectsFile;     // "<file>.rejects.csv" when rows were rejected (and it could be written)
    QString error;           // set when nothing was imported (unreadable file, cancelled, …)
    bool cancelled = false;

    static constexpr int kMaxListed = 1000;

    bool ok() const { return error.isEmpty(); }
    // 0 all imported (duplicates skipped), 2 some rows rejected, 1 nothing imported.
    int exitCode() const;
    QJsonObject toJson() const;
    QString humanSummary() const;
};

struct ImportOptions
{
    // A reader id ("acled", "hxl", "csv", "geojson", "kml", "gpkg", "shp"; "ogr" picks by file
    // name); empty = identify from the file.
    QString format;
    // A configured reader (e.g. a CsvIncidentReader with a column mapping); overrides format.
    std::shared_ptr<const IncidentReader> reader;
    // Set to true from any thread to stop; the file's import is then rolled back.
    std::atomic<bool> *cancel = nullptr;
    // Bytes (or features) read and the total, a few times a second at most.
    std::function<void(qint64 done, qint64 total)> progress;
    bool writeRejectsFile = true;
};

// Imports incident files into a mission: one transaction and one audit row per file, prepared
// statements, duplicates by external id skipped, rejected rows reported and written beside the
// source as "<file>.rejects.csv" (original columns + line + reason).
class IncidentImporter
{
  public:
    explicit IncidentImporter(MissionStore &store);

    ImportReport importFile(const QString &path, const ImportOptions &options = {});
    QList<ImportReport> importFiles(const QStringList &paths, const ImportOptions &options = {});
    // Imports incidents made in memory (the demo mission, a paste, a feed) the same way: one
    // transaction, one audit row naming `sourceName`, duplicates by external id skipped,
    // invalid ones reported by their 1-based position. No rejects file.
    ImportReport importRecords(std::vector<Incident> incidents, const QString &sourceName,
                               const ImportOptions &options = {});

  private:
    ImportReport run(const QString &path, const std::function<void(const IncidentReadCallbacks &)> &produce,
                     ImportReport report, QElapsedTimer timer, const ImportOptions &options);
    MissionStore &m_store;
};

} // namespace vigie::core
