// SPDX-License-Identifier: GPL-2.0-or-later
#include "briefing/briefing.h"

#include "map/incident_layer.h"
#include "time/dtg.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoututils.h>
#include <qgslayoutmeasurementconverter.h>
#include <qgslayoutsize.h>
#include <qgslayertreemodellegendnode.h>
#include <qgsmaplayerlegend.h>
#include <qgslegendrenderer.h>
#include <qgsrendercontext.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapgrid.h>
#include <qgslayoutitemmapoverview.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>

#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace vigie::ui {

namespace {


QSizeF pageSize(BriefingTemplate t)
{
    switch (t) {
    case BriefingTemplate::A4Landscape: return {297, 210};
    case BriefingTemplate::A4Portrait: return {210, 297};
    case BriefingTemplate::A3Landscape: return {420, 297};
    case BriefingTemplate::A3Portrait: return {297, 420};
    }
    return {297, 210};
}

QColor markingColor(core::Sensitivity s)
{
    switch (s) {
    case core::Sensitivity::Unclassified: return QColor(0x2e, 0x7d, 0x32);
    case core::Sensitivity::UnRestricted: return QColor(0x15, 0x65, 0xc0);
    case core::Sensitivity::UnConfidential: return QColor(0xe6, 0x51, 0x00);
    case core::Sensitivity::StrictlyConfidential: return QColor(0xb7, 0x1c, 0x1c);
    }
    return Qt::black;
}

QFont font(double pt, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

QgsLayoutItemLabel *addLabel(QgsLayout *layout, const char *id, const QRectF &r, double pt, bool bold = false,
                             Qt::AlignmentFlag align = Qt::AlignLeft)
{
    auto *l = new QgsLayoutItemLabel(layout);
    l->setId(QLatin1String(id));
    l->setFont(font(pt, bold));
    l->setHAlign(align);
    l->setVAlign(Qt::AlignVCenter);
    l->setMarginX(1);
    l->setMarginY(0.5);
    layout->addLayoutItem(l);
    l->attemptSetSceneRect(r);
    return l;
}

template <typename T> T *itemById(const QList<QgsLayoutItem *> &items, const char *id)
{
    for (QgsLayoutItem *i : items)
        if (i->id() == QLatin1String(id))
            if (auto *t = qobject_cast<T *>(i))
                return t;
    return nullptr;
}

QgsCoordinateReferenceSystem utmFor(const QgsRectangle &area)
{
    const QgsPointXY c = area.center();
    const int zone = qBound(1, int(std::floor((c.x() + 180.0) / 6.0)) + 1, 60);
    return QgsCoordinateReferenceSystem(QStringLiteral("EPSG:%1").arg((c.y() >= 0 ? 32600 : 32700) + zone));
}

// A grid interval giving some five to ten lines across the map: 1, 2, 5 × 10^n metres.
double niceInterval(double widthMetres)
{
    const double raw = widthMetres / 7.0;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw)
            return m * p;
    return 10 * p;
}

// The extent grown to the item's shape (width × height), so the whole area shows and nothing is stretched.
QgsRectangle fitToShape(const QgsRectangle &extent, const QSizeF &shape)
{
    QgsRectangle out = extent;
    if (shape.height() <= 0 || extent.height() <= 0)
        return out;
    const double itemRatio = shape.width() / shape.height();
    const double ratio = extent.width() / extent.height();
    const QgsPointXY c = extent.center();
    double w = extent.width(), h = extent.height();
    if (ratio < itemRatio)
        w = h * itemRatio;
    else
        h = w / itemRatio;
    out = QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2);
    return out;
}

QgsRectangle fitToItem(const QgsRectangle &extent, const QgsLayoutItemMap *map) { return fitToShape(extent, map->rect().size()); }

// The size in mm of the template's item `id`, read from the .qpt without building a layout.
std::optional<QSizeF> templateItemSize(const QDomDocument &doc, const char *id)
{
    const QDomNodeList items = doc.elementsByTagName(QStringLiteral("LayoutItem"));
    for (int i = 0; i < items.size(); ++i) {
        const QDomElement e = items.at(i).toElement();
        if (e.attribute(QStringLiteral("id")) != QLatin1String(id))
            continue;
        const QgsLayoutSize size = QgsLayoutSize::decodeSize(e.attribute(QStringLiteral("size")));
        const QgsLayoutSize mm = QgsLayoutMeasurementConverter().convert(size, QgsUnitTypes::LayoutMillimeters);
        if (mm.width() > 0 && mm.height() > 0)
            return mm.toQSizeF();
    }
    return std::nullopt;
}

