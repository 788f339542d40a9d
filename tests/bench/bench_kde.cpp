// SPDX-License-Identifier: GPL-2.0-or-later
// Times QGIS's heatmap (qgis_process run qgis:heatmapkerneldensityestimation) and Vigie's KDE on
// the same 1,000,000 points: radius 10 pixels, a grid of about 1700 x 1300.
//   bench_kde [points (default 1000000)] [kernel 0-5 (default 0, quartic)] [--no-qgis] [--engine-only] [--threads=N]
//             [--gpkg=FILE]
// --gpkg keeps the generated GeoPackage in FILE, and reuses it when it exists.
// --engine-only times the KDE on points in memory, without files or QGIS.
// Wall-clock and CPU times are both printed: on a shared machine the CPU times are the steadier.
#include "heatmap/density_grid.h"
#include "heatmap/kde_engine.h"
#include "heatmap/point_loader.h"
#include "heatmap_test_util.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <thread>

using namespace vigie::core;

namespace {

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::size_t n = 1000000;
    int kernel = 0;
    bool runQgis = true;
    bool engineOnly = false;
    int threads = 0;
    QString keep;
    int positional = 0;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--no-qgis"))
            runQgis = false;
        else if (args[i] == QLatin1String("--engine-only"))
            engineOnly = true;
        else if (args[i].startsWith(QLatin1String("--gpkg=")))
            keep = args[i].mid(7);
        else if (args[i].startsWith(QLatin1String("--threads=")))
            threads = args[i].mid(10).toInt();
        else if (positional++ == 0)
            n = args[i].toULongLong();
        else
            kernel = args[i].toInt();
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    // 16.8 km x 12.8 km, 10 m pixels, 100 m radius -> 1701 x 1301 pixels. Half uniform, half in
    // twenty clusters, as incidents are.
    const double x0 = 400000, y0 = 1500000, w = 16800, h = 12800;
    auto pts = vigie::test::randomPoints(n / 2, x0, y0, w, h, 1);
    for (int c = 0; c < 20; ++c) {
        auto cl = vigie::test::randomPoints(n / 40, x0 + 500 + 700 * c, y0 + 500 + (580 * c) % 11000, 1500, 1200, 100 + c);
        pts.insert(pts.end(), cl.begin(), cl.end());
    }
    while (pts.size() < n)
        pts.push_back(pts[pts.size() % (n / 2)]);
    KdeParameters p;
    p.kernel = KdeKernel(kernel);
    p.radius = 100;
    p.pixelSize = 10;
    p.threads = threads;
    if (engineOnly) {
        MapExtent e {x0, y0, x0 + w, y0 + h};
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds(RUSAGE_SELF);
            DensityGrid grid;
            if (KdeEngine::run(p, pts, e, &grid) != KdeResult::Success)
                return 1;
            std::printf("vigie KDE in memory: %.3f s wall, %.3f s CPU (%d x %d)\n", t.elapsed() / 1000.0,
                        cpuSeconds(RUSAGE_SELF) - cpu0, grid.width, grid.height);
        }
        return 0;
    }
    const QString gpkg = keep.isEmpty() ? dir.filePath(QStringLiteral("points.gpkg")) : keep;
    QElapsedTimer t;
    t.start();
    if (keep.isEmpty() || !QFileInfo::exists(gpkg)) {
        const QString werr = vigie::test::writeGeoPackage(gpkg, pts, 32630);
        if (!werr.isEmpty()) {
            std::fprintf(stderr, "cannot write the GeoPackage: %s\n", qPrintable(werr));
            return 1;
        }
        std::printf("points: %zu written to a GeoPackage in %.1f s\n", pts.size(), t.elapsed() / 1000.0);
    } else {
        std::printf("points: reusing %s\n", qPrintable(gpkg));
    }

    double qgisSeconds = 0;
    double qgisCpu = 0;
    const QString qgisTif = dir.filePath(QStringLiteral("qgis.tif"));
    if (runQgis) {
        const QString qp = vigie::test::findQgisProcess();
        if (qp.isEmpty()) {
            std::fprintf(stderr, "qgis_process not found: install the Debian package qgis\n");
            return 1;
        }
        t.restart();
        const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
        const QString qerr = vigie::test::runQgisHeatmap(qp, gpkg, p, false, qgisTif, 3600 * 1000);
        qgisSeconds = t.elapsed() / 1000.0;
        if (!qerr.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(qerr));
            return 1;
        }
        qgisCpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
        std::printf("qgis_process:            %8.3f s wall, %8.3f s CPU (including its start-up)\n", qgisSeconds, qgisCpu);
    }

    QElapsedTimer total;
    total.start();
    const double vigieCpu0 = cpuSeconds(RUSAGE_SELF);
    t.restart();
    PointSet set;
    QString error;
    const double loadCpu0 = cpuSeconds(RUSAGE_SELF);
    if (!PointLoader::load(gpkg, {}, &set, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double loadSeconds = t.elapsed() / 1000.0;
    const double loadCpu = cpuSeconds(RUSAGE_SELF) - loadCpu0;
    t.restart();
    const double kdeCpu0 = cpuSeconds(RUSAGE_SELF);
    DensityGrid grid;
    if (KdeEngine::run(p, set.points, set.extent, &grid) != KdeResult::Success)
        return 1;
    const double kdeSeconds = t.elapsed() / 1000.0;
    const double kdeCpu = cpuSeconds(RUSAGE_SELF) - kdeCpu0;
    t.restart();
    const QString vigieTif = dir.filePath(QStringLiteral("vigie.tif"));
    if (!grid.writeGeoTiff(vigieTif, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double writeSeconds = t.elapsed() / 1000.0;
    const double vigieSeconds = total.elapsed() / 1000.0;
    const double vigieCpu = cpuSeconds(RUSAGE_SELF) - vigieCpu0;
    const DensityGrid &g = grid;
    std::printf("grid: %d x %d, radius %.0f px (block %d), %u hardware threads\n", g.width, g.height,
                p.radius / p.pixelSize, 2 * KdeEngine::radiusInPixels(p.radius, p.pixelSize) + 1, std::thread::hardware_concurrency());
    std::printf("vigie read GeoPackage:   %8.3f s wall, %8.3f s CPU\n", loadSeconds, loadCpu);
    std::printf("vigie KDE (KdeEngine::run): %8.3f s wall, %8.3f s CPU\n", kdeSeconds, kdeCpu);
    std::printf("vigie write GeoTIFF:     %8.3f s\n", writeSeconds);
    std::printf("vigie total (file to file): %8.3f s wall, %8.3f s CPU\n", vigieSeconds, vigieCpu);
    if (runQgis) {
        std::printf("ratio qgis_process / vigie total: %6.1fx\n", qgisSeconds / vigieSeconds);
        std::printf("ratio qgis_process / vigie KDE:   %6.1fx\n", qgisSeconds / kdeSeconds);
        std::printf("CPU-time ratio qgis_process / vigie KDE:   %6.1fx\n", qgisCpu / kdeCpu);
        std::printf("CPU-time ratio qgis_process / vigie total: %6.1fx\n", qgisCpu / vigieCpu);
        const DensityGrid q = DensityGrid::readRaster(qgisTif, &error);
        double worst = 0;
        if (q.width == g.width && q.height == g.height) {
            for (std::size_t i = 0; i < g.values.size(); ++i)
                worst = std::max(worst, std::abs(double(g.values[i]) - double(q.values[i])));
            std::printf("largest pixel difference vs QGIS: %.3g of the maximum (%.6g)\n", worst / q.max, double(q.max));
        } else {
            std::printf("grids differ in size: QGIS %d x %d\n", q.width, q.height);
        }
    }
    return 0;
}
