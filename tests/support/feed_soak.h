// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The live-feed soak, shared by tests/bench/bench_feed_soak (60 s, figures) and the short test
// tests/plugins/tracks/test_feed_soak (5 s, nothing lost): the real main window with the plugins,
// on the demo mission, its Feeds dock recording a CoT UDP feed that a sender thread on 127.0.0.1
// paces at `rate` messages per second; a 10 ms timer on the UI thread records how late it fires.
#include "feeds/feed_repository.h"
#include "main_window.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"

#include <qgsmapcanvas.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <unistd.h>
#include <tuple>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace vigie::test {

struct FeedSoakResult
{
    qint64 sent = 0;
    qint64 stored = 0;      // soak fixes found in the mission after the feed stopped
    double sendSeconds = 0; // how long the sender took (≈ the planned duration when it kept pace)
    double maxLateMs = 0;   // the UI timer's worst lateness
    double p99LateMs = 0;
    double p50LateMs = 0;
    qint64 ticks = 0;
    long maxRssStartKb = 0;
    long maxRssEndKb = 0;
    // CPU seconds each kind of thread used while measured (by thread name: the UI thread is the
    // process's name, QGIS's map renderers "Thread (pooled)", the feed "vigie-feeds"): steadier
    // than the lateness on a shared machine.
    std::map<QByteArray, double> cpuByThread;
    QString error;
};

struct FeedSoakOptions
{
    bool noFeed = false;          // the window alone: no feed configured, nothing sent (rate ignored)
    std::function<void()> onStart; // called on the UI thread when the measure starts (a probe's start)
    std::function<void()> onStop;  // and when it ends
};

inline long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// The calling thread's time on a CPU and waiting for one (ns), from /proc/thread-self/schedstat.
inline std::pair<qint64, qint64> uiSchedStat()
{
    FILE *f = std::fopen("/proc/thread-self/schedstat", "r");
    long long run = 0, wait = 0;
    if (f) {
        if (std::fscanf(f, "%lld %lld", &run, &wait) != 2)
            run = wait = 0;
        std::fclose(f);
    }
    return {run, wait};
}

// Each thread of this process: name and CPU time so far (ms), from /proc/self/task.
inline std::map<int, std::pair<QByteArray, qint64>> threadTimes()
{
    std::map<int, std::pair<QByteArray, qint64>> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const long tick = sysconf(_SC_CLK_TCK);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const int open = line.indexOf('('), close = line.lastIndexOf(')');
        const QList<QByteArray> f = line.mid(close + 2).split(' ');
        if (open < 0 || f.size() <= 12)
            continue;
        out[tid.toInt()] = {line.mid(open + 1, close - open - 1), (f[11].toLongLong() + f[12].toLongLong()) * 1000 / tick};
    }
    return out;
}

