// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_receiver.h"

#include "feeds/tcp_client_feed_receiver.h"
#include "feeds/tcp_server_feed_receiver.h"
#include "feeds/udp_feed_receiver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>

namespace vigie::core {

class FeedReceiver::Output : public FeedCodecOutput
{
  public:
    explicit Output(FeedReceiver &r) : m_r(r) {}
    void received(const QByteArray &message) override { m_r.countReceived(message); }
    void fix(FeedFix &&fix) override { m_r.m_sink.fix(&m_r, std::move(fix)); }
    void rejected(const QString &reason) override { m_r.countRejected(reason); }
    void ignored() override { m_r.countIgnored(); }

  private:
    FeedReceiver &m_r;
};

std::unique_ptr<FeedReceiver> FeedReceiver::create(const FeedConfig &config, FeedFixSink &sink)
{
    if (config.transport == FeedTransport::Udp)
        return std::make_unique<UdpFeedReceiver>(config, sink);
    if (config.role == FeedRole::Listen)
        return std::make_unique<TcpServerFeedReceiver>(config, sink);
    return std::make_unique<TcpClientFeedReceiver>(config, sink);
}

FeedReceiver::FeedReceiver(const FeedConfig &config, Capabilities capabilities, FeedFixSink &sink)
    : m_config(config), m_capabilities(capabilities), m_sink(sink), m_output(std::make_unique<Output>(*this))
{
    m_stats.name = config.name.isEmpty() ? config.url() : config.name;
    m_stats.url = config.url();
    m_backoffMs = std::max(1, config.backoffInitialMs);
    m_clock.start();
}

FeedReceiver::~FeedReceiver() = default;

FeedCodecOutput &FeedReceiver::output()
{
    return *m_output;
}

void FeedReceiver::start()
{
    m_stopping = false;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            if (!m_stopping)
                doRetry();
        });
    }
    doStart();
}

void FeedReceiver::stop()
{
    m_stopping = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    doStop();
    {
        QMutexLocker lock(&m_mutex);
        m_stats.peers = 0;
    }
    setState(FeedState::Stopped);
}

FeedState FeedReceiver::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats.state;
}

FeedStats FeedReceiver::stats() const
{
    QMutexLocker lock(&m_mutex);
    FeedStats s = m_stats;
    // The start of the last message, for a person: enough to recognise a sender, bounded.
    if (!m_lastMessage.isEmpty())
        s.lastMessage = QString::fromUtf8(m_lastMessage.left(160)).simplified();
    // Messages of the last five seconds (the current one included), per second.
    const qint64 ms = m_clock.elapsed();
    const qint64 sec = ms / 1000;
    qint64 sum = 0;
    for (qint64 k = std::max<qint64>(0, sec - 4); k <= sec; ++k)
        if (k <= m_bucketSecond && k > m_bucketSecond - 5)
            sum += m_buckets[size_t(k % 5)];
    const double span = std::min(double(ms) / 1000.0, 4.0 + double(ms % 1000) / 1000.0);
    s.rate = span > 0.05 ? double(sum) / span : 0.0;
    return s;
}

void FeedReceiver::setState(FeedState state)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stats.state == state)
            return;
        m_stats.state = state;
        if (state != FeedState::BackingOff)
            m_stats.nextRetryMs = 0;
    }
    emit stateChanged(state);
}

void FeedReceiver::noteError(const QString &error)
{
    QMutexLocker lock(&m_mutex);
    m_stats.lastError = error;
}

void FeedReceiver::noteBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_stats.bytes += bytes;
}

void FeedReceiver::notePeers(int peers)
{
    QMutexLocker lock(&m_mutex);
    m_stats.peers = peers;
}

void FeedReceiver::noteConnected()
{
    QMutexLocker lock(&m_mutex);
    if (m_everConnected)
        ++m_stats.reconnects;
    m_everConnected = true;
}

void FeedReceiver::scheduleRetry(const QString &why)
{
    noteError(why);
    if (m_stopping)
        return;
    setState(FeedState::BackingOff);
    {
        QMutexLocker lock(&m_mutex);
        m_stats.nextRetryMs = QDateTime::currentMSecsSinceEpoch() + m_backoffMs;
    }
    m_retryTimer->start(m_backoffMs);
    m_backoffMs = std::min(std::max(1, m_config.backoffMaxMs), m_backoffMs * 2);
}

void FeedReceiver::resetBackoff()
{
    m_backoffMs = std::max(1, m_config.backoffInitialMs);
}

void FeedReceiver::noteStored(qint64 stored, qint64 duplicates, qint64 rejected, const QString &why)
{
    QMutexLocker lock(&m_mutex);
    m_stats.stored += stored;
    m_stats.duplicates += duplicates;
    m_stats.rejected += rejected;
    if (rejected > 0 && !why.isEmpty())
        m_stats.lastError = why;
}

void FeedReceiver::noteStoreError(const QString &error)
{
    noteError(QCoreApplication::translate("vigie::core::FeedReceiver", "mission: %1").arg(error));
}

void FeedReceiver::countReceived(const QByteArray &message)
{
    const qint64 ms = m_clock.elapsed();
    const qint64 sec = ms / 1000;
    QMutexLocker lock(&m_mutex);
    ++m_stats.received;
    if (sec != m_bucketSecond) {
        for (qint64 k = std::max(m_bucketSecond + 1, sec - 4); k <= sec; ++k)
            m_buckets[size_t(k % 5)] = 0;
        m_bucketSecond = sec;
    }
    ++m_buckets[size_t(sec % 5)];
    m_stats.lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    // Kept as bytes (a shared reference, no copy) and made text only when someone reads stats():
    // decoding it for every message cost more than a tenth of the feed's time at 20,000 msg/s.
    m_lastMessage = message;
}

void FeedReceiver::countRejected(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.rejected;
    m_stats.lastError = QCoreApplication::translate("vigie::core::FeedReceiver", "rejected: %1").arg(reason);
}

void FeedReceiver::countIgnored()
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.ignored;
}

} // namespace vigie::core
