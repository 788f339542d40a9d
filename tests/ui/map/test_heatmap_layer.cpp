// SPDX-License-Identifier: GPL-2.0-or-later
// The heatmap layer as QGIS renders it: frames of the playing time bar drawn from memory (no file,
// no provider change) look like QGIS's own raster pipeline drawing the same grid from its GeoTIFF,
// reprojected from UTM to the canvas's WGS 84; a frame that stays is written to the layer's source.
#include "heatmap/heatmap_builder.h"
#include "map/heatmap_layer.h"
#include "qgis_test_main.h"
#include "support/test_output.h"

#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsrasterbandstats.h>
#include <qgsrasterdataprovider.h>
#include <qgsrasterlayer.h>
#include <qgsrasterrenderer.h>

#include <QImage>

#include <memory>

using namespace vigie;

namespace {

constexpr qint64 kDay = 86400000;

// The heatmap of incidents around Gao and Ansongo: `shift` moves them east (degrees).
std::shared_ptr<const core::DensityGrid> heatmap(double shift, int epsg = 32630)
{
    std::vector<core::HeatmapIncident> in;
    for (int i = 0; i < 400; ++i) {
        core::HeatmapIncident inc;
        const bool gao = i % 3 != 0;
        inc.lat = (gao ? 16.27 : 15.66) + ((i * 37) % 100 - 50) * 0.002;
        inc.lon = (gao ? -0.04 : 0.50) + ((i * 53) % 100 - 50) * 0.002 + shift;
        inc.timeMs = i * kDay / 100;
        in.push_back(inc);
    }
    core::HeatmapOptions o;
    o.radiusMetres = 8000;
    o.pixelMetres = 500;
    o.targetEpsg = epsg;
    o.gridExtent = core::MapExtent {770000, 1690000, 950000, 1840000};
    if (epsg != 32630)
        o.gridExtent.reset();
    core::HeatmapOutput out;
    if (core::HeatmapBuilder(o).build(in, &out) != core::HeatmapResult::Success)
        return nullptr;
    return std::make_shared<const core::DensityGrid>(std::move(out.grid));
}

QImage render(QgsMapLayer *layer, double dpr = 1.0)
{
    QgsMapSettings ms;
    ms.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")));
    ms.setOutputSize(QSize(640, 480));
    ms.setDevicePixelRatio(float(dpr));
    ms.setExtent(QgsRectangle(-1.2, 14.9, 1.6, 17.1));
    ms.setBackgroundColor(Qt::white);
    ms.setLayers({layer});
    QgsMapRendererSequentialJob job(ms);
    job.start();
    job.waitForFinished();
    return job.renderedImage().convertToFormat(QImage::Format_ARGB32);
}

int coloured(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255);
    return n;
}

// Pixels whose colours differ by more than `tolerance` in a channel.
int differing(const QImage &a, const QImage &b, int tolerance = 24)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance;
        }
    return n;
}

// QGIS's own raster pipeline on the layer's GeoTIFF, with the layer's (legend) renderer.
QImage renderThroughQgis(QgsRasterLayer *layer)
{
    QgsRasterLayer plain(layer->source(), QStringLiteral("plain"), QStringLiteral("gdal"));
    plain.setRenderer(layer->renderer()->clone());
    return render(&plain);
}

} // namespace

class TestHeatmapLayer : public QObject
{
    Q_OBJECT
    ui::HeatmapLayer m_heatmap {QStringLiteral("Threat density")};

  private slots:
    void cleanupTestCase()
    {
        m_heatmap.reset();
        QgsProject::instance()->removeAllMapLayers();
    }

