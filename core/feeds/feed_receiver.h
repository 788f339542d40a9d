// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_codec.h"
#include "feeds/feed_config.h"
#include "feeds/feed_stats.h"

#include <QElapsedTimer>
#include <QFlags>
#include <QMutex>
#include <QObject>

#include <array>
#include <memory>

class QTimer;

namespace vigie::core {

class FeedReceiver;

// Where receivers hand decoded fixes (the store writer). Called on the receiver's thread.
class FeedFixSink
{
  public:
    virtual ~FeedFixSink() = default;
    virtual void fix(FeedReceiver *from, FeedFix &&fix) = 0;
};

// A sensor source: a socket plus a codec. Public calls are non-virtual and keep the state and the
// statistics consistent; subclasses implement only the private hooks (QField's
// AbstractGnssReceiver pattern). A receiver lives on one thread (the feeds' worker) and is
// started, stopped and fed there; state() and stats() may be called from any thread.
class FeedReceiver : public QObject
{
    Q_OBJECT
  public:
    enum Capability {
        Datagrams = 0x01,   // one datagram = one message (or one batch of lines)
        Stream = 0x02,      // a byte stream framed by the codec, with a bounded buffer
        Listens = 0x04,     // binds a port and waits
        Connects = 0x08,    // reaches out to a server
        Reconnects = 0x10,  // comes back with exponential back-off after a loss or failure
        Multicast = 0x20,   // joins a multicast group
        ManyPeers = 0x40,   // accepts several connections at once
        Handshake = 0x80,   // sends a request once connected (gpsd ?WATCH)
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    // The receiver for a configuration; fixes go to sink.
    static std::unique_ptr<FeedReceiver> create(const FeedConfig &config, FeedFixSink &sink);
    ~FeedReceiver() override;

    void start();
    // Closes sockets, hands pending fixes (an NMEA epoch) to the sink, cancels any retry.
    void stop();
    FeedState state() const;
    FeedStats stats() const;
    Capabilities capabilities() const { return m_capabilities; }
    const FeedConfig &config() const { return m_config; }
    // The wait before the next retry (ms); for tests and the status line.
    int currentBackoffMs() const { return m_backoffMs; }

    // The store's account of this feed's fixes after a commit.
    void noteStored(qint64 stored, qint64 duplicates, qint64 rejected, const QString &why = QString());
    void noteStoreError(const QString &error);

  signals:
    void stateChanged(vigie::core::FeedState state);

  protected:
    FeedReceiver(const FeedConfig &config, Capabilities capabilities, FeedFixSink &sink);

    void setState(FeedState state);
    void noteError(const QString &error);
    void noteBytes(qint64 bytes);
    void notePeers(int peers);
    void noteConnected(); // counts reconnects
    // Waits (doubling from backoffInitialMs up to backoffMaxMs), then calls the retry hook.
    void scheduleRetry(const QString &why);
    // A connection proved good (a message came): the next loss waits the initial time again.
    void resetBackoff();
    // Counts each message and forwards fixes; hand it to codecs.
    FeedCodecOutput &output();
    bool isStopping() const { return m_stopping; }

  private:
    virtual void doStart() = 0;
    virtual void doStop() = 0;
    virtual void doRetry() { doStart(); }

    class Output;
    friend class Output;
    void countReceived(const QByteArray &message);
    void countRejected(const QString &reason);
    void countIgnored();

    FeedConfig m_config;
    Capabilities m_capabilities;
    FeedFixSink &m_sink;
    std::unique_ptr<Output> m_output;
    QTimer *m_retryTimer = nullptr;
    int m_backoffMs = 0;
    bool m_stopping = false;
    bool m_everConnected = false;

    mutable QMutex m_mutex; // guards m_stats and the rate buckets
    FeedStats m_stats;
    QByteArray m_lastMessage;
    QElapsedTimer m_clock;
    std::array<qint64, 5> m_buckets{}; // messages per second, the last 5 seconds
    qint64 m_bucketSecond = 0;
};

} // namespace vigie::core

Q_DECLARE_OPERATORS_FOR_FLAGS(vigie::core::FeedReceiver::Capabilities)
