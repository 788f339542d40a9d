// SPDX-License-Identifier: GPL-2.0-or-later
// Import benchmark (not a test): 500,000 fixes as NMEA (~70 MB) and as GPX, converted to CSV by
// gpsbabel and imported by Vigie; prints the times and the ratio. Build with -DVIGIE_BENCH=ON.
#include "../support/track_fixtures.h"

#include "mission/mission_store.h"
#include "tracks/track_importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace vigie::core;

namespace {
double gpsbabel(const QString &format, const QString &in, const QString &out)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("gpsbabel"), {QStringLiteral("-i"), format, QStringLiteral("-f"), in, QStringLiteral("-o"),
                                         QStringLiteral("unicsv"), QStringLiteral("-F"), out});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "gpsbabel failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    return double(t.elapsed()) / 1000.0;
}

double vigieImport(const QString &dir, const QString &name, const QString &file, qint64 *points)
{
    auto store = MissionStore::create(dir + QLatin1Char('/') + name, QStringLiteral("bench"));
    TrackImporter importer(*store);
    const TrackImportReport r = importer.importFile(file);
    *points = r.pointsAccepted;
    std::printf("  %s\n", qPrintable(r.humanSummary()));
    return double(r.elapsedMs) / 1000.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 fixes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 500000;
    QTemporaryDir dir;
    const QString nmea = dir.filePath(QStringLiteral("bench.nmea")), gpx = dir.filePath(QStringLiteral("bench.gpx"));
    vigie::test::writeNmeaFile(nmea, fixes);
    vigie::test::writeGpxFile(gpx, fixes);
    std::printf("%lld fixes: NMEA %.1f MB, GPX %.1f MB\n", fixes, QFileInfo(nmea).size() / 1e6, QFileInfo(gpx).size() / 1e6);
    const bool haveBabel = !QStandardPaths::findExecutable(QStringLiteral("gpsbabel")).isEmpty();
    for (const auto &[label, file, babelFormat] :
         {std::tuple{"NMEA", nmea, QStringLiteral("nmea")}, std::tuple{"GPX", gpx, QStringLiteral("gpx")}}) {
        qint64 points = 0;
        const double v = vigieImport(dir.path(), QStringLiteral("%1.vigie").arg(QLatin1String(label)), file, &points);
        const double b = haveBabel ? gpsbabel(babelFormat, file, dir.filePath(QStringLiteral("out.csv"))) : -1;
        std::printf("%-5s vigie import (into SpatiaLite): %7.2f s (%lld points, %.0f fixes/s)\n", label, v, points,
                    points / std::max(v, 1e-9));
        if (b > 0)
            std::printf("%-5s gpsbabel -> unicsv          : %7.2f s   ratio %.1fx\n", label, b, b / v);
        else
            std::printf("%-5s gpsbabel not found\n", label);
    }
    return 0;
}
