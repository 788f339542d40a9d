// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_receiver.h"

#include <QHash>

class QTcpServer;
class QTcpSocket;

namespace vigie::core {

// Listens for TCP peers that stream CoT (split after </event>) or NMEA lines; each peer has its
// own bounded buffer and is dropped, alone, when it exceeds it. A port it cannot bind is tried
// again with back-off.
class TcpServerFeedReceiver : public FeedReceiver
{
    Q_OBJECT
  public:
    static constexpr int kMaxPeers = 64;
    static constexpr qint64 kSocketReadBuffer = 64 * 1024;
    TcpServerFeedReceiver(const FeedConfig &config, FeedFixSink &sink);
    ~TcpServerFeedReceiver() override;
    // The port actually bound (config port 0 picks one).
    quint16 boundPort() const;

  private:
    void doStart() override;
    void doStop() override;
    void onNewConnection();
    void readPeer(QTcpSocket *peer);
    void dropPeer(QTcpSocket *peer);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, FeedCodec *> m_peers; // codecs owned
};

} // namespace vigie::core
