// SPDX-License-Identifier: GPL-2.0-or-later
#include "heatmap/point_loader.h"
#include "heatmap_test_util.h"

#include <gdal_utils.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

class TestPointLoader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text);
        return path;
    }

  private slots:
    void geoJsonWithWeights()
    {
        const QString path = write(QStringLiteral("mixed.geojson"), R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"w": 2, "name": "a"}, "geometry": {"type": "Point", "coordinates": [1.5, 12.0]}},
 {"type": "Feature", "properties": {"w": 3, "name": "b"}, "geometry": {"type": "MultiPoint", "coordinates": [[2.0, 13.0], [3.0, 11.0]]}},
 {"type": "Feature", "properties": {"w": null, "name": "c"}, "geometry": {"type": "Point", "coordinates": [0.5, 12.5]}},
 {"type": "Feature", "properties": {"w": 1, "name": "d"}, "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}},
 {"type": "Feature", "properties": {"w": 1, "name": "e"}, "geometry": null}
]})");
        PointSet set;
        QString error;
        PointLoader::Options o;
        o.weightField = QStringLiteral("w");
        QVERIFY2(PointLoader::load(path, o, &set, &error), qPrintable(error));
        QCOMPARE(set.points.size(), std::size_t(4));
        QCOMPARE(set.skipped, std::size_t(2));
        QCOMPARE(set.epsg, 4326);
        QCOMPARE(set.points[0].weight, 2.0);
        QCOMPARE(set.points[1].weight, 3.0);
        QCOMPARE(set.points[2].weight, 3.0);
        QCOMPARE(set.points[2].x, 3.0);
        QCOMPARE(set.points[3].weight, 0.0); // null weighs nothing, as in QGIS
        QCOMPARE(set.extent.xMin, 0.5);
        QCOMPARE(set.extent.xMax, 3.0);
        QCOMPARE(set.extent.yMin, 11.0);
        QCOMPARE(set.extent.yMax, 13.0);

        QVERIFY(PointLoader::load(path, {}, &set, &error));
        QCOMPARE(set.points[0].weight, 1.0);

        // The same as a GeoPackage (mixed geometries: read through OGR, not the SQLite fast path).
        const QString gpkg = m_dir.filePath(QStringLiteral("mixed.gpkg"));
        {
            GDALDatasetH src = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            QVERIFY(src);
            const char *args[] = {"-f", "GPKG", "-nlt", "GEOMETRY", nullptr};
            GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(const_cast<char **>(args), nullptr);
            GDALDatasetH dst = GDALVectorTranslate(gpkg.toUtf8().constData(), nullptr, 1, &src, opts, nullptr);
            GDALVectorTranslateOptionsFree(opts);
            QVERIFY(dst);
            GDALClose(dst);
            GDALClose(src);
        }
        PointSet fromGpkg;
        o.weightField = QStringLiteral("w");
        QVERIFY2(PointLoader::load(gpkg, o, &fromGpkg, &error), qPrintable(error));
        QCOMPARE(fromGpkg.points.size(), std::size_t(4));
        QCOMPARE(fromGpkg.skipped, std::size_t(2));
        QCOMPARE(fromGpkg.points[2].x, 3.0);
        QCOMPARE(fromGpkg.points[3].weight, 0.0);

        o.weightField = QStringLiteral("nope");
        QVERIFY(!PointLoader::load(path, o, &set, &error));
        QVERIFY(error.contains(QLatin1String("nope")));
    }

    void geoPackage()
    {
        const QString path = m_dir.filePath(QStringLiteral("p.gpkg"));
        const auto pts = vigie::test::randomPoints(50, 400000, 1500000, 1000, 1000, 9);
        QCOMPARE(vigie::test::writeGeoPackage(path, pts, 32630), QString());
        PointSet set;
        QString error;
        PointLoader::Options o;
        o.weightField = QStringLiteral("weight");
        o.layerName = QStringLiteral("points");
        QVERIFY2(PointLoader::load(path, o, &set, &error), qPrintable(error));
        QCOMPARE(set.epsg, 32630);
        QVERIFY(set.crsWkt.contains(QLatin1String("UTM")));
        QCOMPARE(set.points.size(), pts.size());
        for (std::size_t i = 0; i < pts.size(); ++i) {
            QCOMPARE(set.points[i].x, pts[i].x);
            QCOMPARE(set.points[i].y, pts[i].y);
            QCOMPARE(set.points[i].weight, pts[i].weight);
        }
        // A null geometry and a null weight, through the fast path.
        {
            GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
            QVERIFY(ds);
            GDALDatasetExecuteSQL(ds, "UPDATE points SET weight = NULL WHERE fid = 2", nullptr, nullptr);
            GDALDatasetExecuteSQL(ds, "UPDATE points SET geom = NULL WHERE fid = 3", nullptr, nullptr);
            GDALClose(ds);
        }
        QVERIFY2(PointLoader::load(path, o, &set, &error), qPrintable(error));
        QCOMPARE(set.points.size(), pts.size() - 1);
        QCOMPARE(set.skipped, std::size_t(1));
        QCOMPARE(set.points[1].weight, 0.0);
        QCOMPARE(set.points[2].x, pts[3].x);
        o.layerName = QStringLiteral("other");
        QVERIFY(!PointLoader::load(path, o, &set, &error));
    }

    void missingFile()
    {
        PointSet set;
        QString error;
        QVERIFY(!PointLoader::load(m_dir.filePath(QStringLiteral("none.gpkg")), {}, &set, &error));
        QVERIFY(!error.isEmpty());
        const QString junk = write(QStringLiteral("junk.txt"), "not a vector file\x01\x02");
        QVERIFY(!PointLoader::load(junk, {}, &set, &error));
    }
};

QTEST_GUILESS_MAIN(TestPointLoader)
#include "test_point_loader.moc"
