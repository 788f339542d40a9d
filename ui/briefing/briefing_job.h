// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "briefing/briefing.h"
#include "geo/geo_types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// The pages (with their incident summaries and data markings) and everything else buildBriefing
// needs. `layers` are the visible map layers, top first; `overviewLayers` those of the inset.
// An incident layer among `layers` (isIncidentLayer) is replaced on each page by the incidents of
// that page's period: one by one up to 2,000 on the map, else summed per 10 mm grid cell.
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
