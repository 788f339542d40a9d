// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_receiver.h"

class QTcpSocket;

namespace vigie::core {

// A TCP client to a server that streams messages: a TAK server or gateway (CoT, split after
// </event>), an NMEA multiplexer, or gpsd (JSON; it sends ?WATCH first). A lost or refused
// connection is retried with exponential back-off; a peer that sends more than maxMessageBytes
// without a message end is dropped (and retried) so that it costs bounded memory.
class TcpClientFeedReceiver : public FeedReceiver
{
    Q_OBJECT
  public:
    static constexpr qint64 kSocketReadBuffer = 64 * 1024;
    TcpClientFeedReceiver(const FeedConfig &config, FeedFixSink &sink);
    ~TcpClientFeedReceiver() override;

  private:
    void doStart() override;
    void doStop() override;
    void onConnected();
    void onReadyRead();
    void onLost(const QString &why);
    void closeSocket();

    QTcpSocket *m_socket = nullptr;
    std::unique_ptr<FeedCodec> m_codec;
    bool m_proven = false; // a message came on this connection
    qint64 m_receivedAtConnect = 0;
};

} // namespace vigie::core
