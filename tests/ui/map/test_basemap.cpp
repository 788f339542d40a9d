// SPDX-License-Identifier: GPL-2.0-or-later
// Offline basemaps of every kind a camp has on a USB stick, made here with GDAL.
#include "map/basemap.h"
#include "qgis_test_main.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <qgsmaplayer.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace vigie;

namespace {
// A 256 x 256 RGB GeoTIFF over Gao.
QString makeTiff(const QString &path)
{
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 256, 256, 3, GDT_Byte, nullptr);
    double gt[6] = {-0.5, 1.0 / 256, 0, 16.8, 0, -1.0 / 256};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, "EPSG:4326");
    std::vector<unsigned char> buf(256 * 256);
    for (int i = 0; i < 256 * 256; ++i)
        buf[i] = static_cast<unsigned char>(i % 251);
    for (int b = 1; b <= 3; ++b)
        if (GDALRasterIO(GDALGetRasterBand(ds, b), GF_Write, 0, 0, 256, 256, buf.data(), 256, 256, GDT_Byte, 0, 0) != CE_None)
            qWarning("test basemap: band %d not written", b);
    GDALClose(ds);
    return path;
}

bool copyAs(const QString &src, const QString &dst, const char *driver, const QStringList &options = {})
{
    GDALDatasetH in = GDALOpen(src.toUtf8().constData(), GA_ReadOnly);
    std::vector<QByteArray> keep;
    std::vector<char *> opts;
    for (const QString &o : options) {
        keep.push_back(o.toUtf8());
        opts.push_back(keep.back().data());
    }
    opts.push_back(nullptr);
    GDALDatasetH out = GDALCreateCopy(GDALGetDriverByName(driver), dst.toUtf8().constData(), in, FALSE, opts.data(), nullptr, nullptr);
    GDALClose(in);
    if (!out)
        return false;
    GDALClose(out);
    return true;
}
} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_tiff;

  private slots:
    void initTestCase() { m_tiff = makeTiff(m_dir.filePath(QStringLiteral("gao.tif"))); }

    void worldMap()
    {
        QString error;
        const QList<QgsMapLayer *> layers = ui::createWorldBasemap(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(layers.size(), 3);
        for (QgsMapLayer *l : layers)
            QVERIFY(l->isValid());
        QVERIFY(qobject_cast<QgsVectorLayer *>(layers[0])->featureCount() > 150); // countries
        qDeleteAll(layers);
    }

    void missingWorldMapIsExplained()
    {
        qputenv("VIGIE_WORLD_MAP", "/nonexistent/world_map.gpkg");
        QString error;
        QVERIFY(ui::createWorldBasemap(&error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("qgis-common")));
        qunsetenv("VIGIE_WORLD_MAP");
    }

    void geoTiff()
    {
        QString error;
        const auto sources = ui::probeBasemapFile(m_tiff, &error);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].provider, QStringLiteral("gdal"));
        std::unique_ptr<QgsMapLayer> layer(ui::createBasemapLayer(sources[0], &error));
        QVERIFY(layer && layer->isValid());
    }

    void mbtiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("gao.mbtiles"));
        QVERIFY(copyAs(m_tiff, path, "MBTiles"));
        QString error;
        const auto sources = ui::probeBasemapFile(path, &error);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].provider, QStringLiteral("gdal"));
        std::unique_ptr<QgsMapLayer> layer(ui::createBasemapLayer(sources[0], &error));
        QVERIFY2(layer && layer->isValid(), qPrintable(error));
        QCOMPARE(layer->crs().authid(), QStringLiteral("EPSG:3857"));
    }

    void geopackageWithTwoTilePyramids()
    {
        const QString path = m_dir.filePath(QStringLiteral("maps.gpkg"));
        QVERIFY(copyAs(m_tiff, path, "GPKG", {QStringLiteral("RASTER_TABLE=scan_50k")}));
        QVERIFY(copyAs(m_tiff, path, "GPKG", {QStringLiteral("RASTER_TABLE=scan_200k"), QStringLiteral("APPEND_SUBDATASET=YES")}));
        QString error;
        const auto sources = ui::probeBasemapFile(path, &error);
        QCOMPARE(sources.size(), 2);
        for (const ui::BasemapSource &s : sources) {
            QCOMPARE(s.provider, QStringLiteral("gdal"));
            std::unique_ptr<QgsMapLayer> layer(ui::createBasemapLayer(s, &error));
            QVERIFY2(layer && layer->isValid(), qPrintable(s.uri));
        }
    }

    void vectorFile()
    {
        // The world map itself is a vector GeoPackage: three layers, the style table skipped.
        QString error;
        const auto sources = ui::probeBasemapFile(ui::worldMapPath(), &error);
        QCOMPARE(sources.size(), 3);
        for (const ui::BasemapSource &s : sources) {
            QCOMPARE(s.provider, QStringLiteral("ogr"));
            QVERIFY(!s.uri.contains(QStringLiteral("layer_styles")));
        }
    }

    void notAMap()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("patrol notes, not a map\n");
        f.close();
        QString error;
        QVERIFY(ui::probeBasemapFile(path, &error).isEmpty());
        QVERIFY(error.contains(path));
        QVERIFY(ui::probeBasemapFile(m_dir.filePath(QStringLiteral("missing.tif")), &error).isEmpty());
    }
};

VIGIE_QGIS_TEST_MAIN(TestBasemap)
#include "test_basemap.moc"
