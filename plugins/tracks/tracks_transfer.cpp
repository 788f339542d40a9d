// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks_transfer.h"
#include "io/counts.h"

#include "import/column_mapping_dialog.h"
#include "io/csv_reader.h"
#include "mission/mission_store.h"
#include "tracks/track_exporter.h"
#include "tracks/track_importer.h"
#include "tracks/track_reader_registry.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <stdexcept>

namespace vigie::plugins {

TracksTransfer::TracksTransfer(ui::Workstation *workstation, QObject *parent) : QObject(parent), m_workstation(workstation)
{
    // A mission closing under a running import: stop it first (its file stays consistent either way).
    connect(workstation, &ui::Workstation::missionChanged, this, [this] { cancelAndWait(); });
}

TracksTransfer::~TracksTransfer() { cancelAndWait(); }

void TracksTransfer::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    finishImport(false);
}

void TracksTransfer::chooseAndImport()
{
    if (!m_workstation->mission())
        return;
    const QStringList files = m_workstation->fileChooser()->openFiles(
        QApplication::activeWindow(), tr("Import tracks"), QString(),
        tr("Track files (*.gpx *.nmea *.nmea0183 *.log *.txt *.cot *.xml *.kml *.csv);;All files (*)"));
    CsvMappings mappings;
    const QStringList toImport = askColumnMappings(files, &mappings);
    if (!toImport.isEmpty())
        importFiles(toImport, QString(), mappings);
}

QStringList TracksTransfer::askColumnMappings(const QStringList &files, CsvMappings *mappings)
{
    QStringList out;
    for (const QString &path : files) {
        const core::TrackReader *reader = core::TrackReaderRegistry::builtIn().identify(path);
        const core::CsvPreview preview = reader && reader->id() == QLatin1String("csv") ? core::readCsvPreview(path, 8) : core::CsvPreview{};
        const core::CsvTrackReader::Mapping guess = core::CsvTrackReader::guess(preview.header);
        if (preview.header.isEmpty() || guess.problem().isEmpty()) {
            out << path; // not a CSV, an unreadable one (the import says why), or columns found by name
            continue;
        }
        const QList<core::ColumnField> fields = core::CsvTrackReader::Mapping::fieldInfos();
        QMap<QString, QString> guesses;
        for (const core::ColumnField &f : fields)
            guesses.insert(f.key, guess.column(f.key));
        // A time or a date is needed besides the position: OK waits for one of them.
        const ui::ColumnMappingDialog::Requirement timeOrDate{
            [](const QMap<QString, QString> &m) { return m.contains(QStringLiteral("time")) || m.contains(QStringLiteral("date")); },
            tr("a time or date column")};
        const std::optional<QMap<QString, QString>> chosen = ui::ColumnMappingDialog::ask(
            QStringLiteral("tracks"), QFileInfo(path).fileName(), fields, preview, guesses,
            tr("Vigie cannot tell this file's time and position columns by their names. Choose which column "
               "holds what; the columns left unused are not imported."),
            timeOrDate, QApplication::activeWindow());
        if (!chosen)
            continue;
        core::CsvTrackReader::Mapping mapping;
        mapping.exact = true;
        for (auto it = chosen->cbegin(); it != chosen->cend(); ++it)
            mapping.setColumn(it.key(), it.value());
        mappings->insert(path, mapping);
        out << path;
    }
    return out;
}

bool TracksTransfer::importFiles(const QStringList &files, const QString &formatId, const CsvMappings &mappings)
{
    core::MissionStore *mission = m_workstation->mission();
    if (m_thread || !mission || files.isEmpty())
        return false;
    m_cancel = false;
    m_permille = 0;
    m_reports.clear();
    const QString missionPath = mission->path();
    m_importPath = missionPath;

    m_progress = new QProgressDialog(tr("Importing tracks…"), tr("Cancel"), 0, 1000, QApplication::activeWindow());
    m_progress->setObjectName(QStringLiteral("trackImportProgress"));
    m_progress->setWindowTitle(tr("Import tracks"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    // The worker only writes an atomic; the UI polls it, so a fast reader cannot flood the event loop.
    auto *poll = new QTimer(m_progress);
    connect(poll, &QTimer::timeout, m_progress, [this] {
        if (m_progress && !m_cancel)
            m_progress->setValue(m_permille.load());
    });
    poll->start(100);

    m_thread = QThread::create([this, files, formatId, missionPath, mappings] {
        QList<core::TrackImportReport> reports;
        try {
            auto store = core::MissionStore::openConnection(missionPath, core::MissionStore::OpenMode::ReadWrite);
            core::TrackImporter importer(*store);
            importer.setCancelFlag(&m_cancel);
            const int n = int(files.size());
            for (int i = 0; i < n && !m_cancel; ++i) {
                importer.setProgressCallback([this, i, n](qint64 done, qint64 total) {
                    const double part = total > 0 ? double(done) / double(total) : 0.0;
                    m_permille = int(1000.0 * (double(i) + part) / double(n));
                });
                const auto mapped = mappings.constFind(files.at(i));
                reports << (mapped != mappings.constEnd() ? importer.importFile(files.at(i), core::CsvTrackReader(*mapped))
                                                          : importer.importFile(files.at(i), formatId));
            }
        } catch (const core::MissionError &e) {
            core::TrackImportReport failed;
            failed.file = missionPath;
            failed.error = e.message();
            reports << failed;
        }
        m_reports = reports;
    });
    connect(m_thread, &QThread::finished, this, &TracksTransfer::importDone);
    m_thread->start();
    return true;
}

void TracksTransfer::importDone() { finishImport(true); }

void TracksTransfer::finishImport(bool report)
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->reset();
        m_progress->deleteLater();
    }
    // The worker wrote through its own connection: tell everyone who follows the UI's store (the
    // Mission panel's counts, this plugin's dock and layers) as if the write had been its own.
    if (core::MissionStore *mission = m_workstation->mission(); mission && mission->path() == m_importPath) {
        mission->notifyExternalChange(QStringLiteral("tracks"));
        mission->notifyExternalChange(QStringLiteral("track_points"));
    }
    emit imported();
    if (report)
        showReport();
}

