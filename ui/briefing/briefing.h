// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sensitivity.h"

#include <qgsrectangle.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QgsMapLayer;
class QgsMapLayerStore;
class QgsPrintLayout;
class QgsProject;

namespace vigie::ui {

// The shipped print templates (resources/print_templates/<name>.qpt).
enum class BriefingTemplate { A4Landscape, A4Portrait, A3Landscape, A3Portrait };
QString templateName(BriefingTemplate t); // "a4-landscape"
std::optional<BriefingTemplate> templateFromName(const QString &name);
QList<BriefingTemplate> allTemplates();

// The named items every template has; the builder fills them by id.
namespace briefing_ids {
inline const char *const kBannerTop = "classification_top";
inline const char *const kBannerBottom = "classification_bottom";
inline const char *const kTitle = "title";
inline const char *const kSubtitle = "subtitle";
inline const char *const kDtg = "dtg";
inline const char *const kPeriod = "period";
inline const char *const kUnitAuthor = "unit_author";
inline const char *const kNotes = "notes";
inline const char *const kMap = "map";
inline const char *const kOverview = "overview";
inline const char *const kLegend = "legend";
inline const char *const kScaleBar = "scalebar";
inline const char *const kNorth = "north";
inline const char *const kSummary = "summary";   // placeholder rectangle the summary table fills
inline const char *const kGridNote = "grid_note";
} // namespace briefing_ids

struct IncidentSummaryRow
{
    QString category;
    int count = 0;
    int fatalities = 0;
};

// One page: a period, its incident summary and the highest marking of the data shown on it.
struct BriefingPage
{
    QString label; // "last 24 h", or empty
    QDateTime from;
    QDateTime to;
    QList<IncidentSummaryRow> summary;
    core::Sensitivity dataMarking = core::Sensitivity::Unclassified;
    // The layers of this page's map, top first, when they differ from the request's (the
    // incidents of the page's period at the map's scale); empty: the request's.
    QList<QgsMapLayer *> layers;
};

struct BriefingRequest
{
    BriefingTemplate templ = BriefingTemplate::A4Landscape;
    QString title;
    QString subtitle;
    QString unit;
    QString author;
    QString notes;
    QgsRectangle area; // WGS 84 degrees (x = longitude)
    QList<BriefingPage> pages;
    // The author may raise the marking, never lower it below the data's.
    std::optional<core::Sensitivity> requestedMarking;
    QList<QgsMapLayer *> layers;         // the visible layers, top first
    QList<QgsMapLayer *> overviewLayers; // for the inset
    // Owns the layers made for the pages (BriefingPage::layers), shared by the copies of a request.
    std::shared_ptr<QgsMapLayerStore> pageLayerStore;
    QDateTime produced = QDateTime::currentDateTimeUtc();
};

// A page's map layers: its own, else the request's.
const QList<QgsMapLayer *> &pageLayers(const BriefingRequest &request, const BriefingPage &page);

// Where the main map of a briefing of `area` lands on paper: the scale (metres on the ground per
// millimetre) and the extent it shows, in degrees (the area grown to the map item's shape).
struct BriefingMapFrame
{
    double metresPerMm = 0;
    QgsRectangle extent;
};
// nullopt with *error when the template cannot be read or the area cannot be projected.
std::optional<BriefingMapFrame> briefingMapFrame(BriefingTemplate t, const QgsRectangle &area, QString *error = nullptr);

// The marking printed on a page: the data's, or the author's if higher.
core::Sensitivity pageMarking(const BriefingRequest &request, const BriefingPage &page);
// The marking of the whole document: the highest of its pages'.
core::Sensitivity documentMarking(const BriefingRequest &request);

// Builds the print layout from the template (a page per BriefingPage); nullptr with *error.
std::unique_ptr<QgsPrintLayout> buildBriefing(QgsProject *project, const BriefingRequest &request, QString *error);

// A template's layout built from code: the source of the shipped .qpt files.
std::unique_ptr<QgsPrintLayout> createTemplateLayout(QgsProject *project, BriefingTemplate t);
// The .qpt a briefing uses: the user's copy in <AppDataLocation>/print_templates if any, else the shipped one.
QString templatePath(BriefingTemplate t);

bool exportBriefingPdf(QgsPrintLayout *layout, const QString &path, QString *error);
// One PNG per page: path, then path_2.png, path_3.png … (QGIS's naming).
bool exportBriefingPng(QgsPrintLayout *layout, const QString &path, int dpi, QString *error);

} // namespace vigie::ui
