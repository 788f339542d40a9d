// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_receiver.h"

#include <QHash>

class QUdpSocket;

namespace vigie::core {

// CoT (one datagram = one event) or NMEA / gpsd lines over UDP, unicast or multicast (it joins
// the group when the address is one, e.g. TAK's 239.2.3.1:6969). A port it cannot bind is tried
// again with back-off.
class UdpFeedReceiver : public FeedReceiver
{
    Q_OBJECT
  public:
    static constexpr int kMaxSenders = 256; // per-sender codec state (NMEA epochs) kept for at most these
    UdpFeedReceiver(const FeedConfig &config, FeedFixSink &sink);
    ~UdpFeedReceiver() override;

  private:
    void doStart() override;
    void doStop() override;
    void readPending();
    FeedCodec &codecFor(const QString &sender);

    QUdpSocket *m_socket = nullptr;
    QHash<QString, FeedCodec *> m_codecs; // owned
};

} // namespace vigie::core
