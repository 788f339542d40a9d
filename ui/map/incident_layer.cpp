// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/incident_layer.h"

#include "map/layer_kind.h"

#include "incidents/incident_taxonomy.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgspointclusterrenderer.h>
#include <qgsproperty.h>
#include <qgsexpression.h>
#include <qgsfeature.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace vigie::ui {

QString incidentIconPath(const QString &icon) { return QStringLiteral(":/vigie/icons/incidents/%1.svg").arg(icon); }

bool isIncidentLayer(const QgsMapLayer *layer)
{
    return layerKind(layer) == QLatin1String("incidents");
}

bool showsIncidents(const QgsMapLayer *layer)
{
    if (!layer)
        return false;
    const QString kind = layerKind(layer);
    return kind == QLatin1String("incidents") || kind == QLatin1String("incident-grid");
}

QString incidentSubset(qint64 fromMs, qint64 toMs, const QString &condition)
{
    const QString window = QStringLiteral("\"deleted_at_ms\" IS NULL AND \"time_ms\" BETWEEN %1 AND %2").arg(fromMs).arg(toMs);
    return condition.isEmpty() ? window : window + QStringLiteral(" AND ") + condition;
}

namespace {
QgsMarkerSymbol *categorySymbol(const QString &icon)
{
    auto *svg = new QgsSvgMarkerSymbolLayer(incidentIconPath(icon), 18);
    svg->setSizeUnit(QgsUnitTypes::RenderPixels);
    // Severity 1 … 5 → 14 … 30 px: the worst incidents stand out.
    svg->setDataDefinedProperty(QgsSymbolLayer::PropertySize,
                                QgsProperty::fromExpression(QStringLiteral("10 + 4 * coalesce(\"severity\", 3)")));
    return new QgsMarkerSymbol({svg});
}

// A dark disc sized by the count, the count in white on it.
QgsMarkerSymbol *clusterSymbol()
{
    auto *disc = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 5, 0, Qgis::ScaleMethod::ScaleDiameter,
                                                QColor(120, 24, 24, 230), Qt::white);
    disc->setStrokeWidth(0.4);
    disc->setDataDefinedProperty(QgsSymbolLayer::PropertySize,
                                 QgsProperty::fromExpression(QStringLiteral("min(4.5 + 1.3 * ln(@cluster_size), 11)")));
    auto *count = new QgsFontMarkerSymbolLayer(QStringLiteral("Sans Serif"), QString(), 2.6, Qt::white);
    count->setFontStyle(QStringLiteral("Bold"));
    count->setDataDefinedProperty(QgsSymbolLayer::PropertyCharacter, QgsProperty::fromExpression(QStringLiteral("@cluster_size")));
    return new QgsMarkerSymbol({disc, count});
}

// "armed_clash" → "Armed clash" in the user's language, as an expression for the labels.
QString categoryLabelExpression(const QString &locale)
{
    QString e = QStringLiteral("CASE");
    for (const core::IncidentTaxonomy::Category &c : core::IncidentTaxonomy::builtin().categories())
        e += QStringLiteral(" WHEN \"category\" = %1 THEN %2").arg(QgsExpression::quotedString(c.id), QgsExpression::quotedString(c.label(locale)));
    return e + QStringLiteral(" ELSE \"category\" END");
}
QgsCategoryList categoryList(const std::function<QgsMarkerSymbol *(const QString &icon)> &symbol)
{
    const QString locale = QLocale().name();
    QgsCategoryList categories;
    for (const core::IncidentTaxonomy::Category &c : core::IncidentTaxonomy::builtin().categories())
        categories << QgsRendererCategory(c.id, symbol(c.icon), c.label(locale));
    return categories;
}

QgsTextFormat labelFormat(double size, QgsUnitTypes::RenderUnit unit, bool bold)
{
    QgsTextFormat format;
    if (bold) {
        QFont f = format.font();
        f.setBold(true);
        format.setFont(f);
    }
    format.setSize(size);
    format.setSizeUnit(unit);
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(bold ? 0.6 : 1);
    buffer.setColor(QColor(255, 255, 255, 220));
    format.setBuffer(buffer);
    return format;
}
} // namespace

