// SPDX-License-Identifier: GPL-2.0-or-later
#include "sites/protected_site.h"

#include <QCoreApplication>

#include <cmath>

namespace vigie::core {

QList<SiteKind> allSiteKinds()
{
    return {SiteKind::IdpCamp, SiteKind::Village,  SiteKind::TeamSite,       SiteKind::WaterPoint,
            SiteKind::Market,  SiteKind::School,   SiteKind::HealthFacility, SiteKind::Other};
}

QString siteKindToString(SiteKind kind)
{
    switch (kind) {
    case SiteKind::IdpCamp: return QStringLiteral("idp_camp");
    case SiteKind::Village: return QStringLiteral("village");
    case SiteKind::TeamSite: return QStringLiteral("team_site");
    case SiteKind::WaterPoint: return QStringLiteral("water_point");
    case SiteKind::Market: return QStringLiteral("market");
    case SiteKind::School: return QStringLiteral("school");
    case SiteKind::HealthFacility: return QStringLiteral("health_facility");
    case SiteKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<SiteKind> siteKindFromString(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    t = t.simplified().replace(QLatin1Char(' '), QLatin1Char('_'));
    for (SiteKind k : allSiteKinds())
        if (t == siteKindToString(k))
            return k;
    return std::nullopt;
}

QString siteKindLabel(SiteKind kind)
{
    switch (kind) {
    case SiteKind::IdpCamp: return QCoreApplication::translate("vigie::core::ProtectedSite", "IDP camp");
    case SiteKind::Village: return QCoreApplication::translate("vigie::core::ProtectedSite", "Village");
    case SiteKind::TeamSite: return QCoreApplication::translate("vigie::core::ProtectedSite", "Team site");
    case SiteKind::WaterPoint: return QCoreApplication::translate("vigie::core::ProtectedSite", "Water point");
    case SiteKind::Market: return QCoreApplication::translate("vigie::core::ProtectedSite", "Market");
    case SiteKind::School: return QCoreApplication::translate("vigie::core::ProtectedSite", "School");
    case SiteKind::HealthFacility: return QCoreApplication::translate("vigie::core::ProtectedSite", "Health facility");
    case SiteKind::Other: return QCoreApplication::translate("vigie::core::ProtectedSite", "Other");
    }
    return QString();
}

QString ProtectedSite::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("vigie::core::ProtectedSite", "a site needs a name");
    if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
        return QCoreApplication::translate("vigie::core::ProtectedSite", "latitude %1 is outside -90…90").arg(lat);
    if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
        return QCoreApplication::translate("vigie::core::ProtectedSite", "longitude %1 is outside -180…180").arg(lon);
    if (!std::isfinite(radiusM) || radiusM <= 0.0)
        return QCoreApplication::translate("vigie::core::ProtectedSite", "the radius must be more than 0 m");
    if (population && *population < 0)
        return QCoreApplication::translate("vigie::core::ProtectedSite", "the population cannot be negative");
    return QString();
}

} // namespace vigie::core
