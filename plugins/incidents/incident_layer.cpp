// SPDX-License-Identifier: GPL-2.0-or-later
#include "incident_layer.h"

#include "incidents/incident_taxonomy.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgspointclusterrenderer.h>
#include <qgsproperty.h>
#include <qgsexpression.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QLocale>

namespace vigie::plugins {

QString incidentIconPath(const QString &icon) { return QStringLiteral(":/vigie/icons/incidents/%1.svg").arg(icon); }

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
} // namespace

QgsVectorLayer *createIncidentLayer(const QString &missionPath)
{
    QgsDataSourceUri uri;
    uri.setDatabase(missionPath);
    uri.setDataSource(QString(), QStringLiteral("incidents"), QStringLiteral("geom"), QStringLiteral("\"deleted_at_ms\" IS NULL"),
                      QStringLiteral("fid"));
    auto *layer = new QgsVectorLayer(uri.uri(), QCoreApplication::translate("vigie::plugins::IncidentLayer", "Incidents"),
                                     QStringLiteral("spatialite"));
    if (!layer->isValid())
        return layer;
    layer->setReadOnly(true);

    const QString locale = QLocale().name();
    QgsCategoryList categories;
    for (const core::IncidentTaxonomy::Category &c : core::IncidentTaxonomy::builtin().categories())
        categories << QgsRendererCategory(c.id, categorySymbol(c.icon), c.label(locale));
    auto *byCategory = new QgsCategorizedSymbolRenderer(QStringLiteral("category"), categories);
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
    QgsTextFormat format;
    format.setSize(9);
    format.setSizeUnit(QgsUnitTypes::RenderPoints);
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(1);
    buffer.setColor(QColor(255, 255, 255, 220));
    format.setBuffer(buffer);
    s.setFormat(format);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(s));
    layer->setLabelsEnabled(true);
    return layer;
}

} // namespace vigie::plugins
