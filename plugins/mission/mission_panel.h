// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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

// The Mission panel: what mission is open, where its area is, how much it holds, and what was
// changed last by whom (the audit trail).
class MissionPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit MissionPanel(ui::Workstation *workstation, QWidget *parent = nullptr);

    void setMission(core::MissionStore *mission);
    void refresh();

    QTableWidget *countsTable() const { return m_counts; }
    QTableWidget *auditTable() const { return m_audit; }
    QLabel *nameLabel() const { return m_name; }

  private:
    void rename();

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    QLabel *m_name;
    QLabel *m_file;
    QLabel *m_aor;
    QLabel *m_created;
    QPushButton *m_renameButton;
    QPushButton *m_zoomButton;
    QTableWidget *m_counts;
    QTableWidget *m_audit;
};

} // namespace vigie::plugins