bool readTemplate(BriefingTemplate t, QDomDocument *doc, QString *path)
{
    *path = templatePath(t);
    QFile file(*path);
    return file.open(QIODevice::ReadOnly) && doc->setContent(&file);
}

// The largest 1, 2 or 5 × 10^n not above x.
double roundNumberAtMost(double x)
{
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= x)
            return m * p;
    return p;
}

// False for a vector layer without a feature in `extent` (in `crs`); true otherwise.
bool hasFeaturesIn(QgsMapLayer *layer, const QgsRectangle &extent, const QgsCoordinateReferenceSystem &crs, QgsProject *project)
{
    auto *vl = qobject_cast<QgsVectorLayer *>(layer);
    if (!vl)
        return true;
    QgsRectangle box;
    try {
        box = QgsCoordinateTransform(crs, vl->crs(), project).transformBoundingBox(extent);
    } catch (const QgsCsException &) {
        return true;
    }
    QgsFeature f;
    return vl->getFeatures(QgsFeatureRequest().setFilterRect(box).setNoAttributes().setLimit(1)).nextFeature(f);
}

// A label broken into lines (at spaces) no wider than `width` mm in `f`; "\n" is the legend's wrap string.
QString wrapLabel(const QString &text, const QFont &f, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && QgsLayoutUtils::textWidthMM(f, candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

// The legend must fit its frame, which keeps its place and size: compact spacing, small symbols,
// labels wrapped to the column width, one to three columns, type from 7.5 down to 5 pt. What is
// measured is what the legend item draws (a QgsLegendRenderer on the same model and settings).
void fitLegend(QgsLayoutItemLegend *legend)
{
    const QRectF frame = legend->rect();
    legend->setResizeToContents(false);
    legend->setSplitLayer(true);
    legend->setEqualColumnWidth(true);
    legend->setWrapString(QStringLiteral("\n"));
    legend->setBoxSpace(1.5);
    legend->setColumnSpace(2);
    legend->setStyleMargin(QgsLegendStyle::Title, QgsLegendStyle::Bottom, 1.2);
    legend->setStyleMargin(QgsLegendStyle::Group, QgsLegendStyle::Top, 1.2);
    legend->setStyleMargin(QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 1.0);
    // Room below a wrapped label, whose last line QGIS 3.22 measures short by about a descent.
    legend->setStyleMargin(QgsLegendStyle::Symbol, QgsLegendStyle::Top, 1.0);
    legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 1.0);
    legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Left, 1.2);

    // The labels as the layers give them, before any wrapping. The wrapped labels are set on the
    // model's nodes themselves (not as user labels by index, which name the unfiltered nodes).
    struct Entry
    {
        QgsLayerTreeLayer *layer;
        QgsLayerTreeModelLegendNode *node; // null: the layer's title
        QString text;
    };
    QgsLayerTree *root = legend->model()->rootGroup();
    QHash<QgsLayerTreeModelLegendNode *, QString> original;
    const auto collect = [&] {
        QList<Entry> entries;
        for (QgsLayerTreeLayer *layer : root->findLayers()) {
            entries.append({layer, nullptr, layer->name()});
            for (QgsLayerTreeModelLegendNode *node : legend->model()->layerLegendNodes(layer)) {
                if (!original.contains(node))
                    original.insert(node, node->data(Qt::DisplayRole).toString());
                entries.append({layer, node, original.value(node)});
            }
        }
        return entries;
    };
    const auto apply = [&](double pt, int columns) {
        legend->setColumnCount(columns);
        legend->setStyleFont(QgsLegendStyle::Title, font(pt + 1.5, true));
        legend->setStyleFont(QgsLegendStyle::Group, font(pt, true));
        legend->setStyleFont(QgsLegendStyle::Subgroup, font(pt, true));
        legend->setStyleFont(QgsLegendStyle::SymbolLabel, font(pt));
        const double symbolHeight = pt * 0.45, symbolWidth = pt * 0.7;
        legend->setSymbolWidth(symbolWidth);
        legend->setSymbolHeight(symbolHeight);
        legend->setMaximumSymbolSize(symbolHeight + 0.6); // the map's big markers small here,
        legend->setMinimumSymbolSize(symbolHeight * 0.9);  // the icons sized in pixels readable
        legend->setLineSpacing(pt * 0.08);
        const double column = (frame.width() - 2 * 1.5 - (columns - 1) * 2.0) / columns;
        for (const Entry &e : collect()) {
            if (!e.node)
                e.layer->setCustomProperty(QStringLiteral("legend/title-label"), wrapLabel(e.text, font(pt, true), column - 0.5));
            else
                e.node->setUserLabel(wrapLabel(e.text, font(pt), column - symbolWidth - 1.2 - 0.5));
        }
    };
    QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout(legend->layout(), nullptr);
    const auto fits = [&] {
        QgsLegendRenderer renderer(legend->model(), legend->legendSettings());
        const QSizeF need = renderer.minimumSize(&context);
        return need.height() <= frame.height() && need.width() <= frame.width();
    };
    // Type as large as the summary table's (7.5 pt on A4, more on A3), smaller only to fit.
    const QSizeF page = legend->layout()->pageCollection()->page(0)->pageSize().toQSizeF();
    const bool a3 = std::max(page.width(), page.height()) > 400;
    for (double pt : {9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0}) {
        if (pt > (a3 ? 9.0 : 7.5))
            continue;
        for (int columns = 1; columns <= 3; ++columns) {
            apply(pt, columns);
            if (fits()) {
                legend->refresh();
                return;
            }
        }
    }
    // Still too much at 5 pt in three columns (dozens of layers): entries are left out from the
    // bottom up (the basemap's first, then the last categories of the layer above) and the title
    // says how many, rather than the frame cutting them off unannounced.
    const QString title = legend->title();
    int hidden = 0;
    while (!fits()) {
        const QList<QgsLayerTreeLayer *> layers = root->findLayers();
        if (layers.isEmpty())
            break;
        QgsLayerTreeLayer *last = layers.last();
        const QList<QgsLayerTreeModelLegendNode *> shownNodes = legend->model()->layerLegendNodes(last);
        for (QgsLayerTreeModelLegendNode *node : shownNodes)
            original.remove(node); // rebuilt below; a new node may take an old one's address
        if (shownNodes.size() > 1) {
            QList<int> order = QgsMapLayerLegendUtils::hasLegendNodeOrder(last) ? QgsMapLayerLegendUtils::legendNodeOrder(last) : QList<int>();
            if (order.isEmpty())
                for (int n = 0; n < legend->model()->layerOriginalLegendNodes(last).size(); ++n)
                    order.append(n);
            order.removeLast();
            QgsMapLayerLegendUtils::setLegendNodeOrder(last, order);
            legend->model()->refreshLayerLegend(last);
        } else {
            root->removeChildNode(last);
        }
        ++hidden;
        legend->setTitle(QCoreApplication::translate("vigie::ui::Briefing", "%1 (%n more not shown)", nullptr, hidden).arg(title));
        apply(5.0, 3);
    }
    legend->refresh();
}

