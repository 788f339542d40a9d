// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/cot_type.h"

#include <QStringList>

namespace vigie::core {

namespace {
// The part before any ';' (the grammar allows a trailing ";…" qualifier), split on '-'.
QStringList fields(const QString &type)
{
    const int semi = type.indexOf(QLatin1Char(';'));
    return (semi >= 0 ? type.left(semi) : type).trimmed().split(QLatin1Char('-'));
}
} // namespace

bool CotType::isAtom(const QString &type)
{
    const QStringList f = fields(type);
    return f.size() >= 2 && f[0] == QLatin1String("a") && f[1].size() == 1;
}

Affiliation CotType::affiliation(const QString &type)
{
    if (!isAtom(type))
        return Affiliation::Unknown;
    switch (fields(type)[1].at(0).toLatin1()) {
    case 'f': return Affiliation::Friend; // 'a' (assumed friend) stays unknown until confirmed
    case 'h':
    case 's':
    case 'j':
    case 'k': return Affiliation::Hostile;
    case 'n': return Affiliation::Neutral;
    default: return Affiliation::Unknown;
    }
}

TrackKind CotType::kind(const QString &type)
{
    if (!isAtom(type))
        return TrackKind::Unknown;
    const QStringList f = fields(type);
    if (f.size() < 3)
        return TrackKind::Unknown;
    const QString function = f.mid(3).join(QString());
    const QString dim = f[2];
    if (dim == QLatin1String("A")) {
        // 2525 air military fixed/rotary wing "Q" = drone (UAV).
        if (function.startsWith(QLatin1String("MFQ")) || function.startsWith(QLatin1String("MHQ")))
            return TrackKind::Uav;
        return TrackKind::Aircraft;
    }
    if (dim == QLatin1String("G")) {
        if (function.startsWith(QLatin1String("EV")))
            return TrackKind::Vehicle;
        if (function.startsWith(QLatin1String("UCI")) || function.startsWith(QLatin1String("UCR")) ||
            function.startsWith(QLatin1String("UC")))
            return TrackKind::Patrol;
        if (function.startsWith(QLatin1String("U")))
            return TrackKind::Patrol;
    }
    return TrackKind::Unknown;
}

QString CotType::toSidc(const QString &type)
{
    if (!isAtom(type))
        return QString();
    const QStringList f = fields(type);
    QString sidc = QStringLiteral("S");
    sidc += f[1].toUpper();
    sidc += f.size() >= 3 && f[2].size() == 1 ? f[2].toUpper() : QStringLiteral("Z");
    sidc += QLatin1Char('P');
    QString function;
    for (int i = 3; i < f.size() && function.size() < 6; ++i)
        function += f[i].left(1).toUpper();
    sidc += function.leftJustified(6, QLatin1Char('-'));
    sidc += QStringLiteral("-----");
    return sidc;
}

QString CotType::fromKind(TrackKind kind, Affiliation affiliation)
{
    const char *aff = "u";
    switch (affiliation) {
    case Affiliation::Friend: aff = "f"; break;
    case Affiliation::Hostile: aff = "h"; break;
    case Affiliation::Neutral: aff = "n"; break;
    case Affiliation::Unknown: aff = "u"; break;
    }
    const char *rest = "G";
    switch (kind) {
    case TrackKind::Patrol: rest = "G-U-C"; break;
    case TrackKind::Vehicle: rest = "G-E-V"; break;
    case TrackKind::Uav: rest = "A-M-F-Q"; break;
    case TrackKind::Aircraft: rest = "A"; break;
    case TrackKind::Person: rest = "G"; break;
    case TrackKind::RadarContact: rest = "Z"; break;
    case TrackKind::Unknown: rest = "G"; break;
    }
    return QStringLiteral("a-%1-%2").arg(QLatin1String(aff), QLatin1String(rest));
}

} // namespace vigie::core
