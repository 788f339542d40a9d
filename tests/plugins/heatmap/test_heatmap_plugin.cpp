// SPDX-License-Identifier: GPL-2.0-or-later
// The Threat plugin as a person uses it: the real main window offscreen, the plugin loaded from the
// build's plugin folder, the demo mission: the heatmap of the time window (computed off the UI
// thread, following the time bar), hotspots, protected sites, and the alerts with their review.
#include "support/test_output.h"
#include "alerts/alert_repository.h"
#include "alerts/demo_alert_setup.h"
#include "heatmap/density_grid.h"
#include "heatmap/heatmap_builder.h"
#include "incidents/incident_taxonomy.h"
#include "main_window.h"
#include "map/heatmap_layer.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"
#include "workstation/selection.h"

#include <qgsrasterlayer.h>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsrasterbandstats.h>
#include <qgsrasterdataprovider.h>
#include <qgsrasterlayer.h>
#include <qgsrasterrenderer.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <numeric>

using namespace vigie;

namespace {
using test::outputDir;

// Runs `f` on the next modal dialog that opens (the test's stand-in for a person).
void onNextModal(std::function<void(QWidget *)> f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        if (QWidget *w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            f(w);
        }
    });
    timer->start();
}

template <typename T> T *layerNamed(const QString &objectName)
{
    for (QgsMapLayer *l : QgsProject::instance()->mapLayers())
        if (l->objectName() == objectName)
            return qobject_cast<T *>(l);
    return nullptr;
}
} // namespace

class TestHeatmapPlugin : public QObject
{
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    QTemporaryDir m_dir;

