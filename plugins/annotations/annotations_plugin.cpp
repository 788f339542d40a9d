// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations_plugin.h"

#include "annotation_layer.h"
#include "annotation_tools.h"
#include "annotations_controller.h"
#include "annotations_panel.h"
#include "workstation/workstation.h"

#include <qgsapplication.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QUndoStack>

namespace vigie::plugins {

using Kind = core::Annotation::Kind;

bool AnnotationsPlugin::initialize(ui::Workstation *workstation, QString *)
{
    auto *dock = new QDockWidget(tr("Annotations"));
    dock->setObjectName(QStringLiteral("annotationsDock"));
    m_controller = new AnnotationsController(workstation, dock);
    m_controller->setObjectName(QStringLiteral("annotationsController"));
    m_panel = new AnnotationsPanel(m_controller, dock);
    dock->setWidget(m_panel);
    workstation->addDock(dock, ui::DockArea::Right);
    addTools(workstation);
    addFileActions(workstation);
    m_controller->setMission(workstation->mission());
    connect(workstation, &ui::Workstation::missionChanged, m_controller, &AnnotationsController::setMission);
    return true;
}

void AnnotationsPlugin::addTools(ui::Workstation *ws)
{
    QgsMapCanvas *canvas = ws->mapCanvas();
    const auto tool = [&](QgsMapTool *t, const QString &name, const QIcon &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(icon, text, t);
        action->setObjectName(name);
        action->setToolTip(tip);
        t->setObjectName(name + QStringLiteral("Tool"));
        ws->addMapTool(t, action);
        return action;
    };
    tool(new EditTool(canvas, m_controller), QStringLiteral("annotationsEdit"), QgsApplication::getThemeIcon(QStringLiteral("/mActionVertexTool.svg")),
         tr("Select and edit annotations"),
         tr("Click to select, drag to move, drag a vertex to reshape, double-click for properties, Delete to remove"));
    tool(new DrawTool(canvas, m_controller, Kind::Symbol), QStringLiteral("annotationsSymbol"), QIcon(symbolPath(QStringLiteral("checkpoint"))),
         tr("Draw a symbol"), tr("Click to place the symbol chosen in the Annotations panel"));
    tool(new DrawTool(canvas, m_controller, Kind::Text), QStringLiteral("annotationsText"), QgsApplication::getThemeIcon(QStringLiteral("/mActionLabel.svg")),
         tr("Write a text"), tr("Click where the text goes"));
    tool(new DrawTool(canvas, m_controller, Kind::Line), QStringLiteral("annotationsLine"), QgsApplication::getThemeIcon(QStringLiteral("/mActionCaptureLine.svg")),
         tr("Draw a line"), tr("Click each vertex; right-click or double-click to finish"));
    tool(new DrawTool(canvas, m_controller, Kind::Arrow), QStringLiteral("annotationsArrow"), QgsApplication::getThemeIcon(QStringLiteral("/mActionArrowRight.svg")),
         tr("Draw an arrow"), tr("An axis of movement: click each vertex from the start; right-click to finish"));
    tool(new DrawTool(canvas, m_controller, Kind::Polygon), QStringLiteral("annotationsPolygon"),
         QgsApplication::getThemeIcon(QStringLiteral("/mActionCapturePolygon.svg")), tr("Draw an area"),
         tr("An area of interest or a no-go area: click each vertex; right-click to finish"));
    tool(new CircleTool(canvas, m_controller, Kind::Circle), QStringLiteral("annotationsCircle"),
         QgsApplication::getThemeIcon(QStringLiteral("/mActionCircleCenterPoint.svg")), tr("Draw a circle"),
         tr("Press on the centre and drag the radius, or click and type it"));
    tool(new CircleTool(canvas, m_controller, Kind::RangeRings), QStringLiteral("annotationsRings"),
         QgsApplication::getThemeIcon(QStringLiteral("/mActionCircle2Points.svg")), tr("Draw range rings"),
         tr("Click the centre and type the radii (5, 10, 20 km by default)"));
    auto *measure = new MeasureTool(canvas);
    tool(measure, QStringLiteral("annotationsMeasure"), QgsApplication::getThemeIcon(QStringLiteral("/mActionMeasure.svg")), tr("Measure"),
         tr("Geodesic distance, bearing, length and area: click points; right-click to end"));
    connect(measure, &MeasureTool::measured, m_panel, &AnnotationsPanel::showMeasurement);
    connect(measure, &MeasureTool::finished, this, [ws](const QString &text) {
        ws->pushMessage(tr("Measurement"), QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · ")), ui::MessageLevel::Info);
    });

    QAction *undo = m_controller->undoStack()->createUndoAction(m_panel, tr("Undo"));
    undo->setObjectName(QStringLiteral("annotationsUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mActionUndo.svg")));
    QAction *redo = m_controller->undoStack()->createRedoAction(m_panel, tr("Redo"));
    redo->setObjectName(QStringLiteral("annotationsRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mActionRedo.svg")));
    ws->addAction(undo, ui::ActionPlacement::ToolsMenu);
    ws->addAction(redo, ui::ActionPlacement::ToolsMenu);
}

void AnnotationsPlugin::addFileActions(ui::Workstation *ws)
{
    const QString filter = tr("Annotations (*.geojson *.json *.kml);;GeoJSON (*.geojson *.json);;KML (*.kml)");
    auto *import = new QAction(tr("Import annotations…"), m_panel);
    import->setObjectName(QStringLiteral("annotationsImport"));
    connect(import, &QAction::triggered, this, [this, ws, filter] {
        const QString path = ws->fileChooser()->openFile(m_panel, tr("Import annotations"), QDir::homePath(), filter);
        if (!path.isEmpty())
            m_controller->importFile(path);
    });
    auto *exportAction = new QAction(tr("Export annotations…"), m_panel);
    exportAction->setObjectName(QStringLiteral("annotationsExport"));
    connect(exportAction, &QAction::triggered, this, [this, ws] {
        if (!m_controller->mission())
            return;
        const QString base = QDir::home().filePath(QFileInfo(m_controller->mission()->path()).completeBaseName() + QStringLiteral("-annotations.geojson"));
        const QString path = ws->fileChooser()->saveFile(m_panel, tr("Export annotations"), base, tr("GeoJSON (*.geojson);;KML (*.kml)"));
        if (!path.isEmpty())
            m_controller->exportFile(path);
    });
    ws->addAction(import, ui::ActionPlacement::FileMenu);
    ws->addAction(exportAction, ui::ActionPlacement::FileMenu);
}

} // namespace vigie::plugins
