// SPDX-License-Identifier: GPL-2.0-or-later
// The heatmap layer while the time bar plays (issue #5: at least 20 frames per second with 100,000
// incidents in the window). A mission of N incidents (default 110,000 over 33 days around Gao,
// clustered as incidents are), a 30-day window (about 100,000 incidents in it) stepped by an hour
// through S steps (default 60). Each step does what the Threat panel does for a frame while the
// time bar plays: the window's heatmap (IncrementalHeatmap::update: the kernels of the incidents
// that entered and left), the layer given the grid (ui::HeatmapLayer::show, drawn from memory) and
// the map rendered by QGIS into a 1280 x 800 image in WGS 84, as the canvas shows it. Then the
// frame the panel makes when the time bar stops (the window summed from scratch, its hotspots, the
// layer's source written), the full HeatmapBuilder path of the export and the CLI, and
// qgis_process's heatmap (qgis:heatmapkerneldensityestimation) of the same window's points with
// the same radius and pixel size, one frame, and the ratios.
//   bench_heatmap_layer [incidents (110000)] [steps (60)] [--no-qgis] [--png=FILE]
#include "alerts/alert_evaluation.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/hotspot_finder.h"
#include "heatmap/incremental_heatmap.h"
#include "heatmap_test_util.h"
#include "incidents/incident_importer.h"
#include "incidents/incident_taxonomy.h"
#include "map/heatmap_layer.h"
#include "mission/mission_store.h"
#include "runtime/runtime.h"
#include "time/time_window.h"

#include <qgsapplication.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <thread>

using namespace vigie;

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;

