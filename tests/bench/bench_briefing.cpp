// SPDX-License-Identifier: GPL-2.0-or-later
// An A4 briefing to PDF of the demo mission plus N extra incidents and a heatmap layer, through
// Vigie's path (briefingRequest + produceBriefing: template, banners, MGRS grid, legend, overview,
// incident summary, audit), next to the peer: a bare QgsPrintLayout with one map item showing the
// same layers over the same extent, exported with QgsLayoutExporter::exportToPdf, in the same run.
//   bench_briefing [N=100000] [--runs=R (default 3)] [--template=a4-landscape] [--out=copy-of-vigie.pdf]
// Wall and CPU times are printed for each run, and the ratio of the best times.
#include "briefing/briefing_job.h"
#include "heatmap/heatmap_builder.h"
#include "incidents/incident_importer.h"
#include "incidents/incident_repository.h"
#include "map/basemap.h"
#include "map/incident_layer.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "runtime/runtime.h"

#include <qgsapplication.h>
#include <qgscolorrampshader.h>
#include <qgscoordinatetransform.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrastershader.h>
#include <qgsrasterlayer.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgsstyle.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace vigie;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// N incidents around the demo's towns over the 30 days before `nowMs`.
std::vector<core::Incident> extraIncidents(int n, qint64 nowMs)
{
    struct Town { double lat, lon; };
    const Town towns[] = {{16.2717, -0.0447}, {15.6597, 0.5022}, {16.9540, -0.3497}, {15.9182, 2.4022}, {16.45, 0.35}};
    const char *const categories[] = {"armed_clash", "attack_on_civilians", "ied_explosive", "indirect_fire", "abduction", "looting", "protest"};
    QRandomGenerator rng(20261124);
    std::vector<core::Incident> out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const Town &t = towns[rng.bounded(int(std::size(towns)))];
        core::Incident x;
        x.timeMs = nowMs - qint64(rng.bounded(30 * 24 * 3600)) * 1000;
        x.lat = t.lat + (rng.generateDouble() - 0.5) * 0.8;
        x.lon = t.lon + (rng.generateDouble() - 0.5) * 0.8;
        x.category = QLatin1String(categories[rng.bounded(int(std::size(categories)))]);
        x.severity = 1 + rng.bounded(5);
        x.fatalities = rng.bounded(4);
        x.placeName = QStringLiteral("bench");
        x.externalId = QStringLiteral("BENCH%1").arg(i);
        out.push_back(std::move(x));
    }
    return out;
}

