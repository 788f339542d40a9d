// SPDX-License-Identifier: GPL-2.0-or-later
#include "briefing/briefing_job.h"

#include "alerts/alert_evaluation.h"
#include "geo/mgrs.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/hotspot_finder.h"
#include "incidents/incident_repository.h"
#include "map/heatmap_layer.h"
#include "map/incident_layer.h"
#include "mission/mission_store.h"
#include "mission/mission_summary.h"

#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayerstore.h>
#include <qgsmaplayerstyle.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPrinter>

#include <algorithm>
#include <cmath>

#include <cpl_conv.h>

namespace vigie::ui {

namespace {

// Data that lives only in this session: a file in the temporary folder, or GDAL's in-memory files
// (the Threat panel's heatmap frames).
bool sessionOnly(const QString &path)
{
    if (path.startsWith(QLatin1String("/vsimem/")))
        return true;
    const QString tmp = QDir(QDir::tempPath()).canonicalPath();
    const QString file = QFileInfo(path).canonicalFilePath();
    return !file.isEmpty() && !tmp.isEmpty() && file.startsWith(tmp + QLatin1Char('/'));
}

QString safeName(const QString &name)
{
    QString s;
    for (const QChar c : name)
        s += c.isLetterOrNumber() ? c : QLatin1Char('_');
    return s.isEmpty() ? QStringLiteral("layer") : s;
}

// A copy of `layer` for a stand-alone project: same source and style, or, for data that lives
// only in this session, the data written beside the project first.
QgsMapLayer *portableCopy(QgsMapLayer *layer, const QFileInfo &project, QStringList *usedNames, bool *gpkgStarted, QString *error)
{
    QString base = safeName(layer->name());
    for (int n = 2; usedNames->contains(base); ++n)
        base = safeName(layer->name()) + QString::number(n);
    usedNames->append(base);

    if (auto *vl = qobject_cast<QgsVectorLayer *>(layer); vl && vl->providerType() == QLatin1String("memory")) {
        const QString gpkg = project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral("_data.gpkg"));
        QgsVectorFileWriter::SaveVectorOptions options;
        options.driverName = QStringLiteral("GPKG");
        options.layerName = base;
        options.fileEncoding = QStringLiteral("UTF-8");
        // The first memory layer replaces any older file; the next ones add their tables to it.
        options.actionOnExistingFile = *gpkgStarted ? QgsVectorFileWriter::CreateOrOverwriteLayer : QgsVectorFileWriter::CreateOrOverwriteFile;
        QString message;
        if (QgsVectorFileWriter::writeAsVectorFormatV3(vl, gpkg, QgsProject::instance()->transformContext(), options, &message) !=
            QgsVectorFileWriter::NoError) {
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "Could not write the layer \"%1\" to %2: %3").arg(layer->name(), gpkg, message);
            return nullptr;
        }
        *gpkgStarted = true;
        auto *copy = new QgsVectorLayer(gpkg + QStringLiteral("|layername=") + base, layer->name(), QStringLiteral("ogr"));
        QDomDocument style;
        QString styleError;
        vl->exportNamedStyle(style, styleError);
        copy->importNamedStyle(style, styleError);
        return copy;
    }
    QgsMapLayer *copy = layer->clone();
    if (auto *rl = qobject_cast<QgsRasterLayer *>(layer); rl && rl->providerType() == QLatin1String("gdal") && sessionOnly(rl->source())) {
        const QString target = project.absoluteDir().filePath(project.completeBaseName() + QLatin1Char('_') + base + QLatin1Char('.') +
                                                               QFileInfo(rl->source()).suffix());
        QFile::remove(target);
        if (CPLCopyFile(target.toUtf8().constData(), rl->source().toUtf8().constData()) != 0) { // VSI paths too
            delete copy;
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "Could not copy the layer \"%1\" to %2.").arg(layer->name(), target);
            return nullptr;
        }
        copy->setDataSource(target, layer->name(), QStringLiteral("gdal"), QgsDataProvider::ProviderOptions());
    }
    return copy;
}

