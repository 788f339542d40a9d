// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track.h"
#include "tracks/track_point.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vigie::core {

// One Cursor-on-Target event (MITRE CoT base schema 2.0), as far as tracks need it.
struct CotEvent
{
    QString uid;
    QString type;
    QString how;
    QString callsign;
    qint64 timeMs = TrackPoint::kNoTime;
    qint64 startMs = TrackPoint::kNoTime;
    qint64 staleMs = TrackPoint::kNoTime;
    double lat = 0.0;
    double lon = 0.0;
    double hae = std::numeric_limits<double>::quiet_NaN(); // NaN when the sender said "unknown"
    double ce = std::numeric_limits<double>::quiet_NaN();
    double le = std::numeric_limits<double>::quiet_NaN();
    double course = std::numeric_limits<double>::quiet_NaN();
    double speed = std::numeric_limits<double>::quiet_NaN();

    // Decodes one <event> document (an optional <?xml?> line first) from a buffer, e.g. a UDP
    // datagram; point and detail in any order. nullopt and *error ("line L, column C: reason")
    // when it is not a usable event. `firstLine` shifts the line numbers in errors.
    static std::optional<CotEvent> decode(const QByteArray &xml, QString *error = nullptr, qint64 firstLine = 1);

    // The fix: time (or start), position, hae, ce, course and speed; source "cot:<how>".
    TrackPoint toPoint() const;
    // Track header: uid as source id, callsign, and type-derived affiliation, kind and 2525 code.
    Track toTrack() const;
};

} // namespace vigie::core
