// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/csv_track_reader.h"
#include "tracks/track_import_report.h"

#include <QHash>

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>


class QProgressDialog;
class QThread;

namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// File > Import tracks… and Export tracks…. An import runs on a worker thread with its own
// connection to the mission file (MissionStore is not thread-safe), behind a progress dialog that
// can cancel it (the file being imported is rolled back); then a report lists what was rejected,
// with line and reason.
class TracksTransfer : public QObject
{
    Q_OBJECT
  public:
    TracksTransfer(ui::Workstation *workstation, QObject *parent = nullptr);
    ~TracksTransfer() override;

    // A CSV file's columns as a person mapped them (or empty: read as the file says).
    using CsvMappings = QHash<QString, core::CsvTrackReader::Mapping>;
    // Starts importing into the open mission; false if one is already running or none is open.
    bool importFiles(const QStringList &files, const QString &formatId = QString(), const CsvMappings &mappings = {});
    // For each CSV file whose time, latitude and longitude columns cannot be told from their
    // names, asks which column is what (ui::ColumnMappingDialog). Returns the files to import
    // (a cancelled dialog leaves its file out) and fills `mappings`.
    QStringList askColumnMappings(const QStringList &files, CsvMappings *mappings);
    bool isImporting() const { return m_thread != nullptr; }
    void cancelAndWait();
    QList<core::TrackImportReport> lastReports() const { return m_reports; }
    QDialog *reportDialog() const { return m_reportDialog; }

  public slots:
    void chooseAndImport();
    void chooseAndExport();

  signals:
    // On the UI thread, once the worker is done (whatever it imported).
    void imported();

  private:
    void importDone();
    void finishImport(bool report);
    void showReport();

    ui::Workstation *m_workstation;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_permille{0};
    QPointer<QProgressDialog> m_progress;
    QPointer<QDialog> m_reportDialog;
    QString m_importPath;
    QList<core::TrackImportReport> m_reports; // written by the worker, read after it finished
};

} // namespace vigie::plugins