QString formatPeriod(const BriefingPage &page)
{
    return QCoreApplication::translate("vigie::ui::Briefing", "Period %1 – %2").arg(core::toDtg(page.from), core::toDtg(page.to));
}

} // namespace

QString templateName(BriefingTemplate t)
{
    switch (t) {
    case BriefingTemplate::A4Landscape: return QStringLiteral("a4-landscape");
    case BriefingTemplate::A4Portrait: return QStringLiteral("a4-portrait");
    case BriefingTemplate::A3Landscape: return QStringLiteral("a3-landscape");
    case BriefingTemplate::A3Portrait: return QStringLiteral("a3-portrait");
    }
    return QString();
}

QList<BriefingTemplate> allTemplates()
{
    return {BriefingTemplate::A4Landscape, BriefingTemplate::A4Portrait, BriefingTemplate::A3Landscape, BriefingTemplate::A3Portrait};
}

std::optional<BriefingTemplate> templateFromName(const QString &name)
{
    for (BriefingTemplate t : allTemplates())
        if (templateName(t) == name)
            return t;
    return std::nullopt;
}

const QList<QgsMapLayer *> &pageLayers(const BriefingRequest &request, const BriefingPage &page)
{
    return page.layers.isEmpty() ? request.layers : page.layers;
}

std::optional<BriefingMapFrame> briefingMapFrame(BriefingTemplate t, const QgsRectangle &area, QString *error)
{
    QString path;
    QDomDocument doc;
    if (!readTemplate(t, &doc, &path)) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Briefing", "The print template %1 cannot be read.").arg(path);
        return std::nullopt;
    }
    const std::optional<QSizeF> mapSize = templateItemSize(doc, briefing_ids::kMap);
    if (!mapSize) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Briefing", "The print template %1 lacks the item \"%2\".").arg(path, QLatin1String(briefing_ids::kMap));
        return std::nullopt;
    }
    const QgsCoordinateReferenceSystem wgs84(QStringLiteral("EPSG:4326"));
    const QgsCoordinateReferenceSystem utm = utmFor(area);
    try {
        const QgsCoordinateTransform toUtm(wgs84, utm, QgsProject::instance()->transformContext());
        const QgsRectangle fitted = fitToShape(toUtm.transformBoundingBox(area), *mapSize);
        BriefingMapFrame frame;
        frame.metresPerMm = fitted.width() / mapSize->width();
        frame.extent = toUtm.transformBoundingBox(fitted, Qgis::TransformDirection::Reverse);
        return frame;
    } catch (const QgsCsException &) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Briefing", "The briefing area cannot be projected to UTM.");
        return std::nullopt;
    }
}

