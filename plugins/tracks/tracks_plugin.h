// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "plugin/panel_plugin.h"

#include <QObject>

namespace vigie::plugins {

class FeedsPanel;
class LiveContactsLayer;
class TracksLayers;
class TracksPanel;
class TracksTransfer;

// The Tracks dock, the tracks' map layers, File > Import/Export tracks, and the Feeds dock with
// the Live contacts layer.
class TracksPlugin : public QObject, public ui::PanelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VigiePanelPlugin_iid FILE "tracks.json")
    Q_INTERFACES(vigie::ui::PanelPlugin)
  public:
    bool initialize(ui::Workstation *workstation, QString *errorMessage) override;
    void aboutToShutdown() override;

  private:
    TracksPanel *m_panel = nullptr;
    TracksLayers *m_layers = nullptr;
    TracksTransfer *m_transfer = nullptr;
    LiveContactsLayer *m_live = nullptr;
    FeedsPanel *m_feeds = nullptr;
};

} // namespace vigie::plugins
