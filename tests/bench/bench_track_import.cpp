// SPDX-License-Identifier: GPL-2.0-or-later
// Import benchmark (not a test): 500,000 fixes as NMEA (~70 MB) and as GPX, converted to CSV by
// gpsbabel and imported by Vigie; prints the times and the ratio. Build with -DVIGIE_BENCH=ON.
#include "../support/track_fixtures.h"
#include "disk_floor.h"

#include "mission/mission_store.h"
#include "tracks/track_importer.h"
#include "tracks/track_reader_registry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <tuple>
#include <vector>

using namespace vigie::core;

namespace {
qint64 lineCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        n += chunk.count('\n');
    }
    return n;
}

// gpsbabel converting `in` (format) to `outFormat`. -t: gpsbabel processes only waypoints unless
// told otherwise, and a log's fixes are track points (without -t it reads the file and writes an
// empty CSV). *rows gets the CSV's data rows, so a run that converted nothing shows.
double gpsbabel(const QString &format, const QString &in, const QString &outFormat, const QString &out, qint64 *rows)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("gpsbabel"), {QStringLiteral("-t"), QStringLiteral("-i"), format, QStringLiteral("-f"), in,
                                         QStringLiteral("-o"), outFormat, QStringLiteral("-F"), out});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "gpsbabel failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    if (rows)
        *rows = lineCount(out) - 1; // the header
    return seconds;
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
// The reader alone, into a sink that only counts: an import cannot be faster than this, however
// fast its writing.
struct CountingSink : TrackSink
{
    qint64 points = 0;
    int tracks = 0;
    int track(const Track &) override { return tracks++; }
    void point(int, const TrackPoint &) override { ++points; }
    void rejected(const ReadIssue &) override {}
};

double readOnly(const QString &file, const QString &format, qint64 *points)
{
    const TrackReader *reader = TrackReaderRegistry::builtIn().byId(format);
    if (!reader)
        return -1;
    CountingSink sink;
    QElapsedTimer t;
    t.start();
    reader->read(file, sink);
    *points = sink.points;
    return double(t.elapsed()) / 1000.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 fixes = 500000;
    QString keepDir; // --dir D: write the inputs and missions there and keep them
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--dir" && i + 1 < argc)
            keepDir = QString::fromLocal8Bit(argv[++i]);
        else
            fixes = a.toLongLong();
    }
    QTemporaryDir tmp;
    if (!keepDir.isEmpty())
        QDir().mkpath(keepDir);
    const QDir dir(keepDir.isEmpty() ? tmp.path() : keepDir);
    if (!keepDir.isEmpty())
        for (const char *n : {"NMEA.vigie", "GPX.vigie", "GPX-b.vigie"})
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(dir.filePath(QString::fromLatin1(n) + QLatin1String(suffix)));
    const QString nmea = dir.filePath(QStringLiteral("bench.nmea")), gpx = dir.filePath(QStringLiteral("bench.gpx"));
    vigie::test::writeNmeaFile(nmea, fixes);
    vigie::test::writeGpxFile(gpx, fixes);
    std::printf("%lld fixes: NMEA %.1f MB, GPX %.1f MB\n", fixes, QFileInfo(nmea).size() / 1e6, QFileInfo(gpx).size() / 1e6);
    const bool haveBabel = !QStandardPaths::findExecutable(QStringLiteral("gpsbabel")).isEmpty();
    // The same track as GPX twice: the lean file above (trkpt, ele, time) and the NMEA log as
    // gpsbabel itself writes it (GPX 1.0 with course, speed, fix, sat, hdop: 3x the bytes).
    const QString babelGpx = dir.filePath(QStringLiteral("babel.gpx"));
    std::vector<std::tuple<const char *, QString, QString>> runs{{"NMEA", nmea, QStringLiteral("nmea")},
                                                                  {"GPX", gpx, QStringLiteral("gpx")}};
    if (haveBabel && gpsbabel(QStringLiteral("nmea"), nmea, QStringLiteral("gpx"), babelGpx, nullptr) > 0) {
        std::printf("gpsbabel's GPX of the NMEA log: %.1f MB\n", QFileInfo(babelGpx).size() / 1e6);
        runs.emplace_back("GPX-b", babelGpx, QStringLiteral("gpx"));
    }
    for (const auto &[label, file, babelFormat] : runs) {
        qint64 points = 0;
        const double v = vigieImport(dir.path(), QStringLiteral("%1.vigie").arg(QLatin1String(label)), file, &points);
        qint64 rows = 0;
        const double b = haveBabel ? gpsbabel(babelFormat, file, QStringLiteral("unicsv"), dir.filePath(QStringLiteral("out.csv")), &rows) : -1;
        std::printf("%-5s vigie import (into SpatiaLite): %7.2f s (%lld points, %.0f fixes/s)\n", label, v, points,
                    points / std::max(v, 1e-9));
        qint64 read = 0;
        const double r = readOnly(file, babelFormat, &read);
        std::printf("%-5s   of which reading alone   : %7.2f s (%lld points; the import's floor)\n", label, r, read);
        if (b > 0)
            std::printf("%-5s gpsbabel -t -> unicsv       : %7.2f s (%lld rows)   ratio %.1fx%s\n", label, b, rows, b / v,
                        rows == points ? "" : "   (row counts differ!)");
        else
            std::printf("%-5s gpsbabel not found\n", label);
        if (b > 0)
            vigie::bench::printDiskFloor(dir.path(), QFileInfo(dir.filePath(QStringLiteral("%1.vigie").arg(QLatin1String(label)))).size(), b / 10);
    }
    return 0;
}
