// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_repository.h"
#include "feeds/feed_stats.h"

#include <QHash>
#include <QWidget>

#include <map>
#include <memory>

class QLabel;
class QTableWidget;
class QTimer;
class QToolButton;

namespace vigie::core {
class FeedRecorder;
class MissionStore;
} // namespace vigie::core
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

class LiveContactsLayer;
class TracksLayers;

// The Feeds dock: the live feeds configured in the mission (table feeds), added, edited and
// removed here, each started and stopped on its own. A running feed is a core::FeedRecorder: its
// worker thread owns the socket, decodes and writes the mission; this panel only reads the
// recorder's statistics and hears of its commits (queued signals), and redraws at most every
// kRefreshMs: the table's counters, the Live contacts layer and the track lines. A feed's "running" flag is kept in the mission, so opening it starts
// again the feeds that were recording when it was closed.
class FeedsPanel : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kRefreshMs = 500;       // 2 Hz
    static constexpr int kIdRole = Qt::UserRole + 1;
    enum Column { NameColumn, StateColumn, RateColumn, StoredColumn, RejectedColumn, LastColumn, ColumnCount };

    FeedsPanel(ui::Workstation *workstation, LiveContactsLayer *live, TracksLayers *tracks, QWidget *parent = nullptr);
    ~FeedsPanel() override;

    QTableWidget *table() const { return m_table; }
    QLabel *details() const { return m_details; }
    QList<core::SavedFeed> feeds() const { return m_feeds; }
    bool isRunning(const QString &id) const;
    // Zero figures for a feed that is not running.
    core::FeedStats stats(const QString &id) const;

    // Stores a new feed in the mission and, when start, starts it. Returns its id (empty and a
    // message to the user when the mission refuses).
    QString addFeed(const core::SavedFeed &feed, bool start);
    bool startFeed(const QString &id);
    void stopFeed(const QString &id);
    void removeFeed(const QString &id);
    // Stops every recorder, keeping the mission's running flags (the app closes).
    void shutdown();

  public slots:
    void addWithDialog();
    void editSelected();
    void removeSelected();
    void startSelected();
    void stopSelected();
    // Counters, states, and the layers when something was committed. Runs every kRefreshMs.
    void refresh();

  private:
    void setMission(core::MissionStore *mission);
    void stopAll();
    void reloadRows();
    void updateRow(int row);
    void updateButtons();
    void showDetails();
    QString selectedId() const;
    int rowOf(const QString &id) const;
    QString stateText(const core::FeedStats &s) const;

    ui::Workstation *m_workstation;
    LiveContactsLayer *m_live;
    TracksLayers *m_tracks;
    core::MissionStore *m_mission = nullptr;
    QTableWidget *m_table;
    QLabel *m_details;
    QToolButton *m_add, *m_edit, *m_remove, *m_start, *m_stop;
    QTimer *m_timer;
    QList<core::SavedFeed> m_feeds;
    std::map<QString, std::unique_ptr<core::FeedRecorder>> m_recorders;
    QHash<QString, QString> m_startErrors; // why a feed could not start
    bool m_dirty = false; // committed since the Live contacts layer was rebuilt
    qint64 m_lastLayerMs = 0;
};

} // namespace vigie::plugins
