// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"
#include "tracks/track_import_report.h"
#include "tracks/track_reader.h"

#include <QString>

#include <atomic>
#include <functional>

namespace vigie::core {

class MissionStore;
class TrackReaderRegistry;

// Imports track files into a mission: one transaction and one audit row per file, points written
// in batches through prepared statements. A fix already in the mission (same track, same time) is
// not added twice; a track whose source id is already there (a CoT uid, the same file) is extended.
class TrackImporter
{
  public:
    explicit TrackImporter(MissionStore &store);
    TrackImporter(MissionStore &store, const TrackReaderRegistry &registry);

    // Polled between batches; when it becomes true the file's import is rolled back.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }
    // (bytes done, bytes total) of the current file; called from the importing thread.
    void setProgressCallback(std::function<void(qint64, qint64)> callback) { m_progress = std::move(callback); }
    // The sensitivity given to new tracks (default UNCLASSIFIED).
    void setSensitivity(Sensitivity s) { m_sensitivity = s; }

    // formatId empty = identify the file from its name and first bytes. Never throws for a bad
    // file: the report says what happened.
    TrackImportReport importFile(const QString &path, const QString &formatId = QString());
    TrackImportReport importFile(const QString &path, const TrackReader &reader);

  private:
    MissionStore &m_store;
    const TrackReaderRegistry &m_registry;
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(qint64, qint64)> m_progress;
    Sensitivity m_sensitivity = Sensitivity::Unclassified;
};

} // namespace vigie::core
