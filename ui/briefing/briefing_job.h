// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "briefing/briefing.h"
#include "geo/geo_types.h"
#include "incidents/incident_repository.h"
#include "map/heatmap_layer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPrinter;
class QgsMapLayer;
class QgsProject;

namespace vigie::core {
class MissionStore;
}

namespace vigie::ui {

// What a person asks of a briefing, the same from the Briefing dialog and from `vigie-cli brief`:
// one code path turns it into pages (briefingRequest), then into a file, a print or a QGIS
// project, audited in the mission (produceBriefing).
struct BriefingSpec
{
    BriefingTemplate templ = BriefingTemplate::A4Landscape;
    QString title;
    QString subtitle;
    QString unit;
    QString author;
    QString notes;
    core::GeoBox area;
    QDateTime from;
    QDateTime to;
    bool timePack = false; // one page each for the last 24 h, 7 days and 30 days before `to`
    std::optional<core::Sensitivity> marking; // the author's; never below the data's
    QDateTime produced = QDateTime::currentDateTimeUtc();
};

// An area typed by a person: "W,S,E,N" in degrees, or two MGRS corners "A,B".
std::optional<core::GeoBox> parseMgrsBox(const QString &text, QString *error);
std::optional<core::GeoBox> parseBriefingArea(const QString &text, QString *error);

// What of the map's layers a briefing's pages redraw for their own periods, read from the layers
// on the UI thread: the incident layer (and the map frame its grid cells are sized for), the
// Threat panel's heatmap (its recipe) and its hotspots.
struct BriefingSources
{
    bool incidents = false;
    std::optional<BriefingMapFrame> frame;
    std::optional<HeatmapRecipe> heatmap;
    bool hotspots = false;
};
BriefingSources briefingSources(const BriefingSpec &spec, const QList<QgsMapLayer *> &layers);

// One page as read from the mission, without QGIS objects.
struct BriefingPageData
{
    BriefingPage page; // period, summary, marking; no layers
    // The page's own incidents: one by one (no cells) or summed per grid cell.
    bool ownIncidents = false;
    std::optional<std::vector<core::IncidentCell>> incidentCells;
    double incidentCellKm = 0;
    // The page's own heatmap (null: no incident in its period) and hotspots.
    bool ownHeatmap = false;
    std::shared_ptr<const core::DensityGrid> heatmap;
    core::HeatmapOptions heatmapOptions;
    std::vector<core::Hotspot> hotspots;
};
struct BriefingData
{
    QList<BriefingPageData> pages;
};

// Reads what the pages show: their periods (the last 24 h, 7 and 30 days for a time pack), the
// incident summaries and data markings, and, for the sources shown, each page's incidents (summed
// per 10 mm grid cell beyond 2,000 on the map) and heatmap with hotspots when its period is not
// the Threat panel's. The slow part of a briefing; no QGIS object is made, so it may run on a
// worker thread with a connection of its own (MissionStore::open read-only).
BriefingData readBriefingData(core::MissionStore &mission, const BriefingSpec &spec, const BriefingSources &sources);
// The pages as layout input, on the UI thread: each page's own layers made from `data` and put in
// place of the workstation's among `layers` (the visible map layers, top first; `overviewLayers`
// those of the inset).
BriefingRequest briefingRequest(const BriefingData &data, const BriefingSpec &spec, const QList<QgsMapLayer *> &layers,
                                const QList<QgsMapLayer *> &overviewLayers);
// Both at once, on the calling thread.
BriefingRequest briefingRequest(core::MissionStore &mission, const BriefingSpec &spec, const QList<QgsMapLayer *> &layers,
                                const QList<QgsMapLayer *> &overviewLayers);
// The highest marking of the data on any page: the lowest the author may choose.
core::Sensitivity dataMarking(const BriefingRequest &request);

enum class BriefingFormat { Pdf, Png, Printer, Project };
struct BriefingOutput
{
    BriefingFormat format = BriefingFormat::Pdf;
    QString path;               // the file (not for Printer)
    int dpi = 150;              // PNG only
    QPrinter *printer = nullptr; // Printer only, set up by the caller (QPrintDialog, or a PDF-file printer)
};

struct BriefingResult
{
    bool ok = false;
    QString error;
    core::Sensitivity marking = core::Sensitivity::Unclassified;
    qint64 elapsedMs = 0;
};

// Builds the layout in `project` (whose layers the request names), writes it as asked and
// appends one "export" audit row to the mission (who, what file or printer, marking, template,
// pages) unless the mission is read-only. Nothing is audited when the output failed.
BriefingResult produceBriefing(QgsProject *project, core::MissionStore *mission, const BriefingRequest &request, const BriefingOutput &output);

// Prints every page of a layout on a printer the caller has set up.
bool printBriefing(QgsPrintLayout *layout, QPrinter *printer, QString *error);

// A stand-alone QGIS project (.qgz or .qgs) holding copies of the request's layers and the
// briefing layout, with absolute paths. Layers without a file of their own (memory layers, files
// in the temporary folder) are first written beside the project (<name>_data.gpkg, <name>_<layer>.tif)
// so the project still opens once Vigie is closed.
bool exportBriefingProject(const BriefingRequest &request, const QString &path, QString *error);

} // namespace vigie::ui
