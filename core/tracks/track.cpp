// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track.h"

#include "tracks/cot_type.h"

#include <QCoreApplication>

namespace vigie::core {

namespace {
constexpr TrackKind kKinds[] = {TrackKind::Unknown, TrackKind::Patrol,       TrackKind::Vehicle, TrackKind::Uav,
                                TrackKind::Aircraft, TrackKind::RadarContact, TrackKind::Person};
constexpr Affiliation kAffiliations[] = {Affiliation::Unknown, Affiliation::Friend, Affiliation::Hostile,
                                         Affiliation::Neutral};
} // namespace

QString trackKindToString(TrackKind kind)
{
    switch (kind) {
    case TrackKind::Unknown: return QStringLiteral("unknown");
    case TrackKind::Patrol: return QStringLiteral("patrol");
    case TrackKind::Vehicle: return QStringLiteral("vehicle");
    case TrackKind::Uav: return QStringLiteral("uav");
    case TrackKind::Aircraft: return QStringLiteral("aircraft");
    case TrackKind::RadarContact: return QStringLiteral("radar_contact");
    case TrackKind::Person: return QStringLiteral("person");
    }
    return QStringLiteral("unknown");
}

std::optional<TrackKind> trackKindFromString(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (TrackKind k : kKinds)
        if (t == trackKindToString(k))
            return k;
    return std::nullopt;
}

QString trackKindLabel(TrackKind kind)
{
    switch (kind) {
    case TrackKind::Unknown: return QCoreApplication::translate("vigie::core::Track", "unknown");
    case TrackKind::Patrol: return QCoreApplication::translate("vigie::core::Track", "patrol");
    case TrackKind::Vehicle: return QCoreApplication::translate("vigie::core::Track", "vehicle");
    case TrackKind::Uav: return QCoreApplication::translate("vigie::core::Track", "UAV");
    case TrackKind::Aircraft: return QCoreApplication::translate("vigie::core::Track", "aircraft");
    case TrackKind::RadarContact: return QCoreApplication::translate("vigie::core::Track", "radar contact");
    case TrackKind::Person: return QCoreApplication::translate("vigie::core::Track", "person");
    }
    return QString();
}

QString affiliationToString(Affiliation a)
{
    switch (a) {
    case Affiliation::Unknown: return QStringLiteral("unknown");
    case Affiliation::Friend: return QStringLiteral("friend");
    case Affiliation::Hostile: return QStringLiteral("hostile");
    case Affiliation::Neutral: return QStringLiteral("neutral");
    }
    return QStringLiteral("unknown");
}

std::optional<Affiliation> affiliationFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (Affiliation a : kAffiliations)
        if (t == affiliationToString(a))
            return a;
    return std::nullopt;
}

QString affiliationLabel(Affiliation a)
{
    switch (a) {
    case Affiliation::Unknown: return QCoreApplication::translate("vigie::core::Track", "unknown");
    case Affiliation::Friend: return QCoreApplication::translate("vigie::core::Track", "friend");
    case Affiliation::Hostile: return QCoreApplication::translate("vigie::core::Track", "hostile");
    case Affiliation::Neutral: return QCoreApplication::translate("vigie::core::Track", "neutral");
    }
    return QString();
}

void Track::setCotType(const QString &type)
{
    cotType = type.trimmed();
    affiliation = CotType::affiliation(cotType);
    const TrackKind k = CotType::kind(cotType);
    if (k != TrackKind::Unknown)
        kind = k;
    sidc = CotType::toSidc(cotType);
}

} // namespace vigie::core