core::Sensitivity pageMarking(const BriefingRequest &request, const BriefingPage &page)
{
    return request.requestedMarking ? core::maxSensitivity(*request.requestedMarking, page.dataMarking) : page.dataMarking;
}

core::Sensitivity documentMarking(const BriefingRequest &request)
{
    core::Sensitivity s = request.requestedMarking.value_or(core::Sensitivity::Unclassified);
    for (const BriefingPage &p : request.pages)
        s = core::maxSensitivity(s, pageMarking(request, p));
    return s;
}

QString templatePath(BriefingTemplate t)
{
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/print_templates/") + templateName(t) + QStringLiteral(".qpt");
    if (QFileInfo::exists(user))
        return user;
    return QStringLiteral(":/vigie/print_templates/") + templateName(t) + QStringLiteral(".qpt");
}

std::unique_ptr<QgsPrintLayout> createTemplateLayout(QgsProject *project, BriefingTemplate t)
{
    auto layout = std::make_unique<QgsPrintLayout>(project);
    layout->initializeDefaults();
    const QSizeF size = pageSize(t);
    layout->pageCollection()->page(0)->setPageSize(QgsLayoutSize(size.width(), size.height()));
    layout->setName(templateName(t));
    const double W = size.width(), H = size.height(), m = 8;
    const bool landscape = W > H;
    const bool a3 = std::max(W, H) > 400;
    const double k = a3 ? 1.25 : 1.0; // type grows a little on A3

    for (const char *id : {briefing_ids::kBannerTop, briefing_ids::kBannerBottom}) {
        const bool top = QLatin1String(id) == QLatin1String(briefing_ids::kBannerTop);
        QgsLayoutItemLabel *b = addLabel(layout.get(), id, QRectF(m, top ? m : H - m - 7, W - 2 * m, 7), 11 * k, true, Qt::AlignHCenter);
        b->setText(QStringLiteral("CLASSIFICATION"));
        b->setBackgroundEnabled(true);
        b->setBackgroundColor(markingColor(core::Sensitivity::UnRestricted));
        b->setFontColor(Qt::white);
    }
    // Header: title and subtitle on the left, DTG, period and unit on the right; in portrait the
    // title has the whole width and the rest goes one line down.
    const double headerW = landscape ? W - 2 * m - 95 * k : W - 2 * m;
    const double right = landscape ? m + 9 : m + 9 + 10 * k;
    addLabel(layout.get(), briefing_ids::kTitle, QRectF(m, m + 9, headerW, 9 * k), 16 * k, true)->setText(QStringLiteral("Title"));
    addLabel(layout.get(), briefing_ids::kSubtitle, QRectF(m, m + 9 + 9.5 * k, W - 2 * m - 95 * k, 6 * k), 10 * k)->setText(QStringLiteral("Subtitle"));
    const double rx = W - m - 95 * k;
    addLabel(layout.get(), briefing_ids::kDtg, QRectF(rx, right, 95 * k, 5 * k), 9 * k, true, Qt::AlignRight)->setText(QStringLiteral("DTG"));
    addLabel(layout.get(), briefing_ids::kPeriod, QRectF(rx, right + 5 * k, 95 * k, 5 * k), 9 * k, false, Qt::AlignRight)->setText(QStringLiteral("Period"));
    addLabel(layout.get(), briefing_ids::kUnitAuthor, QRectF(rx, right + 10 * k, 95 * k, 5 * k), 8 * k, false, Qt::AlignRight)->setText(QStringLiteral("Unit / author"));

    const double y0 = right + 17 * k;
    const double y1 = H - m - 9;
    QRectF mapRect, overviewRect, legendRect, summaryRect, notesRect;
    if (landscape) {
        const double c = a3 ? 100 : 78;
        mapRect = QRectF(m, y0, W - 2 * m - c - 5, y1 - y0 - 9);
        const double x = W - m - c;
        // The legend gets what the inset, the table and a few lines of notes leave.
        overviewRect = QRectF(x, y0, c, c * 0.5);
        summaryRect = QRectF(x, overviewRect.bottom() + 2, c, a3 ? 62 : 42);
        const double notesH = a3 ? 24 : 13;
        legendRect = QRectF(x, summaryRect.bottom() + 2, c, y1 - summaryRect.bottom() - 2 - notesH - 2);
        notesRect = QRectF(x, legendRect.bottom() + 2, c, notesH);
    } else {
        mapRect = QRectF(m, y0, W - 2 * m, (y1 - y0) * 0.6);
        const double y2 = mapRect.bottom() + 10;
        const double col = (W - 2 * m - 8) / 3.0;
        overviewRect = QRectF(m, y2, col, col * 0.7);
        notesRect = QRectF(m, overviewRect.bottom() + 3, col, y1 - overviewRect.bottom() - 3);
        legendRect = QRectF(m + col + 4, y2, col, y1 - y2);
        summaryRect = QRectF(m + 2 * (col + 4), y2, col, y1 - y2);
    }

    auto *map = new QgsLayoutItemMap(layout.get());
    map->setId(QLatin1String(briefing_ids::kMap));
    map->setFrameEnabled(true);
    layout->addLayoutItem(map);
    map->attemptSetSceneRect(mapRect);
    // A map item keeps its height in step with its extent's shape: an empty extent would save a
    // height of NaN into the template.
    map->setExtent(QgsRectangle(0, 0, mapRect.width(), mapRect.height()));

    auto *overview = new QgsLayoutItemMap(layout.get());
    overview->setId(QLatin1String(briefing_ids::kOverview));
    overview->setFrameEnabled(true);
    layout->addLayoutItem(overview);
    overview->attemptSetSceneRect(overviewRect);
    overview->setExtent(QgsRectangle(0, 0, overviewRect.width(), overviewRect.height()));

    auto *legend = new QgsLayoutItemLegend(layout.get());
    legend->setId(QLatin1String(briefing_ids::kLegend));
    legend->setTitle(QStringLiteral("Legend"));
    legend->setResizeToContents(false);
    legend->setFrameEnabled(true);
    legend->setBackgroundEnabled(true);
    layout->addLayoutItem(legend);
    legend->attemptSetSceneRect(legendRect);

    auto *summary = new QgsLayoutItemShape(layout.get());
    summary->setId(QLatin1String(briefing_ids::kSummary));
    summary->setShapeType(QgsLayoutItemShape::Rectangle);
    layout->addLayoutItem(summary);
    summary->attemptSetSceneRect(summaryRect);

    QgsLayoutItemLabel *notes = addLabel(layout.get(), briefing_ids::kNotes, notesRect, 8 * k);
    notes->setVAlign(Qt::AlignTop);
    notes->setText(QStringLiteral("Notes"));

    auto *scale = new QgsLayoutItemScaleBar(layout.get());
    scale->setId(QLatin1String(briefing_ids::kScaleBar));
    scale->setStyle(QStringLiteral("Single Box"));
    layout->addLayoutItem(scale);
    scale->attemptSetSceneRect(QRectF(m, mapRect.bottom() + 1.5, 70 * k, 7));

    addLabel(layout.get(), briefing_ids::kGridNote, QRectF(m + 75 * k, mapRect.bottom() + 2, mapRect.width() - 75 * k, 5), 7 * k,
             false, Qt::AlignRight)
        ->setText(QStringLiteral("Grid"));

    auto *north = new QgsLayoutItemPicture(layout.get());
    north->setId(QLatin1String(briefing_ids::kNorth));
    north->setPicturePath(QStringLiteral(VIGIE_QGIS_PREFIX "/share/qgis/svg/arrows/NorthArrow_02.svg"));
    north->setBackgroundEnabled(true);
    north->setBackgroundColor(QColor(255, 255, 255, 220));
    layout->addLayoutItem(north);
    // Inside the map, clear of the grid labels written along its edges (6.5 pt, within 5 mm).
    north->attemptSetSceneRect(QRectF(mapRect.right() - 7 - 12 * k, mapRect.top() + 9, 12 * k, 12 * k));
    return layout;
}

