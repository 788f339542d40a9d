// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigie::core {

enum class SiteKind { IdpCamp, Village, TeamSite, WaterPoint, Market, School, HealthFacility, Other };

// "idp_camp", "village", "team_site", "water_point", "market", "school", "health_facility", "other".
QString siteKindToString(SiteKind kind);
// Accepts the stored form or the English label ("IDP camp"), any case, '_', '-' or ' '; nullopt if unknown.
std::optional<SiteKind> siteKindFromString(const QString &text);
// The translated label for a person.
QString siteKindLabel(SiteKind kind);
QList<SiteKind> allSiteKinds();

// A place the mission protects (issue #5): alert rules are evaluated around it.
struct ProtectedSite
{
    QString id; // UUID; empty until stored
    QString name;
    SiteKind kind = SiteKind::Other;
    double lat = 0.0;
    double lon = 0.0;
    double radiusM = 1000.0; // the site's own extent, drawn on the map
    std::optional<qint64> population;
    // Where vulnerable people live is sensitive: restricted unless said otherwise.
    Sensitivity sensitivity = Sensitivity::UnRestricted;
    QString note;
    QString createdBy;
    qint64 createdAtMs = 0;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    int version = 0; // 1 once stored; each update adds one

    // Empty if the site can be stored, else the first reason (translated) it cannot.
    QString validate() const;
};

} // namespace vigie::core
