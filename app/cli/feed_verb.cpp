// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli feed: records live feeds into a mission, headless (a camp's sensor gateway).
#include "cli/cli_verb.h"

#include "feeds/feed_recorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace vigie::app {

namespace {

std::atomic<int> g_signal{0};

extern "C" void onStopSignal(int sig)
{
    g_signal.store(sig);
}

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

CliResult runFeed(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addPositionalArgument(QStringLiteral("mission"), QCoreApplication::translate("vigie::app::FeedVerb", "The mission file (*.vigie) to record into."));
    const QCommandLineOption listen(QStringLiteral("listen"), QCoreApplication::translate("vigie::app::FeedVerb", "Listen for a feed (cot+udp, cot+tcp, nmea+udp, nmea+tcp)."), QStringLiteral("url"));
    const QCommandLineOption connectTo(QStringLiteral("connect"), QCoreApplication::translate("vigie::app::FeedVerb", "Connect to a feed server (cot+tcp, nmea+tcp, gpsd)."), QStringLiteral("url"));
    const QCommandLineOption duration(QStringLiteral("duration"), QCoreApplication::translate("vigie::app::FeedVerb", "Stop after S seconds (default: until SIGINT/SIGTERM)."), QStringLiteral("S"));
    const QCommandLineOption reportEvery(QStringLiteral("report-every"), QCoreApplication::translate("vigie::app::FeedVerb", "Print a status line every S seconds (on stderr); its \"stored\" count is what is committed to the mission."), QStringLiteral("S"));
    p.addOptions({listen, connectTo, duration, reportEvery});
    if (!p.parse(QStringList{QStringLiteral("vigie-cli feed")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() != 1)
        return CliResult::failure(QCoreApplication::translate("vigie::app::FeedVerb", "Usage: vigie-cli feed M.vigie --listen URL [--connect URL] [--duration S] [--report-every S] [--json]"));
    const QString mission = p.positionalArguments().constFirst();
    if (!QFileInfo::exists(mission))
        return CliResult::failure(QCoreApplication::translate("vigie::app::FeedVerb", "The mission %1 does not exist (vigie-cli new creates one).").arg(mission));

    QList<core::FeedConfig> feeds;
    QString error;
    for (const QString &url : p.values(listen)) {
        core::FeedConfig c;
        if (!core::FeedConfig::parse(url, core::FeedRole::Listen, &c, &error))
            return CliResult::failure(error);
        feeds << c;
    }
    for (const QString &url : p.values(connectTo)) {
        core::FeedConfig c;
        if (!core::FeedConfig::parse(url, core::FeedRole::Connect, &c, &error))
            return CliResult::failure(error);
        feeds << c;
    }
    if (feeds.isEmpty())
        return CliResult::failure(QCoreApplication::translate("vigie::app::FeedVerb", "No feed: give at least one --listen or --connect."));
    const auto seconds = [&](const QCommandLineOption &o, double *out) {
        if (!p.isSet(o))
            return true;
        bool ok = false;
        *out = p.value(o).toDouble(&ok);
        return ok && *out > 0;
    };
    double durationS = 0, reportS = 0;
    if (!seconds(duration, &durationS))
        return CliResult::failure(QCoreApplication::translate("vigie::app::FeedVerb", "--duration needs a positive number of seconds."));
    if (!seconds(reportEvery, &reportS))
        return CliResult::failure(QCoreApplication::translate("vigie::app::FeedVerb", "--report-every needs a positive number of seconds."));

#ifdef __GLIBC__
    // The feeds' worker thread allocates and frees its batch memory several times a second; glibc
    // hands the top of that thread's heap back with madvise() each time, and the TLB shootdowns
    // that follow cost more than the decoding (measured: ~3x fewer messages per second). A
    // recording process keeps the memory instead.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    core::FeedRecorder recorder(mission, feeds);
    if (!recorder.start(&error))
        return CliResult::failure(error);
    QStringList urls;
    for (const core::FeedConfig &c : std::as_const(feeds))
        urls << c.url();
    say(QCoreApplication::translate("vigie::app::FeedVerb", "vigie-cli feed: recording into %1 from %2; Ctrl+C stops").arg(mission, urls.join(QStringLiteral(", "))));

    g_signal.store(0);
    const auto oldInt = std::signal(SIGINT, onStopSignal);
    const auto oldTerm = std::signal(SIGTERM, onStopSignal);
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_signal.load() != 0 || (durationS > 0 && clock.elapsed() >= qint64(durationS * 1000)))
            loop.quit();
    });
    poll.start();
    QTimer report;
    if (reportS > 0) {
        report.setInterval(int(reportS * 1000));
        // A fix counts as stored only once its batch is committed (and, with synchronous=FULL,
        // synced): a line printed here stays true after a kill -9 or a power cut the next instant
        // (tests/app/test_crash_kill checks it).
        QObject::connect(&report, &QTimer::timeout, &loop, [&] {
            for (const core::FeedStats &s : recorder.stats())
                say(s.humanLine());
        });
        report.start();
    }
    loop.exec();
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    const int sig = g_signal.load();
    recorder.stop(); // flushes: everything received is committed before the report

