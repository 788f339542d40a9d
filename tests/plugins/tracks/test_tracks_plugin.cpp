// SPDX-License-Identifier: GPL-2.0-or-later
// The tracks plugin in the real main window, loaded from the build's plugin folder, on the demo
// mission: the dock lists the tracks, selection goes both ways with the map, playing the time bar
// moves the markers, and the picture is left in $VIGIE_TEST_OUTPUT to look at.
#include "support/test_output.h"
#include "main_window.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"
#include "tracks/track_repository.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QTimer>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <functional>

using namespace vigie;

namespace {
using test::outputDir;

QgsVectorLayer *layerNamed(const QString &objectName)
{
    for (QgsMapLayer *l : QgsProject::instance()->mapLayers())
        if (l->objectName() == objectName)
            return qobject_cast<QgsVectorLayer *>(l);
    return nullptr;
}

// The marker of a track on the positions layer (invalid feature if none).
QgsFeature marker(QgsVectorLayer *layer, const QString &callsign)
{
    QgsFeature f;
    QgsFeatureIterator it = layer->getFeatures();
    while (it.nextFeature(f))
        if (f.attribute(QStringLiteral("callsign")).toString() == callsign)
            return f;
    return QgsFeature();
}

// The import report, wherever it was parented.
QDialog *reportDialog()
{
    for (QWidget *w : QApplication::allWidgets())
        if (w->objectName() == QLatin1String("trackImportReportDialog") && w->isVisible())
            return qobject_cast<QDialog *>(w);
    return nullptr;
}

QDateTime utc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
} // namespace

