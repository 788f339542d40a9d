// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission_panel_plugin.h"

#include "mission_panel.h"
#include "mission/mission_store.h"
#include "workstation/workstation.h"

#include <QDockWidget>

namespace vigie::plugins {

bool MissionPanelPlugin::initialize(ui::Workstation *workstation, QString *)
{
    auto *dock = new QDockWidget(tr("Mission"));
    dock->setObjectName(QStringLiteral("missionDock"));
    m_panel = new MissionPanel(workstation, dock);
    dock->setWidget(m_panel);
    workstation->addDock(dock, ui::DockArea::Left);
    m_panel->setMission(workstation->mission());
    connect(workstation, &ui::Workstation::missionChanged, m_panel, &MissionPanel::setMission);
    return true;
}

} // namespace vigie::plugins
