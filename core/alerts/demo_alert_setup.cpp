// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/demo_alert_setup.h"

#include "alerts/alert_rule_repository.h"
#include "alerts/rules/incident_count_rule.h"
#include "mission/mission_store.h"
#include "sites/site_repository.h"

#include <QJsonArray>

namespace vigie::core {

QString addDemoSitesAndAlertRules(MissionStore &store)
{
    struct Row
    {
        const char *name;
        SiteKind kind;
        double lat, lon, radiusM;
        qint64 population; // 0: unknown
        const char *note;
    };
    // Demo data is not translated: it is the same invented mission everywhere.
    static const Row rows[] = {
        {"IDP camp Gao North (Sosso Koïra)", SiteKind::IdpCamp, 16.3050, -0.0300, 800, 4200, "Displaced from Ansongo and Ménaka circles"},
        {"IDP camp Ménaka East", SiteKind::IdpCamp, 15.9250, 2.4200, 600, 2800, "Spontaneous site, water trucked in"},
        {"Wabaria", SiteKind::Village, 16.2480, -0.0720, 1500, 3500, ""},
        {"Bara", SiteKind::Village, 15.7800, 0.3400, 1200, 1900, "On the Gao–Ansongo road"},
        {"Team site Ménaka", SiteKind::TeamSite, 15.9182, 2.4022, 500, 0, ""},
        {"Borehole Gao East", SiteKind::WaterPoint, 16.2800, 0.0100, 100, 0, "Shared by the camp and the host community"},
        {"River access Ansongo", SiteKind::WaterPoint, 15.6620, 0.4950, 150, 0, ""},
        {"Gao central market", SiteKind::Market, 16.2690, -0.0430, 300, 0, "Busiest on Sundays"},
        {"Ansongo weekly market", SiteKind::Market, 15.6640, 0.5030, 250, 0, "Wednesdays"},
        {"Ménaka market", SiteKind::Market, 15.9160, 2.4060, 250, 0, ""},
    };
    QList<ProtectedSite> sites;
    for (const Row &r : rows) {
        ProtectedSite s;
        s.name = QString::fromUtf8(r.name);
        s.kind = r.kind;
        s.lat = r.lat;
        s.lon = r.lon;
        s.radiusM = r.radiusM;
        if (r.population > 0)
            s.population = r.population;
        s.note = QString::fromUtf8(r.note);
        sites.append(s);
    }
    const QList<ProtectedSite> stored = SiteRepository(store).addAll(sites, QStringLiteral("the demo"));
    QString campId;
    for (const ProtectedSite &s : stored)
        if (s.name == demoWatchedCampName())
            campId = s.id;

    AlertRuleDefinition rule;
    rule.type = IncidentCountRule::typeId();
    rule.name = QStringLiteral("3 incidents within 10 km of the Gao North IDP camp in 72 h");
    rule.parameters = QJsonObject{{QStringLiteral("min_count"), 3},
                                  {QStringLiteral("radius_km"), 10},
                                  {QStringLiteral("hours"), 72},
                                  {QStringLiteral("categories"), QJsonArray()}};
    rule.siteIds = QStringList{campId};
    return AlertRuleRepository(store).add(rule).id;
}

} // namespace vigie::core
