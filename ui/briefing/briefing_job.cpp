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
QgsMapLayer *pageIncidentLayer(core::MissionStore &mission, QgsMapLayer *incidents, const BriefingPage &page, const BriefingMapFrame &frame)
{
    core::IncidentFilter filter;
    filter.fromMs = page.from.toMSecsSinceEpoch();
    filter.toMs = page.to.toMSecsSinceEpoch();
    filter.bbox = core::GeoBox{frame.extent.xMinimum(), frame.extent.yMinimum(), frame.extent.xMaximum(), frame.extent.yMaximum()};
    core::IncidentRepository repository(mission);
    if (repository.count(filter) <= kIndividualIncidentLimit) {
        auto *copy = qobject_cast<QgsVectorLayer *>(incidents->clone());
        if (copy)
            copy->setSubsetString(incidentSubset(*filter.fromMs, *filter.toMs));
        return copy;
    }
    const double cellMetres = kIncidentCellMm * frame.metresPerMm;
    const double lat = std::clamp(frame.extent.center().y(), -80.0, 80.0);
    const double cellLat = cellMetres / 110574.0;
    const double cellLon = cellMetres / (111320.0 * std::cos(lat * M_PI / 180.0));
    return createIncidentGridLayer(repository.grid(filter, cellLon, cellLat), cellMetres / 1000.0);
}

// The workstation's heatmap and hotspots recomputed for other periods (the pages of a time pack)
// with the parameters the Threat panel used.
class PageHeatmaps
{
  public:
    PageHeatmaps(const QList<QgsMapLayer *> &layers)
    {
        for (QgsMapLayer *l : layers) {
            if (auto recipe = heatmapRecipe(l); recipe && !m_heat) {
                m_heat = l;
                m_recipe = *recipe;
            } else if (isHotspotLayer(l) && !m_hotspots) {
                m_hotspots = l;
            }
        }
    }

    // True when the page's period is not the one the workstation's heatmap shows.
    bool needed(const BriefingPage &page) const
    {
        return m_heat
            && (page.from.toMSecsSinceEpoch() != m_recipe.heatmap.windowStartMs || page.to.toMSecsSinceEpoch() != m_recipe.heatmap.windowEndMs);
    }

    // Replaces the heatmap and hotspots among the page's layers with the page period's own (none
    // when the period has no incident); `incidents` are read once for all pages.
    void apply(core::MissionStore &mission, qint64 earliestMs, BriefingPage *page, QgsMapLayerStore *store)
    {
        if (!m_loaded) {
            m_incidents = core::heatmapIncidents(mission, earliestMs, page->to.toMSecsSinceEpoch());
            m_loaded = true;
        }
        core::HeatmapOptions o = m_recipe.heatmap;
        o.windowStartMs = page->from.toMSecsSinceEpoch();
        o.windowEndMs = page->to.toMSecsSinceEpoch();
        core::HeatmapOutput out;
        QString error;
        const core::HeatmapResult result = core::HeatmapBuilder(o).build(m_incidents, &out, &error);
        QgsMapLayer *heat = nullptr;
        QgsMapLayer *hotspots = nullptr;
        if (result == core::HeatmapResult::Success) {
            QgsRasterLayer *raster = createHeatmapGridLayer(out.grid, m_heat->name(), &error);
            if (raster) {
                raster->setOpacity(m_heat->opacity());
                setHeatmapRecipe(raster, {o, m_recipe.hotspots});
                store->addMapLayer(raster);
                heat = raster;
            }
            std::vector<core::Hotspot> found;
            if (m_hotspots && core::HotspotFinder(m_recipe.hotspots).find(out.grid, out.incidents, &found, &error) == core::HotspotResult::Success) {
                QgsVectorLayer *outlines = createHotspotLayer(m_hotspots->name());
                setHotspots(outlines, found);
                store->addMapLayer(outlines);
                hotspots = outlines;
            }
        }
        if (result != core::HeatmapResult::Success && result != core::HeatmapResult::NoIncidents)
            qWarning("Briefing page %s: no heatmap: %s", qPrintable(page->label),
                     qPrintable(error.isEmpty() ? core::HeatmapBuilder::resultMessage(result) : error));
        QList<QgsMapLayer *> layers;
        for (QgsMapLayer *l : page->layers) {
            if (l == m_heat)
                l = heat;
            else if (l == m_hotspots)
                l = hotspots;
            if (l)
                layers.append(l);
        }
        page->layers = layers;
    }

  private:
    QgsMapLayer *m_heat = nullptr;
    QgsMapLayer *m_hotspots = nullptr;
    HeatmapRecipe m_recipe;
    std::vector<core::HeatmapIncident> m_incidents;
    bool m_loaded = false;
};

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

BriefingRequest briefingRequest(core::MissionStore &mission, const BriefingSpec &spec, const QList<QgsMapLayer *> &layers,
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
    QList<std::pair<QString, qint64>> periods;
    if (spec.timePack)
        periods = {{QCoreApplication::translate("vigie::ui::BriefingJob", "last 24 h"), 24 * 3600 * 1000LL}, {QCoreApplication::translate("vigie::ui::BriefingJob", "last 7 days"), 7 * 24 * 3600 * 1000LL}, {QCoreApplication::translate("vigie::ui::BriefingJob", "last 30 days"), 30 * 24 * 3600 * 1000LL}};
    else
        periods = {{QString(), spec.from.msecsTo(spec.to)}};
    // The incident layer, if shown, is drawn per page for the page's period (see pageIncidentLayer),
    // and so are the heatmap and its hotspots (PageHeatmaps).
    QgsMapLayer *incidents = nullptr;
    for (QgsMapLayer *l : layers)
        if (isIncidentLayer(l))
            incidents = l;
    PageHeatmaps heatmaps(layers);
    const std::optional<BriefingMapFrame> frame = incidents ? briefingMapFrame(spec.templ, request.area) : std::nullopt;
    qint64 longest = 0;
    for (const auto &period : periods)
        longest = std::max(longest, period.second);
    for (const auto &[label, span] : periods) {
        BriefingPage page;
        page.label = label;
        page.to = spec.to;
        page.from = spec.to.addMSecs(-span);
        const core::MissionSummary summary = core::summarizeMission(mission, spec.area, page.from.toMSecsSinceEpoch(), page.to.toMSecsSinceEpoch());
        page.dataMarking = summary.highestMarking;
        for (const core::CategoryCount &c : summary.incidentsByCategory)
            page.summary.append({c.category, c.count, c.fatalities});
        const bool ownIncidents = frame && incidents;
        const bool ownHeatmap = heatmaps.needed(page);
        if (ownIncidents || ownHeatmap) {
            if (!request.pageLayerStore)
                request.pageLayerStore = std::make_shared<QgsMapLayerStore>();
            page.layers = layers;
        }
        if (ownIncidents) {
            if (QgsMapLayer *own = pageIncidentLayer(mission, incidents, page, *frame)) {
                request.pageLayerStore->addMapLayer(own);
                page.layers.replace(layers.indexOf(incidents), own);
            }
        }
        if (ownHeatmap)
            heatmaps.apply(mission, spec.to.addMSecs(-longest).toMSecsSinceEpoch(), &page, request.pageLayerStore.get());
        request.pages.append(page);
    }
    return request;
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
