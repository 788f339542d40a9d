// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "plugin/panel_plugin.h"

#include <QObject>

namespace vigie::plugins {

class AnnotationsController;
class AnnotationsPanel;

// Redlining (issue #6): the Annotations dock, the drawing, editing and measuring map tools, undo
// and redo, and GeoJSON/KML import and export.
class AnnotationsPlugin : public QObject, public ui::PanelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VigiePanelPlugin_iid FILE "annotations.json")
    Q_INTERFACES(vigie::ui::PanelPlugin)
  public:
    bool initialize(ui::Workstation *workstation, QString *errorMessage) override;

  private:
    void addTools(ui::Workstation *workstation);
    void addFileActions(ui::Workstation *workstation);

    AnnotationsController *m_controller = nullptr;
    AnnotationsPanel *m_panel = nullptr;
};

} // namespace vigie::plugins
