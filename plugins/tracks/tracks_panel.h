// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// The Tracks dock: the mission's tracks seen in the time window (or all of them), selection shared
// with the map through the workstation's Selection (table "tracks"), and the selected track's
// figures over all its fixes.
class TracksPanel : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit TracksPanel(ui::Workstation *workstation, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *details() const { return m_details; }
    QCheckBox *windowOnly() const { return m_windowOnly; }

  public slots:
    void refresh();

  private:
    void setMission(core::MissionStore *mission);
    void tableSelectionChanged();
    void applySharedSelection();
    void showDetails();

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    QTableWidget *m_table;
    QCheckBox *m_windowOnly;
    QLabel *m_count;
    QLabel *m_details;
    bool m_applying = false;
};

} // namespace vigie::plugins
