// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotation_layer.h"

#include <qgsarrowsymbollayer.h>
#include <qgsdatasourceuri.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedlabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QDir>

namespace vigie::plugins {

namespace {
const QString kStroke = QStringLiteral("set_color_part(\"stroke_color\", 'alpha', 255 * \"stroke_opacity\")");
const QString kFill = QStringLiteral("set_color_part(\"fill_color\", 'alpha', 255 * \"fill_opacity\")");

QgsSymbol *symbolMarker()
{
    auto *svg = new QgsSvgMarkerSymbolLayer(symbolPath(QStringLiteral("checkpoint")), 24);
    svg->setSizeUnit(QgsUnitTypes::RenderPixels);
    svg->setDataDefinedProperty(QgsSymbolLayer::PropertyName,
                                QgsProperty::fromExpression(QStringLiteral("':/vigie/symbols/' || \"symbol_name\" || '.svg'")));
    svg->setDataDefinedProperty(QgsSymbolLayer::PropertySize, QgsProperty::fromField(QStringLiteral("symbol_size")));
    return new QgsMarkerSymbol({svg});
}

QgsSymbol *textAnchor()
{
    // Text is drawn by the labels; the anchor is invisible.
    auto *dot = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 1);
    dot->setColor(Qt::transparent);
    dot->setStrokeStyle(Qt::NoPen);
    return new QgsMarkerSymbol({dot});
}

QgsSymbol *plainLine()
{
    auto *line = new QgsSimpleLineSymbolLayer(Qt::red, 2);
    line->setWidthUnit(QgsUnitTypes::RenderPixels);
    line->setPenCapStyle(Qt::RoundCap);
    line->setPenJoinStyle(Qt::RoundJoin);
    line->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromExpression(kStroke));
    line->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeWidth, QgsProperty::fromField(QStringLiteral("stroke_width")));
    return new QgsLineSymbol({line});
}

QgsSymbol *arrowLine()
{
    auto *arrow = new QgsArrowSymbolLayer();
    arrow->setIsCurved(false);
    arrow->setIsRepeated(false);
    arrow->setHeadType(QgsArrowSymbolLayer::HeadSingle);
    arrow->setArrowType(QgsArrowSymbolLayer::ArrowPlain);
    arrow->setArrowWidthUnit(QgsUnitTypes::RenderPixels);
    arrow->setArrowStartWidthUnit(QgsUnitTypes::RenderPixels);
    arrow->setHeadLengthUnit(QgsUnitTypes::RenderPixels);
    arrow->setHeadThicknessUnit(QgsUnitTypes::RenderPixels);
    arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowWidth, QgsProperty::fromField(QStringLiteral("stroke_width")));
    arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowStartWidth, QgsProperty::fromField(QStringLiteral("stroke_width")));
    arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowHeadLength,
                                  QgsProperty::fromExpression(QStringLiteral("3 * \"stroke_width\" + 8")));
    arrow->setDataDefinedProperty(QgsSymbolLayer::PropertyArrowHeadThickness,
                                  QgsProperty::fromExpression(QStringLiteral("1.5 * \"stroke_width\" + 5")));
    auto *fill = new QgsSimpleFillSymbolLayer(Qt::red, Qt::SolidPattern, Qt::white, Qt::SolidLine, 0.6);
    fill->setStrokeWidthUnit(QgsUnitTypes::RenderPixels);
    fill->setStrokeWidth(1);
    fill->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromExpression(kStroke));
    arrow->setSubSymbol(new QgsFillSymbol({fill}));
    return new QgsLineSymbol({arrow});
}

QgsSymbol *area()
{
    auto *fill = new QgsSimpleFillSymbolLayer(Qt::red, Qt::SolidPattern, Qt::red, Qt::SolidLine, 2);
    fill->setStrokeWidthUnit(QgsUnitTypes::RenderPixels);
    fill->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromExpression(kFill));
    fill->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromExpression(kStroke));
    fill->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeWidth, QgsProperty::fromField(QStringLiteral("stroke_width")));
    return new QgsFillSymbol({fill});
}

QgsPalLayerSettings labelSettings(QgsPalLayerSettings::Placement placement)
{
    QgsPalLayerSettings s;
    s.fieldName = QStringLiteral("label_text");
    s.placement = placement;
    QgsTextFormat format;
    format.setSizeUnit(QgsUnitTypes::RenderPoints);
    format.setSize(10);
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(1.2);
    buffer.setColor(QColor(255, 255, 255, 220));
    format.setBuffer(buffer);
    s.setFormat(format);
    QgsPropertyCollection &dd = s.dataDefinedProperties();
    dd.setProperty(QgsPalLayerSettings::Family, QgsProperty::fromField(QStringLiteral("font_family")));
    dd.setProperty(QgsPalLayerSettings::Size, QgsProperty::fromField(QStringLiteral("font_size")));
    dd.setProperty(QgsPalLayerSettings::Color, QgsProperty::fromField(QStringLiteral("stroke_color")));
    s.dist = 2;
    s.distUnits = QgsUnitTypes::RenderPixels;
    return s;
}
} // namespace

