// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"
#include "tracks/track_point.h"

#include <QString>

#include <optional>

namespace vigie::core {

enum class TrackKind { Unknown, Patrol, Vehicle, Uav, Aircraft, RadarContact, Person };
enum class Affiliation { Unknown, Friend, Hostile, Neutral };

// The stored forms: "unknown", "patrol", "vehicle", "uav", "aircraft", "radar_contact", "person";
// "unknown", "friend", "hostile", "neutral".
QString trackKindToString(TrackKind kind);
std::optional<TrackKind> trackKindFromString(const QString &text);
QString trackKindLabel(TrackKind kind); // translated
QString affiliationToString(Affiliation a);
std::optional<Affiliation> affiliationFromString(const QString &text);
QString affiliationLabel(Affiliation a); // translated

// A moving thing seen by a sensor: a patrol's GPS, a vehicle tracker, a UAV, a radar contact.
struct Track
{
    QString id;        // UUID (empty until stored)
    QString sourceId;  // CoT uid, device id, or "file#name"
    QString sourceFormat; // "gpx", "nmea", "cot", "kml", "csv", "demo", …
    QString callsign;
    TrackKind kind = TrackKind::Unknown;
    Affiliation affiliation = Affiliation::Unknown;
    Sensitivity sensitivity = Sensitivity::Unclassified;
    QString cotType;   // e.g. a-f-G-U-C (empty if none)
    QString sidc;      // MIL-STD-2525B 15-character code derived from cotType (empty if none)
    qint64 firstSeenMs = TrackPoint::kNoTime;
    qint64 lastSeenMs = TrackPoint::kNoTime;
    qint64 pointCount = 0;
    double minLat = std::numeric_limits<double>::quiet_NaN();
    double minLon = std::numeric_limits<double>::quiet_NaN();
    double maxLat = std::numeric_limits<double>::quiet_NaN();
    double maxLon = std::numeric_limits<double>::quiet_NaN();

    // Sets cotType and derives affiliation, kind (when the type says) and sidc from it.
    void setCotType(const QString &type);
    QString displayName() const { return callsign.isEmpty() ? sourceId : callsign; }
};

} // namespace vigie::core
