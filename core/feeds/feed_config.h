// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace vigie::core {

enum class FeedFormat { Cot, Nmea, Gpsd };
enum class FeedTransport { Udp, Tcp };
// Listen: bind a UDP port or accept TCP peers. Connect: a TCP client to a server (gpsd, a TAK server).
enum class FeedRole { Listen, Connect };

// One configured feed, e.g. "cot+udp://239.2.3.1:6969" (listen) or "gpsd://127.0.0.1:2947" (connect).
struct FeedConfig
{
    static constexpr const char *kDefaultCotGroup = "239.2.3.1"; // TAK's SA multicast group
    static constexpr quint16 kDefaultCotPort = 6969;
    static constexpr quint16 kDefaultGpsdPort = 2947;

    QString name; // shown in stats; the URL unless set
    FeedFormat format = FeedFormat::Cot;
    FeedTransport transport = FeedTransport::Udp;
    FeedRole role = FeedRole::Listen;
    QString host;      // address to bind (listen) or to reach (connect); a multicast group for UDP
    quint16 port = 0;
    QString multicastInterface; // optional interface name for a multicast group
    int backoffInitialMs = 500;    // first wait before reconnecting (or re-binding)
    int backoffMaxMs = 30000;      // the wait doubles up to this
    int maxMessageBytes = 1 << 20; // a stream peer that sends more without a message end is dropped

    // "<format>+<transport>://host:port" with format cot|nmea and transport udp|tcp, or
    // "gpsd://host:port" (TCP client; default 127.0.0.1:2947). "cot+udp://" alone means the TAK
    // multicast group 239.2.3.1:6969. Returns false and *error (for a person) when unusable.
    static bool parse(const QString &url, FeedRole role, FeedConfig *out, QString *error);

    QString url() const;
    bool isMulticast() const;
};

QString feedFormatToString(FeedFormat f);     // "cot", "nmea", "gpsd"
QString feedTransportToString(FeedTransport t); // "udp", "tcp"

} // namespace vigie::core
