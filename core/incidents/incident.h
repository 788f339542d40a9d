// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace vigie::core {

// One entry of the incident log. Times are UTC milliseconds since 1970; positions WGS 84.
// The enums are stored as their lower-case names (see the *ToString functions below).
struct Incident
{
    enum class TimePrecision { Exact, Day, Week, Month };
    enum class LocationPrecision { Exact, Near, AdminArea };
    enum class Target { None, Civilians, Peacekeepers, SecurityForces, Humanitarian, Infrastructure };
    enum class Status { Reported, Confirmed, Closed };

    QString id; // UUID
    qint64 timeMs = 0;
    TimePrecision timePrecision = TimePrecision::Exact;
    double lat = 0.0;
    double lon = 0.0;
    QString areaWkt; // optional polygon, WKT in EPSG:4326
    LocationPrecision locationPrecision = LocationPrecision::Exact;
    QString placeName;
    QString admin1;
    QString admin2;
    QString category; // an IncidentTaxonomy category id
    // The source's own classification, kept verbatim so that an export reproduces it (ACLED
    // event_type / sub_event_type); empty for incidents entered in Vigie.
    QString sourceEventType;
    QString sourceSubEventType;
    int severity = 3; // 1 (minor) … 5 (critical)
    int fatalities = 0;
    int injured = 0;
    int abducted = 0;
    QString actor1;
    QString actor2;
    Target target = Target::None;
    QString source;
    QChar sourceReliability;     // 'A'…'F', or null when not graded
    int informationCredibility = 0; // 1…6, or 0 when not graded
    Status status = Status::Reported;
    QString description;
    Sensitivity sensitivity = Sensitivity::Unclassified;
    QString externalId; // e.g. ACLED event_id_cnty; unique in a mission when set
    QString createdBy;
    qint64 createdAtMs = 0;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    int version = 0; // 1 after the first save; bumped by every update
    // Compact JSON object text (UTF-8) with the source's fields that have no column of their own
    // (ACLED assoc actors, inter codes, region, tags, timestamp, …), so that a round trip is lossless.
    QByteArray extraJson;

    QJsonObject extra() const;
    void setExtra(const QJsonObject &object);
    QString extraValue(const QString &key) const;

    // "B2", or empty when not graded; "B" or "2" alone when only one half is known.
    QString admiraltyCode() const;
    // Accepts "B2", "b2", "B", "2", "" (clears); false if malformed (nothing changed).
    bool setAdmiraltyCode(const QString &code);

    // Why this incident cannot be stored, in words for a person; empty when valid.
    QString validate() const;

    bool operator==(const Incident &o) const;
    bool operator!=(const Incident &o) const { return !(*this == o); }
};

QString timePrecisionToString(Incident::TimePrecision p);
std::optional<Incident::TimePrecision> timePrecisionFromString(const QString &s);
QString locationPrecisionToString(Incident::LocationPrecision p);
std::optional<Incident::LocationPrecision> locationPrecisionFromString(const QString &s);
QString targetToString(Incident::Target t); // "" for None
std::optional<Incident::Target> targetFromString(const QString &s);
QString statusToString(Incident::Status s);
std::optional<Incident::Status> statusFromString(const QString &s);

} // namespace vigie::core
