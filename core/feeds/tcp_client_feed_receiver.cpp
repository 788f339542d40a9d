// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/tcp_client_feed_receiver.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace vigie::core {

TcpClientFeedReceiver::TcpClientFeedReceiver(const FeedConfig &config, FeedFixSink &sink)
    : FeedReceiver(config, Stream | Connects | Reconnects | (config.format == FeedFormat::Gpsd ? Handshake : Capabilities()), sink)
{
}

TcpClientFeedReceiver::~TcpClientFeedReceiver()
{
    closeSocket();
}

void TcpClientFeedReceiver::closeSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void TcpClientFeedReceiver::doStart()
{
    closeSocket();
    m_socket = new QTcpSocket(this);
    m_socket->setReadBufferSize(kSocketReadBuffer); // Qt's own buffer stays bounded too
    m_codec = FeedCodec::create(config().format, QStringLiteral("%1:%2").arg(config().host).arg(config().port));
    m_proven = false;
    connect(m_socket, &QTcpSocket::connected, this, &TcpClientFeedReceiver::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpClientFeedReceiver::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { onLost(tr("the server closed the connection")); });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            onLost(m_socket ? m_socket->errorString() : tr("connection error"));
    });
    setState(FeedState::Connecting);
    m_socket->connectToHost(config().host, config().port);
}

void TcpClientFeedReceiver::onConnected()
{
    noteConnected();
    notePeers(1);
    m_receivedAtConnect = stats().received;
    setState(FeedState::Connected);
    const QByteArray hello = m_codec->handshake();
    if (!hello.isEmpty())
        m_socket->write(hello);
}

void TcpClientFeedReceiver::onReadyRead()
{
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray bytes = m_socket->read(kSocketReadBuffer);
        if (bytes.isEmpty())
            break;
        noteBytes(bytes.size());
        if (!m_codec->stream(bytes, config().maxMessageBytes, output())) {
            onLost(tr("the server sent more than %1 bytes without a message end; connection dropped")
                       .arg(config().maxMessageBytes));
            return;
        }
        if (!m_proven && stats().received > m_receivedAtConnect) {
            m_proven = true;
            resetBackoff();
        }
    }
}

void TcpClientFeedReceiver::onLost(const QString &why)
{
    if (!m_socket)
        return;
    if (m_codec)
        m_codec->finish(output());
    closeSocket();
    notePeers(0);
    scheduleRetry(why);
}

void TcpClientFeedReceiver::doStop()
{
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_codec)
        m_codec->finish(output());
    m_codec.reset();
    closeSocket();
}

} // namespace vigie::core