inline QByteArray soakEvent(qint64 i, int contacts, qint64 nowMs)
{
    const QByteArray t = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray stale = QDateTime::fromMSecsSinceEpoch(nowMs + 120000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    const int c = int(i % contacts);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><event version=\"2.0\" uid=\"SOAK-" + QByteArray::number(c) +
           "\" type=\"a-f-G-U-C\" how=\"m-g\" time=\"" + t + "\" start=\"" + t + "\" stale=\"" + stale + "\"><point lat=\"" +
           QByteArray::number(16.15 + (c % 20) * 0.012 + (i % 1000) * 1e-6, 'f', 7) + "\" lon=\"" +
           QByteArray::number(-0.2 + (c / 20) * 0.04 + (i % 997) * 1e-6, 'f', 7) +
           "\" hae=\"262.1\" ce=\"4.9\" le=\"9999999.0\"/><detail><contact callsign=\"SOAK-" + QByteArray::number(c) +
           "\"/><track course=\"" + QByteArray::number((i * 7) % 360) + "\" speed=\"1.2\"/></detail></event>";
}

// Runs the soak; fills *out. rate messages/s for seconds s, 200 contacts; rate 0 is the control
// run (the same window and feed for the same time, no message); options.noFeed the window
// without any feed.
inline void runFeedSoak(double seconds, int rate, FeedSoakResult *out, const FeedSoakOptions &options = {})
{
    if (options.noFeed)
        rate = 0;
    const int contacts = 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("soak.vigie"));
    quint16 port = 0;
    {
        QUdpSocket probe;
        probe.bind(QHostAddress::LocalHost, 0);
        port = probe.localPort();
    }
    {
        auto store = core::buildDemoMission(path);
        core::SavedFeed f;
        f.name = QStringLiteral("soak");
        QString error;
        if (!core::FeedConfig::parse(QStringLiteral("cot+udp://127.0.0.1:%1").arg(port), core::FeedRole::Listen, &f.config, &error)) {
            out->error = error;
            return;
        }
        f.running = true; // the Feeds dock starts it when the mission opens
        if (!options.noFeed)
            core::FeedRepository(*store).add(f);
    }
    auto window = std::make_unique<app::MainWindow>();
    window->loadPlugins();
    window->resize(1400, 860);
    window->show();
    if (!window->openMission(path)) {
        out->error = QStringLiteral("cannot open the mission");
        return;
    }
    window->canvas()->setExtent(QgsRectangle(-0.25, 16.1, 0.2, 16.42));
    window->canvas()->refresh();
    const auto storedSoak = [&] {
        return window->mission()
            ->database()
            .scalar(QStringLiteral("SELECT coalesce(sum(c.point_count), 0) FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid WHERE t.source_id LIKE 'SOAK-%'"))
            .toLongLong();
    };
    QUdpSocket warm;
    // Wait until the feed listens: a first message comes back from the mission.
    QElapsedTimer wait;
    wait.start();
    qint64 first = QDateTime::currentMSecsSinceEpoch() - 3600000;
    while (!options.noFeed && storedSoak() == 0 && wait.elapsed() < 20000) {
        warm.writeDatagram(soakEvent(0, contacts, first), QHostAddress::LocalHost, port);
        QEventLoop().processEvents(QEventLoop::AllEvents, 200);
        QThread::msleep(50);
    }
    if (!options.noFeed && storedSoak() == 0) {
        out->error = QStringLiteral("the feed did not start");
        return;
    }
    const qint64 warmed = storedSoak();
    // The window's first paints (layer tree, first map renders, the Threat panel's first heatmap)
    // are the start-up's, not the feed's: the measure starts once the map has been idle for 1 s.
    {
        QElapsedTimer settle, idle;
        settle.start();
        idle.start();
        while (settle.elapsed() < 15000 && idle.elapsed() < 1000) {
            QEventLoop().processEvents(QEventLoop::AllEvents, 50);
            if (window->canvas()->isDrawing())
                idle.restart();
        }
    }

    std::vector<double> late;
    late.reserve(size_t(seconds * 110) + 1000);
    QElapsedTimer clock;
    clock.start();
    qint64 lastNs = clock.nsecsElapsed();
    // VIGIE_SOAK_TRACE: each late tick on stderr, with where the UI thread's time went meanwhile
    // (Linux schedstat: on the CPU, runnable but waiting for one, or neither: blocked).
    const bool trace = qEnvironmentVariableIsSet("VIGIE_SOAK_TRACE");
    qint64 lastRun = 0, lastWait = 0;
    std::map<int, std::pair<QByteArray, qint64>> lastThreads;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        late.push_back(std::max(0.0, double(now - lastNs) / 1e6 - 10.0));
        if (trace) {
            const auto [run, wait] = uiSchedStat();
            std::map<int, std::pair<QByteArray, qint64>> threads = threadTimes();
            if (late.back() > 40) {
                QByteArray others;
                for (const auto &[tid, t] : threads) {
                    const qint64 before = lastThreads.count(tid) ? lastThreads[tid].second : 0;
                    if (t.second - before > 0)
                        others += " " + t.first + "=" + QByteArray::number(t.second - before) + "ms";
                }
                std::fprintf(stderr, "tick late %.1f ms at %.3f s: UI thread on CPU %.1f ms, waiting for a CPU %.1f ms, asleep %.1f ms; threads' CPU:%s\n",
                             late.back(), double(now) / 1e9, double(run - lastRun) / 1e6, double(wait - lastWait) / 1e6,
                             double(now - lastNs - (run - lastRun) - (wait - lastWait)) / 1e6, others.constData());
            }
            lastThreads = std::move(threads);
            lastRun = run;
            lastWait = wait;
        }
        lastNs = now;
    });
    out->maxRssStartKb = maxRssKb();
    const std::map<int, std::pair<QByteArray, qint64>> threadsAtStart = threadTimes();
    const auto noteThreadCpu = [&] {
        for (const auto &[tid, t] : threadTimes()) {
            const auto before = threadsAtStart.find(tid);
            out->cpuByThread[t.first] += double(t.second - (before == threadsAtStart.end() ? 0 : before->second.second)) / 1000.0;
        }
    };
    std::atomic<bool> done{false};
    std::atomic<qint64> sent{0};
    double sendSeconds = 0;
    std::thread sender([&] {
        QUdpSocket s;
        const qint64 n = qint64(seconds * rate);
        const auto start = std::chrono::steady_clock::now();
        if (n == 0) // the control run: the same window and feed, no traffic
            std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
        const qint64 base = QDateTime::currentMSecsSinceEpoch();
        for (qint64 i = 0; i < n; ++i) {
            // Paced by absolute time: message i leaves at i / rate seconds.
            const auto due = start + std::chrono::microseconds(i * 1000000 / rate);
            std::this_thread::sleep_until(due);
            // Distinct times per contact: message i of contact c is i / contacts ms after base.
            s.writeDatagram(soakEvent(i, contacts, base + i / contacts), QHostAddress::LocalHost, port);
            sent.store(i + 1);
        }
        sendSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        done.store(true);
    });
    tick.start();
    if (options.onStart)
        options.onStart();
    lastNs = clock.nsecsElapsed();
    std::tie(lastRun, lastWait) = uiSchedStat();
    if (trace)
        lastThreads = threadTimes();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    QElapsedTimer drain;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!done.load())
            return;
        if (!drain.isValid()) {
            // The sending is over: what follows (counting rows on this thread) is the harness's
            // own work, not the feed's; the lateness is measured while messages arrive.
            tick.stop();
            noteThreadCpu();
            if (options.onStop)
                options.onStop();
            drain.start();
        }
        // After the last message: until all are stored, or 30 s.
        if (storedSoak() - warmed >= sent.load() || drain.elapsed() > 30000)
            loop.quit();
    });
    poll.start();
    loop.exec();
    tick.stop();
    sender.join();
    out->sent = sent.load();
    out->sendSeconds = sendSeconds;
    window->closeMission(); // stops the feed after its last commit (keeps it marked running)
    {
        auto store = core::MissionStore::open(path, core::MissionStore::OpenMode::ReadOnly);
        out->stored = store->database()
                          .scalar(QStringLiteral("SELECT coalesce(sum(c.point_count), 0) FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid WHERE t.source_id LIKE 'SOAK-%'"))
                          .toLongLong() -
                      warmed;
    }
    out->maxRssEndKb = maxRssKb();
    window.reset();
    out->ticks = qint64(late.size());
    if (!late.empty()) {
        std::sort(late.begin(), late.end());
        out->maxLateMs = late.back();
        out->p99LateMs = late[size_t(double(late.size() - 1) * 0.99)];
        out->p50LateMs = late[late.size() / 2];
    }
}

} // namespace vigie::test
