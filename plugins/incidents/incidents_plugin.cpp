// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents_plugin.h"

#include "map/incident_layer.h"
#include "incident_tools.h"
#include "incidents_controller.h"
#include "incidents_panel.h"
#include "mission/mission_store.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgsapplication.h>

#include <QAction>
#include <QDockWidget>
#include <QUndoStack>

namespace vigie::plugins {

bool IncidentsPlugin::initialize(ui::Workstation *workstation, QString *)
{
    auto *dock = new QDockWidget(tr("Incidents"));
    dock->setObjectName(QStringLiteral("incidentsDock"));
    m_controller = new IncidentsController(workstation, dock);
    m_controller->setObjectName(QStringLiteral("incidentsController"));
    m_controller->setMission(workstation->mission());
    m_panel = new IncidentsPanel(m_controller, dock);
    dock->setWidget(m_panel);
    workstation->addDock(dock, ui::DockArea::Right);
    addTools(workstation);
    addFileActions(workstation);
    connect(workstation, &ui::Workstation::missionChanged, m_controller, &IncidentsController::setMission);
    return true;
}

void IncidentsPlugin::addTools(ui::Workstation *ws)
{
    m_identify = new IncidentIdentifyTool(ws->mapCanvas());
    m_identify->setObjectName(QStringLiteral("incidentsIdentifyTool"));
    m_identify->setLayer(m_controller->layer());
    connect(m_controller, &IncidentsController::incidentsChanged, m_identify, [this] { m_identify->setLayer(m_controller->layer()); });
    auto *identify = new QAction(QIcon(ui::incidentIconPath(QStringLiteral("incident-armed-clash"))), tr("Identify incidents"), m_identify);
    identify->setObjectName(QStringLiteral("incidentsIdentify"));
    identify->setToolTip(tr("Click an incident on the map to select it and open its form"));
    ws->addMapTool(m_identify, identify);
    connect(m_identify, &IncidentIdentifyTool::clicked, m_controller, [this, ws](const QString &id) {
        ws->selection()->select(QString::fromLatin1(IncidentsController::kTable), {id});
        m_controller->openForm(id);
    });
    connect(m_identify, &IncidentIdentifyTool::clickedEmpty, m_controller,
            [ws] { ws->selection()->clear(QString::fromLatin1(IncidentsController::kTable)); });

    auto *newIncident = new QAction(tr("New incident…"), m_panel);
    newIncident->setObjectName(QStringLiteral("incidentsNewAction"));
    connect(newIncident, &QAction::triggered, m_controller, [this] { m_controller->openForm(); });
    ws->addAction(newIncident, ui::ActionPlacement::ToolsMenu);

    QAction *undo = m_controller->undoStack()->createUndoAction(m_panel, tr("Undo incident edit"));
    undo->setObjectName(QStringLiteral("incidentsUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Ctrl+Z in the dock; the menu works anywhere
    undo->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mActionUndo.svg")));
    QAction *redo = m_controller->undoStack()->createRedoAction(m_panel, tr("Redo incident edit"));
    redo->setObjectName(QStringLiteral("incidentsRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mActionRedo.svg")));
    m_panel->addAction(undo);
    m_panel->addAction(redo);
    ws->addAction(undo, ui::ActionPlacement::ToolsMenu);
    ws->addAction(redo, ui::ActionPlacement::ToolsMenu);
}

void IncidentsPlugin::addFileActions(ui::Workstation *ws)
{
    auto *import = new QAction(tr("Import incidents…"), m_panel);
    import->setObjectName(QStringLiteral("incidentsImport"));
    connect(import, &QAction::triggered, this, [this] { m_controller->importInteractive(m_panel); });
    auto *exportAction = new QAction(tr("Export incidents…"), m_panel);
    exportAction->setObjectName(QStringLiteral("incidentsExport"));
    connect(exportAction, &QAction::triggered, this,
            [this] { m_controller->exportInteractive(m_panel, m_panel->currentFilter()); });
    ws->addAction(import, ui::ActionPlacement::FileMenu);
    ws->addAction(exportAction, ui::ActionPlacement::FileMenu);
}

} // namespace vigie::plugins