QString auditTarget(const BriefingOutput &output)
{
    if (output.format == BriefingFormat::Printer)
        return output.printer && !output.printer->printerName().isEmpty()
                   ? QStringLiteral("printer %1").arg(output.printer->printerName())
                   : (output.printer ? QStringLiteral("printer (%1)").arg(QFileInfo(output.printer->outputFileName()).fileName()) : QStringLiteral("printer"));
    return QFileInfo(output.path).fileName();
}

// Up to this many incidents on a page's map are drawn one by one; beyond, they are summed per grid
// cell: at briefing scale thousands of overlapping markers say less than a count per cell, and
// they cost seconds of rendering.
constexpr qint64 kIndividualIncidentLimit = 2000;
// The grid cell on paper: room for the largest cell icon (5.5 mm) and its count.
constexpr double kIncidentCellMm = 10.0;

// The incidents of one page's map: the page's period (not the workstation's window), one by one
// when few, else per grid cell at the map's scale.
void readPageIncidents(core::MissionStore &mission, const BriefingMapFrame &frame, BriefingPageData *data)
{
    core::IncidentFilter filter;
    filter.fromMs = data->page.from.toMSecsSinceEpoch();
    filter.toMs = data->page.to.toMSecsSinceEpoch();
    filter.bbox = core::GeoBox{frame.extent.xMinimum(), frame.extent.yMinimum(), frame.extent.xMaximum(), frame.extent.yMaximum()};
    core::IncidentRepository repository(mission);
    data->ownIncidents = true;
    if (repository.count(filter) <= kIndividualIncidentLimit)
        return;
    const double cellMetres = kIncidentCellMm * frame.metresPerMm;
    const double lat = std::clamp(frame.extent.center().y(), -80.0, 80.0);
    const double cellLat = cellMetres / 110574.0;
    const double cellLon = cellMetres / (111320.0 * std::cos(lat * M_PI / 180.0));
    data->incidentCells = repository.grid(filter, cellLon, cellLat);
    data->incidentCellKm = cellMetres / 1000.0;
}

// The heatmap and its hotspots for a page whose period is not the workstation heatmap's, with the
// parameters the Threat panel used; `incidents` read once for all pages.
void computePageHeatmap(const HeatmapRecipe &recipe, bool withHotspots, const std::vector<core::HeatmapIncident> &incidents,
                        BriefingPageData *data)
{
    data->ownHeatmap = true;
    core::HeatmapOptions o = recipe.heatmap;
    o.windowStartMs = data->page.from.toMSecsSinceEpoch();
    o.windowEndMs = data->page.to.toMSecsSinceEpoch();
    data->heatmapOptions = o;
    core::HeatmapOutput out;
    QString error;
    const core::HeatmapResult result = core::HeatmapBuilder(o).build(incidents, &out, &error);
    if (result == core::HeatmapResult::Success) {
        if (withHotspots && core::HotspotFinder(recipe.hotspots).find(out.grid, out.incidents, &data->hotspots, &error) != core::HotspotResult::Success)
            data->hotspots.clear();
        data->heatmap = std::make_shared<core::DensityGrid>(std::move(out.grid));
    } else if (result != core::HeatmapResult::NoIncidents) {
        qWarning("Briefing page %s: no heatmap: %s", qPrintable(data->page.label),
                 qPrintable(error.isEmpty() ? core::HeatmapBuilder::resultMessage(result) : error));
    }
}

} // namespace

