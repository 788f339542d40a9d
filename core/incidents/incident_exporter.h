// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_repository.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace vigie::core {

class IncidentWriter;
class MissionStore;

struct ExportReport
{
    QString file;
    QString format;
    qint64 exported = 0;
    qint64 elapsedMs = 0;
    QString error; // set when the file could not be written (nothing is left behind)
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
    int exitCode() const { return ok() ? 0 : 1; }
    QJsonObject toJson() const;
    QString humanSummary() const;
};

struct ExportOptions
{
    // A writer id ("acled", "geojson", "gpkg", "kml"); empty = from the file name's suffix.
    QString format;
    // Which incidents: time window, bbox and the other filters of the incident table.
    IncidentFilter filter;
    std::atomic<bool> *cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

// Writes a mission's incidents to a file through an IncidentWriter, and records the export in
// the audit log (who took which data out, when).
class IncidentExporter
{
  public:
    explicit IncidentExporter(MissionStore &store);
    ExportReport exportTo(const QString &path, const ExportOptions &options = {});

  private:
    MissionStore &m_store;
};

} // namespace vigie::core
