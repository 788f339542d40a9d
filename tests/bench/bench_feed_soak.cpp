// SPDX-License-Identifier: GPL-2.0-or-later
// Live-feed soak benchmark (not a test): 2,000 CoT messages a second for 60 s over loopback UDP
// into the Feeds dock of the real main window (offscreen, map canvas and plugins loaded, demo
// mission); prints the UI event loop's worst and 99th-percentile block (a 10 ms timer's lateness),
// messages lost, and the growth of the peak resident memory. Target: nothing lost, never blocked
// more than 50 ms. Run: bench_feed_soak [seconds] [rate]; rate 0 is the control run (no message:
// the lateness this machine and the window show by themselves). --no-feed: the window without any
// feed. --stalls[=MS]: where the UI thread was during each block of MS (100) ms or more (stacks sampled by
// tests/support/ui_stall_probe.h).
#include "runtime/runtime.h"
#include "support/feed_soak.h"
#include "support/ui_stall_probe.h"

#include <qgsapplication.h>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The plugins (the Feeds dock starts the feed) sit in the build tree, not beside this binary.
    if (qEnvironmentVariableIsEmpty("VIGIE_PLUGIN_PATH"))
        qputenv("VIGIE_PLUGIN_PATH", VIGIE_BUILD_PLUGIN_DIR);
    QgsApplication app(argc, argv, true);
    vigie::ui::setApplicationIdentity();
    vigie::ui::startQgis();
    QList<QByteArray> args;
    vigie::test::FeedSoakOptions options;
    bool stalls = false;
    double stallMs = 100;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--no-feed")
            options.noFeed = true;
        else if (a.startsWith("--stalls")) {
            stalls = true;
            if (a.startsWith("--stalls="))
                stallMs = a.mid(9).toDouble();
        }
        else
            args << a;
    }
    const double seconds = args.size() > 0 ? args[0].toDouble() : 60.0;
    const int rate = options.noFeed ? 0 : args.size() > 1 ? args[1].toInt() : 2000;
    std::unique_ptr<vigie::test::UiStallProbe> probe;
    if (stalls)
    {
        options.onStart = [&probe, stallMs] { probe = std::make_unique<vigie::test::UiStallProbe>(int(stallMs * 0.6)); };
        options.onStop = [&probe] { probe->stop(); };
    }
    vigie::test::FeedSoakResult r;
    vigie::test::runFeedSoak(seconds, rate, &r, options);
    if (probe)
        probe->report(stdout, stallMs);
    vigie::ui::stopQgis();
    if (!r.error.isEmpty()) {
        std::fprintf(stderr, "soak failed: %s\n", qPrintable(r.error));
        return 1;
    }
    std::printf("%sCoT soak over loopback UDP into the Feeds dock: %lld messages at %d msg/s, sent in %.1f s, stored %lld, lost %lld\n",
                options.noFeed ? "NO FEED (window alone). " : "", static_cast<long long>(r.sent), rate, r.sendSeconds, static_cast<long long>(r.stored),
                static_cast<long long>(r.sent - r.stored));
    std::printf("  UI event loop (10 ms timer, %lld ticks): late by max %.1f ms, p99 %.1f ms, median %.2f ms (target: max <= 50 ms)\n",
                static_cast<long long>(r.ticks), r.maxLateMs, r.p99LateMs, r.p50LateMs);
    std::printf("  CPU while measured, by thread:");
    for (const auto &[name, cpu] : r.cpuByThread)
        std::printf(" %s %.2f s;", name.constData(), cpu);
    std::printf("\n");
    std::printf("  peak resident memory: %.1f MB at the start of the soak, %.1f MB at the end (+%.1f MB)\n", r.maxRssStartKb / 1024.0,
                r.maxRssEndKb / 1024.0, (r.maxRssEndKb - r.maxRssStartKb) / 1024.0);
    return r.stored == r.sent ? 0 : 2;
}