std::optional<core::GeoBox> parseMgrsBox(const QString &text, QString *error)
{
    const QStringList corners = text.split(QLatin1Char(','));
    if (corners.size() != 2) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "An MGRS box is two MGRS corners separated by a comma.");
        return std::nullopt;
    }
    const auto a = core::mgrs::toLatLon(corners[0].trimmed(), error, false);
    const auto b = a ? core::mgrs::toLatLon(corners[1].trimmed(), error, false) : std::nullopt;
    if (!a || !b)
        return std::nullopt;
    const core::GeoBox box{std::min(a->lon, b->lon), std::min(a->lat, b->lat), std::max(a->lon, b->lon), std::max(a->lat, b->lat)};
    if (!box.isValid()) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "The two MGRS corners do not span an area.");
        return std::nullopt;
    }
    return box;
}

std::optional<core::GeoBox> parseBriefingArea(const QString &text, QString *error)
{
    if (text.split(QLatin1Char(',')).size() == 2)
        return parseMgrsBox(text, error);
    return core::GeoBox::fromString(text, error);
}

BriefingSources briefingSources(const BriefingSpec &spec, const QList<QgsMapLayer *> &layers)
{
    BriefingSources sources;
    for (QgsMapLayer *l : layers) {
        if (isIncidentLayer(l))
            sources.incidents = true;
        else if (isHotspotLayer(l))
            sources.hotspots = true;
        else if (!sources.heatmap)
            sources.heatmap = heatmapRecipe(l);
    }
    if (sources.incidents)
        sources.frame = briefingMapFrame(spec.templ, QgsRectangle(spec.area.west, spec.area.south, spec.area.east, spec.area.north));
    return sources;
}

BriefingData readBriefingData(core::MissionStore &mission, const BriefingSpec &spec, const BriefingSources &sources)
{
    QList<std::pair<QString, qint64>> periods;
    if (spec.timePack)
        periods = {{QCoreApplication::translate("vigie::ui::BriefingJob", "last 24 h"), 24 * 3600 * 1000LL}, {QCoreApplication::translate("vigie::ui::BriefingJob", "last 7 days"), 7 * 24 * 3600 * 1000LL}, {QCoreApplication::translate("vigie::ui::BriefingJob", "last 30 days"), 30 * 24 * 3600 * 1000LL}};
    else
        periods = {{QString(), spec.from.msecsTo(spec.to)}};
    qint64 longest = 0;
    for (const auto &period : periods)
        longest = std::max(longest, period.second);
    std::optional<std::vector<core::HeatmapIncident>> heatIncidents; // read once, when a page needs them
    BriefingData data;
    for (const auto &[label, span] : periods) {
        BriefingPageData d;
        BriefingPage &page = d.page;
        page.label = label;
        page.to = spec.to;
        page.from = spec.to.addMSecs(-span);
        const core::MissionSummary summary = core::summarizeMission(mission, spec.area, page.from.toMSecsSinceEpoch(), page.to.toMSecsSinceEpoch());
        page.dataMarking = summary.highestMarking;
        for (const core::CategoryCount &c : summary.incidentsByCategory)
            page.summary.append({c.category, c.count, c.fatalities});
        if (sources.incidents && sources.frame)
            readPageIncidents(mission, *sources.frame, &d);
        if (sources.heatmap && (page.from.toMSecsSinceEpoch() != sources.heatmap->heatmap.windowStartMs ||
                                page.to.toMSecsSinceEpoch() != sources.heatmap->heatmap.windowEndMs)) {
            if (!heatIncidents)
                heatIncidents = core::heatmapIncidents(mission, spec.to.addMSecs(-longest).toMSecsSinceEpoch(), spec.to.toMSecsSinceEpoch());
            computePageHeatmap(*sources.heatmap, sources.hotspots, *heatIncidents, &d);
        }
        data.pages.append(d);
    }
    return data;
}

