// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/tcp_server_feed_receiver.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace vigie::core {

TcpServerFeedReceiver::TcpServerFeedReceiver(const FeedConfig &config, FeedFixSink &sink)
    : FeedReceiver(config, Stream | Listens | Reconnects | ManyPeers, sink)
{
}

TcpServerFeedReceiver::~TcpServerFeedReceiver()
{
    for (auto it = m_peers.begin(); it != m_peers.end(); ++it) {
        it.key()->disconnect(this);
        delete it.value();
    }
}

quint16 TcpServerFeedReceiver::boundPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

void TcpServerFeedReceiver::doStart()
{
    delete m_server;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(kMaxPeers);
    if (!m_server->listen(QHostAddress(config().host), config().port)) {
        const QString why = tr("cannot listen on %1:%2: %3").arg(config().host).arg(config().port).arg(m_server->errorString());
        m_server->deleteLater();
        m_server = nullptr;
        scheduleRetry(why);
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerFeedReceiver::onNewConnection);
    resetBackoff();
    setState(FeedState::Listening);
}

void TcpServerFeedReceiver::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *peer = m_server->nextPendingConnection();
        if (m_peers.size() >= kMaxPeers) {
            noteError(tr("more than %1 peers; %2 refused").arg(kMaxPeers).arg(peer->peerAddress().toString()));
            peer->abort();
            peer->deleteLater();
            continue;
        }
        peer->setReadBufferSize(kSocketReadBuffer);
        m_peers.insert(peer, FeedCodec::create(config().format, peer->peerAddress().toString()).release());
        connect(peer, &QTcpSocket::readyRead, this, [this, peer] { readPeer(peer); });
        connect(peer, &QTcpSocket::disconnected, this, [this, peer] { dropPeer(peer); });
        noteConnected();
        notePeers(int(m_peers.size()));
        setState(FeedState::Connected);
        readPeer(peer);
    }
}

void TcpServerFeedReceiver::readPeer(QTcpSocket *peer)
{
    FeedCodec *codec = m_peers.value(peer);
    if (!codec)
        return;
    while (peer->bytesAvailable() > 0) {
        const QByteArray bytes = peer->read(kSocketReadBuffer);
        if (bytes.isEmpty())
            break;
        noteBytes(bytes.size());
        if (!codec->stream(bytes, config().maxMessageBytes, output())) {
            noteError(tr("%1 sent more than %2 bytes without a message end; connection dropped")
                          .arg(peer->peerAddress().toString())
                          .arg(config().maxMessageBytes));
            dropPeer(peer);
            return;
        }
    }
}

void TcpServerFeedReceiver::dropPeer(QTcpSocket *peer)
{
    FeedCodec *codec = m_peers.take(peer);
    if (!codec)
        return;
    codec->finish(output());
    delete codec;
    peer->disconnect(this);
    peer->abort();
    peer->deleteLater();
    notePeers(int(m_peers.size()));
    if (m_peers.isEmpty() && m_server && !isStopping())
        setState(FeedState::Listening);
}

void TcpServerFeedReceiver::doStop()
{
    const QList<QTcpSocket *> peers = m_peers.keys();
    for (QTcpSocket *peer : peers) {
        readPeer(peer);
        dropPeer(peer);
    }
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

} // namespace vigie::core