void TracksTransfer::showReport()
{
    qint64 points = 0, rejected = 0;
    QStringList summaries;
    for (const core::TrackImportReport &r : m_reports) {
        points += r.pointsAccepted;
        rejected += r.rejectedCount;
        summaries << r.humanSummary().section(QLatin1Char('\n'), 0, 0).toHtmlEscaped();
    }
    const int code = core::TrackImportReport::exitCode(m_reports);
    const int pointCount = core::clampCount(points); // a local int: lupdate reads it as the count
    m_workstation->pushMessage(tr("Import tracks"), tr("%n point(s) imported, %1 rejected.", nullptr, pointCount).arg(rejected),
                               code == 0 ? ui::MessageLevel::Success : code == 2 ? ui::MessageLevel::Warning : ui::MessageLevel::Critical);

    // Not modal: the analyst may look at the map while reading it.
    auto *dialog = new QDialog(QApplication::activeWindow());
    dialog->setObjectName(QStringLiteral("trackImportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Track import report"));
    auto *layout = new QVBoxLayout(dialog);
    auto *summary = new QLabel(summaries.join(QStringLiteral("<br>")), dialog);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("rejectsTable"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (const core::TrackImportReport &r : m_reports) {
        auto addRow = [table](const QString &file, qint64 line, const QString &reason) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QFileInfo(file).fileName()));
            auto *l = new QTableWidgetItem;
            if (line > 0)
                l->setData(Qt::DisplayRole, line);
            table->setItem(row, 1, l);
            table->setItem(row, 2, new QTableWidgetItem(reason));
        };
        if (!r.error.isEmpty())
            addRow(r.file, 0, r.error);
        for (const core::ReadIssue &i : r.rejected)
            addRow(i.file.isEmpty() ? r.file : i.file, i.line, i.reason);
        if (r.rejectedCount > r.rejected.size())
            addRow(r.file, 0, tr("… and %1 more").arg(r.rejectedCount - r.rejected.size()));
    }
    table->resizeColumnsToContents();
    table->setVisible(table->rowCount() > 0);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(640, table->rowCount() > 0 ? 400 : 160);
    m_reportDialog = dialog;
    dialog->show();
}

void TracksTransfer::chooseAndExport()
{
    core::MissionStore *mission = m_workstation->mission();
    if (!mission)
        return;
    QString filter;
    const QString gpx = tr("GPX (*.gpx)"), kml = tr("KML (*.kml)"), geojson = tr("GeoJSON (*.geojson)"), csv = tr("CSV (*.csv)");
    QString path = m_workstation->fileChooser()->saveFile(QApplication::activeWindow(), tr("Export tracks (time window)"), QString(),
                                                          QStringList{gpx, kml, geojson, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (!core::TrackExporter::formatFromString(suffix)) {
        suffix = filter == kml ? QStringLiteral("kml") : filter == geojson ? QStringLiteral("geojson") : filter == csv ? QStringLiteral("csv") : QStringLiteral("gpx");
        path += QLatin1Char('.') + suffix;
    }
    const QStringList ids = m_workstation->selection()->ids(QStringLiteral("tracks")).values();
    const core::TimeWindow *w = m_workstation->timeWindow();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        core::TrackExporter exporter(*mission);
        const core::TrackExportReport r = exporter.exportTracks(path, *core::TrackExporter::formatFromString(suffix), ids, w->startMs(), w->endMs());
        QApplication::restoreOverrideCursor();
        m_workstation->pushMessage(tr("Export tracks"), r.humanSummary(), ui::MessageLevel::Success);
    } catch (const std::exception &e) {
        QApplication::restoreOverrideCursor();
        m_workstation->pushMessage(tr("Could not export the tracks"), QString::fromUtf8(e.what()), ui::MessageLevel::Critical);
    }
}

} // namespace vigie::plugins
