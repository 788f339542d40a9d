// SPDX-License-Identifier: GPL-2.0-or-later
#include "main_window.h"

#include "geo/coordinate_status.h"
#include "geo/goto_box.h"
#include "i18n/language.h"
#include "map/basemap.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "plugin/plugin_manager.h"
#include "runtime/runtime.h"
#include "time/time_bar.h"
#include "vigie_version.h"

#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsmessagebar.h>
#include <qgsproject.h>
#include <qgsrectangle.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie::app {

// ---------------------------------------------------------------------------------------------
AppWorkstation::AppWorkstation(MainWindow *window) : ui::Workstation(window), m_window(window) {}
QgsMapCanvas *AppWorkstation::mapCanvas() const { return m_window->canvas(); }
core::MissionStore *AppWorkstation::mission() const { return m_window->mission(); }
core::TimeWindow *AppWorkstation::timeWindow() const { return m_window->timeWindow(); }
ui::Selection *AppWorkstation::selection() const { return m_window->selection(); }
void AppWorkstation::addDock(QDockWidget *dock, ui::DockArea area) { m_window->addDock(dock, area); }
void AppWorkstation::addAction(QAction *action, ui::ActionPlacement placement)
{
    if (placement == ui::ActionPlacement::MapToolbar)
        m_window->mapToolBar()->addAction(action);
    else
        m_window->menu(placement)->addAction(action);
}
void AppWorkstation::addMapTool(QgsMapTool *tool, QAction *action) { m_window->addPluginMapTool(tool, action); }
void AppWorkstation::addLayer(QgsMapLayer *layer)
{
    QgsProject::instance()->addMapLayer(layer, false);
    QgsProject::instance()->layerTreeRoot()->insertLayer(0, layer);
}
void AppWorkstation::pushMessage(const QString &title, const QString &text, ui::MessageLevel level)
{
    m_window->pushMessage(title, text, level);
}

