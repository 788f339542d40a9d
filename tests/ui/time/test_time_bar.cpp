// SPDX-License-Identifier: GPL-2.0-or-later
#include "time/dtg.h"
#include "time/time_bar.h"
#include "time/time_window.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace vigie;

class TestTimeBar : public QObject
{
    Q_OBJECT
    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

  private slots:
    void followsWindow()
    {
        core::TimeWindow w;
        w.setBounds(t0, t0.addDays(30));
        ui::TimeBar bar(&w);
        w.setRange(t0.addDays(2), t0.addDays(3));
        const auto edits = bar.findChildren<QDateTimeEdit *>();
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits[0]->dateTime(), t0.addDays(2));
        QCOMPARE(edits[1]->dateTime(), t0.addDays(3));
        auto *dtg = bar.findChild<QLabel *>(QStringLiteral("timeDtg"));
        QCOMPARE(dtg->text(), core::toDtg(t0.addDays(2)) + QStringLiteral(" – ") + core::toDtg(t0.addDays(3)));
    }

    void buttonsDriveWindow()
    {
        core::TimeWindow w;
        w.setBounds(t0, t0.addDays(30));
        w.setRange(t0, t0.addDays(1));
        ui::TimeBar bar(&w);
        auto *combo = bar.findChild<QComboBox *>(QStringLiteral("timeStep"));
        combo->setCurrentIndex(3); // 1 d
        QCOMPARE(w.stepMs(), 24 * 3600 * 1000LL);
        QTest::mouseClick(bar.findChild<QToolButton *>(QStringLiteral("timeStepForward")), Qt::LeftButton);
        QCOMPARE(w.start(), t0.addDays(1));
        QTest::mouseClick(bar.findChild<QToolButton *>(QStringLiteral("timeStepBack")), Qt::LeftButton);
        QCOMPARE(w.start(), t0);
        w.setTickIntervalMs(5);
        QTest::mouseClick(bar.playButton(), Qt::LeftButton);
        QVERIFY(w.isPlaying());
        QVERIFY(bar.playButton()->isChecked());
        QTRY_VERIFY(w.start() > t0.addDays(2));
        QTest::mouseClick(bar.playButton(), Qt::LeftButton);
        QVERIFY(!w.isPlaying());
    }

    // Steps per second while playing: 2 by default, up to 20 (what the heatmap keeps up with).
    void playingSpeed()
    {
        core::TimeWindow w;
        ui::TimeBar bar(&w);
        auto *speed = bar.findChild<QComboBox *>(QStringLiteral("timeSpeed"));
        QVERIFY(speed);
        QCOMPARE(speed->currentData().toInt(), w.tickIntervalMs());
        QCOMPARE(speed->currentText(), QStringLiteral("2/s"));
        speed->setCurrentIndex(speed->findData(50));
        QCOMPARE(speed->currentText(), QStringLiteral("20/s"));
        QCOMPARE(w.tickIntervalMs(), 50);
    }

    void sliderMovesWindowKeepingDuration()
    {
        core::TimeWindow w;
        w.setBounds(t0, t0.addDays(10));
        w.setRange(t0, t0.addDays(1));
        ui::TimeBar bar(&w);
        auto *slider = bar.findChild<QSlider *>();
        slider->setValue(slider->maximum());
        QCOMPARE(w.end(), t0.addDays(10));
        QCOMPARE(w.durationMs(), 24 * 3600 * 1000LL);
    }

    void presets()
    {
        core::TimeWindow w;
        ui::TimeBar bar(&w);
        for (QToolButton *b : bar.findChildren<QToolButton *>()) {
            if (b->text() == QStringLiteral("30 d")) {
                QTest::mouseClick(b, Qt::LeftButton);
                QCOMPARE(w.durationMs(), 30 * 24 * 3600 * 1000LL);
                QVERIFY(qAbs(w.end().secsTo(QDateTime::currentDateTimeUtc())) < 60);
                return;
            }
        }
        QFAIL("no 30 d preset");
    }
};

QTEST_MAIN(TestTimeBar)
#include "test_time_bar.moc"
