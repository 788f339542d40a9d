// SPDX-License-Identifier: GPL-2.0-or-later
#include "time/time_window.h"

namespace vigie::core {

TimeWindow::TimeWindow(QObject *parent) : QObject(parent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_end = now;
    m_start = now.addDays(-7);
    m_max = now;
    m_min = now.addDays(-90);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_end.addMSecs(m_stepMs) > m_max) {
            pause();
            return;
        }
        shift(m_stepMs);
    });
}

void TimeWindow::setBounds(const QDateTime &min, const QDateTime &max)
{
    if (!min.isValid() || !max.isValid() || min >= max)
        return;
    m_min = min.toUTC();
    m_max = max.toUTC();
    emit boundsChanged(m_min, m_max);
}

void TimeWindow::setStepMs(qint64 ms)
{
    if (ms <= 0 || ms == m_stepMs)
        return;
    m_stepMs = ms;
    emit stepChanged(ms);
}

bool TimeWindow::setRange(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid() || start >= end)
        return false;
    const QDateTime s = start.toUTC(), e = end.toUTC();
    if (s == m_start && e == m_end)
        return false;
    m_start = s;
    m_end = e;
    // A window outside the bounds widens them, so the slider can always show it.
    if (m_start < m_min || m_end > m_max)
        setBounds(std::min(m_start, m_min), std::max(m_end, m_max));
    emit changed(m_start, m_end);
    return true;
}

void TimeWindow::setLast(qint64 ms, const QDateTime &now)
{
    const QDateTime end = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    setRange(end.addMSecs(-ms), end);
}

void TimeWindow::shift(qint64 ms) { setRange(m_start.addMSecs(ms), m_end.addMSecs(ms)); }

void TimeWindow::stepForward() { shift(m_stepMs); }
void TimeWindow::stepBackward() { shift(-m_stepMs); }

void TimeWindow::play()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    emit playingChanged(true);
}

void TimeWindow::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void TimeWindow::togglePlay() { isPlaying() ? pause() : play(); }

} // namespace vigie::core
