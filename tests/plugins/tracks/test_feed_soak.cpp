// SPDX-License-Identifier: GPL-2.0-or-later
// The short live-feed soak (tests/support/feed_soak.h): 2,000 CoT messages a second for 5 s over
// loopback UDP into the Feeds dock of the real main window; every message must be in the mission.
// No timed assert: the UI timer's lateness is printed, and measured for 60 s by bench_feed_soak.
#include "qgis_test_main.h"
#include "support/feed_soak.h"

#include <QTest>

class TestFeedSoak : public QObject
{
    Q_OBJECT
  private slots:
    void nothingIsLost()
    {
        vigie::test::FeedSoakResult r;
        vigie::test::runFeedSoak(5.0, 2000, &r);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        qInfo("sent %lld in %.2f s, stored %lld; UI timer late by max %.1f ms, p99 %.1f ms over %lld ticks; maxrss %ld -> %ld kB",
              static_cast<long long>(r.sent), r.sendSeconds, static_cast<long long>(r.stored), r.maxLateMs, r.p99LateMs,
              static_cast<long long>(r.ticks), r.maxRssStartKb, r.maxRssEndKb);
        QCOMPARE(r.sent, 10000);
        QCOMPARE(r.stored, r.sent);
    }
};

VIGIE_QGIS_TEST_MAIN(TestFeedSoak)
#include "test_feed_soak.moc"
