// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap_plugin.h"

#include "alerts_panel.h"
#include "sites_controller.h"
#include "threat_panel.h"
#include "workstation/workstation.h"

#include <qgsapplication.h>

#include <QAction>
#include <QDir>
#include <QDockWidget>

namespace vigie::plugins {

bool HeatmapPlugin::initialize(ui::Workstation *ws, QString *)
{
    auto *threatDock = new QDockWidget(tr("Threat"));
    threatDock->setObjectName(QStringLiteral("threatDock"));
    m_threat = new ThreatPanel(ws, threatDock);
    m_threat->setObjectName(QStringLiteral("threatPanel"));
    threatDock->setWidget(m_threat);
    ws->addDock(threatDock, ui::DockArea::Left);

    m_sites = new SitesController(ws, threatDock);
    m_sites->setObjectName(QStringLiteral("sitesController"));

    auto *alertsDock = new QDockWidget(tr("Alerts"));
    alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alerts = new AlertsPanel(ws, m_sites, alertsDock);
    m_alerts->setObjectName(QStringLiteral("alertsPanel"));
    alertsDock->setWidget(m_alerts);
    ws->addDock(alertsDock, ui::DockArea::Bottom);

    auto *addSite = new QAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionCapturePoint.svg")), tr("Add a protected site"), threatDock);
    addSite->setObjectName(QStringLiteral("sitesAdd"));
    addSite->setToolTip(tr("Click on the map where the protected site is"));
    auto *tool = new AddSiteTool(ws->mapCanvas(), m_sites);
    tool->setObjectName(QStringLiteral("sitesAddTool"));
    ws->addMapTool(tool, addSite);

    auto *import = new QAction(tr("Import protected sites…"), threatDock);
    import->setObjectName(QStringLiteral("sitesImport"));
    connect(import, &QAction::triggered, this, [this, ws] {
        const QString path = ws->fileChooser()->openFile(m_sites->dialogParent(), tr("Import protected sites"), QDir::homePath(),
                                                         tr("Protected sites (*.csv *.geojson *.json *.gpkg);;CSV (*.csv);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg)"));
        if (!path.isEmpty())
            m_sites->importFile(path);
    });
    ws->addAction(import, ui::ActionPlacement::FileMenu);

    const auto setMission = [this](core::MissionStore *m) {
        m_sites->setMission(m);
        m_threat->setMission(m);
        m_alerts->setMission(m);
    };
    setMission(ws->mission());
    connect(ws, &ui::Workstation::missionChanged, this, setMission);
    return true;
}

} // namespace vigie::plugins