    QgsMapCanvas *canvas() const { return m_window->canvas(); }
    // The plugin's classes live in the plugin: reached through properties and invokable methods.
    QObject *threat() const { return m_window->findChild<QObject *>(QStringLiteral("threatPanel")); }
    QObject *alerts() const { return m_window->findChild<QObject *>(QStringLiteral("alertsPanel")); }
    QObject *sites() const { return m_window->findChild<QObject *>(QStringLiteral("sitesController")); }
    bool busy() const { return threat()->property("busy").toBool(); }
    double gridMax() const { return threat()->property("gridMax").toDouble(); }
    double gridSum() const { return threat()->property("gridSum").toDouble(); }
    qulonglong generation() const { return threat()->property("shownGeneration").toULongLong(); }
    QgsRasterLayer *heatmapLayer() const { return layerNamed<QgsRasterLayer>(QStringLiteral("threatDensityLayer")); }
    QgsVectorLayer *hotspotLayer() const { return layerNamed<QgsVectorLayer>(QStringLiteral("hotspotLayer")); }
    QgsVectorLayer *sitesLayer() const { return layerNamed<QgsVectorLayer>(QStringLiteral("protectedSitesLayer")); }
    QStringList siteNames() const
    {
        QStringList out;
        QgsFeature f;
        QgsFeatureIterator it = sitesLayer()->getFeatures();
        while (it.nextFeature(f))
            out << f.attribute(QStringLiteral("name")).toString();
        return out;
    }
    QString selectedAlertId() const
    {
        const int row = alertsTable()->currentRow();
        return row < 0 ? QString() : alertsTable()->item(row, 0)->data(Qt::UserRole).toString();
    }
    void acknowledge() { m_window->findChild<QPushButton *>(QStringLiteral("alertsAcknowledge"))->click(); }
    QTableWidget *alertsTable() const { return m_window->findChild<QTableWidget *>(QStringLiteral("alertsTable")); }
    void waitForRender()
    {
        canvas()->refresh();
        QSignalSpy done(canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        done.wait(20000);
        QTest::qWait(200);
    }

  private slots:
    void initTestCase()
    {
        m_window = std::make_unique<app::MainWindow>();
        m_window->loadPlugins({QStringLiteral(VIGIE_BINARY_DIR "/plugins-out")});
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QString path = m_dir.filePath(QStringLiteral("demo.vigie"));
        core::buildDemoMission(path).reset();
        QVERIFY(m_window->openMission(path));
        canvas()->setExtent(QgsRectangle(-1.6, 15.2, 1.6, 17.2)); // Gao, Ansongo, Ménaka
        canvas()->refresh();
    }
    void cleanupTestCase() { m_window.reset(); }

    void pluginLoaded()
    {
        bool loaded = false;
        for (const ui::PluginRecord &r : m_window->pluginManager()->records())
            if (r.id == QLatin1String("heatmap"))
                loaded = r.loaded;
        QVERIFY(loaded);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("threatDock")));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("alertsDock")));
        QVERIFY(threat());
        QVERIFY(alerts());
        QVERIFY(sites());
        for (const char *name : {"sitesAdd", "sitesImport"})
            QVERIFY2(m_window->findChild<QAction *>(QString::fromLatin1(name)), name);
    }

    void heatmapOfTheDemoWindow()
    {
        QTRY_VERIFY_WITH_TIMEOUT(heatmapLayer() && !busy(), 60000);
        QgsRasterLayer *layer = heatmapLayer();
        QVERIFY(layer->isValid());
        QCOMPARE(layer->providerType(), QStringLiteral("gdal"));
        QVERIFY(QgsProject::instance()->mapLayer(layer->id()));
        QVERIFY(gridMax() > 0);
        const QgsRasterBandStats stats = layer->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max);
        QVERIFY2(stats.maximumValue > 0, qPrintable(QString::number(stats.maximumValue)));
        QVERIFY(qAbs(stats.maximumValue - gridMax()) <= 1e-6 * gridMax());
        QCOMPARE(layer->renderer()->type(), QStringLiteral("singlebandpseudocolor"));
        QVERIFY(layer->renderer()->legendSymbologyItems().size() >= 2);
        // The layer carries what it was computed from: a briefing page of another period
        // recomputes it with the same parameters.
        const std::optional<ui::HeatmapRecipe> recipe = ui::heatmapRecipe(layer);
        QVERIFY(recipe);
        QCOMPARE(recipe->heatmap.windowStartMs, m_window->timeWindow()->start().toMSecsSinceEpoch());
        QCOMPARE(recipe->heatmap.windowEndMs, m_window->timeWindow()->end().toMSecsSinceEpoch());
        QVERIFY(recipe->heatmap.targetEpsg > 0);
        QVERIFY(ui::isHotspotLayer(hotspotLayer()));
        // Hotspots: an outline layer and the table, one row per polygon.
        QVERIFY(threat()->property("hotspotCount").toInt() > 0);
        QVERIFY(hotspotLayer());
        QCOMPARE(hotspotLayer()->featureCount(), long(threat()->property("hotspotCount").toInt()));
        auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("hotspotTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), threat()->property("hotspotCount").toInt());
        table->sortItems(2, Qt::DescendingOrder); // by incident count
        QVERIFY(table->item(0, 2)->text().toInt() >= table->item(table->rowCount() - 1, 2)->text().toInt());
        const QgsRectangle before = canvas()->extent();
        emit table->cellDoubleClicked(0, 0);
        QVERIFY(canvas()->extent() != before);
        canvas()->setExtent(before);
    }

    void alertsListedAfterEvaluation()
    {
        QTableWidget *table = alertsTable();
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() >= 1, 60000);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == core::demoWatchedCampName())
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(!table->item(row, 3)->text().isEmpty()); // the numbers that fired it
        // The demo rule counts every category: said so, not left blank.
        QVERIFY2(table->item(row, 3)->text().contains(QStringLiteral("categories: all")), qPrintable(table->item(row, 3)->text()));
        QCOMPARE(table->item(row, 4)->data(Qt::UserRole).toString(), QStringLiteral("new"));
        // The evaluation line counts the alerts it added, not "new" ones: "new" is the rows'
        // status (not reviewed yet), and the demo's alert was added when the mission was built.
        QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("alertsStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral(" added, ")), 60000);
        QVERIFY2(!status->text().contains(QStringLiteral(" new")), qPrintable(status->text()));
        table->selectRow(row);
        const QString id = selectedAlertId();
        QVERIFY(!id.isEmpty());
        const core::Alert alert = *core::AlertRepository(*m_window->mission()).get(id);
        QVERIFY(!alert.evidence.isEmpty());
        QCOMPARE(m_window->selection()->ids(QStringLiteral("incidents")), QSet<QString>(alert.evidence.begin(), alert.evidence.end()));
        QCOMPARE(sitesLayer()->selectedFeatureCount(), 1);
    }

    void acknowledgeNeedsAComment()
    {
        const QString id = selectedAlertId();
        QVERIFY(!id.isEmpty());
        core::AlertRepository repo(*m_window->mission());
        // New alerts are on the map too: a ring at their site.
        QgsVectorLayer *onMap = layerNamed<QgsVectorLayer>(QStringLiteral("alertsLayer"));
        QVERIFY(onMap && onMap->isValid());
        const int open = alerts()->property("openAlertsOnMap").toInt();
        QVERIFY(open >= 1);
        QCOMPARE(int(onMap->featureCount()), open);
        // An empty comment is refused: nothing changes.
        onNextModal([](QWidget *w) {
            auto *d = qobject_cast<QInputDialog *>(w);
            QVERIFY(d);
            d->setTextValue(QStringLiteral("   "));
            d->accept();
        });
        acknowledge();
        QCOMPARE(repo.get(id)->status, core::AlertStatus::New);
        onNextModal([](QWidget *w) {
            auto *d = qobject_cast<QInputDialog *>(w);
            QVERIFY(d);
            d->setTextValue(QStringLiteral("Patrol from Gao team site sent; camp leaders informed."));
            d->accept();
        });
        acknowledge();
        const core::Alert after = *repo.get(id);
        QCOMPARE(after.status, core::AlertStatus::Acknowledged);
        QCOMPARE(after.statusComment, QStringLiteral("Patrol from Gao team site sent; camp leaders informed."));
        QCOMPARE(after.statusBy, core::MissionStore::currentUser());
        QCOMPARE(alertsTable()->item(alertsTable()->currentRow(), 4)->data(Qt::UserRole).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(alerts()->property("openAlertsOnMap").toInt(), open - 1); // reviewed: off the map
    }

    void protectedSitesOnTheMap()
    {
        QgsVectorLayer *layer = sitesLayer();
        QVERIFY(layer && layer->isValid());
        QCOMPARE(layer->providerType(), QStringLiteral("spatialite"));
        QCOMPARE(layer->featureCount(), 10L);
        onNextModal([](QWidget *w) {
            auto *name = w->findChild<QLineEdit *>(QStringLiteral("siteName"));
            QVERIFY(name);
            name->setText(QStringLiteral("Water point Tacharane"));
            qobject_cast<QDialog *>(w)->accept();
        });
        bool added = false;
        QVERIFY(QMetaObject::invokeMethod(sites(), "addSiteAt", Q_RETURN_ARG(bool, added), Q_ARG(double, 16.22), Q_ARG(double, -0.25)));
        QVERIFY(added);
        QTRY_COMPARE(siteNames().size(), 11);
        QVERIFY(siteNames().contains(QStringLiteral("Water point Tacharane")));
    }

    void playingTheTimeBarMovesTheHeatmap()
    {
        core::TimeWindow *tw = m_window->timeWindow();
        const QDateTime end = tw->maximum().addDays(-10);
        QVERIFY(tw->setRange(end.addDays(-7), end));
        tw->setStepMs(12 * 3600 * 1000LL);
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 60000);
        const qulonglong g0 = generation();
        const double sum0 = gridSum();
        const double max0 = gridMax();
        QVERIFY(sum0 > 0);
        // Play: several steps in quick succession (as the time bar's timer does).
        for (int i = 0; i < 4; ++i) {
            tw->stepForward();
            QTest::qWait(60);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!busy() && generation() > g0, 60000);
        const double sum1 = gridSum();
        QVERIFY2(sum1 != sum0 || gridMax() != max0, qPrintable(QStringLiteral("%1 vs %2").arg(sum0).arg(sum1)));
        const QgsRasterBandStats stats = heatmapLayer()->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max);
        QVERIFY(qAbs(stats.maximumValue - gridMax()) <= 1e-6 * gridMax());
        // The real timer too. While it plays, frames are made by adding and subtracting the
        // kernels of the incidents that entered and left the window, and drawn from memory; the
        // picture the canvas gets moves from frame to frame.
        tw->setTickIntervalMs(150);
        const qulonglong g1 = generation();
        const int memory0 = threat()->property("framesFromMemory").toInt();
        const int incremental0 = threat()->property("incrementalFrames").toInt();
        const auto renderHeatmap = [this] {
            QgsMapSettings ms = canvas()->mapSettings();
            ms.setLayers({heatmapLayer()});
            ms.setBackgroundColor(Qt::white);
            QgsMapRendererSequentialJob job(ms);
            job.start();
            job.waitForFinished();
            return job.renderedImage();
        };
        tw->play();
        QList<QImage> pictures;
        for (int i = 0; i < 2; ++i) {
            const int shown = threat()->property("framesFromMemory").toInt();
            QTRY_VERIFY_WITH_TIMEOUT(threat()->property("framesFromMemory").toInt() > shown, 20000);
            pictures << renderHeatmap();
        }
        tw->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!busy() && generation() > g1, 60000);
        QVERIFY(threat()->property("framesFromMemory").toInt() >= memory0 + 2);
        QVERIFY(threat()->property("incrementalFrames").toInt() > incremental0);
        QVERIFY(pictures[0] != pictures[1]);
        pictures[1].save(outputDir() + QStringLiteral("/heatmap_playing_frame.png"));
        // Stopped, the frame is also in the layer's source, as any raster's data.
        const QgsRasterBandStats after = heatmapLayer()->dataProvider()->bandStatistics(1, QgsRasterBandStats::Max);
        QVERIFY(qAbs(after.maximumValue - gridMax()) <= 1e-6 * gridMax());
    }

    // The CRS the radius and the pixel are metres in: the UTM zone of the area by default, or one
    // the analyst picks; the layer, the export and the next session follow.
    void coordinateSystemPicked()
    {
        auto *picker = m_window->findChild<QgsProjectionSelectionWidget *>(QStringLiteral("heatmapCrs"));
        QVERIFY(picker);
        QVERIFY(!picker->crs().isValid()); // "UTM zone of the area"
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 60000);
        const core::GeoBox aor = m_window->mission()->areaOfResponsibility();
        const int utm = core::HeatmapBuilder::utmEpsgFor(aor.center().lat, aor.center().lon);
        QCOMPARE(threat()->property("gridEpsg").toInt(), utm);
        QCOMPARE(heatmapLayer()->crs().authid(), QStringLiteral("EPSG:%1").arg(utm));
        auto *choice = picker->findChild<QComboBox *>();
        QVERIFY(choice);
        QCOMPARE(choice->currentText(), QStringLiteral("UTM zone of the area (%1N)").arg(utm % 100));
        const auto settle = [this] {
            const qulonglong g = generation();
            QTRY_VERIFY_WITH_TIMEOUT(!busy() && generation() > g, 60000);
        };
        // World Mercator, metres: the grid, the layer and the export are in it.
        picker->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3395")));
        settle();
        QCOMPARE(threat()->property("gridEpsg").toInt(), 3395);
        QCOMPARE(heatmapLayer()->crs().authid(), QStringLiteral("EPSG:3395"));
        QVERIFY(gridMax() > 0);
        QCOMPARE(QSettings().value(QStringLiteral("threat/crs")).toString(), QStringLiteral("EPSG:3395"));
        const QString tif = m_dir.filePath(QStringLiteral("heat-3395.tif"));
        QSignalSpy exported(threat(), SIGNAL(exported(QString, bool, QString)));
        QVERIFY(QMetaObject::invokeMethod(threat(), "exportGeoTiff", Q_ARG(QString, tif)));
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
        const core::DensityGrid written = core::DensityGrid::readRaster(tif);
        QCOMPARE(written.epsg, 3395);
        QCOMPARE(written.pixelWidth(), 500.0);
        QVERIFY(written.max > 0);
        // The next session (a new Threat panel) starts with the same choice.
        {
            QObject *made = threat()->metaObject()->newInstance(Q_ARG(vigie::ui::Workstation *, m_window->workstation()),
                                                                Q_ARG(QWidget *, nullptr));
            QVERIFY(made);
            std::unique_ptr<QWidget> next(qobject_cast<QWidget *>(made));
            auto *again = next->findChild<QgsProjectionSelectionWidget *>(QStringLiteral("heatmapCrs"));
            QVERIFY(again);
            QCOMPARE(again->crs().authid(), QStringLiteral("EPSG:3395"));
        }
        // Degrees cannot take a radius in metres: refused, said, nothing exported.
        const qulonglong before = generation();
        picker->setCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("heatmapStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("EPSG:4326")), 10000);
        QCOMPARE(generation(), before);
        exported.clear();
        QVERIFY(QMetaObject::invokeMethod(threat(), "exportGeoTiff", Q_ARG(QString, m_dir.filePath(QStringLiteral("heat-4326.tif")))));
        QCOMPARE(exported.size(), 1);
        QVERIFY(!exported.at(0).at(1).toBool());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("heat-4326.tif"))));
        // Back to the UTM zone of the area.
        picker->setCrs(QgsCoordinateReferenceSystem());
        settle();
        QCOMPARE(threat()->property("gridEpsg").toInt(), utm);
        QCOMPARE(QSettings().value(QStringLiteral("threat/crs")).toString(), QStringLiteral("utm"));
    }

    // The category list: one category, another, both ticked — the heatmap counts what is ticked.
    void severalCategoriesAtOnce()
    {
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("heatmapCategories"));
        QVERIFY(list);
        QCOMPARE(list->count(), int(core::IncidentTaxonomy::builtin().categories().size()));
        QTRY_VERIFY_WITH_TIMEOUT(!busy(), 60000);
        const int all = threat()->property("incidentCount").toInt();
        QVERIFY(all > 0);
        const auto tick = [list](const QStringList &ids) {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        };
        const auto settle = [this] {
            const qulonglong g = generation();
            QTRY_VERIFY_WITH_TIMEOUT(!busy() && generation() > g, 60000);
        };
        // Two categories with incidents in the window.
        QStringList found;
        QList<int> counts;
        QList<double> sums;
        for (int i = 0; i < list->count() && found.size() < 2; ++i) {
            const QString id = list->item(i)->data(Qt::UserRole).toString();
            tick({id});
            settle();
            QCOMPARE(threat()->property("categories").toStringList(), QStringList{id});
            if (threat()->property("incidentCount").toInt() > 0) {
                found << id;
                counts << threat()->property("incidentCount").toInt();
                sums << gridSum();
            }
        }
        QCOMPARE(found.size(), 2);
        tick(found);
        settle();
        QCOMPARE(threat()->property("incidentCount").toInt(), counts[0] + counts[1]);
        // The density is a sum over incidents: both categories' totals add up (to the kernels'
        // sampling, as each grid has its own origin).
        QVERIFY2(qAbs(gridSum() - sums[0] - sums[1]) <= 1e-2 * gridSum(),
                 qPrintable(QStringLiteral("%1 vs %2 + %3").arg(gridSum()).arg(sums[0]).arg(sums[1])));
        // None ticked: nothing shown, and the panel says why.
        m_window->findChild<QPushButton *>(QStringLiteral("heatmapCategoriesNone"))->click();
        settle();
        QCOMPARE(threat()->property("incidentCount").toInt(), 0);
        QVERIFY(threat()->property("categories").toStringList().isEmpty());
        QCOMPARE(heatmapLayer()->opacity(), 0.0);
        // All again.
        m_window->findChild<QPushButton *>(QStringLiteral("heatmapCategoriesAll"))->click();
        settle();
        QCOMPARE(threat()->property("incidentCount").toInt(), all);
        QCOMPARE(heatmapLayer()->opacity(), 1.0);
    }

    // The rules are evaluated on a worker thread; moves of the time window made while it works are
    // coalesced, and the result that lands is the latest window's.
    void alertsEvaluatedOffTheUiThread()
    {
        QObject *panel = alerts();
        core::TimeWindow *tw = m_window->timeWindow();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->property("evaluating").toBool(), 60000);
        const int before = panel->property("evaluationsApplied").toInt();
        for (int i = 0; i < 6; ++i) {
            tw->stepForward();
            QMetaObject::invokeMethod(panel, "evaluate"); // as an import or a live feed would, at once
            QTest::qWait(10);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!panel->property("evaluating").toBool() && panel->property("evaluationsApplied").toInt() > before, 60000);
        QCOMPARE(panel->property("lastEvaluatedEndMs").toLongLong(), tw->endMs());
        QVERIFY(panel->property("lastEvaluationOffUiThread").toBool());
        // Evaluating the same window again stores nothing new.
        const int alertsBefore = int(core::AlertRepository(*m_window->mission()).list().size());
        const int applied = panel->property("evaluationsApplied").toInt();
        QMetaObject::invokeMethod(panel, "evaluate");
        QTRY_VERIFY_WITH_TIMEOUT(!panel->property("evaluating").toBool() && panel->property("evaluationsApplied").toInt() > applied, 60000);
        QCOMPARE(int(core::AlertRepository(*m_window->mission()).list().size()), alertsBefore);
    }

    void screenshot()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("threatDock"));
        dock->show();
        dock->raise();
        waitForRender();
        QVERIFY(dock->grab().save(outputDir() + QStringLiteral("/heatmap_threat_dock.png")));
        QVERIFY(m_window->grab().save(outputDir() + QStringLiteral("/heatmap_threat.png")));
    }
};

VIGIE_QGIS_TEST_MAIN(TestHeatmapPlugin)
#include "test_heatmap_plugin.moc"