QgsRasterLayer *heatmapLayer(core::MissionStore &mission, const QString &tif, QString *error)
{
    std::vector<core::HeatmapIncident> points;
    core::IncidentRepository(mission).forEach({}, [&](const core::Incident &i) {
        points.push_back({i.lat, i.lon, i.timeMs, double(i.severity), i.fatalities, 0});
        return true;
    });
    core::HeatmapOptions options;
    options.radiusMetres = 5000;
    options.pixelMetres = 250;
    core::HeatmapOutput out;
    if (core::HeatmapBuilder(options).build(points, &out, error) != core::HeatmapResult::Success)
        return nullptr;
    if (!out.grid.writeGeoTiff(tif, error))
        return nullptr;
    auto *layer = new QgsRasterLayer(tif, QStringLiteral("Threat density"), QStringLiteral("gdal"));
    auto *ramp = QgsStyle::defaultStyle()->colorRamp(QStringLiteral("Reds"));
    auto *shader = new QgsRasterShader(0, out.grid.max);
    auto *fn = new QgsColorRampShader(0, out.grid.max, ramp);
    fn->classifyColorRamp(5, 1);
    shader->setRasterShaderFunction(fn);
    auto *renderer = new QgsSingleBandPseudoColorRenderer(layer->dataProvider(), 1, shader);
    layer->setRenderer(renderer);
    layer->setOpacity(0.6);
    return layer;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QgsApplication app(argc, argv, true);
    ui::setApplicationIdentity();
    ui::startQgis();
    int n = 100000, runs = 3;
    QString templ = QStringLiteral("a4-landscape"), keep;
    for (const QString &a : app.arguments().mid(1)) {
        if (a.startsWith(QLatin1String("--runs=")))
            runs = a.mid(7).toInt();
        else if (a.startsWith(QLatin1String("--template=")))
            templ = a.mid(11);
        else if (a.startsWith(QLatin1String("--out=")))
            keep = a.mid(6);
        else
            n = a.toInt();
    }
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    const qint64 nowMs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() / 3600000 * 3600000;
    core::DemoOptions demo;
    demo.nowMs = nowMs;
    std::unique_ptr<core::MissionStore> mission = core::buildDemoMission(dir.filePath(QStringLiteral("bench.vigie")), demo);
    const core::ImportReport report = core::IncidentImporter(*mission).importRecords(extraIncidents(n, nowMs), QStringLiteral("bench"));
    const qint64 total = core::IncidentRepository(*mission).count();
    std::printf("mission: demo + %lld extra incidents (%lld in all), made in %.1f s\n", static_cast<long long>(report.imported),
                static_cast<long long>(total), t.elapsed() / 1000.0);

    QString error;
    QgsProject *project = QgsProject::instance();
    t.restart();
    QgsRasterLayer *heat = heatmapLayer(*mission, dir.filePath(QStringLiteral("heat.tif")), &error);
    if (!heat || !heat->isValid()) {
        std::fprintf(stderr, "heatmap: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("heatmap layer made in %.1f s (not timed below)\n", t.elapsed() / 1000.0);
    QgsVectorLayer *incidents = ui::createIncidentLayer(mission->path());
    if (!incidents->isValid()) {
        std::fprintf(stderr, "the incident layer is not valid\n");
        return 1;
    }
    const QList<QgsMapLayer *> world = ui::createWorldBasemap(&error);
    project->addMapLayers({incidents, heat});
    for (QgsMapLayer *l : world)
        project->addMapLayer(l);
    QList<QgsMapLayer *> layers{incidents, heat};
    for (auto it = world.crbegin(); it != world.crend(); ++it)
        layers.append(*it);

    ui::BriefingSpec spec;
    spec.templ = ui::templateFromName(templ).value_or(ui::BriefingTemplate::A4Landscape);
    spec.title = QStringLiteral("Benchmark briefing");
    spec.area = {-1.0, 15.0, 3.0, 17.5};
    spec.to = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    spec.from = spec.to.addDays(-30);
    spec.author = QStringLiteral("bench");

    double bestVigie = 1e9, bestPeer = 1e9;
    for (int run = 0; run < runs; ++run) {
        // Vigie: the request (incident summary by SQL) and the PDF, audited.
        t.restart();
        double cpu0 = cpuSeconds();
        const ui::BriefingRequest request = ui::briefingRequest(*mission, spec, layers, {world.front()});
        const double requestWall = t.elapsed() / 1000.0, requestCpu = cpuSeconds() - cpu0;
        ui::BriefingOutput output;
        output.path = dir.filePath(QStringLiteral("vigie.pdf"));
        const ui::BriefingResult result = ui::produceBriefing(project, mission.get(), request, output);
        const double vigie = t.elapsed() / 1000.0, vigieCpu = cpuSeconds() - cpu0;
        if (!result.ok) {
            std::fprintf(stderr, "vigie: %s\n", qPrintable(result.error));
            return 1;
        }
        // Peer: a bare layout, one map item, the same layers and extent.
        t.restart();
        cpu0 = cpuSeconds();
        QgsPrintLayout layout(project);
        layout.initializeDefaults();
        const bool portrait = spec.templ == ui::BriefingTemplate::A4Portrait || spec.templ == ui::BriefingTemplate::A3Portrait;
        const bool a3 = spec.templ == ui::BriefingTemplate::A3Portrait || spec.templ == ui::BriefingTemplate::A3Landscape;
        const QSizeF page = a3 ? QSizeF(420, 297) : QSizeF(297, 210);
        const QSizeF size = portrait ? page.transposed() : page;
        layout.pageCollection()->page(0)->setPageSize(QgsLayoutSize(size.width(), size.height()));
        auto *map = new QgsLayoutItemMap(&layout);
        layout.addLayoutItem(map);
        map->attemptSetSceneRect(QRectF(8, 8, size.width() - 16, size.height() - 16));
        const QgsCoordinateReferenceSystem utm(QStringLiteral("EPSG:32631"));
        map->setCrs(utm);
        map->setLayers(layers);
        map->setExtent(QgsCoordinateTransform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), utm, project)
                           .transformBoundingBox(QgsRectangle(spec.area.west, spec.area.south, spec.area.east, spec.area.north)));
        QgsLayoutExporter exporter(&layout);
        QgsLayoutExporter::PdfExportSettings settings;
        settings.dpi = 300;
        const QString peerPdf = dir.filePath(QStringLiteral("peer.pdf"));
        if (exporter.exportToPdf(peerPdf, settings) != QgsLayoutExporter::Success) {
            std::fprintf(stderr, "peer: export failed\n");
            return 1;
        }
        const double peer = t.elapsed() / 1000.0, peerCpu = cpuSeconds() - cpu0;
        std::printf("run %d: vigie %.3f s wall, %.3f s CPU (of which the request: summaries and incident cells by SQL, %.3f s wall, "
                    "%.3f s CPU)\n", run + 1, vigie, vigieCpu, requestWall, requestCpu);
        std::printf("run %d: vigie %.3f s wall, %.3f s CPU (%lld KB) | bare QGIS layout %.3f s wall, %.3f s CPU (%lld KB) | ratio %.2f\n", run + 1,
                    vigie, vigieCpu, static_cast<long long>(QFileInfo(output.path).size() / 1024), peer, peerCpu,
                    static_cast<long long>(QFileInfo(peerPdf).size() / 1024), vigie / peer);
        bestVigie = std::min(bestVigie, vigie);
        bestPeer = std::min(bestPeer, peer);
    }
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(dir.filePath(QStringLiteral("vigie.pdf")), keep);
    }
    std::printf("best: vigie %.3f s, bare QGIS layout %.3f s, ratio vigie/QGIS %.2f (target: vigie < 3 s)\n", bestVigie, bestPeer,
                bestVigie / bestPeer);
    mission.reset();
    ui::stopQgis();
    return 0;
}
