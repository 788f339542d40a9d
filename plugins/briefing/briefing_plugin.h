// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "plugin/panel_plugin.h"

#include <QObject>
#include <QPointer>

namespace vigie::ui {
class BriefingDialog;
}

namespace vigie::plugins {

// Briefing export (issue #6): File ▸ Briefing… (Ctrl+P) opens the Briefing dialog on what the
// workstation shows. The dialog and `vigie-cli brief` share ui/briefing.
class BriefingPlugin : public QObject, public ui::PanelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VigiePanelPlugin_iid FILE "briefing.json")
    Q_INTERFACES(vigie::ui::PanelPlugin)
  public:
    bool initialize(ui::Workstation *workstation, QString *errorMessage) override;

  private:
    void openDialog();

    ui::Workstation *m_ws = nullptr;
    QPointer<ui::BriefingDialog> m_dialog;
};

} // namespace vigie::plugins
