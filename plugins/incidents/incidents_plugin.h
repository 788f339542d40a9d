// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "plugin/panel_plugin.h"

#include <QObject>

namespace vigie::plugins {

class IncidentIdentifyTool;
class IncidentsController;
class IncidentsPanel;

// The incident log on the workstation (issue #3): the Incidents dock (table, filters, count for the
// time window), the map layer, the identify tool, the form with undo, import and export.
class IncidentsPlugin : public QObject, public ui::PanelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VigiePanelPlugin_iid FILE "incidents.json")
    Q_INTERFACES(vigie::ui::PanelPlugin)
  public:
    bool initialize(ui::Workstation *workstation, QString *errorMessage) override;

  private:
    void addTools(ui::Workstation *workstation);
    void addFileActions(ui::Workstation *workstation);

    IncidentsController *m_controller = nullptr;
    IncidentsPanel *m_panel = nullptr;
    IncidentIdentifyTool *m_identify = nullptr;
};

} // namespace vigie::plugins
