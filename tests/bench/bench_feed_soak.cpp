// SPDX-License-Identifier: GPL-2.0-or-later
// Live-feed soak benchmark (not a test): 2,000 CoT messages a second for 60 s over loopback UDP
// into the Feeds dock of the real main window (offscreen, map canvas and plugins loaded, demo
// mission); prints the UI event loop's worst and 99th-percentile block (a 10 ms timer's lateness),
// messages lost, and the growth of the peak resident memory. Target: nothing lost, never blocked
// more than 50 ms. Run: bench_feed_soak [seconds] [rate]; rate 0 is the control run (no message:
// the lateness this machine and the window show by themselves).
#include "runtime/runtime.h"
#include "support/feed_soak.h"

#include <qgsapplication.h>

#include <cstdio>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QgsApplication app(argc, argv, true);
    vigie::ui::setApplicationIdentity();
    vigie::ui::startQgis();
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 60.0;
    const int rate = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    vigie::test::FeedSoakResult r;
    vigie::test::runFeedSoak(seconds, rate, &r);
    vigie::ui::stopQgis();
    if (!r.error.isEmpty()) {
        std::fprintf(stderr, "soak failed: %s\n", qPrintable(r.error));
        return 1;
    }
    std::printf("CoT soak over loopback UDP into the Feeds dock: %lld messages at %d msg/s, sent in %.1f s, stored %lld, lost %lld\n",
                static_cast<long long>(r.sent), rate, r.sendSeconds, static_cast<long long>(r.stored),
                static_cast<long long>(r.sent - r.stored));
    std::printf("  UI event loop (10 ms timer, %lld ticks): late by max %.1f ms, p99 %.1f ms, median %.2f ms (target: max <= 50 ms)\n",
                static_cast<long long>(r.ticks), r.maxLateMs, r.p99LateMs, r.p50LateMs);
    std::printf("  peak resident memory: %.1f MB at the start of the soak, %.1f MB at the end (+%.1f MB)\n", r.maxRssStartKb / 1024.0,
                r.maxRssEndKb / 1024.0, (r.maxRssEndKb - r.maxRssStartKb) / 1024.0);
    return r.stored == r.sent ? 0 : 2;
}
