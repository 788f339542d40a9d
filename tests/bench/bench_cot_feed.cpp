// SPDX-License-Identifier: GPL-2.0-or-later
// Live-feed benchmark (not a test): CoT events sent as loopback UDP datagrams, decoded and stored
// into a mission by FeedRecorder's worker thread; prints messages per second end to end (first
// datagram sent → last fix committed), per CPU-second of the process (the machine is shared: the
// wall figure follows the load), next to a plain recv() loop on the same datagrams, and the
// decode-only rate. Target: ≥ 20,000 msg/s.
// Build with -DVIGIE_BENCH=ON; run: bench_cot_feed [events] [contacts].
#include "feeds/feed_recorder.h"
#include "mission/mission_store.h"
#include "tracks/cot_event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <vector>

using namespace vigie::core;

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
// CPU seconds used so far by this process's threads named `name` (Linux /proc; 0 elsewhere).
double threadCpuSeconds(const char *name)
{
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12) // fields 14 and 15 (utime, stime) counted from after "pid (comm) "
            total += double(f[11].toLongLong() + f[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return total;
}
double loadAverage()
{
    double l[1] = {0};
    return getloadavg(l, 1) == 1 ? l[0] : 0.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifdef __GLIBC__
    // As vigie-cli feed does (see there); VIGIE_BENCH_DEFAULT_MALLOC=1 measures without it.
    if (qEnvironmentVariableIsEmpty("VIGIE_BENCH_DEFAULT_MALLOC"))
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int contacts = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    QTemporaryDir dir;
    const QString mission = dir.filePath(QStringLiteral("bench.vigie"));
    MissionStore::create(mission, QStringLiteral("bench"));

    std::vector<QByteArray> events;
    events.reserve(size_t(n));
    const qint64 t0 = 1790000000000;
    for (int i = 0; i < n; ++i) {
        const QByteArray t = QDateTime::fromMSecsSinceEpoch(t0 + i * 10LL, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        const QByteArray stale = QDateTime::fromMSecsSinceEpoch(t0 + i * 10LL + 60000, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        events.push_back("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><event version=\"2.0\" uid=\"ANDROID-" +
                         QByteArray::number(i % contacts) + "\" type=\"a-f-G-U-C\" how=\"m-g\" time=\"" + t + "\" start=\"" + t +
                         "\" stale=\"" + stale + "\"><point lat=\"" + QByteArray::number(16.0 + (i % 1000) * 1e-4, 'f', 7) +
                         "\" lon=\"" + QByteArray::number(-0.5 + (i % 997) * 1e-4, 'f', 7) +
                         "\" hae=\"262.1\" ce=\"4.9\" le=\"9999999.0\"/><detail><contact callsign=\"TEAM-" +
                         QByteArray::number(i % contacts) + "\" endpoint=\"*:-1:stcp\"/><__group name=\"Cyan\" role=\"Team Member\"/>"
                         "<track course=\"87.5\" speed=\"1.2\"/><status battery=\"88\"/></detail></event>");
    }

    // Decode only, for reference.
    QElapsedTimer dt;
    dt.start();
    int ok = 0;
    for (int i = 0; i < std::min(n, 50000); ++i)
        ok += CotEvent::decode(events[size_t(i)]).has_value();
    const double decodeRate = double(std::min(n, 50000)) / (double(dt.nsecsElapsed()) / 1e9);

    // The peer: the same datagrams through the same flow control into a plain recv() loop on a
    // thread (no decoding, no storing): what the socket and this machine allow at best.
    double rawRate = 0, rawCpu = 0;
    {
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
        const quint16 rawPort = ntohs(a.sin_port);
        std::atomic<qint64> got{0};
        std::thread rx([&] {
            char buf[65536];
            while (got.load() < n && ::recv(fd, buf, sizeof buf, 0) >= 0)
                got.fetch_add(1);
        });
        QUdpSocket out;
        const double cpu0 = cpuSeconds();
        QElapsedTimer rt;
        rt.start();
        int sent = 0;
        while (sent < n && rt.elapsed() < 120000) {
            if (sent - got.load() < 1000) {
                const int burst = int(std::min<qint64>(1000 - (sent - got.load()), n - sent));
                for (int k = 0; k < burst; ++k, ++sent)
                    out.writeDatagram(events[size_t(sent)], QHostAddress::LocalHost, rawPort);
            } else {
                QThread::usleep(500);
            }
        }
        while (got.load() < n && rt.elapsed() < 120000)
            QThread::usleep(200);
        rawRate = double(got.load()) / (double(rt.nsecsElapsed()) / 1e9);
        rawCpu = cpuSeconds() - cpu0;
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
        rx.join();
    }

    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    const quint16 port = probe.localPort();
    probe.close();
    FeedConfig c;
    QString error;
    FeedConfig::parse(QStringLiteral("cot+udp://127.0.0.1:%1").arg(port), FeedRole::Listen, &c, &error);
    FeedRecorder rec(mission, {c});
    if (!rec.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QUdpSocket out;
    // Flow control: never more than `window` datagrams in flight, so the kernel's receive buffer
    // (net.core.rmem_max) does not drop any and the figure is the recorder's, not the buffer's.
    const int window = 1000;
    const double cpu0 = cpuSeconds();
    QElapsedTimer t;
    t.start();
    int sent = 0;
    while (sent < n) {
        const qint64 received = rec.stats().constFirst().received;
        if (sent - received < window) {
            const int burst = int(std::min<qint64>(window - (sent - received), n - sent));
            for (int k = 0; k < burst; ++k, ++sent)
                out.writeDatagram(events[size_t(sent)], QHostAddress::LocalHost, port);
        } else {
            // stats() takes the feed's lock: ask no more than the recorder can answer cheaply.
            QThread::usleep(500);
        }
        if (t.elapsed() > 120000)
            break;
    }
    while (rec.totals().stored < n && t.elapsed() < 120000)
        QThread::usleep(200);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const double feedCpu = threadCpuSeconds("vigie-feeds");   // the recorder's worker: receive, decode
    const double storeCpu = threadCpuSeconds("vigie-store"); // the writer's store thread: write, commit
    const FeedStats total = rec.totals();
    rec.stop();
    const FeedStats final = rec.totals();
    std::printf("CoT over loopback UDP: %d events (%d contacts), sent %d, received %lld, stored %lld, rejected %lld in %.2f s\n", n,
                contacts, sent, static_cast<long long>(final.received), static_cast<long long>(total.stored),
                static_cast<long long>(final.rejected), secs);
    std::printf("  end to end (decoded + committed): %.0f msg/s (target >= 20000)\n", double(total.stored) / secs);
    std::printf("  CPU of the whole process (sender included) while recording: %.2f s, i.e. %.0f msg per CPU-second\n", cpu,
                double(total.stored) / std::max(cpu, 1e-9));
    std::printf("  CPU of the feed thread (receive + decode): %.2f s, of the store thread (write + commit): %.2f s; "
                "%.0f msg per CPU-second of the two\n",
                feedCpu, storeCpu, double(total.stored) / std::max(feedCpu + storeCpu, 1e-9));
    std::printf("  peer, plain recv() loop on the same datagrams: %.0f msg/s wall, %.0f msg per CPU-second\n", rawRate,
                double(n) / std::max(rawCpu, 1e-9));
    std::printf("  ratio Vigie / raw receive: %.2f wall, %.2f per CPU-second (load average %.1f)\n", (double(total.stored) / secs) / rawRate,
                (double(total.stored) / std::max(cpu, 1e-9)) / (double(n) / std::max(rawCpu, 1e-9)), loadAverage());
    std::printf("  decode only (CotEvent::decode, one thread): %.0f msg/s (%d ok)\n", decodeRate, ok);
    auto store = MissionStore::open(mission, MissionStore::OpenMode::ReadOnly);
    std::printf("  track_points in the mission: %lld\n", store->database().scalar(QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")).toLongLong());
    return final.stored == n ? 0 : 2;
}
