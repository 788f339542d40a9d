// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_config.h"

#include <QJsonObject>
#include <QString>

namespace vigie::core {

enum class FeedState { Stopped, Connecting, Listening, Connected, BackingOff, Error };
QString feedStateToString(FeedState s); // "stopped", "connecting", …
QString feedStateLabel(FeedState s);    // translated

// What a feed has done so far. received = messages (datagrams, CoT events, NMEA sentences, gpsd
// reports); rejected = messages that could not be decoded; ignored = valid messages that carry no
// fix (CoT chat, gpsd SKY, NMEA GSV …); stored = fixes written and committed to the mission;
// duplicates = fixes the mission already had (same track and time).
struct FeedStats
{
    QString name;
    QString url;
    FeedState state = FeedState::Stopped;
    qint64 received = 0;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 ignored = 0;
    qint64 bytes = 0;
    double rate = 0.0; // messages received per second, over the last few seconds
    qint64 lastMessageMs = 0; // UTC ms; 0 = none yet
    QString lastMessage;      // the start of the last message, for a person
    QString lastError;
    int peers = 0;            // TCP connections open now
    int reconnects = 0;       // connections (re)established after the first
    qint64 nextRetryMs = 0;   // UTC ms of the next reconnect (or re-bind) while backing off; 0 otherwise

    QJsonObject toJson() const;
    QString humanLine() const;
};

} // namespace vigie::core
