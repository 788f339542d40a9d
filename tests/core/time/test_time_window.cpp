// SPDX-License-Identifier: GPL-2.0-or-later
#include "time/time_window.h"

#include <QSignalSpy>
#include <QTest>

using namespace vigie::core;

class TestTimeWindow : public QObject
{
    Q_OBJECT
    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

  private slots:
    void rangeAndSignals()
    {
        TimeWindow w;
        QSignalSpy spy(&w, &TimeWindow::changed);
        QVERIFY(w.setRange(t0, t0.addDays(1)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.durationMs(), qint64(86400000));
        QVERIFY(!w.setRange(t0, t0.addDays(1))); // unchanged: no signal
        QVERIFY(!w.setRange(t0.addDays(1), t0));  // reversed: refused
        QVERIFY(!w.setRange(QDateTime(), t0));    // invalid: refused
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.start(), t0);
        QVERIFY(w.contains(t0.addSecs(3600)));
        QVERIFY(!w.contains(t0.addDays(2)));
    }

    void lastPresets()
    {
        TimeWindow w;
        const QDateTime now = t0.addDays(30);
        w.setLast(24 * 3600 * 1000LL, now);
        QCOMPARE(w.end(), now);
        QCOMPARE(w.start(), now.addDays(-1));
        w.setLast(30LL * 24 * 3600 * 1000, now);
        QCOMPARE(w.start(), now.addDays(-30));
    }

    void steps()
    {
        TimeWindow w;
        w.setBounds(t0, t0.addDays(10));
        w.setRange(t0, t0.addSecs(6 * 3600));
        w.setStepMs(3600 * 1000);
        w.stepForward();
        QCOMPARE(w.start(), t0.addSecs(3600));
        QCOMPARE(w.end(), t0.addSecs(7 * 3600));
        w.stepBackward();
        QCOMPARE(w.start(), t0);
    }

    void playAdvancesAndStopsAtBounds()
    {
        TimeWindow w;
        w.setBounds(t0, t0.addSecs(5 * 3600));
        w.setRange(t0, t0.addSecs(3600));
        w.setStepMs(3600 * 1000);
        w.setTickIntervalMs(10);
        QSignalSpy playing(&w, &TimeWindow::playingChanged);
        w.play();
        QVERIFY(w.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isPlaying(), 5000);
        QCOMPARE(w.end(), t0.addSecs(5 * 3600));
        QCOMPARE(playing.count(), 2);
    }

    void windowWidensBounds()
    {
        TimeWindow w;
        w.setBounds(t0, t0.addDays(1));
        QSignalSpy bounds(&w, &TimeWindow::boundsChanged);
        w.setRange(t0.addDays(-5), t0);
        QCOMPARE(bounds.count(), 1);
        QCOMPARE(w.minimum(), t0.addDays(-5));
    }
};

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "test_time_window.moc"
