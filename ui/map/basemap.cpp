// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/basemap.h"

#include <cpl_string.h>
#include <gdal.h>

#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgspallabeling.h>
#include <qgsrasterlayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace vigie::ui {

namespace {

struct GdalCloser
{
    void operator()(void *ds) const { GDALClose(ds); }
};
} // namespace

QString worldMapPath()
{
    const QString env = qEnvironmentVariable("VIGIE_WORLD_MAP");
    return env.isEmpty() ? QStringLiteral(VIGIE_WORLD_MAP) : env;
}

QString seaColorName() { return QStringLiteral("#d7e3ea"); }

QList<QgsMapLayer *> createWorldBasemap(QString *error)
{
    const QString path = worldMapPath();
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Basemap", "The offline world map %1 is missing (package qgis-common).").arg(path);
        return {};
    }
    QList<QgsMapLayer *> out;

    auto *countries = new QgsVectorLayer(path + QStringLiteral("|layername=countries"), QCoreApplication::translate("vigie::ui::Basemap", "Countries"), QStringLiteral("ogr"));
    countries->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(
        {{QStringLiteral("color"), QStringLiteral("242,239,230")},
         {QStringLiteral("outline_color"), QStringLiteral("140,140,140")},
         {QStringLiteral("outline_width"), QStringLiteral("0.3")}})));
    QgsPalLayerSettings label;
    label.fieldName = QStringLiteral("NAME");
    QgsTextFormat format;
    format.setColor(QColor(110, 110, 110));
    format.setSize(8);
    label.setFormat(format);
    label.scaleVisibility = true;
    label.maximumScale = 0;
    label.minimumScale = 60000000; // only once the map shows a region, not the whole world
    countries->setLabeling(new QgsVectorLayerSimpleLabeling(label));
    countries->setLabelsEnabled(true);

    auto *provinces = new QgsVectorLayer(path + QStringLiteral("|layername=states_provinces"), QCoreApplication::translate("vigie::ui::Basemap", "Admin-1 boundaries"), QStringLiteral("ogr"));
    provinces->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(
        {{QStringLiteral("style"), QStringLiteral("no")},
         {QStringLiteral("outline_color"), QStringLiteral("180,175,165")},
         {QStringLiteral("outline_width"), QStringLiteral("0.15")},
         {QStringLiteral("outline_style"), QStringLiteral("dash")}})));
    provinces->setScaleBasedVisibility(true);
    provinces->setMinimumScale(40000000);
    provinces->setMaximumScale(0);

    auto *disputed = new QgsVectorLayer(path + QStringLiteral("|layername=disputed_borders"), QCoreApplication::translate("vigie::ui::Basemap", "Disputed borders"), QStringLiteral("ogr"));
    disputed->setRenderer(new QgsSingleSymbolRenderer(QgsLineSymbol::createSimple(
        {{QStringLiteral("line_color"), QStringLiteral("160,110,110")},
         {QStringLiteral("line_width"), QStringLiteral("0.3")},
         {QStringLiteral("line_style"), QStringLiteral("dot")}})));

    for (QgsVectorLayer *l : {countries, provinces, disputed}) {
        if (!l->isValid()) {
            if (error)
                *error = QCoreApplication::translate("vigie::ui::Basemap", "The offline world map %1 could not be read.").arg(path);
            qDeleteAll(out);
            delete l;
            return {};
        }
        out << l;
    }
    return out;
}

QList<BasemapSource> probeBasemapFile(const QString &path, QString *error)
{
    QList<BasemapSource> out;
    std::unique_ptr<void, GdalCloser> ds(GDALOpenEx(path.toUtf8().constData(),
                                                    GDAL_OF_RASTER | GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                    nullptr, nullptr, nullptr));
    if (!ds) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Basemap", "%1 is not a map file GDAL can read: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()));
        return out;
    }
    const QString base = QFileInfo(path).completeBaseName();
    char **subdatasets = GDALGetMetadata(ds.get(), "SUBDATASETS");
    if (subdatasets && CSLCount(subdatasets) > 0) {
        // Several tile pyramids or rasters in one file (e.g. a GeoPackage with two tile tables).
        for (int i = 1;; ++i) {
            const char *name = CSLFetchNameValue(subdatasets, QStringLiteral("SUBDATASET_%1_NAME").arg(i).toUtf8().constData());
            if (!name)
                break;
            const char *desc = CSLFetchNameValue(subdatasets, QStringLiteral("SUBDATASET_%1_DESC").arg(i).toUtf8().constData());
            out << BasemapSource{desc ? QString::fromUtf8(desc) : base, QString::fromUtf8(name), QStringLiteral("gdal")};
        }
    } else if (GDALGetRasterCount(ds.get()) > 0) {
        out << BasemapSource{base, path, QStringLiteral("gdal")};
    }
    const int layers = GDALDatasetGetLayerCount(ds.get());
    for (int i = 0; i < layers; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds.get(), i);
        const QString name = QString::fromUtf8(OGR_L_GetName(layer));
        // GeoPackage keeps QGIS styles in a plain table: not a map layer.
        if (name == QLatin1String("layer_styles") || OGR_L_GetGeomType(layer) == wkbNone)
            continue;
        out << BasemapSource{layers == 1 ? base : base + QStringLiteral(" — ") + name,
                             path + QStringLiteral("|layername=") + name, QStringLiteral("ogr")};
    }
    if (out.isEmpty() && error)
        *error = QCoreApplication::translate("vigie::ui::Basemap", "%1 has no raster or vector layer to show.").arg(path);
    return out;
}

QgsMapLayer *createBasemapLayer(const BasemapSource &source, QString *error)
{
    QgsMapLayer *layer = nullptr;
    if (source.provider == QLatin1String("gdal"))
        layer = new QgsRasterLayer(source.uri, source.name, QStringLiteral("gdal"));
    else
        layer = new QgsVectorLayer(source.uri, source.name, QStringLiteral("ogr"));
    if (!layer->isValid()) {
        if (error)
            *error = QCoreApplication::translate("vigie::ui::Basemap", "%1 could not be opened as a map layer.").arg(source.uri);
        delete layer;
        return nullptr;
    }
    return layer;
}

} // namespace vigie::ui