// ---------------------------------------------------------------------------------------------
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("vigieMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/vigie/icons/vigie.svg")));
    resize(1400, 860);
    m_plugins = std::make_unique<ui::PluginManager>();
    m_workstation = new AppWorkstation(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar = new QgsMessageBar(central);
    m_canvas = new QgsMapCanvas(central);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_canvas->setCanvasColor(QColor(ui::seaColorName()));
    m_canvas->enableAntiAliasing(true);
    m_canvas->setParallelRenderingEnabled(true);
    m_canvas->setCachingEnabled(true);
    m_canvas->setPreviewJobsEnabled(true);
    const QgsCoordinateReferenceSystem wgs84(QStringLiteral("EPSG:4326"));
    QgsProject::instance()->setCrs(wgs84);
    m_canvas->setDestinationCrs(wgs84);
    m_canvas->setAcceptDrops(true);
    m_canvas->viewport()->installEventFilter(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_canvas, 1);
    m_timeBar = new ui::TimeBar(&m_time, central);
    layout->addWidget(m_timeBar);
    setCentralWidget(central);
    setAcceptDrops(true);

    // The time window drives the canvas's temporal range: temporal layers follow it.
    connect(&m_time, &core::TimeWindow::changed, this, [this](const QDateTime &s, const QDateTime &e) {
        m_canvas->setTemporalRange(QgsDateTimeRange(s, e));
        m_canvas->refresh();
    });
    m_canvas->setTemporalRange(QgsDateTimeRange(m_time.start(), m_time.end()));

    m_status = new ui::CoordinateStatus(m_canvas, this);
    statusBar()->addPermanentWidget(m_status, 1);

    // Basemaps sit at the bottom of the layer tree: the world map, and the mission's own above it.
    QgsLayerTree *root = QgsProject::instance()->layerTreeRoot();
    m_basemapGroup = root->addGroup(tr("Basemap (offline world map)"));
    m_missionBasemapGroup = root->insertGroup(0, tr("Mission basemaps"));
    QString error;
    const QList<QgsMapLayer *> world = ui::createWorldBasemap(&error);
    for (QgsMapLayer *l : world) {
        QgsProject::instance()->addMapLayer(l, false);
        m_basemapGroup->insertLayer(0, l);
    }
    m_bridge = new QgsLayerTreeMapCanvasBridge(root, m_canvas, this);

    buildActions();
    buildDocks();
    if (!error.isEmpty())
        pushMessage(tr("Basemap"), error, ui::MessageLevel::Critical);
    m_canvas->setExtent(QgsRectangle(-20, -40, 55, 40)); // Africa until a mission says where
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_plugins->shutdown();
    m_canvas->setLayers({});
    delete m_bridge;
    m_bridge = nullptr;
    QgsProject::instance()->clear();
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));

    m_mainToolBar = addToolBar(tr("Main"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mapToolBar = addToolBar(tr("Map tools"));
    m_mapToolBar->setObjectName(QStringLiteral("mapToolBar"));

    auto *newMission = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New mission…"), this);
    newMission->setShortcut(QKeySequence::New);
    connect(newMission, &QAction::triggered, this, &MainWindow::chooseNewMission);
    auto *openMissionAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open mission…"), this);
    openMissionAction->setObjectName(QStringLiteral("actionOpenMission"));
    openMissionAction->setShortcut(QKeySequence::Open);
    connect(openMissionAction, &QAction::triggered, this, &MainWindow::chooseOpenMission);
    auto *demo = new QAction(tr("Open the &demo mission"), this);
    connect(demo, &QAction::triggered, this, &MainWindow::openDemoMission);
    auto *close = new QAction(tr("&Close mission"), this);
    connect(close, &QAction::triggered, this, &MainWindow::closeMission);
    auto *addBasemap = new QAction(QIcon::fromTheme(QStringLiteral("insert-image")), tr("Add &basemap…"), this);
    addBasemap->setObjectName(QStringLiteral("actionAddBasemap"));
    addBasemap->setToolTip(tr("Add an offline basemap: MBTiles, GeoPackage, GeoTIFF or any file GDAL reads (or drop it on the map)"));
    connect(addBasemap, &QAction::triggered, this, &MainWindow::chooseBasemap);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addActions({newMission, openMissionAction, demo, close});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(addBasemap);
    m_fileMenu->addSeparator();
    QAction *fileEnd = m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    Q_UNUSED(fileEnd);
    m_mainToolBar->addActions({openMissionAction, addBasemap});

    // Map navigation.
    m_mapToolActions = new QActionGroup(this);
    auto *pan = new QAction(QIcon(QStringLiteral(":/images/themes/default/mActionPan.svg")), tr("Pan"), this);
    auto *zoomIn = new QAction(QIcon(QStringLiteral(":/images/themes/default/mActionZoomIn.svg")), tr("Zoom in"), this);
    auto *zoomOut = new QAction(QIcon(QStringLiteral(":/images/themes/default/mActionZoomOut.svg")), tr("Zoom out"), this);
    m_panTool = new QgsMapToolPan(m_canvas);
    m_zoomInTool = new QgsMapToolZoom(m_canvas, false);
    m_zoomOutTool = new QgsMapToolZoom(m_canvas, true);
    addPluginMapTool(m_panTool, pan);
    addPluginMapTool(m_zoomInTool, zoomIn);
    addPluginMapTool(m_zoomOutTool, zoomOut);
    auto *aor = new QAction(QIcon(QStringLiteral(":/images/themes/default/mActionZoomFullExtent.svg")),
                            tr("Zoom to the area of responsibility"), this);
    connect(aor, &QAction::triggered, this, &MainWindow::zoomToAreaOfResponsibility);
    m_mapToolBar->addAction(aor);
    pan->trigger();

    m_mainToolBar->addSeparator();
    m_goto = new ui::GotoBox(this);
    m_mainToolBar->addWidget(m_goto);
    connect(m_goto, &ui::GotoBox::goTo, this, &MainWindow::goTo);
    connect(m_goto, &ui::GotoBox::error, this,
            [this](const QString &why) { pushMessage(tr("Go to"), why, ui::MessageLevel::Warning); });
    auto *focusGoto = new QAction(tr("Go to a position"), this);
    focusGoto->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(focusGoto, &QAction::triggered, m_goto, [this] {
        m_goto->setFocus();
        m_goto->selectAll();
    });
    m_toolsMenu->addAction(focusGoto);

    // Settings > Language: takes effect at the next start.
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {
        {QStringLiteral("system"), tr("Follow the system")}, {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(ui::languageSetting() == code);
        languages->addAction(a);
        const QString c = code;
        connect(a, &QAction::triggered, this, [this, c] {
            ui::setLanguageSetting(c);
            pushMessage(tr("Language"), tr("The new language applies when Vigie starts again."), ui::MessageLevel::Info);
        });
    }

    auto *plugins = new QAction(tr("&Plugins…"), this);
    plugins->setObjectName(QStringLiteral("actionPlugins"));
    connect(plugins, &QAction::triggered, this, &MainWindow::showPluginsDialog);
    auto *about = new QAction(tr("&About Vigie"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    m_helpMenu->addActions({plugins, about});
}

void MainWindow::buildDocks()
{
    auto *dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(QStringLiteral("layersDock"));
    m_layerTree = new QgsLayerTreeView(dock);
    auto *model = new QgsLayerTreeModel(QgsProject::instance()->layerTreeRoot(), m_layerTree);
    model->setFlag(QgsLayerTreeModel::AllowNodeReorder);
    model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
    model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
    m_layerTree->setModel(model);
    dock->setWidget(m_layerTree);
    addDock(dock, ui::DockArea::Left);
}

QMenu *MainWindow::menu(ui::ActionPlacement placement) const
{
    switch (placement) {
    case ui::ActionPlacement::FileMenu: return m_fileMenu;
    case ui::ActionPlacement::ViewMenu: return m_viewMenu;
    case ui::ActionPlacement::ToolsMenu: return m_toolsMenu;
    case ui::ActionPlacement::HelpMenu: return m_helpMenu;
    case ui::ActionPlacement::MapToolbar: break;
    }
    return m_toolsMenu;
}

void MainWindow::addDock(QDockWidget *dock, ui::DockArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty());
    const Qt::DockWidgetArea qtArea = area == ui::DockArea::Left    ? Qt::LeftDockWidgetArea
                                      : area == ui::DockArea::Right ? Qt::RightDockWidgetArea
                                                                    : Qt::BottomDockWidgetArea;
    // Docks of one side share it as tabs, as the design's screen shows.
    QDockWidget *sibling = nullptr;
    for (QDockWidget *d : findChildren<QDockWidget *>())
        if (d != dock && dockWidgetArea(d) == qtArea && !d->isFloating())
            sibling = d;
    addDockWidget(qtArea, dock);
    if (sibling)
        tabifyDockWidget(sibling, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::addPluginMapTool(QgsMapTool *tool, QAction *action)
{
    action->setCheckable(true);
    tool->setAction(action);
    m_mapToolActions->addAction(action);
    m_mapToolBar->addAction(action);
    connect(action, &QAction::triggered, this, [this, tool] { m_canvas->setMapTool(tool); });
}

void MainWindow::loadPlugins(const QStringList &folders)
{
    m_plugins->loadAll(folders.isEmpty() ? ui::PluginManager::defaultSearchPaths() : folders, m_workstation);
    int failed = 0;
    for (const ui::PluginRecord &r : m_plugins->records())
        if (!r.loaded)
            ++failed;
    if (failed > 0)
        pushMessage(tr("Plugins"), tr("%n plugin(s) could not be loaded; see Help > Plugins.", nullptr, failed),
                    ui::MessageLevel::Warning);
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("mainwindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainwindow/state"), saveState());
    m_time.pause();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDropEvent *>(event);
            if (e->mimeData()->hasUrls()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            const QList<QUrl> urls = e->mimeData()->urls();
            for (const QUrl &u : urls)
                if (u.isLocalFile())
                    addBasemapFile(u.toLocalFile());
            e->acceptProposedAction();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::pushMessage(const QString &title, const QString &text, ui::MessageLevel level)
{
    Qgis::MessageLevel q = Qgis::MessageLevel::Info;
    int duration = 8;
    switch (level) {
    case ui::MessageLevel::Info: break;
    case ui::MessageLevel::Success: q = Qgis::MessageLevel::Success; break;
    case ui::MessageLevel::Warning: q = Qgis::MessageLevel::Warning; duration = 15; break;
    case ui::MessageLevel::Critical: q = Qgis::MessageLevel::Critical; duration = 0; break;
    }
    m_messageBar->pushMessage(title, text, q, duration);
}

// ---- missions -------------------------------------------------------------------------------

bool MainWindow::openMission(const QString &path, bool readOnly)
{
    try {
        auto store = core::MissionStore::open(path, readOnly ? core::MissionStore::OpenMode::ReadOnly
                                                             : core::MissionStore::OpenMode::ReadWrite);
        const bool openedReadOnly = store->isReadOnly(); // asked for, or the file is not writable
        const QString backup = store->migrationBackupPath();
        setMission(std::move(store));
        if (openedReadOnly)
            pushMessage(tr("Mission"), tr("%1 is read-only: changes cannot be saved. You can look at it, not change it.").arg(path),
                        ui::MessageLevel::Warning);
        if (!backup.isEmpty())
            pushMessage(tr("Mission"), tr("The mission was upgraded to this version of Vigie; the old file is kept as %1.").arg(backup),
                        ui::MessageLevel::Info);
        return true;
    } catch (const core::MissionError &e) {
        pushMessage(tr("Could not open the mission"), e.message(), ui::MessageLevel::Critical);
        return false;
    }
}

bool MainWindow::newMission(const QString &path, const QString &name)
{
    try {
        setMission(core::MissionStore::create(path, name));
        return true;
    } catch (const core::MissionError &e) {
        pushMessage(tr("Could not create the mission"), e.message(), ui::MessageLevel::Critical);
        return false;
    }
}

bool MainWindow::openDemoMission()
{
    const QString path = ui::demoMissionPath();
    if (QFileInfo::exists(path)) {
        try {
            setMission(core::MissionStore::open(path));
            return true;
        } catch (const core::MissionError &) {
            // An old or damaged demo is rebuilt: it holds nothing but generated data.
            if (m_mission && m_mission->path() == QFileInfo(path).absoluteFilePath())
                closeMission();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto store = core::buildDemoMission(path);
        QApplication::restoreOverrideCursor();
        setMission(std::move(store));
        return true;
    } catch (const core::MissionError &e) {
        QApplication::restoreOverrideCursor();
        pushMessage(tr("Could not build the demo mission"), e.message(), ui::MessageLevel::Critical);
        return false;
    }
}

void MainWindow::closeMission()
{
    if (!m_mission)
        return;
    clearMissionBasemaps();
    m_selection.clearAll();
    std::unique_ptr<core::MissionStore> old = std::move(m_mission);
    emit m_workstation->missionChanged(nullptr);
    old.reset();
    updateTitle();
}

void MainWindow::setMission(std::unique_ptr<core::MissionStore> mission)
{
    closeMission();
    m_mission = std::move(mission);
    connect(m_mission.get(), &core::MissionStore::changed, this, [this](const QString &table) {
        if (table == QLatin1String("mission_meta"))
            updateTitle();
    });
    loadMissionBasemaps();
    updateTitle();
    zoomToAreaOfResponsibility();
    emit m_workstation->missionChanged(m_mission.get());
}

void MainWindow::updateTitle()
{
    if (!m_mission) {
        setWindowTitle(tr("Vigie — no mission"));
        m_status->setMissionText(tr("none"));
        return;
    }
    const QString file = QFileInfo(m_mission->path()).fileName();
    QString title = tr("Vigie — %1 (%2)").arg(m_mission->name(), file);
    if (m_mission->isReadOnly())
        title += tr(" [read-only]");
    setWindowTitle(title);
    m_status->setMissionText(file);
}

void MainWindow::zoomToAreaOfResponsibility()
{
    if (!m_mission)
        return;
    const core::GeoBox aor = m_mission->areaOfResponsibility();
    if (!aor.isValid())
        return;
    m_canvas->setExtent(QgsRectangle(aor.west, aor.south, aor.east, aor.north));
    m_canvas->refresh();
}

void MainWindow::goTo(const core::GeoPoint &point, double scale)
{
    // Scale first: zooming keeps the old centre, which setCenter() then moves.
    m_canvas->zoomScale(scale);
    m_canvas->setCenter(QgsPointXY(point.lon, point.lat));
    m_status->showPosition(point);
    m_canvas->refresh();
}

// ---- basemaps -------------------------------------------------------------------------------

bool MainWindow::addBasemapFile(const QString &path)
{
    QString error;
    const QList<ui::BasemapSource> sources = ui::probeBasemapFile(path, &error);
    if (sources.isEmpty()) {
        pushMessage(tr("Basemap"), error, ui::MessageLevel::Warning);
        return false;
    }
    int added = 0, saved = 0;
    for (const ui::BasemapSource &src : sources) {
        QgsMapLayer *layer = ui::createBasemapLayer(src, &error);
        if (!layer) {
            pushMessage(tr("Basemap"), error, ui::MessageLevel::Warning);
            continue;
        }
        QgsProject::instance()->addMapLayer(layer, false);
        m_missionBasemapGroup->insertLayer(0, layer);
        ++added;
        if (m_mission && !m_mission->isReadOnly()) {
            try {
                m_mission->addBasemap(src.name, src.uri, src.provider);
                ++saved;
            } catch (const core::MissionError &e) {
                pushMessage(tr("Basemap"), e.message(), ui::MessageLevel::Warning);
            }
        }
    }
    if (added > 0) {
        const QString file = QFileInfo(path).fileName();
        if (!m_mission)
            pushMessage(tr("Basemap"), tr("%1 added (open a mission to keep it).").arg(file), ui::MessageLevel::Success);
        else if (m_mission->isReadOnly())
            pushMessage(tr("Basemap"), tr("%1 is shown for this session only: the mission is read-only, changes cannot be saved.").arg(file),
                        ui::MessageLevel::Warning);
        else if (saved == added)
            pushMessage(tr("Basemap"), tr("%1 added; the mission remembers it.").arg(file), ui::MessageLevel::Success);
        m_canvas->refresh();
    }
    return added > 0;
}

void MainWindow::loadMissionBasemaps()
{
    for (const core::Basemap &b : m_mission->basemaps()) {
        QString error;
        QgsMapLayer *layer = ui::createBasemapLayer({b.name, b.uri, b.provider}, &error);
        if (!layer) {
            pushMessage(tr("Basemap"), tr("The mission's basemap \"%1\" is missing: %2").arg(b.name, error), ui::MessageLevel::Warning);
            continue;
        }
        QgsProject::instance()->addMapLayer(layer, false);
        m_missionBasemapGroup->insertLayer(0, layer);
    }
}

void MainWindow::clearMissionBasemaps()
{
    QStringList ids;
    for (QgsLayerTreeLayer *l : m_missionBasemapGroup->findLayers())
        ids << l->layerId();
    m_missionBasemapGroup->removeAllChildren();
    QgsProject::instance()->removeMapLayers(ids);
}

// ---- dialogs --------------------------------------------------------------------------------

void MainWindow::chooseNewMission()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New mission"), QString(), tr("Vigie missions (*.vigie)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New mission"), tr("Mission name:"), QLineEdit::Normal,
                                               QFileInfo(path).completeBaseName(), &ok);
    if (ok)
        newMission(path.endsWith(QLatin1String(".vigie")) ? path : path + QStringLiteral(".vigie"), name);
}

void MainWindow::chooseOpenMission()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open mission"), QString(), tr("Vigie missions (*.vigie);;All files (*)"));
    if (!path.isEmpty())
        openMission(path);
}

void MainWindow::chooseBasemap()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add basemap"), QString(),
        tr("Offline maps (*.mbtiles *.gpkg *.tif *.tiff *.vrt *.jp2 *.ecw *.png *.jpg *.shp *.geojson *.kml *.sqlite);;All files (*)"));
    for (const QString &p : paths)
        addBasemapFile(p);
}

void MainWindow::showPluginsDialog()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Plugins"));
    dlg.resize(820, 320);
    auto *layout = new QVBoxLayout(&dlg);
    auto *table = new QTableWidget(&dlg);
    table->setObjectName(QStringLiteral("pluginsTable"));
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels({tr("Plugin"), tr("Version"), tr("Status"), tr("File"), tr("Reason")});
    const auto &records = m_plugins->records();
    table->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const ui::PluginRecord &r = records[i];
        table->setItem(i, 0, new QTableWidgetItem(r.name.isEmpty() ? QFileInfo(r.path).fileName() : r.name));
        table->setItem(i, 1, new QTableWidgetItem(r.version));
        table->setItem(i, 2, new QTableWidgetItem(r.loaded ? tr("loaded") : tr("not loaded")));
        table->setItem(i, 3, new QTableWidgetItem(r.path));
        table->setItem(i, 4, new QTableWidgetItem(r.error));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(buttons);
    dlg.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vigie"),
                       tr("<b>Vigie %1</b><br>An offline GIS workstation for the Joint Operations Centres of UN peace "
                          "operations.<br>Licence: GPL-2.0-or-later. Built on QGIS, GDAL, PROJ, SpatiaLite and GeographicLib.")
                           .arg(QStringLiteral(VIGIE_VERSION_STRING)));
}

} // namespace vigie::app
