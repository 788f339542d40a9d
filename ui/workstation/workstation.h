// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/mission_store.h" // the missionChanged() signal carries it
#include "time/time_window.h"
#include "workstation/file_chooser.h"

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QgsMapCanvas;
class QgsMapLayer;
class QgsMapTool;

namespace vigie::ui {

class Selection;

// Where a plugin's dock goes by default (the user may move it; the layout is remembered).
enum class DockArea { Left, Right, Bottom };

// Where a plugin's action appears.
enum class ActionPlacement { FileMenu, ViewMenu, ToolsMenu, MapToolbar, HelpMenu };

enum class MessageLevel { Info, Success, Warning, Critical };

// Everything a panel plugin may reach of the application, and nothing more: the map canvas, the
// open mission, the time window, the shared selection, and ways to add docks, actions, map tools,
// layers and messages, and one file chooser. The main window implements it; tests may implement
// it too.
class Workstation : public QObject
{
    Q_OBJECT
  public:
    using QObject::QObject;
    ~Workstation() override = default;

    virtual QgsMapCanvas *mapCanvas() const = 0;
    // The open mission, or nullptr when none is open. Plugins follow missionChanged().
    virtual core::MissionStore *mission() const = 0;
    virtual core::TimeWindow *timeWindow() const = 0;
    virtual Selection *selection() const = 0;

    // The dock needs a unique objectName (the layout is saved by it). The workstation owns it.
    virtual void addDock(QDockWidget *dock, DockArea area) = 0;
    virtual void addAction(QAction *action, ActionPlacement placement) = 0;
    // A map tool with the action that activates it (checkable; placed on the map toolbar).
    virtual void addMapTool(QgsMapTool *tool, QAction *action) = 0;
    // Adds an operational layer above the basemaps; the project owns it afterwards.
    virtual void addLayer(QgsMapLayer *layer) = 0;
    virtual void pushMessage(const QString &title, const QString &text, MessageLevel level = MessageLevel::Info) = 0;
    // How panels ask for files to open or save (the system dialogs unless replaced).
    FileChooser *fileChooser() { return &m_fileChooser; }

  signals:
    // After a mission was opened or created (mission() is the new one), or closed (nullptr).
    void missionChanged(vigie::core::MissionStore *mission);

  private:
    FileChooser m_fileChooser;
};

} // namespace vigie::ui
