// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/udp_feed_receiver.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace vigie::core {

UdpFeedReceiver::UdpFeedReceiver(const FeedConfig &config, FeedFixSink &sink)
    : FeedReceiver(config, Datagrams | Listens | Reconnects | (config.isMulticast() ? Multicast : Capabilities()), sink)
{
}

UdpFeedReceiver::~UdpFeedReceiver()
{
    qDeleteAll(m_codecs);
}

void UdpFeedReceiver::doStart()
{
    delete m_socket;
    m_socket = new QUdpSocket(this);
    const QHostAddress address(config().host);
    bool ok;
    if (config().isMulticast()) {
        const QHostAddress any = address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                                     : QHostAddress(QHostAddress::AnyIPv4);
        ok = m_socket->bind(any, config().port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
        if (ok) {
            const QNetworkInterface iface = config().multicastInterface.isEmpty()
                                                ? QNetworkInterface()
                                                : QNetworkInterface::interfaceFromName(config().multicastInterface);
            ok = iface.isValid() ? m_socket->joinMulticastGroup(address, iface) : m_socket->joinMulticastGroup(address);
        }
    } else {
        ok = m_socket->bind(address, config().port);
    }
    if (!ok) {
        const QString why = QCoreApplication::translate("vigie::core::UdpFeedReceiver", "cannot listen on %1:%2: %3")
                                .arg(config().host)
                                .arg(config().port)
                                .arg(m_socket->errorString());
        m_socket->deleteLater();
        m_socket = nullptr;
        scheduleRetry(why);
        return;
    }
    // Bursts of SA traffic arrive faster than one event is decoded: let the kernel hold them.
    m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpFeedReceiver::readPending);
    resetBackoff();
    setState(FeedState::Listening);
    readPending();
}

void UdpFeedReceiver::doStop()
{
    if (m_socket) {
        readPending(); // what the kernel already holds is not lost
        m_socket->close();
        delete m_socket;
        m_socket = nullptr;
    }
    for (FeedCodec *c : std::as_const(m_codecs))
        c->finish(output());
    qDeleteAll(m_codecs);
    m_codecs.clear();
}

FeedCodec &UdpFeedReceiver::codecFor(const QString &sender)
{
    auto it = m_codecs.find(sender);
    if (it != m_codecs.end())
        return **it;
    if (m_codecs.size() >= kMaxSenders) {
        // Many senders come and go: forget one (its pending epoch is handed on first).
        auto victim = m_codecs.begin();
        (*victim)->finish(output());
        delete *victim;
        m_codecs.erase(victim);
    }
    FeedCodec *c = FeedCodec::create(config().format, sender).release();
    m_codecs.insert(sender, c);
    return *c;
}

void UdpFeedReceiver::readPending()
{
    if (!m_socket)
        return;
    const bool perSender = config().format != FeedFormat::Cot; // CoT datagrams carry their own uid
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket->receiveDatagram();
        if (!d.isValid())
            break;
        noteBytes(d.data().size());
        FeedCodec &codec = codecFor(perSender ? d.senderAddress().toString() : QString());
        codec.datagram(d.data(), output());
    }
}

} // namespace vigie::core
