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
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <sys/resource.h>
#include <thread>
#include <vector>

namespace vigie::test {

struct FeedSoakResult
{
    qint64 sent = 0;
    qint64 stored = 0;      // soak fixes found in track_points after the feed stopped
    double sendSeconds = 0; // how long the sender took (≈ the planned duration when it kept pace)
    double maxLateMs = 0;   // the UI timer's worst lateness
    double p99LateMs = 0;
    double p50LateMs = 0;
    qint64 ticks = 0;
    long maxRssStartKb = 0;
    long maxRssEndKb = 0;
    QString error;
};

inline long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
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
// run (the same window and feed for the same time, no message).
inline void runFeedSoak(double seconds, int rate, FeedSoakResult *out)
{
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
            .scalar(QStringLiteral("SELECT count(*) FROM track_points p JOIN tracks t ON t.fid = p.track_fid WHERE t.source_id LIKE 'SOAK-%'"))
            .toLongLong();
    };
    QUdpSocket warm;
    // Wait until the feed listens: a first message comes back from the mission.
    QElapsedTimer wait;
    wait.start();
    qint64 first = QDateTime::currentMSecsSinceEpoch() - 3600000;
    while (storedSoak() == 0 && wait.elapsed() < 20000) {
        warm.writeDatagram(soakEvent(0, contacts, first), QHostAddress::LocalHost, port);
        QEventLoop().processEvents(QEventLoop::AllEvents, 200);
        QThread::msleep(50);
    }
    if (storedSoak() == 0) {
        out->error = QStringLiteral("the feed did not start");
        return;
    }
    const qint64 warmed = storedSoak();

    std::vector<double> late;
    late.reserve(size_t(seconds * 110) + 1000);
    QElapsedTimer clock;
    clock.start();
    qint64 lastNs = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        late.push_back(std::max(0.0, double(now - lastNs) / 1e6 - 10.0));
        lastNs = now;
    });
    out->maxRssStartKb = maxRssKb();
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
    lastNs = clock.nsecsElapsed();
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
                          .scalar(QStringLiteral("SELECT count(*) FROM track_points p JOIN tracks t ON t.fid = p.track_fid WHERE t.source_id LIKE 'SOAK-%'"))
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
