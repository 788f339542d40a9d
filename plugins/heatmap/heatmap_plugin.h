// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "plugin/panel_plugin.h"

#include <QObject>

namespace vigie::plugins {

class AlertsPanel;
class SitesController;
class ThreatPanel;

// The workstation side of issue #5: the Threat dock (heatmap of the time window, hotspots), the
// protected sites on the map (add by a click, import), and the Alerts dock.
class HeatmapPlugin : public QObject, public ui::PanelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VigiePanelPlugin_iid FILE "heatmap.json")
    Q_INTERFACES(vigie::ui::PanelPlugin)
  public:
    bool initialize(ui::Workstation *workstation, QString *errorMessage) override;

  private:
    ThreatPanel *m_threat = nullptr;
    AlertsPanel *m_alerts = nullptr;
    SitesController *m_sites = nullptr;
};

} // namespace vigie::plugins
