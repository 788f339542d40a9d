// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks_plugin.h"

#include "feeds_panel.h"
#include "live_contacts_layer.h"
#include "tracks_layers.h"
#include "tracks_panel.h"
#include "tracks_transfer.h"
#include "workstation/workstation.h"

#include <QAction>
#include <QDockWidget>

namespace vigie::plugins {

bool TracksPlugin::initialize(ui::Workstation *workstation, QString *)
{
    auto *dock = new QDockWidget(tr("Tracks"));
    dock->setObjectName(QStringLiteral("tracksDock"));
    m_panel = new TracksPanel(workstation, dock);
    dock->setWidget(m_panel);
    workstation->addDock(dock, ui::DockArea::Right);

    m_layers = new TracksLayers(workstation, this);
    m_transfer = new TracksTransfer(workstation, this);

    m_live = new LiveContactsLayer(workstation, this);
    auto *feedsDock = new QDockWidget(tr("Feeds"));
    feedsDock->setObjectName(QStringLiteral("feedsDock"));
    m_feeds = new FeedsPanel(workstation, m_live, m_layers, feedsDock);
    feedsDock->setWidget(m_feeds);
    workstation->addDock(feedsDock, ui::DockArea::Left);

    auto *importAction = new QAction(tr("Import tracks…"), this);
    importAction->setObjectName(QStringLiteral("importTracksAction"));
    importAction->setToolTip(tr("Import GPX, NMEA, CoT, KML or CSV track files into the mission"));
    connect(importAction, &QAction::triggered, m_transfer, &TracksTransfer::chooseAndImport);
    workstation->addAction(importAction, ui::ActionPlacement::FileMenu);

    auto *exportAction = new QAction(tr("Export tracks…"), this);
    exportAction->setObjectName(QStringLiteral("exportTracksAction"));
    exportAction->setToolTip(tr("Export the selected tracks (or all) within the time window as GPX, KML, GeoJSON or CSV"));
    connect(exportAction, &QAction::triggered, m_transfer, &TracksTransfer::chooseAndExport);
    workstation->addAction(exportAction, ui::ActionPlacement::FileMenu);

    auto updateEnabled = [importAction, exportAction](core::MissionStore *m) {
        importAction->setEnabled(m && !m->isReadOnly());
        exportAction->setEnabled(m != nullptr);
    };
    updateEnabled(workstation->mission());
    connect(workstation, &ui::Workstation::missionChanged, this, updateEnabled);

    return true;
}

void TracksPlugin::aboutToShutdown()
{
    if (m_transfer)
        m_transfer->cancelAndWait();
    if (m_feeds)
        m_feeds->shutdown();
}

} // namespace vigie::plugins
