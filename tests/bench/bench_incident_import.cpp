// SPDX-License-Identifier: GPL-2.0-or-later
// Imports N generated ACLED rows with ogr2ogr (-f SQLite, SpatiaLite) and with Vigie's importer,
// and prints both times, their ratio, the median of a time-window + bbox query and the peak RSS.
//   bench_incident_import [N=1000000] [--keep] [--skip-ogr] [--dir DIR]
#include "incidents/incident_importer.h"
#include "incidents/incident_repository.h"
#include "mission/mission_store.h"
#include "support/incident_fixtures.h"

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
using vigie::test::writeAcledFile;

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
    const qint64 bytes = writeAcledFile(csv, n);
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