    void settledFrameLooksLikeQgisPipeline()
    {
        const auto grid = heatmap(0);
        QVERIFY(grid && grid->max > 0);
        bool created = false;
        QString error;
        QVERIFY2(m_heatmap.show(grid, true, &error, &created), qPrintable(error));
        QVERIFY(created);
        QgsProject::instance()->addMapLayer(m_heatmap.layer());
        QVERIFY(m_heatmap.sourceIsCurrent());
        QgsRasterLayer *layer = m_heatmap.layer();
        QCOMPARE(layer->crs().authid(), QStringLiteral("EPSG:32630"));
        QCOMPARE(layer->renderer()->type(), QStringLiteral("singlebandpseudocolor"));
        QVERIFY(layer->renderer()->legendSymbologyItems().size() >= 2);
        const QImage mine = render(layer);
        const QImage qgis = renderThroughQgis(layer);
        mine.save(test::outputDir() + QStringLiteral("/heatmap_layer_memory.png"));
        qgis.save(test::outputDir() + QStringLiteral("/heatmap_layer_qgis.png"));
        const int painted = coloured(qgis);
        QVERIFY2(painted > 2000, qPrintable(QString::number(painted)));
        QVERIFY2(std::abs(coloured(mine) - painted) <= painted / 50, qPrintable(QStringLiteral("%1 vs %2").arg(coloured(mine)).arg(painted)));
        // Both sample the grid cell under each pixel; they may pick the neighbouring cell along
        // the cells' edges (QGIS's mesh and sampling differ), nowhere else.
        const int diff = differing(mine, qgis);
        QVERIFY2(diff >= 0 && diff <= painted / 20, qPrintable(QStringLiteral("%1 of %2").arg(diff).arg(painted)));
    }

    void playingFramesAreDrawnFromMemory()
    {
        QgsRasterLayer *layer = m_heatmap.layer();
        QVERIFY(layer);
        const QString source = layer->source();
        const double sourceMax = layer->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max).maximumValue;
        const QImage before = render(layer);
        // The time bar plays: the incidents of the next frame are 0.3 degrees further east.
        const auto moved = heatmap(0.3);
        QVERIFY(moved);
        QString error;
        QVERIFY2(m_heatmap.show(moved, false, &error), qPrintable(error));
        QVERIFY(!m_heatmap.sourceIsCurrent());
        QCOMPARE(layer->source(), source); // no file written, the provider kept
        QCOMPARE(layer->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max).maximumValue, sourceMax);
        const QImage playing = render(layer);
        playing.save(test::outputDir() + QStringLiteral("/heatmap_layer_playing.png"));
        QVERIFY(differing(before, playing) > coloured(before) / 2); // the picture moved
        // It is the picture of the new grid: the same as that grid written and drawn by QGIS.
        QVERIFY(m_heatmap.show(moved, true, &error));
        QVERIFY(m_heatmap.sourceIsCurrent());
        QVERIFY(layer->source() != source);
        QVERIFY(qAbs(layer->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max).maximumValue - moved->max) <= 1e-6 * moved->max);
        const QImage qgis = renderThroughQgis(layer);
        QVERIFY2(differing(playing, qgis) <= coloured(qgis) / 20, qPrintable(QString::number(differing(playing, qgis))));
    }

    void aHighDpiCanvasGetsEveryDevicePixel()
    {
        QgsRasterLayer *layer = m_heatmap.layer();
        const QImage one = render(layer);
        const QImage two = render(layer, 2.0);
        QCOMPARE(two.size(), QSize(1280, 960));
        const int a = coloured(one), b = coloured(two);
        QVERIFY2(std::abs(b - 4 * a) <= a / 10, qPrintable(QStringLiteral("%1 vs 4 x %2").arg(b).arg(a)));
    }

    void anotherLayoutIsWrittenEvenWhilePlaying()
    {
        // A CRS picked while playing: the source follows at once (the layer's CRS and extent).
        const auto mercator = heatmap(0, 3857);
        QVERIFY(mercator);
        QString error;
        QVERIFY(m_heatmap.show(mercator, false, &error));
        QVERIFY(m_heatmap.sourceIsCurrent());
        QCOMPARE(m_heatmap.layer()->crs().authid(), QStringLiteral("EPSG:3857"));
        QVERIFY(coloured(render(m_heatmap.layer())) > 2000);
    }

    void emptyWindowHidesTheLayer()
    {
        QVERIFY(m_heatmap.show(nullptr, false));
        QCOMPARE(m_heatmap.layer()->opacity(), 0.0);
        QCOMPARE(coloured(render(m_heatmap.layer())), 0);
        QVERIFY(m_heatmap.show(heatmap(0), false));
        QCOMPARE(m_heatmap.layer()->opacity(), 1.0);
        QVERIFY(coloured(render(m_heatmap.layer())) > 2000);
    }
};

VIGIE_QGIS_TEST_MAIN(TestHeatmapLayer)
#include "test_heatmap_layer.moc"
