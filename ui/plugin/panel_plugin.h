// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QtPlugin>

namespace vigie::ui {

class Workstation;

// A panel is a Qt plugin implementing this interface, with JSON metadata
// {"id": "...", "name": "...", "version": "...", "description": "..."} given to Q_PLUGIN_METADATA.
// Lifecycle: initialize() once at start with the workstation; extensionsInitialized() after every
// plugin was initialised; aboutToShutdown() before the window closes (save state there).
class PanelPlugin
{
  public:
    virtual ~PanelPlugin() = default;
    // Returns false with a reason for the user when the plugin cannot run.
    virtual bool initialize(Workstation *workstation, QString *errorMessage) = 0;
    virtual void extensionsInitialized() {}
    virtual void aboutToShutdown() {}
};

} // namespace vigie::ui

#define VigiePanelPlugin_iid "org.vigie.PanelPlugin/1"
Q_DECLARE_INTERFACE(vigie::ui::PanelPlugin, VigiePanelPlugin_iid)
