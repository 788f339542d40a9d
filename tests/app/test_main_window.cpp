// SPDX-License-Identifier: GPL-2.0-or-later
// The workstation as a person meets it: the main window on the demo mission, offscreen, with the
// real QGIS renderer, the real plugins and real files.
#include "support/test_output.h"
#include "geo/coordinate_status.h"
#include "geo/goto_box.h"
#include "geo/mgrs.h"
#include "main_window.h"
#include "map/basemap.h"
#include "mission/mission_store.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"

#include <gdal.h>

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmaptopixel.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace vigie;

namespace {
using test::outputDir;

// A small georeferenced GeoTIFF around Gao, as a user's scanned map would be.
QString makeGeoTiff(const QString &path)
{
    GDALAllRegister();
    GDALDriverH drv = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = GDALCreate(drv, path.toUtf8().constData(), 64, 64, 3, GDT_Byte, nullptr);
    double gt[6] = {-0.2, 0.4 / 64, 0, 16.5, 0, -0.4 / 64};
    GDALSetGeoTransform(ds, gt);
    GDALSetProjection(ds, "EPSG:4326");
    std::vector<unsigned char> buf(64 * 64, 200);
    for (int b = 1; b <= 3; ++b)
        if (GDALRasterIO(GDALGetRasterBand(ds, b), GF_Write, 0, 0, 64, 64, buf.data(), 64, 64, GDT_Byte, 0, 0) != CE_None)
            return QString();
    GDALClose(ds);
    return path;
}

QImage render(QgsMapCanvas *canvas, const QgsRectangle &extent, const QSize &size)
{
    QgsMapSettings ms = canvas->mapSettings();
    ms.setExtent(extent);
    ms.setOutputSize(size);
    QgsMapRendererSequentialJob job(ms);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
}
QByteArray sha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    QTemporaryDir m_dir;

    bool messageBarShows(const QString &text) const
    {
        auto *bar = m_window->findChild<QgsMessageBar *>();
        if (!bar)
            return false;
        for (QgsMessageBarItem *item : bar->items())
            if (item->text().contains(text) || item->title().contains(text))
                return true;
        return false;
    }