QgsVectorLayer *createIncidentLayer(const QString &missionPath)
{
    QgsDataSourceUri uri;
    uri.setDatabase(missionPath);
    uri.setDataSource(QString(), QStringLiteral("incidents"), QStringLiteral("geom"), QStringLiteral("\"deleted_at_ms\" IS NULL"),
                      QStringLiteral("fid"));
    auto *layer = new QgsVectorLayer(uri.uri(), QCoreApplication::translate("vigie::ui::IncidentLayer", "Incidents"),
                                     QStringLiteral("spatialite"));
    if (!layer->isValid())
        return layer;
    layer->setReadOnly(true);
    setLayerKind(layer, QStringLiteral("incidents"));

    const QString locale = QLocale().name();
    auto *byCategory = new QgsCategorizedSymbolRenderer(QStringLiteral("category"), categoryList(categorySymbol));
    auto *cluster = new QgsPointClusterRenderer();
    cluster->setEmbeddedRenderer(byCategory);
    // Points closer than this on screen merge into a counted cluster: at small scales the ~thousands
    // of incidents of a sector become a few readable clusters, at large scales each stands alone.
    cluster->setTolerance(7);
    cluster->setToleranceUnit(QgsUnitTypes::RenderMillimeters);
    cluster->setClusterSymbol(clusterSymbol());
    layer->setRenderer(cluster);

    QgsPalLayerSettings s;
    s.isExpression = true;
    // What happened, and where: "IED / explosive · Ansongo".
    s.fieldName = categoryLabelExpression(locale) + QStringLiteral(" || coalesce(' · ' || \"place_name\", '')");
    s.placement = QgsPalLayerSettings::AroundPoint;
    s.dist = 2;
    s.distUnits = QgsUnitTypes::RenderPixels;
    s.scaleVisibility = true;
    s.minimumScale = 100000; // labels only when zoomed in beyond 1:100 000
    s.maximumScale = 0;
    s.setFormat(labelFormat(9, QgsUnitTypes::RenderPoints, false));
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
    layer->setLabelsEnabled(true);
    return layer;
}

QgsVectorLayer *createIncidentGridLayer(const std::vector<core::IncidentCell> &cells, double cellKm)
{
    const QString name = QCoreApplication::translate("vigie::ui::IncidentLayer", "Incidents per %1 km cell (icon: most frequent category; number: incidents)")
                             .arg(QLocale().toString(cellKm, 'g', 2));
    auto *layer = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4326&field=count:integer&field=category:string(40)&field=severity:integer"
                                                    "&field=fatalities:integer"),
                                     name, QStringLiteral("memory"));
    setLayerKind(layer, QStringLiteral("incident-grid"));
    QgsFeatureList features;
    features.reserve(int(cells.size()));
    for (const core::IncidentCell &c : cells) {
        QgsFeature f(layer->fields());
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(c.lon, c.lat)));
        QgsAttributes values;
        values << c.count << c.category << c.maxSeverity << c.fatalities;
        f.setAttributes(values);
        features << f;
    }
    layer->dataProvider()->addFeatures(features);
    layer->updateExtents();

    // The category's icon, from 3 mm for one incident to 5.5 mm for a hundred and more: small
    // enough to leave room for the count within a cell.
    auto symbol = [](const QString &icon) {
        auto *svg = new QgsSvgMarkerSymbolLayer(incidentIconPath(icon), 4);
        svg->setSizeUnit(QgsUnitTypes::RenderMillimeters);
        svg->setDataDefinedProperty(QgsSymbolLayer::PropertySize,
                                    QgsProperty::fromExpression(QStringLiteral("min(3 + 0.55 * ln(\"count\"), 5.5)")));
        return new QgsMarkerSymbol({svg});
    };
    auto *renderer = new QgsCategorizedSymbolRenderer(QStringLiteral("category"), categoryList(symbol));
    // The biggest cells on top.
    renderer->setOrderBy(QgsFeatureRequest::OrderBy({QgsFeatureRequest::OrderByClause(QStringLiteral("count"), true)}));
    renderer->setOrderByEnabled(true);
    layer->setRenderer(renderer);

    // The count beside the icon, every one of them (a count hidden by a collision would mislead).
    QgsPalLayerSettings s;
    s.isExpression = true;
    s.fieldName = QStringLiteral("CASE WHEN \"count\" > 1 THEN to_string(\"count\") END");
    s.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
    s.dist = 0.3;
    s.distUnits = QgsUnitTypes::RenderMillimeters;
    s.displayAll = true;
    QgsTextFormat format = labelFormat(5.5, QgsUnitTypes::RenderPoints, true);
    format.setColor(QColor(40, 40, 40));
    s.setFormat(format);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
    layer->setLabelsEnabled(true);
    return layer;
}

} // namespace vigie::ui
