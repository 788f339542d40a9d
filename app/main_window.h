// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"
#include "time/time_window.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QgsLayerTreeGroup;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapTool;
class QgsMessageBar;
class QActionGroup;
class QMenu;
class QToolBar;

namespace vigie::core {
class MissionStore;
}

namespace vigie::ui {
class CoordinateStatus;
class GotoBox;
class PluginManager;
class TimeBar;
} // namespace vigie::ui

namespace vigie::app {

class MainWindow;

// The Workstation that plugins see: a narrow view of the main window.
class AppWorkstation final : public ui::Workstation
{
    Q_OBJECT
  public:
    explicit AppWorkstation(MainWindow *window);
    QgsMapCanvas *mapCanvas() const override;
    core::MissionStore *mission() const override;
    core::TimeWindow *timeWindow() const override;
    ui::Selection *selection() const override;
    void addDock(QDockWidget *dock, ui::DockArea area) override;
    void addAction(QAction *action, ui::ActionPlacement placement) override;
    void addMapTool(QgsMapTool *tool, QAction *action) override;
    void addLayer(QgsMapLayer *layer) override;
    void pushMessage(const QString &title, const QString &text, ui::MessageLevel level) override;

  private:
    MainWindow *m_window;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the panel plugins from the given folders (default: PluginManager::defaultSearchPaths())
    // and restores the saved layout. Call once after construction.
    void loadPlugins(const QStringList &folders = {});

    // Opens a mission; on failure shows why in the message bar and keeps the current one. A file
    // the user cannot write (or readOnly) opens read-only, with a notice; edits are then refused.
    bool openMission(const QString &path, bool readOnly = false);
    bool newMission(const QString &path, const QString &name);
    // Opens the demo mission, building it first if it does not exist (or cannot be opened).
    bool openDemoMission();
    void closeMission();

    // Adds every basemap layer a file offers and remembers it in the mission; false with a
    // message if the file offers none.
    bool addBasemapFile(const QString &path);
    void goTo(const core::GeoPoint &point, double scale);
    void zoomToAreaOfResponsibility();

    QgsMapCanvas *canvas() const { return m_canvas; }
    core::MissionStore *mission() const { return m_mission.get(); }
    core::TimeWindow *timeWindow() { return &m_time; }
    ui::Selection *selection() { return &m_selection; }
    ui::Workstation *workstation() const { return m_workstation; }
    ui::PluginManager *pluginManager() const { return m_plugins.get(); }
    ui::CoordinateStatus *coordinateStatus() const { return m_status; }
    ui::GotoBox *gotoBox() const { return m_goto; }
    ui::TimeBar *timeBar() const { return m_timeBar; }
    QgsMessageBar *messageBar() const { return m_messageBar; }
    QMenu *menu(ui::ActionPlacement placement) const;
    QToolBar *mapToolBar() const { return m_mapToolBar; }
    QgsLayerTreeGroup *basemapGroup() const { return m_basemapGroup; }

    void pushMessage(const QString &title, const QString &text, ui::MessageLevel level);
    void addDock(QDockWidget *dock, ui::DockArea area);
    void addPluginMapTool(QgsMapTool *tool, QAction *action);

  protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void buildActions();
    void buildDocks();
    void setMission(std::unique_ptr<core::MissionStore> mission);
    void loadMissionBasemaps();
    void clearMissionBasemaps();
    void updateTitle();
    void fitTimeWindowToMission();
    void showPluginsDialog();
    void showAbout();
    void chooseNewMission();
    void chooseOpenMission();
    void chooseBasemap();

    QgsMapCanvas *m_canvas = nullptr;
    QgsMessageBar *m_messageBar = nullptr;
    QgsLayerTreeView *m_layerTree = nullptr;
    QgsLayerTreeMapCanvasBridge *m_bridge = nullptr;
    QgsLayerTreeGroup *m_basemapGroup = nullptr;
    QgsLayerTreeGroup *m_missionBasemapGroup = nullptr;
    core::TimeWindow m_time;
    ui::Selection m_selection;
    std::unique_ptr<core::MissionStore> m_mission;
    std::unique_ptr<ui::PluginManager> m_plugins;
    AppWorkstation *m_workstation = nullptr;
    ui::TimeBar *m_timeBar = nullptr;
    ui::CoordinateStatus *m_status = nullptr;
    ui::GotoBox *m_goto = nullptr;
    QToolBar *m_mainToolBar = nullptr;
    QToolBar *m_mapToolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_mapToolActions = nullptr;
    QgsMapTool *m_panTool = nullptr;
    QgsMapTool *m_zoomInTool = nullptr;
    QgsMapTool *m_zoomOutTool = nullptr;
};

} // namespace vigie::app