class TestTracksPlugin : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<app::MainWindow> m_window;
    QList<core::Track> m_tracks;
    QTableWidget *m_table = nullptr;
    QgsVectorLayer *m_positions = nullptr;
    QgsVectorLayer *m_lines = nullptr;

    core::Track track(const QString &callsign) const
    {
        for (const core::Track &t : m_tracks)
            if (t.callsign == callsign)
                return t;
        return {};
    }

  private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.vigie"));
        core::buildDemoMission(path).reset();
        m_window = std::make_unique<app::MainWindow>();
        m_window->loadPlugins();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        bool loaded = false;
        for (const ui::PluginRecord &r : m_window->pluginManager()->records())
            if (r.id == QLatin1String("tracks"))
                loaded = r.loaded;
        QVERIFY2(loaded, "the tracks plugin did not load from the build's plugin folder");
        QVERIFY(m_window->openMission(path));
        m_tracks = core::TrackRepository(*m_window->mission()).tracks();
        QVERIFY(m_tracks.size() >= 4);
        m_table = m_window->findChild<QTableWidget *>(QStringLiteral("tracksTable"));
        QVERIFY(m_table);
        m_positions = layerNamed(QStringLiteral("tracksPositionsLayer"));
        m_lines = layerNamed(QStringLiteral("tracksLinesLayer"));
        QVERIFY(m_positions && m_lines);
    }
    void cleanupTestCase() { m_window.reset(); }

    void actionsInFileMenu()
    {
        const QList<QAction *> actions = m_window->menu(ui::ActionPlacement::FileMenu)->actions();
        QStringList names;
        for (QAction *a : actions)
            names << a->objectName();
        QVERIFY(names.contains(QStringLiteral("importTracksAction")));
        QVERIFY(names.contains(QStringLiteral("exportTracksAction")));
    }

    void dockListsDemoTracks()
    {
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("tracksDock")));
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        for (const core::Track &t : m_tracks) {
            first = std::min(first, t.firstSeenMs);
            last = std::max(last, t.lastSeenMs);
        }
        m_window->timeWindow()->setRange(utc(first - 3600000), utc(last + 3600000));
        QTRY_COMPARE(m_table->rowCount(), int(m_tracks.size()));
        QStringList callsigns;
        for (int r = 0; r < m_table->rowCount(); ++r)
            callsigns << m_table->item(r, 0)->text();
        QVERIFY2(callsigns.contains(QStringLiteral("FALCON 1")), qPrintable(callsigns.join(QLatin1Char(','))));
        QVERIFY(callsigns.contains(QStringLiteral("BANBAT-1 Ansongo")));
        // Points and first seen are shown.
        const int falcon = int(callsigns.indexOf(QStringLiteral("FALCON 1")));
        QCOMPARE(m_table->item(falcon, 3)->data(Qt::DisplayRole).toLongLong(), qint64(720));
        QVERIFY(!m_table->item(falcon, 4)->text().isEmpty());
        // Every track in the window has its line and its marker.
        QTRY_COMPARE(m_lines->featureCount(), qint64(m_tracks.size()));
        QCOMPARE(m_positions->featureCount(), qint64(m_tracks.size()));

        // A window before any track empties the list (after the throttle).
        m_window->timeWindow()->setRange(utc(first - 10 * 86400000LL), utc(first - 9 * 86400000LL));
        QTRY_COMPARE(m_table->rowCount(), 0);
        m_window->timeWindow()->setRange(utc(first - 3600000), utc(last + 3600000));
        QTRY_COMPARE(m_table->rowCount(), int(m_tracks.size()));
        QTRY_COMPARE(m_positions->featureCount(), qint64(m_tracks.size()));
    }

    void selectRowSelectsOnMap()
    {
        int row = -1;
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, 0)->text() == QLatin1String("FALCON 1"))
                row = r;
        QVERIFY(row >= 0);
        m_table->selectRow(row);
        const QString id = track(QStringLiteral("FALCON 1")).id;
        QCOMPARE(m_window->selection()->ids(QStringLiteral("tracks")), QSet<QString>{id});
        QCOMPARE(m_positions->selectedFeatureCount(), 1);
        QCOMPARE(m_positions->selectedFeatures().constFirst().attribute(QStringLiteral("id")).toString(), id);
        QCOMPARE(m_lines->selectedFeatureCount(), 1);
        // The details: duration, distance, speeds, gaps.
        const QString details = m_window->findChild<QLabel *>(QStringLiteral("trackDetails"))->text();
        QVERIFY2(details.contains(QStringLiteral("FALCON 1")) && details.contains(QStringLiteral("km/h")) &&
                     details.contains(QStringLiteral("Distance")) && details.contains(QStringLiteral("Gaps")) &&
                     details.contains(QStringLiteral("1 h 59 min")),
                 qPrintable(details));
    }

    void selectOnMapSelectsRow()
    {
        const core::Track patrol = track(QStringLiteral("BANBAT-2 Bourem"));
        QVERIFY(!patrol.id.isEmpty());
        const QgsFeature f = marker(m_positions, patrol.callsign);
        QVERIFY(f.isValid());
        m_positions->selectByIds({f.id()});
        QCOMPARE(m_window->selection()->ids(QStringLiteral("tracks")), QSet<QString>{patrol.id});
        const QList<QTableWidgetItem *> selected = m_table->selectedItems();
        QVERIFY(!selected.isEmpty());
        QCOMPARE(m_table->item(selected.first()->row(), 0)->text(), patrol.callsign);
        // The line layer follows the marker layer.
        QCOMPARE(m_lines->selectedFeatureCount(), 1);
        QCOMPARE(m_lines->selectedFeatures().constFirst().attribute(QStringLiteral("id")).toString(), patrol.id);
        m_window->selection()->clear(QStringLiteral("tracks"));
        QCOMPARE(m_positions->selectedFeatureCount(), 0);
        QVERIFY(m_table->selectedItems().isEmpty());
    }

    void playingMovesMarkers()
    {
        const core::Track uav = track(QStringLiteral("FALCON 1"));
        core::TimeWindow *w = m_window->timeWindow();
        w->setStepMs(5 * 60 * 1000);
        const qint64 end0 = uav.firstSeenMs + 20 * 60 * 1000;
        QVERIFY(w->setRange(utc(end0 - 3600000), utc(end0)));
        QTRY_COMPARE(marker(m_positions, uav.callsign).attribute(QStringLiteral("time_ms")).toLongLong(), end0);
        const QgsFeature before = marker(m_positions, uav.callsign);
        QCOMPARE(before.attribute(QStringLiteral("stale")).toInt(), 0);

        w->stepForward();
        const qint64 end1 = end0 + 5 * 60 * 1000;
        QCOMPARE(w->endMs(), end1);
        QTRY_COMPARE(marker(m_positions, uav.callsign).attribute(QStringLiteral("time_ms")).toLongLong(), end1);
        const QgsFeature after = marker(m_positions, uav.callsign);
        QVERIFY2(!after.geometry().equals(before.geometry()), qPrintable(after.geometry().asWkt()));
        // 5 minutes of a 30-minute lap of 6-8 km radius: well over a kilometre.
        QVERIFY(after.geometry().asPoint().distance(before.geometry().asPoint()) > 0.01);
        // The course turned with the orbit.
        QVERIFY(qAbs(after.attribute(QStringLiteral("course")).toDouble() - before.attribute(QStringLiteral("course")).toDouble()) > 20.0);

        // Play: the window moves on its own, and the marker with it.
        w->setTickIntervalMs(150);
        w->play();
        QTRY_VERIFY_WITH_TIMEOUT(w->endMs() >= end1 + 3 * w->stepMs(), 10000);
        w->pause();
        const qint64 end2 = w->endMs();
        QTRY_COMPARE(marker(m_positions, uav.callsign).attribute(QStringLiteral("time_ms")).toLongLong(), end2);
        QVERIFY(!marker(m_positions, uav.callsign).geometry().equals(after.geometry()));

        // Long after the orbit ended, the UAV is a stale contact at its last fix.
        QVERIFY(w->setRange(utc(uav.lastSeenMs), utc(uav.lastSeenMs + 3600000)));
        QTRY_COMPARE(marker(m_positions, uav.callsign).attribute(QStringLiteral("stale")).toInt(), 1);
    }

    void importFromFileMenu()
    {
        // A patrol of 5 fixes, the third with a broken time, through File > Import tracks….
        const QString gpx = m_dir.filePath(QStringLiteral("gui-import.gpx"));
        {
            QFile f(gpx);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray s = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                           "<trk><name>GUI PATROL</name><trkseg>\n";
            for (int i = 1; i <= 5; ++i)
                s += "<trkpt lat=\"16." + QByteArray::number(200 + i) + "\" lon=\"-0.0" + QByteArray::number(10 + i) + "\"><time>" +
                     (i == 3 ? QByteArray("not a time") : QByteArray("2026-11-20T06:0") + QByteArray::number(i) + ":00Z") +
                     "</time></trkpt>\n";
            s += "</trkseg></trk></gpx>\n";
            f.write(s);
        }
        auto *windowOnly = m_window->findChild<QCheckBox *>(QStringLiteral("tracksWindowOnly"));
        QVERIFY(windowOnly);
        windowOnly->setChecked(false);
        QTRY_COMPARE(m_table->rowCount(), int(m_tracks.size()));

        QAction *action = nullptr;
        for (QAction *a : m_window->menu(ui::ActionPlacement::FileMenu)->actions())
            if (a->objectName() == QLatin1String("importTracksAction"))
                action = a;
        QVERIFY(action && action->isEnabled());
        // The workstation's file chooser answers instead of the system dialog.
        bool answered = false;
        ui::FileChooser *chooser = m_window->workstation()->fileChooser();
        chooser->setOpenFiles([&](QWidget *, const QString &title, const QString &, const QString &filter) {
            answered = title == QLatin1String("Import tracks") && filter.contains(QLatin1String("*.gpx"));
            return QStringList{gpx};
        });
        action->trigger();
        chooser->setOpenFiles({});
        QVERIFY(answered);
        QDialog *report = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((report = reportDialog()) != nullptr, 30000);
        auto *rejects = report->findChild<QTableWidget *>(QStringLiteral("rejectsTable"));
        QVERIFY(rejects);
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("gui-import.gpx"));
        QVERIFY(rejects->item(0, 1)->data(Qt::DisplayRole).toLongLong() > 0);
        QVERIFY(rejects->item(0, 2)->text().contains(QStringLiteral("time")));
        // The worker wrote through its own connection; the dock refreshed from the file.
        QTRY_COMPARE(m_table->rowCount(), int(m_tracks.size()) + 1);
        QVERIFY(!m_table->findItems(QStringLiteral("GUI PATROL"), Qt::MatchExactly).isEmpty());
        // And the Mission panel's counts, which follow the UI's own store, saw it too.
        auto *counts = m_window->findChild<QDockWidget *>(QStringLiteral("missionDock"))->findChildren<QTableWidget *>().value(0);
        QVERIFY(counts);
        bool tracksCounted = false;
        for (int r = 0; r < counts->rowCount(); ++r)
            if (counts->item(r, 0)->text() == QLatin1String("tracks"))
                tracksCounted = counts->item(r, 1)->text() == QLocale().toString(int(m_tracks.size()) + 1);
        QVERIFY(tracksCounted);
        report->close();
        windowOnly->setChecked(true);
    }

    void importCsvThroughTheColumnDialog()
    {
        // A logger's CSV whose columns say nothing Vigie knows: the column dialog asks which is
        // the time and the position; a CSV with usual names goes straight in (no dialog).
        QSettings().remove(QStringLiteral("import/columns")); // no choices remembered from an earlier run
        const QString csv = m_dir.filePath(QStringLiteral("logger.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Zeit,Breite,Laenge,Hoehe\n"
                    "2026-11-20T07:00:00Z,16.31,-0.02,260\n"
                    "2026-11-20T07:00:10Z,16.32,-0.03,261\n"
                    "2026-11-20T07:00:20Z,16.33,-0.04,262\n");
        }
        QAction *action = nullptr;
        for (QAction *a : m_window->menu(ui::ActionPlacement::FileMenu)->actions())
            if (a->objectName() == QLatin1String("importTracksAction"))
                action = a;
        QVERIFY(action);
        ui::FileChooser *chooser = m_window->workstation()->fileChooser();
        chooser->setOpenFiles([&](QWidget *, const QString &, const QString &, const QString &) { return QStringList{csv}; });
        QString statusBefore;
        bool okBefore = true, okAfter = false, introOk = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("columnMappingDialog"))
                return;
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okBefore = ok->isEnabled();
            statusBefore = dialog->findChild<QLabel *>(QStringLiteral("columnMappingStatus"))->text();
            for (const auto &[key, column] : {std::pair{"time", "Zeit"}, {"lat", "Breite"}, {"lon", "Laenge"}, {"altitude", "Hoehe"}}) {
                auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("column_") + QLatin1String(key));
                combo->setCurrentIndex(combo->findText(QLatin1String(column)));
            }
            okAfter = ok->isEnabled();
            introOk = dialog->findChild<QLabel *>(QStringLiteral("columnMappingIntro"))->text().contains(QStringLiteral("not imported"));
            dialog->grab().save(outputDir() + QStringLiteral("/tracks_column_mapping.png"));
            ok->click();
        });
        action->trigger();
        chooser->setOpenFiles({});
        QVERIFY2(!okBefore && statusBefore.contains(QStringLiteral("Latitude")) && statusBefore.contains(QStringLiteral("time or date")),
                 qPrintable(statusBefore));
        QVERIFY(okAfter);
        QVERIFY(introOk); // says what becomes of the other columns: for tracks, nothing
        QDialog *report = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((report = reportDialog()) != nullptr, 30000);
        report->close();
        core::TrackRepository repo(*m_window->mission());
        bool found = false;
        for (const core::Track &t : repo.tracks())
            if (t.sourceId == QLatin1String("logger.csv")) {
                found = true;
                QCOMPARE(t.pointCount, 3);
                const std::vector<core::TrackPoint> points = repo.points(t.id);
                QCOMPARE(points.size(), size_t(3));
                QCOMPARE(points[2].lat, 16.33);
                QCOMPARE(points[2].altitude, 262.0);
            }
        QVERIFY(found);

        // Usual names: no dialog, straight in.
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
        {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("time,lat,lon\n2026-11-20T08:00:00Z,16.4,-0.1\n2026-11-20T08:00:05Z,16.41,-0.11\n");
        }
        chooser->setOpenFiles([&](QWidget *, const QString &, const QString &, const QString &) { return QStringList{plain}; });
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                asked = dialog->objectName() == QLatin1String("columnMappingDialog");
                dialog->reject();
            }
        });
        action->trigger();
        chooser->setOpenFiles({});
        QVERIFY(!asked);
        QTRY_VERIFY_WITH_TIMEOUT((report = reportDialog()) != nullptr, 30000);
        report->close();
        bool plainFound = false;
        for (const core::Track &t : repo.tracks())
            plainFound = plainFound || (t.sourceId == QLatin1String("plain.csv") && t.pointCount == 2);
        QVERIFY(plainFound);
    }

    void screenshot()
    {
        // Midway through the Bourem patrol: the patrol lines, the UAV's orbit, markers and labels.
        const core::Track bourem = track(QStringLiteral("BANBAT-2 Bourem"));
        const core::Track uav = track(QStringLiteral("FALCON 1"));
        core::TimeWindow *w = m_window->timeWindow();
        qint64 first = std::numeric_limits<qint64>::max();
        for (const core::Track &t : m_tracks)
            first = std::min(first, t.firstSeenMs);
        QVERIFY(w->setRange(utc(first), utc(uav.firstSeenMs + 50 * 60 * 1000)));
        QTRY_COMPARE(marker(m_positions, uav.callsign).attribute(QStringLiteral("time_ms")).toLongLong(), w->endMs());
        m_window->selection()->select(QStringLiteral("tracks"), {bourem.id});
        m_window->canvas()->setExtent(QgsRectangle(-0.9, 15.5, 1.0, 17.1));
        m_window->canvas()->refresh();
        QSignalSpy done(m_window->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(done.wait(20000));
        QTest::qWait(200);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.save(outputDir() + QStringLiteral("/tracks_plugin.png")));

        // The UAV (friend) marker is drawn in blue: look around its position on the canvas.
        const QImage canvas = m_window->canvas()->grab().toImage();
        const QgsPointXY p = marker(m_positions, uav.callsign).geometry().asPoint();
        const QgsPointXY px = m_window->canvas()->getCoordinateTransform()->transform(p);
        bool blue = false;
        for (int dy = -8; dy <= 8 && !blue; ++dy)
            for (int dx = -8; dx <= 8 && !blue; ++dx) {
                const QColor c = canvas.pixelColor(int(px.x()) + dx, int(px.y()) + dy);
                blue = c.blue() > 150 && c.red() < 80 && c.green() > 90 && c.green() < 150;
            }
        QVERIFY2(blue, "no friend-blue around the UAV's marker");
    }
};

VIGIE_QGIS_TEST_MAIN(TestTracksPlugin)
#include "test_tracks_plugin.moc"
