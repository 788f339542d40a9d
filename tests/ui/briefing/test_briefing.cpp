// SPDX-License-Identifier: GPL-2.0-or-later
// Briefings as a planner gets them: real templates, real QGIS layout export, the PDF parsed back.
#include "support/test_output.h"
#include "briefing/briefing.h"
#include "briefing/briefing_job.h"
#include "alerts/alert_evaluation.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/hotspot_finder.h"
#include "incidents/incident_importer.h"
#include "map/basemap.h"
#include "map/heatmap_layer.h"
#include "map/incident_layer.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "qgis_test_main.h"

#include <qgslayertree.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoututils.h>
#include <qgslegendrenderer.h>
#include <qgsrendercontext.h>
#include <qgsgeometry.h>
#include <qgsprintlayout.h>
#include <qgsrasterdataprovider.h>
#include <qgsrasterlayer.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace vigie;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
using test::outputDir;
} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QList<QgsMapLayer *> m_world;

    ui::BriefingRequest request(int pages = 1)
    {
        ui::BriefingRequest r;
        r.title = QStringLiteral("Sector East — weekly threat picture");
        r.subtitle = QStringLiteral("Gao, Ansongo, Ménaka");
        r.unit = QStringLiteral("JOC Gao");
        r.author = QStringLiteral("Capt. Diallo");
        r.notes = QStringLiteral("Convoy routes under review.");
        r.area = QgsRectangle(-1.0, 15.5, 1.5, 17.0);
        const QDateTime end(QDate(2026, 11, 22), QTime(15, 30), Qt::UTC);
        for (int i = 0; i < pages; ++i) {
            ui::BriefingPage p;
            p.to = end;
            p.from = end.addDays(-(i == 0 ? 1 : i == 1 ? 7 : 30));
            p.label = QStringLiteral("page %1").arg(i + 1);
            r.pages << p;
        }
        QList<QgsMapLayer *> topFirst;
        for (auto it = m_world.crbegin(); it != m_world.crend(); ++it)
            topFirst << *it;
        r.layers = topFirst;
        r.overviewLayers = {m_world.front()};
        return r;
    }

  private slots:
    void initTestCase()
    {
        QString error;
        m_world = ui::createWorldBasemap(&error);
        QVERIFY2(!m_world.isEmpty(), qPrintable(error));
        for (QgsMapLayer *l : m_world)
            QgsProject::instance()->addMapLayer(l);
    }

    void shippedTemplatesHaveEveryItem()
    {
        for (ui::BriefingTemplate t : ui::allTemplates()) {
            QFile f(ui::templatePath(t));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray xml = f.readAll();
            for (const char *id : {ui::briefing_ids::kBannerTop, ui::briefing_ids::kBannerBottom, ui::briefing_ids::kTitle,
                                   ui::briefing_ids::kDtg, ui::briefing_ids::kMap, ui::briefing_ids::kOverview,
                                   ui::briefing_ids::kLegend, ui::briefing_ids::kScaleBar, ui::briefing_ids::kNorth,
                                   ui::briefing_ids::kSummary, ui::briefing_ids::kPeriod})
                QVERIFY2(xml.contains(QByteArray("id=\"") + id + "\""), qPrintable(ui::templateName(t) + QStringLiteral(": ") + QLatin1String(id)));
        }
    }

    void pdfHasBannerTitleDtgLegend()
    {
        ui::BriefingRequest r = request();
        r.pages[0].summary = {{QStringLiteral("Armed clash"), 4, 7}, {QStringLiteral("IED / explosive"), 2, 1}};
        r.pages[0].dataMarking = core::Sensitivity::UnRestricted;
        QString error;
        auto layout = ui::buildBriefing(QgsProject::instance(), r, &error);
        QVERIFY2(layout, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        QVERIFY2(ui::exportBriefingPdf(layout.get(), pdf, &error), qPrintable(error));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Sector East — weekly threat picture")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("UN RESTRICTED")), 2);
        QVERIFY(text.contains(QStringLiteral("221530ZNOV26")));
        QVERIFY(text.contains(QStringLiteral("Countries")));
        QVERIFY(text.contains(QStringLiteral("Armed clash")));
        QVERIFY(text.contains(QStringLiteral("JOC Gao")));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("842 x 595")) || info.contains(QStringLiteral("841.89 x 595.276")), qPrintable(info));

        // The map is drawn: its middle is not paper-white.
        const QString png = outputDir() + QStringLiteral("/briefing_a4_landscape.png");
        QVERIFY2(ui::exportBriefingPng(layout.get(), png, 100, &error), qPrintable(error));
        const QImage img(png);
        QVERIFY(!img.isNull());
        QgsLayoutItemMap *map = nullptr;
        QList<QgsLayoutItemMap *> maps;
        layout->layoutItems(maps);
        for (QgsLayoutItemMap *m : maps)
            if (m->id() == QLatin1String("map"))
                map = m;
        QVERIFY(map);
        const QRectF mm = map->sceneBoundingRect();
        const double px = 100 / 25.4;
        int nonWhite = 0, samples = 0;
        for (double x = mm.left() + 5; x < mm.right() - 5; x += 7)
            for (double y = mm.top() + 5; y < mm.bottom() - 5; y += 7) {
                ++samples;
                if (img.pixelColor(int(x * px), int(y * px)) != QColor(Qt::white))
                    ++nonWhite;
            }
        QVERIFY2(nonWhite > samples * 0.8, qPrintable(QStringLiteral("%1 of %2").arg(nonWhite).arg(samples)));
    }

    // Dozens of layers cannot fit the legend's frame even at 5 pt in three columns: the bottom
    // entries are left out and the title says how many, instead of the frame cutting them off.
    void crowdedLegendSaysWhatItLeavesOut()
    {
        ui::BriefingRequest r = request();
        QList<QgsMapLayer *> extra;
        for (int i = 0; i < 70; ++i) {
            auto *l = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4326"), QStringLiteral("Patrol sector report layer number %1").arg(i + 1),
                                         QStringLiteral("memory"));
            QgsFeature f;
            f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(0.2 + i * 0.01, 16.2)));
            QgsFeatureList features{f};
            l->dataProvider()->addFeatures(features);
            extra << l;
        }
        QgsProject::instance()->addMapLayers(extra);
        r.layers = extra + r.layers;
        QString error;
        auto layout = ui::buildBriefing(QgsProject::instance(), r, &error);
        QVERIFY2(layout, qPrintable(error));
        QList<QgsLayoutItemLegend *> legends;
        layout->layoutItems(legends);
        QCOMPARE(legends.size(), 1);
        QgsLayoutItemLegend *legend = legends.first();
        QVERIFY2(legend->title().contains(QStringLiteral("more not shown")), qPrintable(legend->title()));
        QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout(layout.get(), nullptr);
        QgsLegendRenderer renderer(legend->model(), legend->legendSettings());
        const QSizeF need = renderer.minimumSize(&context);
        QVERIFY2(need.height() <= legend->rect().height() && need.width() <= legend->rect().width(),
                 qPrintable(QStringLiteral("%1 x %2 in %3 x %4").arg(need.width()).arg(need.height()).arg(legend->rect().width()).arg(legend->rect().height())));
        // The top layers are the ones kept.
        const QList<QgsLayerTreeLayer *> kept = legend->model()->rootGroup()->findLayers();
        QVERIFY(kept.size() > 10 && kept.size() < 70);
        QCOMPARE(kept.first()->layer(), extra.first());
        const QString pdf = m_dir.filePath(QStringLiteral("crowded.pdf"));
        QVERIFY(ui::exportBriefingPdf(layout.get(), pdf, &error));
        QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("more not shown")));
        QVERIFY(ui::exportBriefingPng(layout.get(), outputDir() + QStringLiteral("/briefing_crowded_legend.png"), 80, &error));
        layout.reset();
        QgsProject::instance()->removeMapLayers(extra);
    }

    void markingCannotBeLowered()
    {
        ui::BriefingRequest r = request();
        r.pages[0].dataMarking = core::Sensitivity::UnConfidential;
        r.requestedMarking = core::Sensitivity::Unclassified;
        QCOMPARE(ui::pageMarking(r, r.pages[0]), core::Sensitivity::UnConfidential);
        r.requestedMarking = core::Sensitivity::StrictlyConfidential;
        QCOMPARE(ui::pageMarking(r, r.pages[0]), core::Sensitivity::StrictlyConfidential);
        QCOMPARE(ui::documentMarking(r), core::Sensitivity::StrictlyConfidential);
    }

    void emptyAreaSaysNoIncidents()
    {
        ui::BriefingRequest r = request();
        r.area = QgsRectangle(10, -5, 10.5, -4.5); // off the Gabonese coast: sea, no data
        QString error;
        auto layout = ui::buildBriefing(QgsProject::instance(), r, &error);
        QVERIFY2(layout, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(ui::exportBriefingPdf(layout.get(), pdf, &error));
        QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("No incidents")));
    }

    void timePackHasThreePages_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("size");
        QTest::newRow("a4 landscape") << "a4-landscape" << "842 x 595";
        QTest::newRow("a4 portrait") << "a4-portrait" << "595 x 842";
        QTest::newRow("a3 landscape") << "a3-landscape" << "1191 x 842";
        QTest::newRow("a3 portrait") << "a3-portrait" << "842 x 1191";
    }
    void timePackHasThreePages()
    {
        QFETCH(QString, templ);
        QFETCH(QString, size);
        ui::BriefingRequest r = request(3);
        r.templ = *ui::templateFromName(templ);
        QString error;
        auto layout = ui::buildBriefing(QgsProject::instance(), r, &error);
        QVERIFY2(layout, qPrintable(error));
        const QString pdf = m_dir.filePath(templ + QStringLiteral(".pdf"));
        QVERIFY(ui::exportBriefingPdf(layout.get(), pdf, &error));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Pages:           3")), qPrintable(info));
        QVERIFY2(info.contains(size), qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.count(QStringLiteral("Sector East — weekly threat picture")), 3);
        QVERIFY(ui::exportBriefingPng(layout.get(), outputDir() + QStringLiteral("/briefing_") + templ + QStringLiteral(".png"), 60, &error));
    }

    // Each page of a time pack draws the incidents of its own period (not the workstation's
    // window): one by one while they are few, summed per grid cell beyond 2,000 — the cells
    // holding exactly the incidents the page's table counts.
    void pagesDrawTheirPeriodsIncidents()
    {
        const qint64 nowMs = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        core::DemoOptions demo;
        demo.nowMs = nowMs;
        std::unique_ptr<core::MissionStore> mission = core::buildDemoMission(m_dir.filePath(QStringLiteral("pages.vigie")), demo);
        QgsVectorLayer *incidents = ui::createIncidentLayer(mission->path());
        QVERIFY(incidents->isValid() && ui::isIncidentLayer(incidents));
        QgsProject::instance()->addMapLayer(incidents);
        // The workstation's window would show a single day: the pages must not follow it.
        incidents->setSubsetString(ui::incidentSubset(nowMs - 24 * 3600 * 1000LL, nowMs));
        QList<QgsMapLayer *> layers{incidents};
        for (auto it = m_world.crbegin(); it != m_world.crend(); ++it)
            layers << *it;
        ui::BriefingSpec spec;
        spec.title = QStringLiteral("Pack");
        spec.area = {-8.0, 10.0, 8.0, 22.0}; // all of the demo's incidents
        spec.to = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        spec.timePack = true;

        const auto check = [&](const ui::BriefingRequest &r, bool expectGrid30) {
            QCOMPARE(r.pages.size(), 3);
            QList<int> totals;
            for (const ui::BriefingPage &page : r.pages) {
                int total = 0;
                for (const ui::IncidentSummaryRow &row : page.summary)
                    total += row.count;
                totals << total;
                const QList<QgsMapLayer *> &mapLayers = ui::pageLayers(r, page);
                QCOMPARE(mapLayers.size(), layers.size());
                auto *own = qobject_cast<QgsVectorLayer *>(mapLayers.first());
                QVERIFY(own && own != incidents && ui::showsIncidents(own));
                QCOMPARE(mapLayers.mid(1), layers.mid(1));
                if (total <= 2000) {
                    QCOMPARE(own->providerType(), QStringLiteral("spatialite"));
                    QCOMPARE(int(own->featureCount()), total);
                } else {
                    QCOMPARE(own->providerType(), QStringLiteral("memory"));
                    int cells = 0;
                    QgsFeature f;
                    QgsFeatureIterator it = own->getFeatures();
                    int sum = 0;
                    while (it.nextFeature(f)) {
                        sum += f.attribute(QStringLiteral("count")).toInt();
                        ++cells;
                    }
                    QCOMPARE(sum, total);
                    QVERIFY2(cells < total / 4 && cells < 3000, qPrintable(QString::number(cells)));
                }
            }
            QVERIFY(totals[0] > 0 && totals[0] < totals[1] && totals[1] < totals[2]);
            QCOMPARE(totals[2] > 2000, expectGrid30);
        };
        const ui::BriefingRequest few = ui::briefingRequest(*mission, spec, layers, {m_world.front()});
        check(few, false);

        // 5,000 more in the last 30 days: the month is summed per cell, the day still drawn one by one.
        std::vector<core::Incident> extra;
        QRandomGenerator rng(6);
        for (int i = 0; i < 5000; ++i) {
            core::Incident x;
            x.timeMs = nowMs - 2 * 24 * 3600 * 1000LL - qint64(rng.bounded(27 * 24 * 3600)) * 1000;
            x.lat = 16.27 + (rng.generateDouble() - 0.5) * 1.5;
            x.lon = -0.04 + (rng.generateDouble() - 0.5) * 1.5;
            x.category = i % 3 ? QStringLiteral("armed_clash") : QStringLiteral("protest");
            x.severity = 1 + rng.bounded(5);
            x.externalId = QStringLiteral("T%1").arg(i);
            extra.push_back(std::move(x));
        }
        QCOMPARE(core::IncidentImporter(*mission).importRecords(std::move(extra), QStringLiteral("test")).imported, 5000);
        ui::BriefingRequest many = ui::briefingRequest(*mission, spec, layers, {m_world.front()});
        check(many, true);

        // On paper: three pages, the month's legend names the cells.
        QString error;
        auto layout = ui::buildBriefing(QgsProject::instance(), many, &error);
        QVERIFY2(layout, qPrintable(error));
        const QString pdf = m_dir.filePath(QStringLiteral("pages.pdf"));
        QVERIFY(ui::exportBriefingPdf(layout.get(), pdf, &error));
        const QString page3 = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), pdf, QStringLiteral("-")});
        QVERIFY2(page3.contains(QStringLiteral("Incidents per")), qPrintable(page3));
        QVERIFY(page3.contains(QStringLiteral("Armed clash")));
        const QString page1 = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
        QVERIFY(!page1.contains(QStringLiteral("Incidents per")));
        QVERIFY(ui::exportBriefingPng(layout.get(), outputDir() + QStringLiteral("/briefing_pages.png"), 80, &error));
        many.pages.clear(); // the page layers go with the last copy of the request
        QgsProject::instance()->removeMapLayer(incidents);
    }

    // The heatmap and its hotspots on each page of a time pack are the page period's, computed
    // with the Threat panel's parameters (the recipe on its layer), not the workstation's window;
    // a period without incidents shows no heatmap.
    void pagesDrawTheirPeriodsHeatmap()
    {
        const qint64 nowMs = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        core::DemoOptions demo;
        demo.nowMs = nowMs;
        std::unique_ptr<core::MissionStore> mission = core::buildDemoMission(m_dir.filePath(QStringLiteral("heat.vigie")), demo);
        const qint64 dayMs = 24 * 3600 * 1000LL;

        // What the Threat panel shows: the last 24 h, weighted by severity, Epanechnikov kernel.
        ui::HeatmapRecipe recipe;
        recipe.heatmap.radiusMetres = 15000;
        recipe.heatmap.pixelMetres = 1000;
        recipe.heatmap.kernel = core::KdeKernel::Epanechnikov;
        recipe.heatmap.weighting = core::HeatmapWeighting::Severity;
        recipe.heatmap.windowStartMs = nowMs - dayMs;
        recipe.heatmap.windowEndMs = nowMs;
        recipe.heatmap.targetEpsg = 32630;
        recipe.hotspots.value = 90;
        const std::vector<core::HeatmapIncident> all = core::heatmapIncidents(*mission, nowMs - 40 * dayMs, nowMs);
        core::HeatmapOutput day;
        QCOMPARE(core::HeatmapBuilder(recipe.heatmap).build(all, &day), core::HeatmapResult::Success);
        QString error;
        QgsRasterLayer *heat = ui::createHeatmapGridLayer(day.grid, QStringLiteral("Threat density"), &error);
        QVERIFY2(heat, qPrintable(error));
        ui::setHeatmapRecipe(heat, recipe);
        QVERIFY(ui::heatmapRecipe(heat).has_value());
        QCOMPARE(ui::heatmapRecipe(heat)->heatmap.windowStartMs, nowMs - dayMs);
        QCOMPARE(ui::heatmapRecipe(heat)->heatmap.kernel, core::KdeKernel::Epanechnikov);
        QgsVectorLayer *hotspots = ui::createHotspotLayer(QStringLiteral("Hotspots"));
        QVERIFY(ui::isHotspotLayer(hotspots) && !ui::isHotspotLayer(heat));
        QgsProject::instance()->addMapLayers({heat, hotspots});
        QList<QgsMapLayer *> layers{hotspots, heat};
        for (auto it = m_world.crbegin(); it != m_world.crend(); ++it)
            layers << *it;

        ui::BriefingSpec spec;
        spec.title = QStringLiteral("Pack");
        spec.area = {-8.0, 10.0, 8.0, 22.0};
        spec.to = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        spec.timePack = true;
        ui::BriefingRequest r = ui::briefingRequest(*mission, spec, layers, {m_world.front()});
        QCOMPARE(r.pages.size(), 3);
        // The last 24 h are the workstation's: its own layers.
        QCOMPARE(ui::pageLayers(r, r.pages[0]), layers);
        for (int i = 1; i < 3; ++i) {
            const ui::BriefingPage &page = r.pages[i];
            const QList<QgsMapLayer *> &mapLayers = ui::pageLayers(r, page);
            QCOMPARE(mapLayers.size(), layers.size());
            QCOMPARE(mapLayers.mid(2), layers.mid(2));
            auto *ownHotspots = qobject_cast<QgsVectorLayer *>(mapLayers[0]);
            auto *ownHeat = qobject_cast<QgsRasterLayer *>(mapLayers[1]);
            QVERIFY(ownHotspots && ownHotspots != hotspots && ui::isHotspotLayer(ownHotspots));
            QVERIFY(ownHeat && ownHeat != heat && ownHeat->isValid());
            QCOMPARE(ownHeat->name(), heat->name());
            // The same engine, the same parameters, the page's period.
            core::HeatmapOptions o = recipe.heatmap;
            o.windowStartMs = page.from.toMSecsSinceEpoch();
            o.windowEndMs = page.to.toMSecsSinceEpoch();
            QCOMPARE(ui::heatmapRecipe(ownHeat)->heatmap.windowStartMs, o.windowStartMs);
            core::HeatmapOutput expected;
            QCOMPARE(core::HeatmapBuilder(o).build(all, &expected), core::HeatmapResult::Success);
            QVERIFY(expected.incidents.size() > day.incidents.size());
            QCOMPARE(ownHeat->width(), expected.grid.width);
            QCOMPARE(ownHeat->height(), expected.grid.height);
            const QgsRasterBandStats stats = ownHeat->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max);
            QVERIFY2(qAbs(stats.maximumValue - expected.grid.max) <= 1e-6 * expected.grid.max,
                     qPrintable(QStringLiteral("%1 vs %2").arg(stats.maximumValue).arg(expected.grid.max)));
            std::vector<core::Hotspot> found;
            QCOMPARE(core::HotspotFinder(recipe.hotspots).find(expected.grid, expected.incidents, &found), core::HotspotResult::Success);
            QVERIFY(!found.empty());
            QCOMPARE(int(ownHotspots->featureCount()), int(found.size()));
        }
        // The month's heatmap on paper, for a look.
        auto layout = ui::buildBriefing(QgsProject::instance(), r, &error);
        QVERIFY2(layout, qPrintable(error));
        QVERIFY(ui::exportBriefingPng(layout.get(), outputDir() + QStringLiteral("/briefing_heat_pages.png"), 60, &error));

        // Before the first incident: no heatmap, no hotspots on any page.
        spec.to = QDateTime::fromMSecsSinceEpoch(nowMs - 400 * dayMs, Qt::UTC);
        const ui::BriefingRequest empty = ui::briefingRequest(*mission, spec, layers, {m_world.front()});
        for (const ui::BriefingPage &page : empty.pages)
            QCOMPARE(ui::pageLayers(empty, page), layers.mid(2));
        r.pages.clear();
        QgsProject::instance()->removeMapLayers(QList<QgsMapLayer *>{heat, hotspots});
    }
};

VIGIE_QGIS_TEST_MAIN(TestBriefing)
#include "test_briefing.moc"
