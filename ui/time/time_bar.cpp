// SPDX-License-Identifier: GPL-2.0-or-later
#include "time/time_bar.h"

#include "time/dtg.h"
#include "time/time_window.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace vigie::ui {

namespace {
constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kDay = 24 * kHour;
// The slider counts in steps of a minute: precise enough, and fits an int over decades.
constexpr qint64 kSliderUnit = 60 * 1000LL;
} // namespace

TimeBar::TimeBar(core::TimeWindow *window, QWidget *parent) : QWidget(parent), m_window(window)
{
    setObjectName(QStringLiteral("timeBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    auto makeEdit = [this](const QString &tip) {
        auto *e = new QDateTimeEdit(this);
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        e->setCalendarPopup(true);
        e->setToolTip(tip);
        return e;
    };
    m_from = makeEdit(tr("Start of the time window (UTC)"));
    m_to = makeEdit(tr("End of the time window (UTC)"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Move the time window through the mission's period"));
    m_slider->setMinimumWidth(200);

    auto makeButton = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_back = makeButton(QStyle::SP_MediaSeekBackward, tr("Step back"));
    m_play = makeButton(QStyle::SP_MediaPlay, tr("Play / pause"));
    m_play->setCheckable(true);
    m_forward = makeButton(QStyle::SP_MediaSeekForward, tr("Step forward"));
    m_back->setObjectName(QStringLiteral("timeStepBack"));
    m_play->setObjectName(QStringLiteral("timePlay"));
    m_forward->setObjectName(QStringLiteral("timeStepForward"));

    m_step = new QComboBox(this);
    m_step->setToolTip(tr("Step of the time window"));
    m_step->addItem(tr("step 15 min"), 15 * 60 * 1000LL);
    m_step->addItem(tr("step 1 h"), kHour);
    m_step->addItem(tr("step 6 h"), 6 * kHour);
    m_step->addItem(tr("step 1 d"), kDay);
    m_step->addItem(tr("step 7 d"), 7 * kDay);
    m_step->setObjectName(QStringLiteral("timeStep"));
    // How fast the window moves when playing: the map's layers follow every step (the heatmap
    // keeps up with 20 a second).
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("timeSpeed"));
    m_speed->setToolTip(tr("Steps per second when playing"));
    for (int perSecond : {1, 2, 5, 10, 20})
        m_speed->addItem(tr("%1/s").arg(perSecond), 1000 / perSecond);

    layout->addWidget(m_from);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_to);
    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addWidget(m_step);
    layout->addWidget(m_speed);
    const std::pair<QString, qint64> presets[] = {{tr("last 24 h"), kDay}, {tr("7 d"), 7 * kDay}, {tr("30 d"), 30 * kDay}};
    for (const auto &[label, ms] : presets) {
        auto *b = new QToolButton(this);
        b->setText(label);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show the last %1").arg(label));
        const qint64 span = ms;
        connect(b, &QToolButton::clicked, this, [this, span] { m_window->setLast(span); });
        layout->addWidget(b);
    }
    m_dtg = new QLabel(this);
    m_dtg->setToolTip(tr("Time window as date-time groups"));
    m_dtg->setObjectName(QStringLiteral("timeDtg"));
    layout->addWidget(m_dtg);

    connect(m_from, &QDateTimeEdit::editingFinished, this, &TimeBar::applyEdits);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &TimeBar::applyEdits);
    connect(m_slider, &QSlider::valueChanged, this, &TimeBar::sliderMoved);
    connect(m_back, &QToolButton::clicked, m_window, &core::TimeWindow::stepBackward);
    connect(m_forward, &QToolButton::clicked, m_window, &core::TimeWindow::stepForward);
    connect(m_play, &QToolButton::clicked, m_window, &core::TimeWindow::togglePlay);
    connect(m_step, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { m_window->setStepMs(m_step->itemData(i).toLongLong()); });
    connect(m_speed, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { m_window->setTickIntervalMs(m_speed->itemData(i).toInt()); });
    connect(m_window, &core::TimeWindow::changed, this, &TimeBar::syncFromWindow);
    connect(m_window, &core::TimeWindow::boundsChanged, this, &TimeBar::syncFromWindow);
    connect(m_window, &core::TimeWindow::stepChanged, this, &TimeBar::syncFromWindow);
    connect(m_window, &core::TimeWindow::playingChanged, this, [this](bool playing) {
        m_play->setChecked(playing);
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    syncFromWindow();
}

void TimeBar::syncFromWindow()
{
    m_syncing = true;
    m_from->setDateTime(m_window->start());
    m_to->setDateTime(m_window->end());
    const qint64 min = m_window->minimum().toMSecsSinceEpoch();
    const qint64 max = m_window->maximum().toMSecsSinceEpoch();
    // The slider places the window's start between the bounds' start and (end - duration).
    const qint64 room = std::max<qint64>(0, max - min - m_window->durationMs());
    m_slider->setRange(0, int(room / kSliderUnit));
    m_slider->setValue(int((m_window->startMs() - min) / kSliderUnit));
    m_slider->setEnabled(room > 0);
    for (int i = 0; i < m_step->count(); ++i)
        if (m_step->itemData(i).toLongLong() == m_window->stepMs())
            m_step->setCurrentIndex(i);
    const int speed = m_speed->findData(m_window->tickIntervalMs());
    if (speed >= 0)
        m_speed->setCurrentIndex(speed);
    m_dtg->setText(QStringLiteral("%1 – %2").arg(core::toDtg(m_window->start()), core::toDtg(m_window->end())));
    m_syncing = false;
}

void TimeBar::applyEdits()
{
    if (m_syncing)
        return;
    if (!m_window->setRange(m_from->dateTime(), m_to->dateTime()))
        syncFromWindow(); // refused (end before start): show the window as it is
}

void TimeBar::sliderMoved(int value)
{
    if (m_syncing)
        return;
    const QDateTime start = m_window->minimum().addMSecs(qint64(value) * kSliderUnit);
    m_window->setRange(start, start.addMSecs(m_window->durationMs()));
}

} // namespace vigie::ui
