// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_config.h"
#include "tracks/track.h"
#include "tracks/track_point.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace vigie::core {

// One fix decoded from a feed, with its track header. staleMs: CoT's stale (kNoTime otherwise).
struct FeedFix
{
    Track header;
    TrackPoint point;
    qint64 staleMs = TrackPoint::kNoTime;
};

// Where a codec reports each message.
class FeedCodecOutput
{
  public:
    virtual ~FeedCodecOutput() = default;
    virtual void received(const QByteArray &message) = 0; // every message, before its outcome
    virtual void fix(FeedFix &&fix) = 0;
    virtual void rejected(const QString &reason) = 0;
    virtual void ignored() = 0; // valid, but no fix in it
};

// Frames and decodes one format. One instance per datagram source or stream connection: stream
// framing and NMEA epochs are state of one peer.
class FeedCodec
{
  public:
    // origin names the peer ("10.0.0.5", "127.0.0.1:2947"): NMEA and gpsd fixes have no id of
    // their own, so their track is named after it.
    static std::unique_ptr<FeedCodec> create(FeedFormat format, const QString &origin);
    virtual ~FeedCodec() = default;

    // A datagram: one CoT event, or NMEA / gpsd lines.
    virtual void datagram(const QByteArray &data, FeedCodecOutput &out) = 0;
    // Bytes from a stream. Complete messages are decoded; the rest waits for more bytes. Returns
    // false (and forgets the buffer) when more than maxMessageBytes wait without a message end:
    // the caller drops that peer.
    bool stream(const QByteArray &bytes, int maxMessageBytes, FeedCodecOutput &out);
    // What to send once connected (gpsd's ?WATCH).
    virtual QByteArray handshake() const { return QByteArray(); }
    // The stream or the feed ends: hand what is pending.
    virtual void finish(FeedCodecOutput &out) { Q_UNUSED(out) }
    qsizetype buffered() const { return m_buffer.size(); }

  protected:
    // Where the first message in buf ends (the index after it), searching from `from`; -1 if none.
    virtual qsizetype messageEnd(const QByteArray &buf, qsizetype from) const = 0;
    // How many bytes before `from` a message end may have started (for a rescan after new bytes).
    virtual qsizetype endMarkerLength() const { return 1; }
    virtual void message(const QByteArray &message, FeedCodecOutput &out) = 0;

  private:
    QByteArray m_buffer;
    qsizetype m_scanned = 0;
};

} // namespace vigie::core