    const QList<core::FeedStats> stats = recorder.stats();
    const core::FeedStats total = recorder.totals();
    CliResult r;
    QJsonArray arr;
    QStringList lines;
    lines << QCoreApplication::translate("vigie::app::FeedVerb", "Recorded %1 s into %2%3")
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(mission, sig ? QCoreApplication::translate("vigie::app::FeedVerb", " (stopped by signal %1)").arg(sig) : QString());
    for (const core::FeedStats &s : stats) {
        arr.append(s.toJson());
        lines << QStringLiteral("  ") + s.humanLine();
    }
    lines << QCoreApplication::translate("vigie::app::FeedVerb", "Total: received %1, stored %2, duplicates %3, rejected %4, ignored %5")
                 .arg(total.received)
                 .arg(total.stored)
                 .arg(total.duplicates)
                 .arg(total.rejected)
                 .arg(total.ignored);
    if (!recorder.storeError().isEmpty())
        lines << QCoreApplication::translate("vigie::app::FeedVerb", "Mission write error: %1").arg(recorder.storeError());
    r.human = lines.join(QLatin1Char('\n'));
    r.json.insert(QStringLiteral("mission"), mission);
    r.json.insert(QStringLiteral("elapsed_s"), double(clock.elapsed()) / 1000.0);
    r.json.insert(QStringLiteral("stopped_by_signal"), sig);
    r.json.insert(QStringLiteral("feeds"), arr);
    r.json.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("received"), total.received},
                                                        {QStringLiteral("stored"), total.stored},
                                                        {QStringLiteral("duplicates"), total.duplicates},
                                                        {QStringLiteral("rejected"), total.rejected},
                                                        {QStringLiteral("ignored"), total.ignored}});
    r.json.insert(QStringLiteral("store_error"), recorder.storeError());
    // 2: recorded, but some messages could not be used or the mission refused a write.
    r.exitCode = (total.rejected > 0 || !recorder.storeError().isEmpty()) ? 2 : 0;
    return r;
}

} // namespace

void registerFeedVerbs(CliRegistry &registry)
{
    registry.add({QStringLiteral("feed"),
                  QStringLiteral("feed M.vigie --listen cot+udp://239.2.3.1:6969 [--listen cot+tcp://HOST:PORT] [--listen nmea+tcp|nmea+udp://HOST:PORT] "
                                 "[--connect gpsd://127.0.0.1:2947] [--duration S] [--report-every S] [--json]"),
                  QCoreApplication::translate("vigie::app::FeedVerb", "Record live sensor feeds (CoT, NMEA, gpsd) into a mission until the duration or a signal."), false, runFeed});
}

} // namespace vigie::app
