// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/demo_mission.h"

#include "alerts/demo_alert_setup.h"
#include "annotations/demo_annotations.h"
#include "incidents/incident.h"
#include "incidents/incident_importer.h"
#include "mission/mission_store.h"
#include "tracks/demo_tracks.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cmath>
#include <iterator>
#include <vector>

namespace vigie::core {

namespace {

struct DemoPlace
{
    const char *name;
    const char *admin1; // region
    const char *admin2; // cercle
    double lat;
    double lon;
    int weight; // how often incidents happen around it
};

// Real places of central Mali (coordinates rounded); the events around them are invented.
const DemoPlace kPlaces[] = {
    {"Gao", "Gao", "Gao", 16.2717, -0.0447, 14},
    {"Ansongo", "Gao", "Ansongo", 15.6597, 0.5022, 9},
    {"Ouattagouna", "Gao", "Ansongo", 15.1760, 0.7190, 6},
    {"Tessit", "Gao", "Ansongo", 15.0125, 0.9736, 6},
    {"Bourem", "Gao", "Bourem", 16.9540, -0.3497, 7},
    {"Ménaka", "Ménaka", "Ménaka", 15.9182, 2.4022, 12},
    {"Andéramboukane", "Ménaka", "Andéramboukane", 15.4333, 3.0333, 6},
    {"Inékar", "Ménaka", "Ménaka", 15.9500, 3.1500, 4},
    {"Mopti", "Mopti", "Mopti", 14.4843, -4.1830, 8},
    {"Sévaré", "Mopti", "Mopti", 14.5350, -4.0950, 6},
    {"Bandiagara", "Mopti", "Bandiagara", 14.3500, -3.6167, 7},
    {"Douentza", "Mopti", "Douentza", 15.0019, -2.9498, 9},
    {"Boni", "Mopti", "Douentza", 15.0500, -2.2333, 5},
    {"Hombori", "Mopti", "Douentza", 15.2833, -1.7000, 4},
    {"Tombouctou", "Tombouctou", "Tombouctou", 16.7735, -3.0074, 8},
    {"Ber", "Tombouctou", "Tombouctou", 16.6667, -3.0000, 4},
    {"Goundam", "Tombouctou", "Goundam", 16.4145, -3.6708, 4},
    {"Niafunké", "Tombouctou", "Niafunké", 15.9322, -3.9906, 3},
    {"Gossi", "Tombouctou", "Gourma-Rharous", 15.8167, -1.3000, 5},
    {"Gourma-Rharous", "Tombouctou", "Gourma-Rharous", 16.8833, -1.9167, 3},
};

struct DemoKind
{
    const char *category;
    int weight;
    int maxFatalities;
    Incident::Target target;
};
const DemoKind kKinds[] = {
    {"armed_clash", 18, 12, Incident::Target::SecurityForces},
    {"attack_on_civilians", 14, 9, Incident::Target::Civilians},
    {"attack_on_peacekeepers", 4, 3, Incident::Target::Peacekeepers},
    {"ied_explosive", 9, 5, Incident::Target::SecurityForces},
    {"indirect_fire", 3, 2, Incident::Target::Infrastructure},
    {"abduction", 7, 0, Incident::Target::Civilians},
    {"looting", 10, 0, Incident::Target::Civilians},
    {"armed_group_movement", 12, 0, Incident::Target::None},
    {"protest", 5, 0, Incident::Target::None},
    {"riot", 2, 1, Incident::Target::None},
    {"hate_speech", 3, 0, Incident::Target::Civilians},
    {"displacement", 5, 0, Incident::Target::Civilians},
    {"arrest", 3, 0, Incident::Target::None},
    {"weapons_seizure", 2, 0, Incident::Target::None},
};

const char *const kArmedGroups[] = {"JNIM", "Islamic State Sahel Province", "Unidentified armed group",
                                    "Dozo militia", "Armed bandits"};
const char *const kSources[] = {"Patrol report", "Team site Ménaka", "Local authority", "Community liaison assistant",
                                "Radio Tamani", "Humanitarian partner", "Social media"};

template <typename T, size_t N> const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    int total = 0;
    for (const T &i : items)
        total += i.weight;
    int r = rng.bounded(total);
    for (const T &i : items) {
        if (r < i.weight)
            return i;
        r -= i.weight;
    }
    return items[0];
}

QString describe(const DemoKind &k, const DemoPlace &p, int fatalities, const QString &actor)
{
    const QString where = QString::fromUtf8(p.name);
    const QString cat = QString::fromLatin1(k.category);
    if (cat == QLatin1String("armed_clash"))
        return QStringLiteral("Exchange of fire between %1 and FAMa near %2; %3 killed.").arg(actor, where).arg(fatalities);
    if (cat == QLatin1String("attack_on_civilians"))
        return QStringLiteral("Armed men on motorbikes attacked a hamlet near %1; %2 civilians killed, livestock taken.")
            .arg(where)
            .arg(fatalities);
    if (cat == QLatin1String("attack_on_peacekeepers"))
        return QStringLiteral("Convoy of the mission came under fire on the road out of %1.").arg(where);
    if (cat == QLatin1String("ied_explosive"))
        return QStringLiteral("IED on the %1 axis struck a vehicle.").arg(where);
    if (cat == QLatin1String("indirect_fire"))
        return QStringLiteral("Mortar rounds fell near the camp at %1.").arg(where);
    if (cat == QLatin1String("abduction"))
        return QStringLiteral("Two traders abducted on the road to %1.").arg(where);
    if (cat == QLatin1String("looting"))
        return QStringLiteral("Shops looted and cattle stolen at %1.").arg(where);
    if (cat == QLatin1String("armed_group_movement"))
        return QStringLiteral("About %1 motorbikes of %2 seen moving east of %3.").arg(10 + fatalities * 3).arg(actor, where);
    if (cat == QLatin1String("protest"))
        return QStringLiteral("Peaceful demonstration in %1 about insecurity on the roads.").arg(where);
    if (cat == QLatin1String("riot"))
        return QStringLiteral("Youths set up barricades and burnt tyres in %1.").arg(where);
    if (cat == QLatin1String("hate_speech"))
        return QStringLiteral("Audio messages inciting violence against a community circulate in %1.").arg(where);
    if (cat == QLatin1String("displacement"))
        return QStringLiteral("About %1 households arrived in %2 fleeing threats.").arg(20 + fatalities * 10).arg(where);
    if (cat == QLatin1String("arrest"))
        return QStringLiteral("FAMa arrested suspects at a checkpoint near %1.").arg(where);
    return QStringLiteral("Weapons cache found near %1.").arg(where);
}

// A few thousand incidents over the 90 days before `now`, around the places above.
std::vector<Incident> demoIncidents(QRandomGenerator &rng, qint64 now)
{
    std::vector<Incident> out;
    const int count = 2500 + rng.bounded(500);
    out.reserve(size_t(count));
    const qint64 span = 90LL * 24 * 3600 * 1000;
    for (int i = 0; i < count; ++i) {
        const DemoPlace &p = pick(rng, kPlaces);
        const DemoKind &k = pick(rng, kKinds);
        Incident x;
        x.externalId = QStringLiteral("DEMO-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        // Whole minutes; more incidents in recent weeks (the rainy season ended).
        const double age = std::pow(rng.generateDouble(), 1.3);
        x.timeMs = (now - qint64(age * double(span))) / 60000 * 60000;
        x.timePrecision = rng.bounded(10) < 8 ? Incident::TimePrecision::Exact : Incident::TimePrecision::Day;
        if (x.timePrecision == Incident::TimePrecision::Day)
            x.timeMs = x.timeMs / 86400000 * 86400000;
        const bool inTown = rng.bounded(3) == 0;
        const double spread = inTown ? 0.02 : 0.25;
        x.lat = p.lat + (rng.generateDouble() - 0.5) * spread;
        x.lon = p.lon + (rng.generateDouble() - 0.5) * spread;
        x.locationPrecision = inTown ? Incident::LocationPrecision::Exact
                                     : (rng.bounded(4) == 0 ? Incident::LocationPrecision::AdminArea
                                                            : Incident::LocationPrecision::Near);
        x.placeName = QString::fromUtf8(p.name);
        x.admin1 = QString::fromUtf8(p.admin1);
        x.admin2 = QString::fromUtf8(p.admin2);
        x.category = QString::fromLatin1(k.category);
        x.fatalities = k.maxFatalities ? int(rng.bounded(k.maxFatalities + 1)) : 0;
        x.injured = k.maxFatalities ? int(rng.bounded(k.maxFatalities + 2)) : 0;
        x.abducted = x.category == QLatin1String("abduction") ? 1 + int(rng.bounded(4)) : 0;
        x.severity = std::min(5, 1 + (x.fatalities >= 10) + (x.fatalities >= 3) + (x.fatalities >= 1)
                                     + (k.target == Incident::Target::Peacekeepers) + int(rng.bounded(2)));
        const QString group = QString::fromLatin1(kArmedGroups[rng.bounded(int(std::size(kArmedGroups)))]);
        x.actor1 = group;
        x.actor2 = k.target == Incident::Target::SecurityForces ? QStringLiteral("FAMa")
                 : k.target == Incident::Target::Peacekeepers ? QStringLiteral("UN peacekeepers")
                 : k.target == Incident::Target::Civilians    ? QStringLiteral("Civilians")
                                                               : QString();
        x.target = k.target;
        x.source = QString::fromUtf8(kSources[rng.bounded(int(std::size(kSources)))]);
        x.sourceReliability = QChar(QLatin1Char(char('A' + rng.bounded(5))));
        x.informationCredibility = 1 + int(rng.bounded(5));
        const qint64 ageDays = (now - x.timeMs) / 86400000;
        x.status = ageDays > 30 ? (rng.bounded(3) ? Incident::Status::Closed : Incident::Status::Confirmed)
                 : ageDays > 3  ? (rng.bounded(2) ? Incident::Status::Confirmed : Incident::Status::Reported)
                                : Incident::Status::Reported;
        const int s = rng.bounded(20);
        x.sensitivity = s < 6 ? Sensitivity::Unclassified
                      : s < 16 ? Sensitivity::UnRestricted
                      : s < 19 ? Sensitivity::UnConfidential
                               : Sensitivity::StrictlyConfidential;
        x.description = describe(k, p, x.fatalities, group);
        out.push_back(std::move(x));
    }
    return out;
}

} // namespace

std::unique_ptr<MissionStore> buildDemoMission(const QString &path, const DemoOptions &options)
{
    // Central Mali: the Niger bend from Mopti to Gao and Ménaka.
    const GeoBox aor{-4.5, 14.0, 4.0, 17.5};
    auto store = MissionStore::create(path, QStringLiteral("DEMO — Sector East (Gao)"), aor);
    store->setDescription(QStringLiteral(
        "Synthetic demonstration mission. Every place is real, every event is invented (seed %1).")
                              .arg(options.seed));
    QRandomGenerator rng(options.seed);
    // Times count back from the start of the current hour, so two builds in the same hour with
    // the same seed are identical.
    const qint64 now = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch() / 3600000 * 3600000;
    const ImportReport incidents = IncidentImporter(*store).importRecords(demoIncidents(rng, now), QStringLiteral("demo incidents"));
    if (!incidents.ok())
        throw MissionError(MissionError::Kind::Io, incidents.error);
    addDemoTracks(*store, rng);
    addDemoSitesAndAlertRules(*store);
    addDemoAnnotations(*store, options.seed);
    return store;
}

} // namespace vigie::core
