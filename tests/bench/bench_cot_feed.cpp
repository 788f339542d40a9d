// SPDX-License-Identifier: GPL-2.0-or-later
// Live-feed benchmark (not a test): CoT events sent as loopback UDP datagrams, decoded and stored
// into a mission by FeedRecorder's worker thread; prints messages per second end to end (first
// datagram sent → last fix committed) and the decode-only rate. Target: ≥ 20,000 msg/s.
// Build with -DVIGIE_BENCH=ON; run: bench_cot_feed [events] [contacts].
#include "feeds/feed_recorder.h"
#include "mission/mission_store.h"
#include "tracks/cot_event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QUdpSocket>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <vector>

using namespace vigie::core;

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
    const FeedStats total = rec.totals();
    rec.stop();
    const FeedStats final = rec.totals();
    std::printf("CoT over loopback UDP: %d events (%d contacts), sent %d, received %lld, stored %lld, rejected %lld in %.2f s\n", n,
                contacts, sent, static_cast<long long>(final.received), static_cast<long long>(total.stored),
                static_cast<long long>(final.rejected), secs);
    std::printf("  end to end (decoded + committed): %.0f msg/s (target >= 20000)\n", double(total.stored) / secs);
    std::printf("  decode only (CotEvent::decode, one thread): %.0f msg/s (%d ok)\n", decodeRate, ok);
    auto store = MissionStore::open(mission, MissionStore::OpenMode::ReadOnly);
    std::printf("  track_points in the mission: %lld\n", store->database().scalar(QStringLiteral("SELECT count(*) FROM track_points")).toLongLong());
    return final.stored == n ? 0 : 2;
}
