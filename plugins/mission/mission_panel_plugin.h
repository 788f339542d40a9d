// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "plugin/panel_plugin.h"

#include <QObject>

namespace vigie::plugins {

class MissionPanel;

class MissionPanelPlugin : public QObject, public ui::PanelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VigiePanelPlugin_iid FILE "mission.json")
    Q_INTERFACES(vigie::ui::PanelPlugin)
  public:
    bool initialize(ui::Workstation *workstation, QString *errorMessage) override;

  private:
    MissionPanel *m_panel = nullptr;
};

} // namespace vigie::plugins
