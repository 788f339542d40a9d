// SPDX-License-Identifier: GPL-2.0-or-later
// Imports N generated ACLED rows with ogr2ogr (-f SQLite, SpatiaLite) and with Vigie's importer,
// and prints both times, their ratio, the median of a time-window + bbox query and the peak RSS.
//   bench_incident_import [N=1000000] [--keep] [--skip-ogr] [--dir DIR]
#include "incidents/incident_importer.h"
#include "incidents/incident_repository.h"
#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace vigie::core;

namespace {
struct Place
{
    const char *name, *admin1, *admin2;
    double lat, lon;
};
const Place kPlaces[] = {
    {"Gao", "Gao", "Gao", 16.2717, -0.0447},          {"Ansongo", "Gao", "Ansongo", 15.6597, 0.5022},
    {"Bourem", "Gao", "Bourem", 16.9540, -0.3497},    {"Menaka", "Menaka", "Menaka", 15.9182, 2.4022},
    {"Mopti", "Mopti", "Mopti", 14.4843, -4.1830},    {"Douentza", "Mopti", "Douentza", 15.0019, -2.9498},
    {"Tombouctou", "Tombouctou", "Tombouctou", 16.7735, -3.0074}, {"Sevare", "Mopti", "Mopti", 14.5350, -4.0950},
};
const char *const kTypes[][2] = {
    {"Battles", "Armed clash"},
    {"Violence against civilians", "Attack"},
    {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
    {"Violence against civilians", "Abduction/forced disappearance"},
    {"Strategic developments", "Looting/property destruction"},
    {"Protests", "Peaceful protest"},
    {"Riots", "Mob violence"},
    {"Explosions/Remote violence", "Air/drone strike"},
};

qint64 generate(const QString &path, qint64 n)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
            "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
            "tags,timestamp\n");
    QRandomGenerator rng(42);
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
                      "MLI%lld,%s,%.4s,%d,Political violence,%s,%s,JNIM: Group for Support of Islam and Muslims,,"
                      "Rebel group,Military Forces of Mali (2021-),Wagner Group,State forces,Rebel group-State forces,"
                      "%s,466,Western Africa,Mali,%s,%s,%s,%s,%.4f,%.4f,%d,Studio Tamani; Menastream,"
                      "National-International,\"On %s, militants attacked near %s, \"\"reportedly\"\" killing %d.\",%d,,"
                      "%lld\n",
                      static_cast<long long>(i + 1), date.constData(), date.constData(), 1 + rng.bounded(3), t[0], t[1],
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

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 n = 1000000;
    bool keep = false, skipOgr = false;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep"))
            keep = true;
        else if (args[i] == QLatin1String("--skip-ogr"))
            skipOgr = true;
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dirArg = args[++i];
        else
            n = args[i].toLongLong();
    }
    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/acled.csv");
    QElapsedTimer t;
    t.start();
    const qint64 bytes = generate(csv, n);
    std::printf("generated %lld ACLED rows (%.1f MB) in %.1f s: %s\n", static_cast<long long>(n), bytes / 1e6,
                t.elapsed() / 1000.0, qPrintable(csv));

    double ogrSeconds = -1;
    if (!skipOgr) {
        const QString out = dir + QStringLiteral("/ogr.sqlite");
        QFile::remove(out);
        t.restart();
        const int rc = QProcess::execute(QStringLiteral("ogr2ogr"),
                                         {QStringLiteral("-f"), QStringLiteral("SQLite"), QStringLiteral("-dsco"),
                                          QStringLiteral("SPATIALITE=YES"), QStringLiteral("-gt"), QStringLiteral("65536"),
                                          QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=longitude"),
                                          QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=latitude"), out, csv});
        ogrSeconds = t.elapsed() / 1000.0;
        std::printf("ogr2ogr -f SQLite (SpatiaLite): %.2f s (exit %d)\n", ogrSeconds, rc);
        if (!keep)
            QFile::remove(out);
    }

    const QString mission = dir + QStringLiteral("/bench.vigie");
    for (const char *s : {"", "-wal", "-shm"})
        QFile::remove(mission + QLatin1String(s));
    auto store = MissionStore::create(mission, QStringLiteral("bench"));
    IncidentImporter importer(*store);
    t.restart();
    const ImportReport report = importer.importFile(csv, {});
    const double vigieSeconds = t.elapsed() / 1000.0;
    std::printf("vigie import: %.2f s — %s\n", vigieSeconds, qPrintable(report.humanSummary()));
    if (ogrSeconds > 0)
        std::printf("ratio ogr2ogr / vigie: %.1fx\n", ogrSeconds / vigieSeconds);

    // A month over the Gao area, the analyst's everyday query.
    IncidentRepository repo(*store);
    IncidentFilter f;
    f.fromMs = QDateTime(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    f.toMs = QDateTime(QDate(2023, 3, 31), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
    f.bbox = GeoBox{-0.5, 15.8, 0.5, 16.8};
    std::vector<double> times;
    qint64 rows = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer q;
        q.start();
        rows = qint64(repo.query(f).size());
        times.push_back(q.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    QElapsedTimer q;
    q.start();
    const qint64 c = repo.count(f);
    std::printf("query (30 days x 1 degree box): %lld incidents, median %.2f ms (count(): %.2f ms)\n",
                static_cast<long long>(rows), times[times.size() / 2], q.nsecsElapsed() / 1e6);
    Q_UNUSED(c);
    std::printf("peak RSS: %.1f MB\n", peakRssKb() / 1024.0);
    return report.ok() ? 0 : 1;
}
