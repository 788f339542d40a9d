// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSlider;
class QToolButton;

namespace vigie::core {
class TimeWindow;
}

namespace vigie::ui {

// The workstation's time bar: [from] ──slider── [to], ◀ ▶ ▶▶, the step, and last 24 h / 7 d / 30 d.
// A view of core::TimeWindow: it never holds a time of its own.
class TimeBar : public QWidget
{
    Q_OBJECT
  public:
    explicit TimeBar(core::TimeWindow *window, QWidget *parent = nullptr);

    QToolButton *playButton() const { return m_play; }

  private:
    void syncFromWindow();
    void applyEdits();
    void sliderMoved(int value);

    core::TimeWindow *m_window;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QSlider *m_slider;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QComboBox *m_step;
    QComboBox *m_speed;
    QLabel *m_dtg;
    bool m_syncing = false;
};

} // namespace vigie::ui