QString symbolPath(const QString &name) { return QStringLiteral(":/vigie/symbols/%1.svg").arg(name); }

QStringList symbolNames()
{
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/vigie/symbols")).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name))
        out += f.chopped(4);
    return out;
}

QString symbolLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("team_site"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Team site")},
        {QStringLiteral("checkpoint"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Checkpoint")},
        {QStringLiteral("roadblock"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Roadblock")},
        {QStringLiteral("idp_camp"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "IDP camp")},
        {QStringLiteral("ied"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "IED")},
        {QStringLiteral("ambush"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Ambush")},
        {QStringLiteral("armed_group_position"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Armed group position")},
        {QStringLiteral("helicopter_landing_site"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Helicopter landing site")},
        {QStringLiteral("river_crossing"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "River crossing")},
        {QStringLiteral("medical_facility"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Medical facility")},
        {QStringLiteral("water_point"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Water point")},
        {QStringLiteral("observation_post"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Observation post")},
        {QStringLiteral("bridge"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Bridge")},
        {QStringLiteral("airfield"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Airfield")},
        {QStringLiteral("market"), QT_TRANSLATE_NOOP("vigie::plugins::Symbols", "Market")},
    };
    const char *label = labels.value(name);
    return label ? QCoreApplication::translate("vigie::plugins::Symbols", label) : name;
}

QList<QgsVectorLayer *> createAnnotationLayers(const QString &missionPath)
{
    struct Shape
    {
        QString column;
        QString name;
    };
    // Bottom to top: areas, lines, points.
    const Shape shapes[] = {{QStringLiteral("area_geom"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Annotations — areas")},
                            {QStringLiteral("line_geom"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Annotations — lines")},
                            {QStringLiteral("point_geom"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Annotations — points")}};
    QList<QgsVectorLayer *> out;
    for (const Shape &shape : shapes) {
        QgsDataSourceUri uri;
        uri.setDatabase(missionPath);
        uri.setDataSource(QString(), QStringLiteral("annotations"), shape.column,
                          QStringLiteral("deleted_at_ms IS NULL AND \"%1\" IS NOT NULL").arg(shape.column), QStringLiteral("fid"));
        auto *layer = new QgsVectorLayer(uri.uri(), shape.name, QStringLiteral("spatialite"));
        out << layer;
        if (!layer->isValid())
            continue;
        layer->setReadOnly(true); // every write goes through the repository, never through QGIS editing
        auto *root = new QgsRuleBasedRenderer::Rule(nullptr);
        const auto rule = [root](QgsSymbol *symbol, const QString &filter, const QString &label) {
            root->appendChild(new QgsRuleBasedRenderer::Rule(symbol, 0, 0, filter, label));
        };
        auto *labelRoot = new QgsRuleBasedLabeling::Rule(nullptr);
        const auto labels = [labelRoot](QgsPalLayerSettings::Placement placement, const QString &filter) {
            labelRoot->appendChild(new QgsRuleBasedLabeling::Rule(new QgsPalLayerSettings(labelSettings(placement)), 0, 0, filter));
        };
        if (shape.column == QLatin1String("area_geom")) {
            rule(area(), QString(), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Areas and circles"));
            labels(QgsPalLayerSettings::OverPoint, QString());
        } else if (shape.column == QLatin1String("line_geom")) {
            rule(arrowLine(), QStringLiteral("\"kind\" = 'arrow'"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Arrows"));
            rule(plainLine(), QStringLiteral("\"kind\" <> 'arrow'"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Lines and range rings"));
            labels(QgsPalLayerSettings::Line, QString());
        } else {
            rule(symbolMarker(), QStringLiteral("\"kind\" = 'symbol'"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Symbols"));
            rule(textAnchor(), QStringLiteral("\"kind\" = 'text'"), QCoreApplication::translate("vigie::plugins::AnnotationLayer", "Text"));
            labels(QgsPalLayerSettings::OverPoint, QStringLiteral("\"kind\" = 'text'"));
            labels(QgsPalLayerSettings::AroundPoint, QStringLiteral("\"kind\" = 'symbol'"));
        }
        layer->setRenderer(new QgsRuleBasedRenderer(root));
        layer->setLabeling(new QgsRuleBasedLabeling(labelRoot));
        layer->setLabelsEnabled(true);
    }
    return out;
}

} // namespace vigie::plugins