struct Place
{
    double lat, lon, spread;
};
// Around Gao, Ansongo, Bourem, Ménaka, Tessit, Ouatagouna, Labbezanga, Talataye (degrees).
const Place kPlaces[] = {{16.27, -0.04, 0.15}, {15.66, 0.50, 0.12}, {16.95, -0.35, 0.12}, {15.92, 2.40, 0.2},
                         {15.20, 0.85, 0.1},   {15.18, 0.72, 0.08}, {14.95, 0.70, 0.08}, {16.05, 1.35, 0.1}};

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QStringLiteral("?");
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QgsApplication app(argc, argv, false);
    ui::startQgis();
    const QStringList args = app.arguments();
    qint64 n = 110000;
    int steps = 60;
    bool runQgis = true;
    QString png;
    int positional = 0;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--no-qgis"))
            runQgis = false;
        else if (args[i].startsWith(QLatin1String("--png=")))
            png = args[i].mid(6);
        else if (positional++ == 0)
            n = args[i].toLongLong();
        else
            steps = args[i].toInt();
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }

    // The mission: N incidents over 33 days, 80 % around eight places, 20 % anywhere in the area.
    const core::GeoBox aor {-1.5, 14.5, 3.0, 17.5};
    const qint64 t0 = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = 33 * kDay;
    QElapsedTimer t;
    t.start();
    std::unique_ptr<core::MissionStore> store;
    try {
        store = core::MissionStore::create(dir.filePath(QStringLiteral("bench.vigie")), QStringLiteral("Heatmap bench"), aor);
        std::vector<core::Incident> incidents;
        incidents.reserve(std::size_t(n));
        QRandomGenerator rng(5);
        const auto &cats = core::IncidentTaxonomy::builtin().categories();
        for (qint64 i = 0; i < n; ++i) {
            core::Incident inc;
            if (rng.bounded(5) == 0) {
                inc.lat = aor.south + rng.generateDouble() * (aor.north - aor.south);
                inc.lon = aor.west + rng.generateDouble() * (aor.east - aor.west);
            } else {
                const Place &p = kPlaces[rng.bounded(int(sizeof kPlaces / sizeof *kPlaces))];
                // A rough normal spread: the mean of three uniforms.
                const auto spread = [&rng] { return (rng.generateDouble() + rng.generateDouble() + rng.generateDouble()) / 1.5 - 1.0; };
                inc.lat = std::clamp(p.lat + spread() * p.spread, aor.south, aor.north);
                inc.lon = std::clamp(p.lon + spread() * p.spread, aor.west, aor.east);
            }
            inc.timeMs = t0 + qint64(rng.generateDouble() * double(span));
            inc.category = cats[std::size_t(rng.bounded(int(cats.size())))].id;
            inc.severity = 1 + rng.bounded(5);
            inc.fatalities = rng.bounded(4);
            inc.source = QStringLiteral("bench");
            incidents.push_back(std::move(inc));
        }
        const core::ImportReport report = core::IncidentImporter(*store).importRecords(std::move(incidents), QStringLiteral("bench"));
        std::printf("mission: %lld incidents stored in %.1f s\n", static_cast<long long>(report.imported), t.elapsed() / 1000.0);
    } catch (const core::MissionError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    // What the Threat panel reads once (then again only when the incidents change).
    t.restart();
    const std::vector<core::HeatmapIncident> all =
        core::heatmapIncidents(*store, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    std::printf("panel's one-time load of the incidents: %.3f s (%zu)\n", t.elapsed() / 1000.0, all.size());

    core::TimeWindow window;
    window.setBounds(QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(t0 + span, Qt::UTC));
    window.setRange(QDateTime::fromMSecsSinceEpoch(t0 + kDay, Qt::UTC), QDateTime::fromMSecsSinceEpoch(t0 + 31 * kDay, Qt::UTC));
    window.setStepMs(3600 * 1000);

    // The panel's defaults: quartic, 5 km radius, 500 m pixels, no weight, hotspots above the 95th percentile.
    core::HeatmapOptions o;
    o.radiusMetres = 5000;
    o.pixelMetres = 500;
    o.targetEpsg = core::HeatmapBuilder::utmEpsgFor(aor.center().lat, aor.center().lon);
    core::HotspotOptions h;
    h.mode = core::HotspotOptions::Threshold::Percentile;
    h.value = 95;

    ui::HeatmapLayer heatmap(QStringLiteral("Threat density"));
    QgsMapSettings ms;
    ms.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")));
    ms.setOutputSize(QSize(1280, 800));
    ms.setOutputDpi(96);
    ms.setExtent(QgsRectangle(aor.west, aor.south, aor.east, aor.north));
    ms.setBackgroundColor(Qt::white);

    const auto render = [&ms, &heatmap] {
        ms.setLayers({heatmap.layer()});
        QgsMapRendererParallelJob job(ms);
        job.start();
        job.waitForFinished();
        return job.renderedImage();
    };
    const auto coloured = [](const QImage &image) {
        std::size_t n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixel(x, y) != qRgb(255, 255, 255);
        return n;
    };

    // The panel's preparation when the time bar starts (again only when the incidents or the
    // parameters change): filter, weights, projection, sort by time, the mission's grid.
    core::IncrementalHeatmap incremental;
    t.restart();
    if (incremental.prepare(all, o) != core::HeatmapResult::Success) {
        std::fprintf(stderr, "cannot prepare the heatmap\n");
        return 1;
    }
    const double prepareMs = t.nsecsElapsed() / 1e6;
    {
        // The first frame: the window summed from scratch, the layer and its source made.
        auto grid = std::make_shared<core::DensityGrid>();
        window.stepForward();
        incremental.update(window.startMs(), window.endMs(), grid.get());
        bool created = false;
        QString error;
        if (!heatmap.show(grid, true, &error, &created)) {
            std::fprintf(stderr, "layer: %s\n", qPrintable(error));
            return 1;
        }
        QgsProject::instance()->addMapLayer(heatmap.layer());
    }

    // Playing.
    std::vector<double> buildMs, layerMs, renderMs, frameMs;
    std::size_t inWindow = 0, kernels = 0;
    int rebuilt = 0;
    int gridW = 0, gridH = 0;
    QImage last;
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (int s = 0; s < steps; ++s) {
        window.stepForward();
        QElapsedTimer frame;
        frame.start();
        auto grid = std::make_shared<core::DensityGrid>();
        if (incremental.update(window.startMs(), window.endMs(), grid.get()) != core::HeatmapResult::Success) {
            std::fprintf(stderr, "heatmap update failed\n");
            return 1;
        }
        const double b = frame.nsecsElapsed() / 1e6;
        inWindow = incremental.windowCount();
        kernels += incremental.lastKernels();
        rebuilt += incremental.lastRebuilt() ? 1 : 0;
        gridW = grid->width;
        gridH = grid->height;
        QString error;
        if (!heatmap.show(std::move(grid), false, &error)) {
            std::fprintf(stderr, "layer: %s\n", qPrintable(error));
            return 1;
        }
        const double l = frame.nsecsElapsed() / 1e6;
        last = render();
        const double r = frame.nsecsElapsed() / 1e6;
        buildMs.push_back(b);
        layerMs.push_back(l - b);
        renderMs.push_back(r - l);
        frameMs.push_back(r);
    }
    const double totalS = wall.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpu0;
    if (!png.isEmpty())
        last.save(png);
    std::printf("window: %zu incidents in the last frame's 30-day window; grid %d x %d (500 m pixels, 5 km radius, quartic), "
                "image 1280 x 800, %u hardware threads, load average %s\n",
                inWindow, gridW, gridH, std::thread::hardware_concurrency(), qPrintable(loadAverage()));
    std::printf("preparation when the time bar starts (filter, weights, projection, sort, grid): %.1f ms\n", prepareMs);
    std::printf("playing, per frame, median of %d: heatmap update %.2f ms (%.0f kernels added or subtracted per frame, %d rebuilt), "
                "layer update %.2f ms, QGIS render %.1f ms\n",
                steps, median(buildMs), double(kernels) / steps, rebuilt, median(layerMs), median(renderMs));
    const auto worst = std::max_element(frameMs.begin(), frameMs.end());
    std::printf("playing, frame (all three in a row): median %.1f ms, mean %.1f ms, worst %.1f ms (frame %d) -> %.1f fps (mean), "
                "%.1f fps (median); %.2f s CPU for %.2f s wall (%.1f ms CPU per frame); %zu coloured pixels in the last image\n",
                median(frameMs), mean(frameMs), *worst, int(worst - frameMs.begin()) + 1, 1000.0 / mean(frameMs), 1000.0 / median(frameMs),
                cpu, totalS, 1000.0 * cpu / steps, coloured(last));

    // Exactness: the last frame against the full builder on the same grid.
    {
        core::DensityGrid mine;
        incremental.update(window.startMs(), window.endMs(), &mine);
        core::HeatmapOptions full = o;
        full.windowStartMs = window.startMs();
        full.windowEndMs = window.endMs();
        full.gridExtent = incremental.gridExtent();
        core::HeatmapOutput out;
        core::HeatmapBuilder(full).build(all, &out);
        double worst = 0;
        for (std::size_t i = 0; i < mine.values.size() && i < out.grid.values.size(); ++i)
            worst = std::max(worst, double(std::abs(mine.values[i] - out.grid.values[i])));
        std::printf("after %d incremental steps, largest difference from the full KDE on the same grid: %.2e of the maximum\n", steps,
                    worst / double(out.grid.max));
    }

    // The time bar stops: the window from scratch, hotspots, the layer's source written, render.
    std::vector<double> settledMs, builderMs;
    for (int s = 0; s < 5; ++s) {
        window.stepForward();
        QElapsedTimer frame;
        frame.start();
        auto grid = std::make_shared<core::DensityGrid>();
        incremental.update(window.startMs(), window.endMs(), grid.get(), true);
        std::vector<core::Hotspot> hotspots;
        QString error;
        core::HotspotFinder(h).find(*grid, incremental.windowIncidents(), &hotspots, &error);
        heatmap.show(std::move(grid), true, &error);
        render();
        settledMs.push_back(frame.nsecsElapsed() / 1e6);
        // The exact engine on the window's own grid (GeoTIFF export, vigie-cli heatmap).
        core::HeatmapOptions full = o;
        full.windowStartMs = window.startMs();
        full.windowEndMs = window.endMs();
        frame.restart();
        core::HeatmapOutput out;
        core::HeatmapBuilder(full).build(all, &out);
        builderMs.push_back(frame.nsecsElapsed() / 1e6);
    }
    std::printf("frame when the time bar stops (from scratch + hotspots + source written + render): median of 5 %.1f ms; "
                "HeatmapBuilder (export, CLI) alone %.1f ms\n",
                median(settledMs), median(builderMs));

    if (runQgis) {
        const QString qp = test::findQgisProcess();
        if (qp.isEmpty()) {
            std::fprintf(stderr, "qgis_process not found: install the Debian package qgis\n");
            return 1;
        }
        // The last frame's points, projected as Vigie did, in a GeoPackage in the same UTM zone.
        core::HeatmapOutput out;
        o.windowStartMs = window.startMs();
        o.windowEndMs = window.endMs();
        core::HeatmapBuilder(o).build(all, &out);
        std::vector<core::WeightedPoint> pts;
        pts.reserve(out.incidents.size());
        for (const core::ProjectedIncident &p : out.incidents)
            pts.push_back({p.x, p.y, p.weight});
        const QString gpkg = dir.filePath(QStringLiteral("window.gpkg"));
        const QString werr = test::writeGeoPackage(gpkg, pts, o.targetEpsg);
        if (!werr.isEmpty()) {
            std::fprintf(stderr, "cannot write the GeoPackage: %s\n", qPrintable(werr));
            return 1;
        }
        core::KdeParameters kp;
        kp.radius = o.radiusMetres;
        kp.pixelSize = o.pixelMetres;
        t.restart();
        const QString qerr = test::runQgisHeatmap(qp, gpkg, kp, false, dir.filePath(QStringLiteral("qgis.tif")), 600000);
        const double qgisMs = t.elapsed();
        if (!qerr.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(qerr));
            return 1;
        }
        const core::DensityGrid q = core::DensityGrid::readRaster(dir.filePath(QStringLiteral("qgis.tif")));
        std::printf("qgis_process heatmap of the same %zu points (one frame, file to file, %d x %d): %.0f ms\n", pts.size(), q.width,
                    q.height, qgisMs);
        std::printf("ratio qgis_process one frame / Vigie frame while playing (heatmap + layer + render): %.0fx\n", qgisMs / mean(frameMs));
        std::printf("ratio qgis_process one frame / Vigie frame when the time bar stops (with hotspots): %.1fx\n", qgisMs / median(settledMs));
        std::printf("ratio qgis_process / Vigie HeatmapBuilder alone: %.1fx\n", qgisMs / median(builderMs));
    }
    heatmap.reset();
    QgsProject::instance()->removeAllMapLayers();
    ui::stopQgis();
    return 0;
}
