// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Generated incident files shared by the import benchmark and the crash-safety tests: the project
// makes its own files rather than copying other tools' samples.

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

#include <cstdio>

namespace vigie::test {

struct Place
{
    const char *name, *admin1, *admin2;
    double lat, lon;
};
inline const Place kPlaces[] = {
    {"Gao", "Gao", "Gao", 16.2717, -0.0447},          {"Ansongo", "Gao", "Ansongo", 15.6597, 0.5022},
    {"Bourem", "Gao", "Bourem", 16.9540, -0.3497},    {"Menaka", "Menaka", "Menaka", 15.9182, 2.4022},
    {"Mopti", "Mopti", "Mopti", 14.4843, -4.1830},    {"Douentza", "Mopti", "Douentza", 15.0019, -2.9498},
    {"Tombouctou", "Tombouctou", "Tombouctou", 16.7735, -3.0074}, {"Sevare", "Mopti", "Mopti", 14.5350, -4.0950},
};
inline const char *const kTypes[][2] = {
    {"Battles", "Armed clash"},
    {"Violence against civilians", "Attack"},
    {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"Violence against civilians", "Abduction/forced disappearance"},
    {"Strategic developments", "Looting/property destruction"},
    {"Protests", "Peaceful protest"},
    {"Riots", "Mob violence"},
    {"Explosions/Remote violence", "Air/drone strike"},
};

// Writes n ACLED rows (~330 bytes each, 8 places around Gao and Mopti, 2022-2024; event ids
// MLI<prefix><i>) to path; returns the file size, -1 on I/O error. Deterministic for a seed.
inline qint64 writeAcledFile(const QString &path, qint64 n, const char *idPrefix = "", quint32 seed = 42)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
            "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
            "tags,timestamp\n");
    QRandomGenerator rng(seed);
    QByteArray buf;
    char line[1024];
    for (qint64 i = 0; i < n; ++i) {
        const Place &p = kPlaces[rng.bounded(int(sizeof kPlaces / sizeof *kPlaces))];
        const auto &t = kTypes[rng.bounded(int(sizeof kTypes / sizeof *kTypes))];
        const int day = rng.bounded(365 * 3);
        const QByteArray date = QDate(2022, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        const double lat = p.lat + (rng.generateDouble() - 0.5) * 0.6;
        const double lon = p.lon + (rng.generateDouble() - 0.5) * 0.6;
        const int fat = rng.bounded(12);
        std::snprintf(line, sizeof line,
                      "MLI%s%lld,%s,%.4s,%d,Political violence,%s,%s,JNIM: Group for Support of Islam and Muslims,,"
                      "Rebel group,Military Forces of Mali (2021-),Wagner Group,State forces,Rebel group-State forces,"
                      "%s,466,Western Africa,Mali,%s,%s,%s,%s,%.4f,%.4f,%d,Studio Tamani; Menastream,"
                      "National-International,\"On %s, militants attacked near %s, \"\"reportedly\"\" killing %d.\",%d,,"
                      "%lld\n",
                      idPrefix, static_cast<long long>(i + 1), date.constData(), date.constData(), 1 + rng.bounded(3), t[0], t[1],
                      t[0][0] == 'V' ? "Civilian targeting" : "", p.admin1, p.admin2, p.name, p.name, lat, lon,
                      1 + rng.bounded(3), date.constData(), p.name, fat, fat, 1700000000LL + i);
        buf += line;
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return f.size();
}

} // namespace vigie::test