BriefingRequest briefingRequest(const BriefingData &data, const BriefingSpec &spec, const QList<QgsMapLayer *> &layers,
                                const QList<QgsMapLayer *> &overviewLayers)
{
    BriefingRequest request;
    request.templ = spec.templ;
    request.title = spec.title;
    request.subtitle = spec.subtitle;
    request.unit = spec.unit;
    request.author = spec.author;
    request.notes = spec.notes;
    request.area = QgsRectangle(spec.area.west, spec.area.south, spec.area.east, spec.area.north);
    request.requestedMarking = spec.marking;
    request.layers = layers;
    request.overviewLayers = overviewLayers;
    request.produced = spec.produced;
    // The layers a page draws for its own period stand in for the workstation's.
    QgsMapLayer *incidents = nullptr;
    QgsMapLayer *heat = nullptr;
    QgsMapLayer *hotspots = nullptr;
    for (QgsMapLayer *l : layers) {
        if (isIncidentLayer(l))
            incidents = l;
        else if (isHotspotLayer(l))
            hotspots = hotspots ? hotspots : l;
        else if (!heat && heatmapRecipe(l))
            heat = l;
    }
    for (const BriefingPageData &d : data.pages) {
        BriefingPage page = d.page;
        QHash<QgsMapLayer *, QgsMapLayer *> replaced; // null: left off this page
        const auto own = [&request](QgsMapLayer *layer) {
            if (!request.pageLayerStore)
                request.pageLayerStore = std::make_shared<QgsMapLayerStore>();
            request.pageLayerStore->addMapLayer(layer);
            return layer;
        };
        if (d.ownIncidents && incidents) {
            QgsMapLayer *layer = nullptr;
            if (!d.incidentCells) {
                if (auto *copy = qobject_cast<QgsVectorLayer *>(incidents->clone())) {
                    copy->setSubsetString(incidentSubset(page.from.toMSecsSinceEpoch(), page.to.toMSecsSinceEpoch()));
                    layer = copy;
                }
            } else {
                layer = createIncidentGridLayer(*d.incidentCells, d.incidentCellKm);
            }
            if (layer)
                replaced.insert(incidents, own(layer));
        }
        if (d.ownHeatmap && heat) {
            QgsRasterLayer *raster = nullptr;
            QString error;
            if (d.heatmap && (raster = createHeatmapGridLayer(*d.heatmap, heat->name(), &error))) {
                raster->setOpacity(heat->opacity());
                setHeatmapRecipe(raster, {d.heatmapOptions, heatmapRecipe(heat)->hotspots});
                own(raster);
            } else if (d.heatmap) {
                qWarning("Briefing page %s: %s", qPrintable(page.label), qPrintable(error));
            }
            replaced.insert(heat, raster);
            QgsVectorLayer *outlines = nullptr;
            if (hotspots && raster) {
                outlines = createHotspotLayer(hotspots->name());
                setHotspots(outlines, d.hotspots);
                own(outlines);
            }
            if (hotspots)
                replaced.insert(hotspots, outlines);
        }
        if (!replaced.isEmpty()) {
            for (QgsMapLayer *l : layers) {
                QgsMapLayer *shown = replaced.value(l, l);
                if (shown)
                    page.layers.append(shown);
            }
        }
        request.pages.append(page);
    }
    return request;
}

BriefingRequest briefingRequest(core::MissionStore &mission, const BriefingSpec &spec, const QList<QgsMapLayer *> &layers,
                                const QList<QgsMapLayer *> &overviewLayers)
{
    return briefingRequest(readBriefingData(mission, spec, briefingSources(spec, layers)), spec, layers, overviewLayers);
}

core::Sensitivity dataMarking(const BriefingRequest &request)
{
    core::Sensitivity s = core::Sensitivity::Unclassified;
    for (const BriefingPage &p : request.pages)
        s = core::maxSensitivity(s, p.dataMarking);
    return s;
}

bool printBriefing(QgsPrintLayout *layout, QPrinter *printer, QString *error)
{
    if (!printer) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "No printer.");
        return false;
    }
    QgsLayoutExporter exporter(layout);
    QgsLayoutExporter::PrintExportSettings s;
    s.dpi = 300;
    s.rasterizeWholeImage = false;
    const QgsLayoutExporter::ExportResult r = exporter.print(*printer, s);
    if (r != QgsLayoutExporter::Success) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "Could not print the briefing (error %1).").arg(int(r));
        return false;
    }
    return true;
}

