// SPDX-License-Identifier: GPL-2.0-or-later
// Imports N generated ACLED rows with ogr2ogr (-f SQLite, SpatiaLite) and with Vigie's importer,
// and prints both times, their ratio, the median of a time-window + bbox query and the peak RSS.
//   bench_incident_import [N=1000000] [--keep] [--skip-ogr] [--dir DIR]
//   bench_incident_import --query-only --dir DIR   (the queries again on a --keep run's mission)
#include "incidents/incident_importer.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_row.h"
#include "mission/mission_store.h"
#include "support/incident_fixtures.h"
#include "disk_floor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace vigie::core;

namespace {
using vigie::test::writeAcledFile;

// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}
} // namespace

// The analyst's everyday query timed through the repository and through the sqlite3 shell (the
// peer); `store` is closed before the shell runs.
bool runQueries(std::unique_ptr<MissionStore> &store, const QString &mission)
{
    // A month over the Gao area, the analyst's everyday query.
    IncidentRepository repo(*store);
    IncidentFilter f;
    f.fromMs = QDateTime(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    f.toMs = QDateTime(QDate(2023, 3, 31), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch();
    f.bbox = GeoBox{-0.5, 15.8, 0.5, 16.8};
    // Median wall and CPU milliseconds of 21 runs (CPU: this process, user + system).
    struct Timing
    {
        double wallMs, cpuMs;
    };
    const auto median = [](const std::function<void()> &run) {
        std::vector<double> wall, cpu;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer q;
            const double c0 = cpuSeconds(RUSAGE_SELF);
            q.start();
            run();
            wall.push_back(q.nsecsElapsed() / 1e6);
            cpu.push_back((cpuSeconds(RUSAGE_SELF) - c0) * 1000);
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        return Timing{wall[wall.size() / 2], cpu[cpu.size() / 2]};
    };
    qint64 rows = 0, counted = 0;
    const Timing full = median([&] { rows = qint64(repo.query(f).size()); });
    const Timing countT = median([&] { counted = repo.count(f); });
    // What the panel does: the ordered ids (row count, selection) and the first page it shows.
    const Timing panel = median([&] {
        const QStringList ids = repo.ids(f);
        const std::vector<Incident> page = repo.query(f, 200, 0);
        Q_UNUSED(ids);
        Q_UNUSED(page);
    });
    std::printf("query (30 days x 1 degree box): %lld incidents (count %lld); medians of 21 runs, wall / CPU\n",
                static_cast<long long>(rows), static_cast<long long>(counted));
    std::printf("  vigie, every incident read into Incident records: %.2f ms / %.2f ms\n", full.wallMs, full.cpuMs);
    std::printf("  vigie, count(): %.2f ms / %.2f ms\n", countT.wallMs, countT.cpuMs);
    std::printf("  vigie, panel (ordered ids + first page of 200): %.2f ms / %.2f ms\n", panel.wallMs, panel.cpuMs);
    // Peer: the sqlite3 shell running the same SELECT (every column, same order) on the same file,
    // its own timer (query only, no process start), with the plan SQLite picks for the plain SQL.
    {
        const QString sql = QStringLiteral("SELECT %1 FROM incidents WHERE %2 ORDER BY time_ms DESC, fid DESC;")
                                .arg(IncidentRow::columns(), IncidentRepository::sqlCondition(f));
        store.reset();
        // One shell session running the query 21 times (warm, like the repository's connection);
        // the median of its timer lines.
        std::vector<double> peer, peerCpu;
        {
            QProcess p;
            p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), mission});
            QString script = QStringLiteral(".output /dev/null\n.timer on\n");
            for (int i = 0; i < 21; ++i)
                script += sql + QLatin1Char('\n');
            p.write(script.toUtf8());
            p.closeWriteChannel();
            p.waitForFinished(-1);
            // "Run Time: real 0.012 user 0.008000 sys 0.001000", one line per run.
            for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
                const QStringList out = line.simplified().split(QLatin1Char(' '));
                const int at = out.indexOf(QStringLiteral("real"));
                if (at >= 0 && at + 5 < out.size()) {
                    peer.push_back(out[at + 1].toDouble() * 1000);
                    peerCpu.push_back((out[at + 3].toDouble() + out[at + 5].toDouble()) * 1000);
                }
            }
        }
        if (!peer.empty()) {
            std::sort(peer.begin(), peer.end());
            std::sort(peerCpu.begin(), peerCpu.end());
            const double peerMs = peer[peer.size() / 2], peerCpuMs = peerCpu[peerCpu.size() / 2];
            std::printf("  peer sqlite3 shell, same SELECT of every column on the same file (its .timer): %.2f ms / %.2f ms\n",
                        peerMs, peerCpuMs);
            std::printf("  ratio sqlite3 / vigie full read: %.2fx wall, %.2fx CPU; sqlite3 / vigie panel: %.2fx wall, %.2fx CPU\n",
                        peerMs / full.wallMs, peerCpuMs / std::max(0.001, full.cpuMs), peerMs / panel.wallMs,
                        peerCpuMs / std::max(0.001, panel.cpuMs));
            std::printf("  the issue asks for a median under 20 ms: %s (full read), %s (panel)\n", full.wallMs < 20 ? "met" : "NOT met",
                        panel.wallMs < 20 ? "met" : "NOT met");
        } else {
            std::printf("  peer sqlite3 shell: no timing (is sqlite3 installed?)\n");
        }
    }
    return true;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 n = 1000000;
    bool keep = false, skipOgr = false, queryOnly = false;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep"))
            keep = true;
        else if (args[i] == QLatin1String("--skip-ogr"))
            skipOgr = true;
        else if (args[i] == QLatin1String("--query-only"))
            queryOnly = true; // the queries on the mission a --keep run left in --dir (for profiling)
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
    if (queryOnly) {
        auto store = MissionStore::open(dir + QStringLiteral("/bench.vigie"), MissionStore::OpenMode::ReadOnly);
        return runQueries(store, dir + QStringLiteral("/bench.vigie")) ? 0 : 1;
    }
    const qint64 bytes = writeAcledFile(csv, n);
    std::printf("generated %lld ACLED rows (%.1f MB) in %.1f s: %s\n", static_cast<long long>(n), bytes / 1e6,
                t.elapsed() / 1000.0, qPrintable(csv));

    double ogrSeconds = -1, ogrCpu = -1;
    if (!skipOgr) {
        const QString out = dir + QStringLiteral("/ogr.sqlite");
        QFile::remove(out);
        t.restart();
        const double childCpu0 = cpuSeconds(RUSAGE_CHILDREN);
        const int rc = QProcess::execute(QStringLiteral("ogr2ogr"),
                                         {QStringLiteral("-f"), QStringLiteral("SQLite"), QStringLiteral("-dsco"),
                                          QStringLiteral("SPATIALITE=YES"), QStringLiteral("-gt"), QStringLiteral("65536"),
                                          QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=longitude"),
                                          QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=latitude"), out, csv});
        ogrSeconds = t.elapsed() / 1000.0;
        ogrCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu0;
        std::printf("ogr2ogr -f SQLite -dsco SPATIALITE=YES -gt 65536: %.2f s wall, %.2f s CPU (exit %d)\n", ogrSeconds, ogrCpu, rc);
        if (!keep)
            QFile::remove(out);
    }

    const QString mission = dir + QStringLiteral("/bench.vigie");
    for (const char *s : {"", "-wal", "-shm"})
        QFile::remove(mission + QLatin1String(s));
    auto store = MissionStore::create(mission, QStringLiteral("bench"));
    IncidentImporter importer(*store);
    t.restart();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    const ImportReport report = importer.importFile(csv, {});
    const double vigieSeconds = t.elapsed() / 1000.0;
    const double vigieCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    std::printf("vigie import: %.2f s wall, %.2f s CPU — %s\n", vigieSeconds, vigieCpu, qPrintable(report.humanSummary()));
    std::printf("peak RSS after the import: %.1f MB (the issue asks for < 300 MB)\n", peakRssKb() / 1024.0);
    // Wall time is what the issue asks for; CPU time is shown too because on a shared, loaded
    // machine the wall clock of both tools mostly measures the wait for a core and the disk.
    if (ogrSeconds > 0)
        std::printf("ratio ogr2ogr / vigie: %.2fx wall, %.2fx CPU (the issue asks for >= 10x)\n", ogrSeconds / vigieSeconds,
                    ogrCpu / vigieCpu);

    vigie::bench::printDiskFloor(dir, QFileInfo(mission).size(), ogrSeconds / 10);

    runQueries(store, mission);
    std::printf("peak RSS at the end (import and queries): %.1f MB\n", peakRssKb() / 1024.0);
    return report.ok() ? 0 : 1;
}
