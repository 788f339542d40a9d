// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

class SitesController;

// The "Alerts" dock: the mission's alerts (time, site, rule, the numbers that fired them, status),
// their evidence shown on the map, and Acknowledge / Dismiss with a mandatory comment. The rules
// are evaluated (through core::evaluateMissionAlerts) when the mission opens, when its incidents
// change and when the time window changes; nothing is acted upon automatically.
class AlertsPanel : public QWidget
{
    Q_OBJECT
  public:
    AlertsPanel(ui::Workstation *workstation, SitesController *sites, QWidget *parent = nullptr);

    void setMission(core::MissionStore *mission);
    // Evaluates the rules as of the time window's end and stores new alerts.
    Q_INVOKABLE void evaluate();
    void refresh();
    // Ask for a comment (a dialog) and acknowledge / dismiss the selected alert.
    void acknowledgeSelected();
    void dismissSelected();
    QString selectedAlertId() const;

  private:
    enum class Action { Acknowledge, Dismiss };
    void act(Action action);
    void selectionChanged();
    void storeChanged(const QString &table);

    ui::Workstation *m_ws;
    SitesController *m_sites;
    QPointer<core::MissionStore> m_mission;
    QTimer m_debounce;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace vigie::plugins
