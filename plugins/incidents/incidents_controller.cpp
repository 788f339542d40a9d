// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents_controller.h"
#include "io/counts.h"

#include "incident_commands.h"
#include "incident_dialog.h"
#include "map/incident_layer.h"
#include "import/column_mapping_dialog.h"
#include "incidents/csv_incident_reader.h"
#include "incidents/incident_column_mapping.h"
#include "incidents/incident_exporter.h"
#include "incidents/incident_reader_registry.h"
#include "io/csv_reader.h"
#include "incidents/incident_values.h"
#include "mission/mission_store.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>
#include <climits>

namespace vigie::plugins {

using core::Incident;

IncidentsController::IncidentsController(ui::Workstation *workstation, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_undo(new QUndoStack(this))
{
    connect(workstation->selection(), &ui::Selection::changed, this, &IncidentsController::selectionChanged);
    connect(workstation->timeWindow(), &core::TimeWindow::changed, this, &IncidentsController::timeChanged);
}

IncidentsController::~IncidentsController() = default;

void IncidentsController::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    m_undo->clear(); // the history names rows of one mission
    m_known.clear();
    dropLayer();
    m_repo.reset();
    m_mission = mission;
    if (m_mission) {
        m_repo = std::make_unique<core::IncidentRepository>(*m_mission);
        connect(m_mission, &core::MissionStore::changed, this, &IncidentsController::storeChanged);
        createLayer();
    }
    emit incidentsChanged();
}

void IncidentsController::createLayer()
{
    QgsVectorLayer *layer = ui::createIncidentLayer(m_mission->path());
    if (!layer->isValid()) {
        reportError(tr("The incidents of %1 cannot be shown on the map.").arg(QFileInfo(m_mission->path()).fileName()));
        delete layer;
        return;
    }
    m_layer = layer;
    timeChanged();
    m_workstation->addLayer(layer);
    connect(layer, &QgsVectorLayer::selectionChanged, this, &IncidentsController::layerSelectionChanged);
}

void IncidentsController::dropLayer()
{
    if (m_layer)
        QgsProject::instance()->removeMapLayer(m_layer->id());
    m_layer = nullptr;
}

void IncidentsController::timeChanged() { applySubset(); }

void IncidentsController::setLayerFilter(const core::IncidentFilter &filter)
{
    core::IncidentFilter f = filter;
    // The time window is the layer's own; the map extent is what the map shows anyway.
    f.fromMs.reset();
    f.toMs.reset();
    f.bbox.reset();
    f.includeDeleted = false;
    m_layerFilter = f;
    applySubset();
}

void IncidentsController::applySubset()
{
    if (!m_layer)
        return;
    const core::TimeWindow *w = m_workstation->timeWindow();
    const QString subset = ui::incidentSubset(w->startMs(), w->endMs(), core::IncidentRepository::sqlCondition(m_layerFilter));
    if (subset == m_layer->subsetString())
        return;
    m_layer->setSubsetString(subset);
    m_layer->triggerRepaint();
    // Keep the selection drawn: a new subset clears the layer's own.
    selectionChanged(QString::fromLatin1(kTable), nullptr);
}

void IncidentsController::storeChanged(const QString &table)
{
    if (table == QLatin1String(kTable))
        refresh();
}

void IncidentsController::refresh()
{
    if (m_layer) {
        // The spatialite provider counts features only when its subset string changes: set it
        // again (without counting in between) so that the count and extent follow the write.
        QgsVectorDataProvider *provider = m_layer->dataProvider();
        const QString subset = provider->subsetString();
        provider->setSubsetString(QString(), false);
        provider->setSubsetString(subset, true);
        provider->reloadData();
        m_layer->updateExtents();
        m_layer->triggerRepaint();
        selectionChanged(QString::fromLatin1(kTable), nullptr);
    }
    emit incidentsChanged();
}

void IncidentsController::reportError(const QString &message)
{
    m_workstation->pushMessage(tr("Incidents"), message, ui::MessageLevel::Critical);
}

void IncidentsController::selectionChanged(const QString &table, QObject *origin)
{
    if (table != QLatin1String(kTable) || origin == this || !m_layer || !m_mission || m_syncing)
        return;
    const QSet<QString> ids = m_workstation->selection()->ids(table);
    QgsFeatureIds fids;
    if (!ids.isEmpty()) {
        core::Statement st = m_mission->database().prepare(QStringLiteral("SELECT fid FROM incidents WHERE id = ?1"));
        for (const QString &id : ids) {
            st.reset();
            st.bind(1, id);
            if (st.step())
                fids.insert(st.int64(0));
        }
    }
    m_syncing = true;
    m_layer->selectByIds(fids);
    m_syncing = false;
}

void IncidentsController::layerSelectionChanged()
{
    if (m_syncing || !m_layer)
        return;
    QSet<QString> ids;
    QgsFeatureRequest request(m_layer->selectedFeatureIds());
    request.setFlags(QgsFeatureRequest::NoGeometry);
    request.setSubsetOfAttributes(QStringList{QStringLiteral("id")}, m_layer->fields());
    QgsFeatureIterator it = m_layer->getFeatures(request);
    QgsFeature f;
    while (it.nextFeature(f))
        ids.insert(f.attribute(QStringLiteral("id")).toString());
    m_syncing = true;
    m_workstation->selection()->select(QString::fromLatin1(kTable), ids, this);
    m_syncing = false;
}

QString IncidentsController::add(Incident &incident)
{
    if (!m_repo)
        return tr("Open a mission first.");
    try {
        m_repo->add(incident);
    } catch (const core::MissionError &e) {
        return e.message();
    }
    setKnownVersion(incident.id, incident.version);
    m_undo->push(new IncidentCommand(this, IncidentCommand::Type::Add, Incident(), incident, tr("Add incident")));
    m_workstation->selection()->select(QString::fromLatin1(kTable), {incident.id});
    return {};
}

QString IncidentsController::edit(Incident &incident)
{
    if (!m_repo)
        return tr("Open a mission first.");
    const std::optional<Incident> before = m_repo->get(incident.id);
    if (!before)
        return tr("The incident no longer exists.");
    try {
        m_repo->update(incident);
    } catch (const core::MissionError &e) {
        return e.message();
    }
    setKnownVersion(incident.id, incident.version);
    m_undo->push(new IncidentCommand(this, IncidentCommand::Type::Edit, *before, incident, tr("Edit incident")));
    return {};
}

QString IncidentsController::remove(const QString &id)
{
    if (!m_repo)
        return tr("Open a mission first.");
    const std::optional<Incident> before = m_repo->get(id);
    if (!before)
        return tr("The incident no longer exists.");
    try {
        m_repo->remove(id, before->version);
    } catch (const core::MissionError &e) {
        return e.message();
    }
    setKnownVersion(id, before->version + 1);
    m_undo->push(new IncidentCommand(this, IncidentCommand::Type::Delete, *before, *before, tr("Delete incident")));
    m_workstation->selection()->clear(QString::fromLatin1(kTable));
    return {};
}

IncidentDialog *IncidentsController::openForm(const QString &id)
{
    if (!m_repo) {
        reportError(tr("Open a mission first."));
        return nullptr;
    }
    std::optional<Incident> existing;
    if (!id.isEmpty()) {
        existing = m_repo->get(id);
        if (!existing) {
            reportError(tr("The incident no longer exists."));
            return nullptr;
        }
    }
    auto *dialog = new IncidentDialog(this, existing, m_workstation->mapCanvas()->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QList<core::ImportReport> IncidentsController::importFiles(const QStringList &paths, bool showResult, const ReaderByPath &readers)
{
    QList<core::ImportReport> reports;
    if (!m_mission || paths.isEmpty())
        return reports;
    // MissionStore is not thread-safe: the worker opens its own connection to the same file (WAL
    // lets this window keep reading meanwhile).
    const QString missionPath = m_mission->path();
    std::atomic<bool> cancel{false};
    QProgressDialog progress(tr("Importing incidents…"), tr("Cancel"), 0, 1000, m_workstation->mapCanvas()->window());
    progress.setObjectName(QStringLiteral("incidentsImportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    QString error;
    QThread *worker = QThread::create([&] {
        try {
            std::unique_ptr<core::MissionStore> store = core::MissionStore::openConnection(missionPath, core::MissionStore::OpenMode::ReadWrite);
            core::IncidentImporter importer(*store);
            core::ImportOptions options;
            options.cancel = &cancel;
            options.progress = [&progress](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(1000 * done / total) : 0;
                QMetaObject::invokeMethod(&progress, [&progress, permille] { progress.setValue(permille); }, Qt::QueuedConnection);
            };
            for (const QString &path : paths) {
                options.reader = readers.value(path); // null: the file says its format
                reports << importer.importFile(path, options);
                if (cancel)
                    break;
            }
        } catch (const core::MissionError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    // Written through the worker's own connection: this store saw nothing.
    if (m_mission)
        m_mission->notifyExternalChange(QString::fromLatin1(kTable));

    if (!error.isEmpty()) {
        reportError(error);
        return reports;
    }
    qint64 imported = 0, rejected = 0;
    QString text;
    for (const core::ImportReport &r : reports) {
        imported += r.imported;
        rejected += r.rejectedCount;
        text += r.humanSummary() + QLatin1Char('\n');
        // The summary names the first five rejected rows; the others (as many as were kept) follow.
        for (int i = 5; i < r.rejected.size(); ++i)
            text += tr("  line %1: %2").arg(r.rejected[i].line).arg(r.rejected[i].reason) + QLatin1Char('\n');
        if (!r.rejectsFile.isEmpty())
            text += tr("Rejected rows written to %1").arg(r.rejectsFile) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    m_workstation->pushMessage(tr("Incidents"), tr("%n incident(s) imported, %1 rejected.", nullptr, int(imported)).arg(rejected),
                               rejected ? ui::MessageLevel::Warning : ui::MessageLevel::Success);
    if (showResult) {
        auto *dialog = new QDialog(m_workstation->mapCanvas()->window());
        dialog->setObjectName(QStringLiteral("incidentsImportResult"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Import incidents"));
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(new QLabel(tr("%n incident(s) imported, %1 rejected.", nullptr, int(imported)).arg(rejected)));
        auto *details = new QPlainTextEdit(text);
        details->setReadOnly(true);
        details->setMinimumSize(560, 280);
        layout->addWidget(details);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog->show();
    }
    emit importFinished(core::clampCount(imported), core::clampCount(rejected));
    return reports;
}

QList<core::ImportReport> IncidentsController::importInteractive(QWidget *parent)
{
    if (!m_mission) {
        reportError(tr("Open a mission first."));
        return {};
    }
    const QString title = tr("Import incidents");
    const QString filter = tr("Incident files (*.csv *.geojson *.json *.kml *.kmz *.gpkg *.shp);;All files (*)");
    const QStringList chosen = m_workstation->fileChooser()->openFiles(parent, title, QDir::homePath(), filter);
    ReaderByPath readers;
    const QStringList paths = askColumnMappings(chosen, &readers, parent);
    return importFiles(paths, true, readers);
}

QStringList IncidentsController::askColumnMappings(const QStringList &paths, ReaderByPath *readers, QWidget *parent)
{
    QStringList out;
    for (const QString &path : paths) {
        const std::shared_ptr<const core::IncidentReader> reader = core::IncidentReaderRegistry::builtin().identify(path);
        if (!reader || reader->id() != QLatin1String("csv")) {
            out << path; // a format Vigie reads by itself, or not a file it reads (the import says why)
            continue;
        }
        const core::CsvPreview preview = core::readCsvPreview(path, 8);
        if (!preview.error.isEmpty()) {
            out << path; // the import reports what is wrong with it, with its line
            continue;
        }
        const core::IncidentColumnMapping guess = core::IncidentColumnMapping::guess(preview.header);
        const QList<core::ColumnField> fields = core::IncidentColumnMapping::fieldInfos();
        QMap<QString, QString> guesses;
        for (const core::ColumnField &f : fields)
            guesses.insert(f.key, guess.column(f.key));
        const std::optional<QMap<QString, QString>> chosen = ui::ColumnMappingDialog::ask(
            QStringLiteral("incidents"), QFileInfo(path).fileName(), fields, preview, guesses,
            tr("Vigie does not know this file's columns. Choose which column holds what; the columns left "
               "unused are kept with each incident (its extra fields)."),
            {}, parent);
        if (!chosen)
            continue;
        // The guess keeps what the dialog does not show (id, audit columns, extra); the person's
        // choices replace the rest, "(none)" included.
        core::IncidentColumnMapping mapping = guess;
        for (const core::ColumnField &f : fields)
            mapping.setColumn(f.key, chosen->value(f.key));
        readers->insert(path, std::make_shared<core::CsvIncidentReader>(mapping));
        out << path;
    }
    return out;
}

QString IncidentsController::exportInteractive(QWidget *parent, const core::IncidentFilter &filter)
{
    if (!m_mission) {
        reportError(tr("Open a mission first."));
        return {};
    }
    const QString title = tr("Export incidents");
    const QString base = QDir::home().filePath(QFileInfo(m_mission->path()).completeBaseName() + QStringLiteral("-incidents.geojson"));
    const QString names = tr("GeoJSON (*.geojson);;ACLED CSV (*.csv);;GeoPackage (*.gpkg);;KML (*.kml)");
    const QString path = m_workstation->fileChooser()->saveFile(parent, title, base, names);
    if (path.isEmpty())
        return {};
    return exportFile(path, filter).isEmpty() ? path : QString();
}

QString IncidentsController::exportFile(const QString &path, const core::IncidentFilter &filter)
{
    if (!m_mission)
        return tr("Open a mission first.");
    core::ExportOptions options;
    options.filter = filter;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::ExportReport report = core::IncidentExporter(*m_mission).exportTo(path, options);
    QApplication::restoreOverrideCursor();
    if (!report.ok()) {
        reportError(report.error);
        return report.error;
    }
    m_workstation->pushMessage(tr("Incidents"), tr("%n incident(s) exported to %1.", nullptr, int(report.exported)).arg(path),
                               ui::MessageLevel::Success);
    return {};
}

} // namespace vigie::plugins
