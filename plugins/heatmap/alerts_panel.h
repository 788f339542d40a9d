// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QgsVectorLayer;

namespace vigie::core {
class MissionStore;
struct Alert;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

class SitesController;

class AlertWorker;

// The "Alerts" dock: the mission's alerts (time, site, rule, the numbers that fired them, status),
// their evidence shown on the map, and Acknowledge / Dismiss with a mandatory comment. The rules
// are evaluated when the mission opens, when its incidents, sites or rules change and when the time
// window changes; nothing is acted upon automatically.
// The evaluation (reading the incidents, the density grids) runs on a worker thread with its own
// read-only connection to the mission (core::evaluateMissionRules); requests made while one runs
// cancel it and only the latest is run next. The findings come back to the UI thread, which stores
// them through the mission store (core::AlertRepository::store: one alert per situation), so the
// usual change notification follows.
class AlertsPanel : public QWidget
{
    Q_OBJECT
    // For tests: evaluations whose results were applied, as of which time, and on which thread.
    Q_PROPERTY(int evaluationsApplied READ evaluationsApplied)
    Q_PROPERTY(qlonglong lastEvaluatedEndMs READ lastEvaluatedEndMs)
    Q_PROPERTY(bool lastEvaluationOffUiThread READ lastEvaluationOffUiThread)
    Q_PROPERTY(bool evaluating READ evaluating)
    Q_PROPERTY(int openAlertsOnMap READ openAlertsOnMap)
  public:
    AlertsPanel(ui::Workstation *workstation, SitesController *sites, QWidget *parent = nullptr);
    ~AlertsPanel() override;

    void setMission(core::MissionStore *mission);
    // Asks for the rules to be evaluated as of the time window's end (on the worker); new alerts are
    // stored when the result comes back.
    Q_INVOKABLE void evaluate();
    int evaluationsApplied() const { return m_applied; }
    qlonglong lastEvaluatedEndMs() const { return m_lastEndMs; }
    bool lastEvaluationOffUiThread() const { return m_lastOffUiThread; }
    bool evaluating() const { return m_running || m_pending || m_debounce.isActive(); }
    int openAlertsOnMap() const;
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
    void startRun();
    void showOnMap(const QList<core::Alert> &alerts);
    struct RunResult;
    void runFinished(const std::shared_ptr<RunResult> &result);

    ui::Workstation *m_ws;
    QThread m_thread;
    AlertWorker *m_worker = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    int m_applied = 0;
    qlonglong m_lastEndMs = 0;
    bool m_lastOffUiThread = false;
    SitesController *m_sites;
    QPointer<core::MissionStore> m_mission;
    QTimer m_debounce;
    QPointer<QgsVectorLayer> m_layer; // the open alerts, a ring at each site with the rule's name
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace vigie::plugins
