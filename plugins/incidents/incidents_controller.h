// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"
#include "incidents/incident_importer.h"
#include "incidents/incident_repository.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QUndoStack;
#include <qgsvectorlayer.h>

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

class IncidentDialog;

// The incidents plugin's state for the open mission: the repository, the map layer (following the
// time window), the shared selection ↔ layer selection, edits with undo, import and export.
class IncidentsController : public QObject
{
    Q_OBJECT
  public:
    static constexpr const char *kTable = "incidents";

    explicit IncidentsController(ui::Workstation *workstation, QObject *parent = nullptr);
    ~IncidentsController() override;

    ui::Workstation *workstation() const { return m_workstation; }
    core::MissionStore *mission() const { return m_mission; }
    core::IncidentRepository *repository() const { return m_repo.get(); }
    QgsVectorLayer *layer() const { return m_layer; }
    QUndoStack *undoStack() const { return m_undo; }

    // Adds, edits (with the version read, for conflict detection) and deletes, each undoable.
    // They return an error message for a person, empty on success.
    QString add(core::Incident &incident);
    QString edit(core::Incident &incident);
    QString remove(const QString &id);

    // The form for a new incident (at `position` when given) or an existing one. Non-modal, so the
    // map stays usable for "pick on map"; deleted when closed.
    IncidentDialog *openForm(const QString &id = QString());

    // Worker-thread import with progress and cancel, then the result dialog. Returns the reports.
    // `readers`: a configured reader per path (a CSV with the columns a person mapped); the
    // others are identified from the file.
    using ReaderByPath = QHash<QString, std::shared_ptr<const core::IncidentReader>>;
    QList<core::ImportReport> importFiles(const QStringList &paths, bool showResult = true, const ReaderByPath &readers = {});
    // For each CSV file no reader recognises by itself (not ACLED, not HXL), asks which column is
    // what (ui::ColumnMappingDialog, filled with the guesses). Returns the files to import (those
    // whose dialog was cancelled are left out) and fills `readers` for the mapped ones.
    QStringList askColumnMappings(const QStringList &paths, ReaderByPath *readers, QWidget *parent);
    // Writes the incidents of `filter` to `path` (format from the suffix); error message or empty.
    QString exportFile(const QString &path, const core::IncidentFilter &filter);

    // The panel's "Import incidents…" and "Export incidents…": asks for the files (through the file
    // chooser) and, for a generic CSV, its columns, then importFiles / exportFile with `filter`. Export returns the path written, or
    // empty (cancelled or failed).
    QList<core::ImportReport> importInteractive(QWidget *parent);
    QString exportInteractive(QWidget *parent, const core::IncidentFilter &filter);

    // The panel's filters other than time and extent (category, severity, status, sensitivity,
    // text): the map layer shows the same incidents as the table.
    void setLayerFilter(const core::IncidentFilter &filter);
    core::IncidentFilter layerFilter() const { return m_layerFilter; }

    int knownVersion(const QString &id) const { return m_known.value(id, -1); }
    void setKnownVersion(const QString &id, int version) { m_known.insert(id, version); }
    void reportError(const QString &message);

  public slots:
    void setMission(core::MissionStore *mission);
    void refresh();

  signals:
    // The incidents changed (an edit, an import, another mission): views re-read.
    void incidentsChanged();
    // An import run from the panel ended (after the result dialog was shown).
    void importFinished(int imported, int rejected);

  private:
    void storeChanged(const QString &table);
    void timeChanged();
    void applySubset();
    void selectionChanged(const QString &table, QObject *origin);
    void layerSelectionChanged();
    void createLayer();
    void dropLayer();

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    std::unique_ptr<core::IncidentRepository> m_repo;
    QPointer<QgsVectorLayer> m_layer;
    QUndoStack *m_undo;
    QHash<QString, int> m_known;
    bool m_syncing = false;
    core::IncidentFilter m_layerFilter;
};

} // namespace vigie::plugins