bool exportBriefingProject(const BriefingRequest &request, const QString &path, QString *error)
{
    const QFileInfo info(path);
    QgsProject project;
    project.setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")));
    project.setFilePathStorage(Qgis::FilePathType::Absolute);
    project.setTitle(request.title);
    QHash<QgsMapLayer *, QgsMapLayer *> copies;
    QStringList used;
    bool gpkgStarted = false;
    // The layers the pages and the inset draw (a page may draw its own incidents instead of the request's).
    QList<QgsMapLayer *> all;
    for (const BriefingPage &page : request.pages)
        for (QgsMapLayer *l : pageLayers(request, page))
            if (!all.contains(l))
                all.append(l);
    for (QgsMapLayer *l : request.overviewLayers)
        if (!all.contains(l))
            all.append(l);
    for (QgsMapLayer *l : all) {
        QgsMapLayer *copy = portableCopy(l, info, &used, &gpkgStarted, error);
        if (!copy)
            return false;
        project.addMapLayer(copy, false);
        project.layerTreeRoot()->addLayer(copy); // top first, as on the map
        copies.insert(l, copy);
    }
    BriefingRequest local = request;
    const auto toCopies = [&copies](QList<QgsMapLayer *> &layers) {
        QList<QgsMapLayer *> mapped;
        for (QgsMapLayer *l : layers)
            if (QgsMapLayer *copy = copies.value(l))
                mapped.append(copy);
        layers = mapped;
    };
    for (BriefingPage &page : local.pages)
        if (!page.layers.isEmpty())
            toCopies(page.layers);
    toCopies(local.layers);
    toCopies(local.overviewLayers);
    std::unique_ptr<QgsPrintLayout> layout = buildBriefing(&project, local, error);
    if (!layout)
        return false;
    if (!project.layoutManager()->addLayout(layout.get())) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "Could not add the layout to the project.");
        return false;
    }
    layout.release(); // the project owns it now
    if (!project.write(path)) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::BriefingJob", "Could not write the QGIS project %1: %2").arg(path, project.error());
        return false;
    }
    return true;
}

BriefingResult produceBriefing(QgsProject *project, core::MissionStore *mission, const BriefingRequest &request, const BriefingOutput &output)
{
    BriefingResult result;
    QElapsedTimer timer;
    timer.start();
    result.marking = documentMarking(request);
    bool ok = false;
    if (output.format == BriefingFormat::Project) {
        ok = exportBriefingProject(request, output.path, &result.error);
    } else {
        std::unique_ptr<QgsPrintLayout> layout = buildBriefing(project, request, &result.error);
        if (layout) {
            switch (output.format) {
            case BriefingFormat::Pdf: ok = exportBriefingPdf(layout.get(), output.path, &result.error); break;
            case BriefingFormat::Png: ok = exportBriefingPng(layout.get(), output.path, output.dpi, &result.error); break;
            case BriefingFormat::Printer: ok = printBriefing(layout.get(), output.printer, &result.error); break;
            case BriefingFormat::Project: break;
            }
        }
    }
    result.elapsedMs = timer.elapsed();
    if (!ok)
        return result;
    if (mission && !mission->isReadOnly()) {
        try {
            mission->write({QStringLiteral("export"), QStringLiteral("briefings"), QString(),
                            QStringLiteral("briefing %1 (%2, %3 page(s), %4)")
                                .arg(auditTarget(output), core::sensitivityToString(result.marking))
                                .arg(request.pages.size())
                                .arg(templateName(request.templ))},
                           [](core::Database &, core::AuditRecord &) {});
        } catch (const core::MissionError &e) {
            result.error = e.message();
            return result;
        }
    }
    result.ok = true;
    return result;
}

} // namespace vigie::ui
