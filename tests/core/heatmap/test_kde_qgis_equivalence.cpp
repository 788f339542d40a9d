// SPDX-License-Identifier: GPL-2.0-or-later
// Vigie's KDE against QGIS's own (qgis_process run qgis:heatmapkerneldensityestimation): same grid
// size, origin and pixel size, and every pixel within 1e-4 of the maximum, for each QGIS kernel.
#include "heatmap/density_grid.h"
#include "heatmap/kde_engine.h"
#include "heatmap/point_loader.h"
#include "heatmap_test_util.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie::core;

Q_DECLARE_METATYPE(vigie::core::KdeKernel)
Q_DECLARE_METATYPE(vigie::core::KdeOutputScaling)

class TestKdeQgisEquivalence : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_qgisProcess;
    QString m_gpkg;

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_qgisProcess = vigie::test::findQgisProcess();
        if (m_qgisProcess.isEmpty())
            QFAIL("qgis_process not found: install the Debian package \"qgis\" (see packaging/debian-deps.txt).");
        // A few hundred points in UTM 30N (metres), clustered and scattered, with weights.
        auto pts = vigie::test::randomPoints(250, 400000, 1500000, 20000, 15000, 7);
        auto cluster = vigie::test::randomPoints(150, 408000, 1506000, 1500, 1000, 8);
        pts.insert(pts.end(), cluster.begin(), cluster.end());
        m_gpkg = m_dir.filePath(QStringLiteral("points.gpkg"));
        QCOMPARE(vigie::test::writeGeoPackage(m_gpkg, pts, 32630), QString());
    }

    void matchesQgis_data()
    {
        QTest::addColumn<KdeKernel>("kernel");
        QTest::addColumn<KdeOutputScaling>("scaling");
        QTest::addColumn<double>("radius");
        QTest::addColumn<double>("pixel");
        QTest::addColumn<double>("decay");
        QTest::addColumn<bool>("weighted");
        // Radii that are not whole pixels exercise QGIS's rounding of the block size.
        QTest::newRow("quartic raw") << KdeKernel::Quartic << KdeOutputScaling::Raw << 1000.0 << 100.0 << 0.0 << false;
        QTest::newRow("triangular raw") << KdeKernel::Triangular << KdeOutputScaling::Raw << 600.0 << 40.0 << 0.0 << false;
        QTest::newRow("triangular scaled decay") << KdeKernel::Triangular << KdeOutputScaling::Scaled << 1234.5 << 97.3 << 0.25 << true;
        QTest::newRow("uniform raw weighted") << KdeKernel::Uniform << KdeOutputScaling::Raw << 850.0 << 110.0 << 0.0 << true;
        QTest::newRow("triweight scaled") << KdeKernel::Triweight << KdeOutputScaling::Scaled << 1500.0 << 120.0 << 0.0 << false;
        QTest::newRow("epanechnikov scaled weighted") << KdeKernel::Epanechnikov << KdeOutputScaling::Scaled << 777.7 << 50.0 << 0.0 << true;
    }

    void matchesQgis()
    {
        QFETCH(KdeKernel, kernel);
        QFETCH(KdeOutputScaling, scaling);
        QFETCH(double, radius);
        QFETCH(double, pixel);
        QFETCH(double, decay);
        QFETCH(bool, weighted);
        KdeParameters p;
        p.kernel = kernel;
        p.scaling = scaling;
        p.radius = radius;
        p.pixelSize = pixel;
        p.decayRatio = decay;

        const QString tif = m_dir.filePath(QStringLiteral("qgis_%1.tif").arg(int(kernel)));
        const QString failure = vigie::test::runQgisHeatmap(m_qgisProcess, m_gpkg, p, weighted, tif);
        if (!failure.isEmpty())
            QFAIL(qPrintable(failure));
        QString error;
        const DensityGrid q = DensityGrid::readRaster(tif, &error);
        QVERIFY2(!q.isEmpty(), qPrintable(error));

        PointSet set;
        PointLoader::Options opts;
        if (weighted)
            opts.weightField = QStringLiteral("weight");
        QVERIFY2(PointLoader::load(m_gpkg, opts, &set, &error), qPrintable(error));
        QCOMPARE(set.points.size(), std::size_t(400));
        QCOMPARE(set.epsg, 32630);
        KdeEngine engine(p);
        QCOMPARE(engine.prepare(set.extent), KdeResult::Success);
        for (const auto &pt : set.points)
            QCOMPARE(engine.add(pt), KdeResult::Success);
        QCOMPARE(engine.finish(), KdeResult::Success);
        const DensityGrid &v = engine.grid();

        QCOMPARE(v.width, q.width);
        QCOMPARE(v.height, q.height);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::abs(v.geoTransform[i] - q.geoTransform[i]) <= 1e-6,
                     qPrintable(QStringLiteral("geotransform[%1]: %2 vs QGIS %3").arg(i).arg(v.geoTransform[i], 0, 'f', 6).arg(q.geoTransform[i], 0, 'f', 6)));
        QVERIFY(q.max > 0);
        const double tol = 1e-4 * double(q.max);
        double worst = 0;
        int worstCol = 0, worstRow = 0;
        for (int r = 0; r < q.height; ++r)
            for (int c = 0; c < q.width; ++c) {
                const double d = std::abs(double(v.value(c, r)) - double(q.value(c, r)));
                if (d > worst) {
                    worst = d;
                    worstCol = c;
                    worstRow = r;
                }
            }
        QVERIFY2(worst <= tol, qPrintable(QStringLiteral("pixel (%1, %2): Vigie %3, QGIS %4, max %5")
                                              .arg(worstCol).arg(worstRow)
                                              .arg(double(v.value(worstCol, worstRow)), 0, 'g', 9)
                                              .arg(double(q.value(worstCol, worstRow)), 0, 'g', 9)
                                              .arg(double(q.max), 0, 'g', 9)));
        QVERIFY(std::abs(v.max - q.max) <= tol);
    }
};

QTEST_GUILESS_MAIN(TestKdeQgisEquivalence)
#include "test_kde_qgis_equivalence.moc"
