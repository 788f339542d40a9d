// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace vigie::core {

// The one time window of the workstation: [start, end] in UTC, a step, and play/pause.
// Every panel, layer and count filters by it; the heatmap recomputes for it; the briefing prints it.
// Playing moves the whole window forward by one step per tick and stops at the bounds' end.
class TimeWindow : public QObject
{
    Q_OBJECT
  public:
    explicit TimeWindow(QObject *parent = nullptr);

    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }
    qint64 durationMs() const { return m_start.msecsTo(m_end); }
    bool contains(const QDateTime &t) const { return t >= m_start && t <= m_end; }
    // The window as epoch milliseconds, the store's time unit.
    qint64 startMs() const { return m_start.toMSecsSinceEpoch(); }
    qint64 endMs() const { return m_end.toMSecsSinceEpoch(); }

    // The span the window can move in (the data's extent); the time bar's slider covers it.
    QDateTime minimum() const { return m_min; }
    QDateTime maximum() const { return m_max; }
    void setBounds(const QDateTime &min, const QDateTime &max);

    qint64 stepMs() const { return m_stepMs; }
    void setStepMs(qint64 ms);
    // How often play advances, in real milliseconds.
    int tickIntervalMs() const { return m_timer.interval(); }
    void setTickIntervalMs(int ms) { m_timer.setInterval(ms); }

    bool isPlaying() const { return m_timer.isActive(); }

  public slots:
    // Invalid or reversed ranges are refused (the window keeps its value); returns whether it changed.
    bool setRange(const QDateTime &start, const QDateTime &end);
    // The last `ms` milliseconds up to `now` (defaults to the current time).
    void setLast(qint64 ms, const QDateTime &now = QDateTime());
    void stepForward();
    void stepBackward();
    void play();
    void pause();
    void togglePlay();

  signals:
    void changed(const QDateTime &start, const QDateTime &end);
    void boundsChanged(const QDateTime &min, const QDateTime &max);
    void stepChanged(qint64 ms);
    void playingChanged(bool playing);

  private:
    void shift(qint64 ms);

    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_min;
    QDateTime m_max;
    qint64 m_stepMs = 3600 * 1000;
    QTimer m_timer;
};

} // namespace vigie::core