  private slots:
    void initTestCase()
    {
        QFile::remove(ui::demoMissionPath());
        m_window = std::make_unique<app::MainWindow>();
        m_window->loadPlugins();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void pluginsLoaded()
    {
        bool missionLoaded = false;
        for (const ui::PluginRecord &r : m_window->pluginManager()->records())
            if (r.id == QLatin1String("mission"))
                missionLoaded = r.loaded;
        QVERIFY(missionLoaded);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("missionDock")));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("layersDock")));
    }

    void opensDemoMission()
    {
        QSignalSpy changed(m_window->workstation(), &ui::Workstation::missionChanged);
        QVERIFY(m_window->openDemoMission());
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_window->mission());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.vigie")));
        auto *name = m_window->findChild<QLabel *>(QStringLiteral("missionName"));
        QVERIFY(name);
        QCOMPARE(name->text(), m_window->mission()->name());
        // The map shows the mission's area.
        const QgsRectangle e = m_window->canvas()->extent();
        QVERIFY(e.contains(QgsPointXY(-0.0447, 16.2717)));
    }

    void basemapIsDrawn()
    {
        // Off Dakar: sea on the west, land on the east.
        const QImage img = render(m_window->canvas(), QgsRectangle(-20, 10, -10, 20), QSize(400, 400));
        img.save(outputDir() + QStringLiteral("/basemap_dakar.png"));
        const QColor sea = img.pixelColor(20, 200);  // -19.5, 15.0: Atlantic
        const QColor land = img.pixelColor(360, 200); // -11.0, 15.0: Mali/Senegal border area
        QCOMPARE(sea.name(), QColor(ui::seaColorName()).name());
        QVERIFY2(land != sea, qPrintable(land.name()));
        QVERIFY(qAbs(land.lightness() - sea.lightness()) > 5 || land.hue() != sea.hue());

        // And on the window itself: the canvas is not one flat colour.
        m_window->canvas()->refresh();
        QSignalSpy done(m_window->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(done.wait(20000));
        const QImage shot = m_window->canvas()->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 3, "the canvas is blank");
    }

    void statusShowsCursorInMgrs()
    {
        QgsMapCanvas *canvas = m_window->canvas();
        const QPoint pos(canvas->width() / 3, canvas->height() / 2);
        QTest::mouseMove(canvas->viewport(), pos);
        QMouseEvent move(QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas->viewport(), &move);
        const QgsPointXY p = canvas->getCoordinateTransform()->toMapCoordinates(pos);
        const QString expected = core::mgrs::fromLatLon({p.y(), p.x()});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_window->coordinateStatus()->mgrsText(), expected);
        QVERIFY(m_window->coordinateStatus()->degreesText().contains(QLatin1Char('N')));
        QCOMPARE(m_window->coordinateStatus()->crsText(), QStringLiteral("EPSG:4326"));
        QVERIFY(m_window->coordinateStatus()->scaleText().startsWith(QStringLiteral("1:")));
    }

    void gotoCentresTheMap()
    {
        ui::GotoBox *box = m_window->gotoBox();
        box->setText(QStringLiteral("30Q ZD 15880 01273")); // Gao (GeoConvert: 16.2717 -0.0447)
        QVERIFY(box->submit());
        const QgsPointXY c = m_window->canvas()->center();
        QVERIFY2(qAbs(c.y() - 16.2717) < 1e-3 && qAbs(c.x() + 0.0447) < 1e-3,
                 qPrintable(QStringLiteral("%1 %2").arg(c.y()).arg(c.x())));
        QVERIFY(m_window->canvas()->scale() < 30000);
        box->setText(QStringLiteral("16°16'18\"N 0°02'41\"W"));
        QVERIFY(box->submit());
        box->setText(QStringLiteral("not a place"));
        QSignalSpy err(box, &ui::GotoBox::error);
        QVERIFY(!box->submit());
        QCOMPARE(err.count(), 1);
    }

    void timeWindowDrivesCanvas()
    {
        const QDateTime s(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        m_window->timeWindow()->setRange(s, s.addDays(3));
        QCOMPARE(m_window->canvas()->temporalRange().begin(), s);
        QCOMPARE(m_window->canvas()->temporalRange().end(), s.addDays(3));
        QVERIFY(m_window->canvas()->mapSettings().isTemporal());
    }

    void basemapAddedAndRememberedPerMission()
    {
        const QString tif = makeGeoTiff(m_dir.filePath(QStringLiteral("gao_scan.tif")));
        QVERIFY(!tif.isEmpty());
        QVERIFY(m_window->addBasemapFile(tif));
        QCOMPARE(m_window->mission()->basemaps().size(), 1);
        QCOMPARE(m_window->mission()->basemaps().front().provider, QStringLiteral("gdal"));

        // A file that is no map is refused and nothing is stored.
        QVERIFY(!m_window->addBasemapFile(QStringLiteral(VIGIE_SOURCE_DIR "/LICENSE")));
        QCOMPARE(m_window->mission()->basemaps().size(), 1);

        // Reopening the mission brings the basemap back.
        const QString path = m_window->mission()->path();
        m_window->closeMission();
        QVERIFY(m_window->openMission(path));
        bool found = false;
        for (QgsLayerTreeLayer *l : QgsProject::instance()->layerTreeRoot()->findLayers())
            if (l->layer() && l->layer()->source() == tif)
                found = true;
        QVERIFY(found);
    }

    void dropAddsBasemap()
    {
        const QString tif = makeGeoTiff(m_dir.filePath(QStringLiteral("dropped.tif")));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(tif)});
        QWidget *vp = m_window->canvas()->viewport();
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &drop);
        QCOMPARE(m_window->mission()->basemaps().size(), 2);
        delete mime;
    }

    void badMissionKeepsCurrent()
    {
        const QString before = m_window->mission()->path();
        QVERIFY(!m_window->openMission(QStringLiteral(VIGIE_SOURCE_DIR "/LICENSE")));
        QCOMPARE(m_window->mission()->path(), before);
    }

    void screenshot()
    {
        m_window->zoomToAreaOfResponsibility();
        QSignalSpy done(m_window->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        done.wait(20000);
        QTest::qWait(300);
        const QString out = outputDir() + QStringLiteral("/main_window.png");
        QVERIFY(m_window->grab().save(out));
    }
    // A mission that cannot be written opens read-only with a notice; edits are refused with a
    // clear message and the file is left byte for byte as it was. (The tests may run as root,
    // who writes through file permissions, so the read-only open is asked for; the core test
    // core.mission.test_crash_safety opens 0444 files and read-only folders as another user.)
    void readOnlyMissionShowsNotice()
    {
        const QString path = m_dir.filePath(QStringLiteral("archive.vigie"));
        { core::MissionStore::create(path, QStringLiteral("Archive")); }
        const QByteArray before = sha1(path);
        QVERIFY(m_window->openMission(path, true));
        QVERIFY(m_window->mission()->isReadOnly());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("[read-only]")));
        QVERIFY(messageBarShows(QStringLiteral("read-only: changes cannot be saved")));

        // An edit: the basemap is shown for the session but the user is told it is not saved.
        const QString tif = makeGeoTiff(m_dir.filePath(QStringLiteral("ro_scan.tif")));
        QVERIFY(m_window->addBasemapFile(tif));
        QCOMPARE(m_window->mission()->basemaps().size(), 0);
        QVERIFY(messageBarShows(QStringLiteral("shown for this session only")));
        // A plugin's write through the store is refused with the store's message.
        try {
            m_window->mission()->setName(QStringLiteral("changed"));
            QFAIL("renamed a read-only mission");
        } catch (const core::MissionError &e) {
            QCOMPARE(e.kind(), core::MissionError::Kind::ReadOnly);
        }
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(outputDir() + QStringLiteral("/main_window_read_only.png")));
        m_window->closeMission();
        QCOMPARE(sha1(path), before);
    }

    // A mission from a newer build is refused and left unchanged; the message says why.
    void newerMissionRefusedUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.vigie"));
        { core::MissionStore::create(path, QStringLiteral("Future")); }
        {
            core::Database db;
            db.open(path, core::Database::Mode::ReadWrite);
            db.exec(QStringLiteral("PRAGMA user_version=999"));
            db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = sha1(path);
        QVERIFY(!m_window->openMission(path));
        QVERIFY(messageBarShows(QStringLiteral("newer Vigie")));
        QCOMPARE(sha1(path), before);
    }
};

VIGIE_QGIS_TEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
