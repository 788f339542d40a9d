// SPDX-License-Identifier: GPL-2.0-or-later
#include "briefing_plugin.h"

#include "briefing/briefing_dialog.h"
#include "workstation/workstation.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QAction>

namespace vigie::plugins {

bool BriefingPlugin::initialize(ui::Workstation *workstation, QString *)
{
    m_ws = workstation;
    // Owned by the main window's widgets, like the other plugins' actions.
    QObject *owner = workstation->mapCanvas() ? static_cast<QObject *>(workstation->mapCanvas()) : this;
    auto *action = new QAction(QgsApplication::getThemeIcon(QStringLiteral("/mActionNewLayout.svg")), tr("Briefing…"), owner);
    action->setObjectName(QStringLiteral("briefingAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    action->setToolTip(tr("A print-ready briefing of what the map shows: PDF, PNG, print or QGIS project"));
    action->setEnabled(workstation->mission() != nullptr);
    connect(action, &QAction::triggered, this, &BriefingPlugin::openDialog);
    connect(workstation, &ui::Workstation::missionChanged, action, [this, action](core::MissionStore *mission) {
        action->setEnabled(mission != nullptr);
        if (m_dialog && !mission)
            m_dialog->close();
    });
    workstation->addAction(action, ui::ActionPlacement::FileMenu);
    return true;
}

void BriefingPlugin::openDialog()
{
    if (!m_dialog) {
        QWidget *parent = m_ws->mapCanvas() ? m_ws->mapCanvas()->window() : nullptr;
        m_dialog = new ui::BriefingDialog(m_ws, parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->followWorkstation();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    m_dialog->updatePreview();
}

} // namespace vigie::plugins