std::unique_ptr<QgsPrintLayout> buildBriefing(QgsProject *project, const BriefingRequest &request, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    if (request.pages.isEmpty())
        return fail(QCoreApplication::translate("vigie::ui::Briefing", "A briefing needs at least one period."));
    if (request.area.isEmpty() || !request.area.isFinite())
        return fail(QCoreApplication::translate("vigie::ui::Briefing", "The briefing area is empty."));
    QString path;
    QDomDocument doc;
    if (!readTemplate(request.templ, &doc, &path))
        return fail(QCoreApplication::translate("vigie::ui::Briefing", "The print template %1 cannot be read.").arg(path));

    auto layout = std::make_unique<QgsPrintLayout>(project);
    QgsReadWriteContext context;
    context.setPathResolver(project->pathResolver());
    QList<QList<QgsLayoutItem *>> pageItems;
    bool ok = false;
    pageItems << layout->loadFromTemplate(doc, context, true, &ok);
    if (!ok)
        return fail(QCoreApplication::translate("vigie::ui::Briefing", "The print template %1 is not a QGIS layout template.").arg(path));
    const QgsLayoutSize size = layout->pageCollection()->page(0)->pageSize();
    for (int i = 1; i < request.pages.size(); ++i) {
        auto *page = new QgsLayoutItemPage(layout.get());
        page->setPageSize(size);
        layout->pageCollection()->addPage(page);
        QList<QgsLayoutItem *> items = layout->addItemsFromXml(doc.documentElement(), doc, context);
        for (QgsLayoutItem *item : items)
            item->attemptMove(item->positionWithUnits(), true, false, i);
        pageItems << items;
    }

    const QgsCoordinateReferenceSystem wgs84(QStringLiteral("EPSG:4326"));
    const QgsCoordinateReferenceSystem utm = utmFor(request.area);
    QgsRectangle utmExtent;
    try {
        utmExtent = QgsCoordinateTransform(wgs84, utm, project).transformBoundingBox(request.area);
    } catch (const QgsCsException &) {
        return fail(QCoreApplication::translate("vigie::ui::Briefing", "The briefing area cannot be projected to UTM."));
    }
    const QString zoneName = utm.description();
    const QString missing = QCoreApplication::translate("vigie::ui::Briefing", "The print template %1 lacks the item \"%2\".");

    for (int i = 0; i < request.pages.size(); ++i) {
        const BriefingPage &page = request.pages[i];
        const QList<QgsLayoutItem *> &items = pageItems[i];
        const core::Sensitivity marking = pageMarking(request, page);

        for (const char *id : {briefing_ids::kBannerTop, briefing_ids::kBannerBottom}) {
            auto *banner = itemById<QgsLayoutItemLabel>(items, id);
            if (!banner)
                return fail(missing.arg(path, QLatin1String(id)));
            banner->setText(core::sensitivityToString(marking));
            banner->setBackgroundColor(markingColor(marking));
            banner->setFontColor(Qt::white);
        }
        auto setText = [&](const char *id, const QString &text) {
            if (auto *l = itemById<QgsLayoutItemLabel>(items, id))
                l->setText(text);
        };
        setText(briefing_ids::kTitle, request.title);
        setText(briefing_ids::kSubtitle, page.label.isEmpty() ? request.subtitle
                                                              : (request.subtitle.isEmpty() ? page.label : request.subtitle + QStringLiteral(" — ") + page.label));
        setText(briefing_ids::kDtg, QCoreApplication::translate("vigie::ui::Briefing", "Produced %1").arg(core::toDtg(request.produced)));
        setText(briefing_ids::kPeriod, formatPeriod(page));
        QStringList who;
        if (!request.unit.isEmpty())
            who << request.unit;
        if (!request.author.isEmpty())
            who << request.author;
        setText(briefing_ids::kUnitAuthor, who.join(QStringLiteral(" · ")));
        setText(briefing_ids::kNotes, request.notes.isEmpty() ? QString() : QCoreApplication::translate("vigie::ui::Briefing", "Notes: %1").arg(request.notes));

        auto *map = itemById<QgsLayoutItemMap>(items, briefing_ids::kMap);
        if (!map)
            return fail(missing.arg(path, QLatin1String(briefing_ids::kMap)));
        map->setCrs(utm);
        const QList<QgsMapLayer *> &layers = pageLayers(request, page);
        map->setLayers(layers);
        map->setKeepLayerSet(true);
        map->setExtent(fitToItem(utmExtent, map));
        map->setIsTemporal(true);
        map->setTemporalRange(QgsDateTimeRange(page.from, page.to));
        map->grids()->removeGrid(QString()); // none in the template; keep this idempotent
        auto *grid = new QgsLayoutItemMapGrid(QCoreApplication::translate("vigie::ui::Briefing", "MGRS grid"), map);
        grid->setCrs(utm);
        const double interval = niceInterval(map->extent().width());
        grid->setIntervalX(interval);
        grid->setIntervalY(interval);
        grid->setGridLineColor(QColor(60, 60, 60, 150));
        grid->setGridLineWidth(0.15);
        grid->setAnnotationEnabled(true);
        grid->setAnnotationFormat(QgsLayoutItemMapGrid::CustomFormat);
        // MGRS labels: the kilometre digits within the 100 km square, as on military maps. Squares of
        // 100 km or more would all read "00": then the labels are the full UTM kilometres.
        const bool mgrsDigits = interval < 100000;
        grid->setAnnotationExpression(mgrsDigits ? QStringLiteral("lpad(to_string(floor(@grid_number / 1000) % 100), 2, '0')")
                                                 : QStringLiteral("to_string(floor(@grid_number / 1000))"));
        QgsTextFormat gridText;
        gridText.setFont(font(6.5));
        gridText.setSize(6.5);
        grid->setAnnotationTextFormat(gridText);
        for (auto side : {QgsLayoutItemMapGrid::Left, QgsLayoutItemMapGrid::Right, QgsLayoutItemMapGrid::Top, QgsLayoutItemMapGrid::Bottom}) {
            grid->setAnnotationPosition(QgsLayoutItemMapGrid::InsideMapFrame, side);
            grid->setAnnotationDirection(QgsLayoutItemMapGrid::Horizontal, side);
            // Eastings along the top and bottom, northings along the sides: no pair of labels
            // collides in a corner.
            const bool horizontalEdge = side == QgsLayoutItemMapGrid::Top || side == QgsLayoutItemMapGrid::Bottom;
            grid->setAnnotationDisplay(horizontalEdge ? QgsLayoutItemMapGrid::LongitudeOnly : QgsLayoutItemMapGrid::LatitudeOnly, side);
        }
        grid->setFrameStyle(QgsLayoutItemMapGrid::NoFrame);
        map->grids()->addGrid(grid);
        setText(briefing_ids::kGridNote,
                mgrsDigits ? QCoreApplication::translate("vigie::ui::Briefing", "Grid: MGRS / %1, %2 km squares").arg(zoneName, QString::number(interval / 1000.0))
                           : QCoreApplication::translate("vigie::ui::Briefing", "Grid: %1, labels in km, %2 km squares").arg(zoneName, QString::number(interval / 1000.0)));

        if (auto *overview = itemById<QgsLayoutItemMap>(items, briefing_ids::kOverview)) {
            overview->setCrs(wgs84);
            overview->setLayers(request.overviewLayers);
            overview->setKeepLayerSet(true);
            QgsRectangle wide = request.area;
            wide.scale(6.0);
            overview->setExtent(fitToItem(wide, overview));
            overview->overview()->setLinkedMap(map);
            overview->overview()->setEnabled(true);
        }
        if (auto *legend = itemById<QgsLayoutItemLegend>(items, briefing_ids::kLegend)) {
            legend->setTitle(QCoreApplication::translate("vigie::ui::Briefing", "Legend"));
            legend->setLinkedMap(map);
            legend->setAutoUpdateModel(false);
            QgsLayerTree *root = legend->model()->rootGroup();
            root->clear();
            // The legend of the layers with something on this page's map only (one feature asked
            // of each vector layer, through its spatial index: no drawing).
            for (QgsMapLayer *l : layers)
                if (hasFeaturesIn(l, map->extent(), map->crs(), project))
                    root->addLayer(l);
            // The incident categories: those counted in the area and period, from the summary.
            // No filter by map, which would draw every feature once more to test what is visible.
            QSet<QString> present;
            for (const IncidentSummaryRow &r : page.summary)
                present.insert(r.category);
            legend->setLegendFilterByMapEnabled(false);
            for (QgsLayerTreeLayer *node : root->findLayers()) {
                legend->model()->refreshLayerLegend(node); // the nodes are made on demand
                if (!showsIncidents(node->layer()))
                    continue;
                const QList<QgsLayerTreeModelLegendNode *> nodes = legend->model()->layerOriginalLegendNodes(node);
                QList<int> keep;
                for (int n = 0; n < nodes.size(); ++n)
                    if (present.contains(nodes[n]->data(Qt::DisplayRole).toString()))
                        keep.append(n);
                QgsMapLayerLegendUtils::setLegendNodeOrder(node, keep); // none when no incident is in the area and period
                legend->model()->refreshLayerLegend(node);
            }
            fitLegend(legend);
        }
        if (auto *scale = itemById<QgsLayoutItemScaleBar>(items, briefing_ids::kScaleBar)) {
            scale->setLinkedMap(map);
            scale->setUnits(QgsUnitTypes::DistanceKilometers);
            scale->setUnitLabel(QStringLiteral("km"));
            scale->setNumberOfSegments(4);
            scale->setNumberOfSegmentsLeft(0);
            // Four segments spanning some 60 mm of paper, each a round number of kilometres.
            const double mmPerKm = map->rect().width() / (map->extent().width() / 1000.0);
            const double segmentKm = roundNumberAtMost(15.0 / mmPerKm);
            scale->setUnitsPerSegment(segmentKm);
            scale->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFixed);
            scale->setHeight(1.8);
            QgsTextFormat scaleText;
            scaleText.setFont(font(7));
            scaleText.setSize(7);
            scale->setTextFormat(scaleText);
            scale->attemptResize(QgsLayoutSize(70, 7));
            scale->update();
        }
        if (auto *north = itemById<QgsLayoutItemPicture>(items, briefing_ids::kNorth))
            north->setLinkedMap(map);

        auto *placeholder = itemById<QgsLayoutItemShape>(items, briefing_ids::kSummary);
        if (!placeholder)
            return fail(missing.arg(path, QLatin1String(briefing_ids::kSummary)));
        auto *table = new QgsLayoutItemManualTable(layout.get());
        layout->addMultiFrame(table);
        auto *frame = new QgsLayoutFrame(layout.get(), table);
        frame->setId(QLatin1String(briefing_ids::kSummary) + QStringLiteral("_table"));
        frame->attemptSetSceneRect(placeholder->sceneBoundingRect());
        table->addFrame(frame);
        QgsTextFormat header;
        header.setFont(font(7.5, true));
        header.setSize(7.5);
        QgsTextFormat content;
        content.setFont(font(7.5));
        content.setSize(7.5);
        table->setHeaderTextFormat(header);
        table->setContentTextFormat(content);
        table->setIncludeTableHeader(true);
        table->setHeaders({QgsLayoutTableColumn(QCoreApplication::translate("vigie::ui::Briefing", "Incidents in area and period")), QgsLayoutTableColumn(QCoreApplication::translate("vigie::ui::Briefing", "Count")),
                           QgsLayoutTableColumn(QCoreApplication::translate("vigie::ui::Briefing", "Killed"))});
        // Every row must fit the frame (a table cut short would lose its total): the categories
        // beyond what fits are summed in one "Other categories" row.
        table->setCellMargin(0.7);
        const QRectF box = placeholder->sceneBoundingRect();
        const double rowMm = 7.5 * 25.4 / 72.0 * 1.25 + 2 * 0.7 + 0.5;
        const int fitting = std::max(3, int(box.height() / rowMm) - 2); // less the header and the total
        const double numberMm = 13;
        QgsLayoutTableColumns widths = table->headers();
        if (widths.size() == 3) {
            widths[0].setWidth(std::max(20.0, box.width() - 2 * numberMm - 6 * 0.7 - 2));
            widths[1].setWidth(numberMm);
            widths[2].setWidth(numberMm);
            table->setHeaders(widths);
        }
        QgsTableContents rows;
        int total = 0, killed = 0, otherCount = 0, otherKilled = 0;
        for (int r = 0; r < page.summary.size(); ++r) {
            const IncidentSummaryRow &row = page.summary[r];
            total += row.count;
            killed += row.fatalities;
            if (r < fitting - 1 || page.summary.size() <= fitting) {
                rows.append({QgsTableCell(row.category), QgsTableCell(row.count), QgsTableCell(row.fatalities)});
            } else {
                otherCount += row.count;
                otherKilled += row.fatalities;
            }
        }
        if (otherCount > 0)
            rows.append({QgsTableCell(QCoreApplication::translate("vigie::ui::Briefing", "Other categories")), QgsTableCell(otherCount),
                         QgsTableCell(otherKilled)});
        if (page.summary.isEmpty())
            rows.append({QgsTableCell(QCoreApplication::translate("vigie::ui::Briefing", "No incidents")), QgsTableCell(0), QgsTableCell(0)});
        else
            rows.append({QgsTableCell(QCoreApplication::translate("vigie::ui::Briefing", "Total")), QgsTableCell(total), QgsTableCell(killed)});
        table->setTableContents(rows);
        layout->removeLayoutItem(placeholder);
    }
    layout->setName(request.title.isEmpty() ? QCoreApplication::translate("vigie::ui::Briefing", "Briefing") : request.title);
    return layout;
}

bool exportBriefingPdf(QgsPrintLayout *layout, const QString &path, QString *error)
{
    QgsLayoutExporter exporter(layout);
    QgsLayoutExporter::PdfExportSettings s;
    s.dpi = 300;
    s.rasterizeWholeImage = false;
    s.forceVectorOutput = true;
    s.appendGeoreference = true;
    s.exportMetadata = true;
    s.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
    const QgsLayoutExporter::ExportResult r = exporter.exportToPdf(path, s);
    if (r != QgsLayoutExporter::Success) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Briefing", "Could not write the PDF %1 (error %2).").arg(path).arg(int(r));
        return false;
    }
    return true;
}

bool exportBriefingPng(QgsPrintLayout *layout, const QString &path, int dpi, QString *error)
{
    QgsLayoutExporter exporter(layout);
    QgsLayoutExporter::ImageExportSettings s;
    s.dpi = dpi;
    const QgsLayoutExporter::ExportResult r = exporter.exportToImage(path, s);
    if (r != QgsLayoutExporter::Success) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Briefing", "Could not write the image %1 (error %2).").arg(path).arg(int(r));
        return false;
    }
    return true;
}

} // namespace vigie::ui
