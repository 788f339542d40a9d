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
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QLocale>

namespace vigie::plugins {

QString incidentIconPath(const QString &icon) { return QStringLiteral(":/vigie/icons/incidents/%1.svg").arg(icon); }

QString incidentSubset(qint64 fromMs, qint64 toMs)
{
    return QStringLiteral("\"deleted_at_ms\" IS NULL AND \"time_ms\" BETWEEN %1 AND %2").arg(fromMs).arg(toMs);
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
    layer->setRenderer(cluster);

    QgsPalLayerSettings s;
    s.isExpression = true;
    s.fieldName = QStringLiteral("coalesce(\"place_name\", \"category\")");
    s.placement = QgsPalLayerSettings::AroundPoint;
    s.dist = 2;
    s.distUnits = QgsUnitTypes::RenderPixels;
    s.scaleVisibility = true;
    s.minimumScale = 150000; // labels only when zoomed in beyond 1:150 000
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
