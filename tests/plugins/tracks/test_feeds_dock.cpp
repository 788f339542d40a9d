// SPDX-License-Identifier: GPL-2.0-or-later
// The Feeds dock in the real main window with the tracks plugin from the build's plugin folder:
// a feed is added through its dialog, a real sender on 127.0.0.1 sends CoT events over UDP, the
// counters rise, the fixes are in the mission and the contacts on the Live contacts layer (one
// grey: its stale time has passed); the feed is remembered and restarted with the mission, then
// stopped and removed. The picture is left in $VIGIE_TEST_OUTPUT to look at.
// The plugin's own classes live in the plugin module: the test reaches its widgets by object
// name and standard Qt classes, and takes only enums from these headers.
#include "support/test_output.h"
#include "feed_dialog.h"
#include "feeds_panel.h"
#include "feeds/feed_stats.h"
#include "main_window.h"
#include "plugin/panel_plugin.h"
#include "plugin/plugin_manager.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "qgis_test_main.h"

#include <qgsabstractgeometry.h>
#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUdpSocket>

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

quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

QByteArray iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

// A TAK-like position report; stale after staleInMs (negative: already stale).
QByteArray cot(const QByteArray &uid, const char *type, double lat, double lon, double course, qint64 t, qint64 staleInMs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><event version=\"2.0\" uid=\"" + uid + "\" type=\"" + type +
           "\" how=\"m-g\" time=\"" + iso(t) + "\" start=\"" + iso(t) + "\" stale=\"" + iso(t + staleInMs) + "\"><point lat=\"" +
           QByteArray::number(lat, 'f', 6) + "\" lon=\"" + QByteArray::number(lon, 'f', 6) +
           "\" hae=\"260\" ce=\"5\" le=\"9999999.0\"/><detail><contact callsign=\"" + uid + "\"/><track course=\"" +
           QByteArray::number(course) + "\" speed=\"3\"/></detail></event>";
}

qint64 scalar(core::MissionStore *m, const QString &sql)
{
    return m->database().scalar(sql).toLongLong();
}
} // namespace

class TestFeedsDock : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<app::MainWindow> m_window;
    QWidget *m_panel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QgsVectorLayer *m_live = nullptr;
    quint16 m_port = 0;
    QString m_id;

    QToolButton *button(const char *name) { return m_panel->findChild<QToolButton *>(QLatin1String(name)); }
    QString cellText(int column) const
    {
        const QTableWidgetItem *i = m_table->item(0, column);
        return i ? i->text() : QString();
    }
    qint64 stored() const { return QLocale().toLongLong(cellText(plugins::FeedsPanel::StoredColumn)); }
    QString state() const { return cellText(plugins::FeedsPanel::StateColumn); }

    void sendContacts(int rounds, qint64 t0)
    {
        QUdpSocket out;
        const struct
        {
            const char *uid, *type;
            double lat, lon;
        } contacts[] = {{"BANBAT-1", "a-f-G-U-C", 16.28, -0.05},   {"BANBAT-2", "a-f-G-U-C-I", 16.25, -0.01},
                        {"FALCON-1", "a-f-A-M-F-Q", 16.31, -0.08}, {"PICKUP-7", "a-h-G-E-V", 16.22, 0.03},
                        {"TRUCK-12", "a-n-G-E-V", 16.33, 0.02}};
        for (int r = 0; r < rounds; ++r) {
            for (const auto &c : contacts)
                out.writeDatagram(cot(c.uid, c.type, c.lat + r * 2e-4, c.lon + r * 3e-4, 45.0 + r, t0 + r * 1000, 300000),
                                  QHostAddress::LocalHost, m_port);
            QTest::qWait(5);
        }
        // One contact that went quiet: its stale time is already behind us.
        out.writeDatagram(cot("LOST-3", "a-u-G", 16.26, 0.06, 180, t0 - 600000, 60000), QHostAddress::LocalHost, m_port);
    }

  private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("feeds.vigie"));
        core::buildDemoMission(m_path).reset();
        m_window = std::make_unique<app::MainWindow>();
        m_window->loadPlugins();
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openMission(m_path));
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("feedsDock"));
        QVERIFY(dock);
        dock->raise();
        m_panel = m_window->findChild<QWidget *>(QStringLiteral("feedsPanel"));
        QVERIFY(m_panel);
        m_table = m_panel->findChild<QTableWidget *>(QStringLiteral("feedsTable"));
        m_details = m_panel->findChild<QLabel *>(QStringLiteral("feedDetails"));
        QVERIFY(m_table && m_details);
        m_live = layerNamed(QStringLiteral("liveContactsLayer"));
        QVERIFY(m_live);
        QCOMPARE(m_table->rowCount(), 0);
        m_port = freeUdpPort();
    }
    void cleanupTestCase() { m_window.reset(); }

    void addFeedThroughTheDialog()
    {
        QVERIFY(button("addFeedButton")->isEnabled());
        button("addFeedButton")->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QDialog *>(QStringLiteral("feedDialog"))) && dialog->isVisible());
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("feedKind"));
        auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("feedHost"));
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("feedPort"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("feedName"));
        QVERIFY(kind && host && port && name);
        QCOMPARE(kind->count(), 8);
        kind->setCurrentIndex(kind->findData(int(plugins::FeedDialog::CotMulticast)));
        QCOMPARE(host->text(), QStringLiteral("239.2.3.1")); // TAK's SA group by default
        QCOMPARE(port->value(), 6969);
        kind->setCurrentIndex(kind->findData(int(plugins::FeedDialog::CotUdp)));
        // A group where a unicast address belongs is refused with the reason, OK disabled.
        host->setText(QStringLiteral("239.2.3.1"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("feedProblem"))->text().contains(QStringLiteral("multicast")));
        host->setText(QStringLiteral("127.0.0.1"));
        port->setValue(m_port);
        name->setText(QStringLiteral("Gao camp TAK"));
        QVERIFY(ok->isEnabled());
        const QImage shot = dialog->grab().toImage();
        QVERIFY(shot.save(outputDir() + QStringLiteral("/feed_dialog.png")));
        ok->click();
        QCOMPARE(m_table->rowCount(), 1);
        m_id = m_window->mission()->database().scalar(QStringLiteral("SELECT id FROM feeds")).toString();
        QVERIFY(!m_id.isEmpty());
        QCOMPARE(m_table->item(0, plugins::FeedsPanel::NameColumn)->text(), QStringLiteral("Gao camp TAK"));
        QVERIFY(m_table->item(0, plugins::FeedsPanel::NameColumn)->toolTip().contains(QStringLiteral("cot+udp://127.0.0.1:%1").arg(m_port)));
        QTRY_COMPARE(state(), core::feedStateLabel(core::FeedState::Listening));
        QCOMPARE(scalar(m_window->mission(), QStringLiteral("SELECT running FROM feeds WHERE id = '%1'").arg(m_id)), 1);
        QVERIFY(!button("startFeedButton")->isEnabled());
        QVERIFY(button("stopFeedButton")->isEnabled());
    }

    void contactsArriveOnTheMap()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        sendContacts(20, now - 20000);
        // The table follows at its next refresh (2 Hz).
        QTRY_COMPARE_WITH_TIMEOUT(stored(), 101, 10000);
        QCOMPARE(cellText(plugins::FeedsPanel::RejectedColumn), QStringLiteral("0"));
        QVERIFY(!cellText(plugins::FeedsPanel::LastColumn).isEmpty());
        QVERIFY(!cellText(plugins::FeedsPanel::RateColumn).isEmpty());
        QVERIFY(m_details->text().contains(QStringLiteral("101")));
        core::MissionStore *m = m_window->mission();
        QCOMPARE(scalar(m, QStringLiteral("SELECT coalesce(sum(c.point_count), 0) FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid "
                                          "WHERE t.source_id IN ('BANBAT-1','BANBAT-2','FALCON-1','PICKUP-7','TRUCK-12','LOST-3')")),
                 101);
        QCOMPARE(scalar(m, QStringLiteral("SELECT count(*) FROM live_contacts")), 6);
        // On the layer: six contacts, one of them grey (stale).
        QTRY_COMPARE(m_live->featureCount(), 6);
        QgsFeature f;
        QgsFeatureIterator it = m_live->getFeatures();
        int stale = 0;
        QString staleName;
        double falconCourse = 0;
        while (it.nextFeature(f)) {
            if (f.attribute(QStringLiteral("stale")).toInt() == 1) {
                ++stale;
                staleName = f.attribute(QStringLiteral("callsign")).toString();
            }
            if (f.attribute(QStringLiteral("callsign")).toString() == QLatin1String("FALCON-1")) {
                falconCourse = f.attribute(QStringLiteral("course")).toDouble();
                QCOMPARE(f.attribute(QStringLiteral("affiliation")).toString(), QStringLiteral("friend"));
            }
        }
        QCOMPARE(stale, 1);
        QCOMPARE(staleName, QStringLiteral("LOST-3"));
        QCOMPARE(falconCourse, 45.0 + 19);

        // The callsigns are drawn by the layer's symbol, not by QGIS's labeling engine: a labelled
        // layer redrawn twice a second would make QGIS place every label of the map again each time.
        QVERIFY(!m_live->labelsEnabled());
        QgsRenderContext context;
        const QgsSymbolList symbols = m_live->renderer()->symbols(context);
        QVERIFY(!symbols.isEmpty());
        bool callsignInSymbol = false;
        for (const QgsSymbolLayer *sl : symbols.first()->symbolLayers())
            callsignInSymbol |= sl->layerType() == QLatin1String("FontMarker") &&
                                sl->dataDefinedProperties().property(QgsSymbolLayer::PropertyCharacter).field() == QLatin1String("callsign");
        QVERIFY(callsignInSymbol);
        // Read again with nothing new, the layer is not refilled and the map not redrawn.
        QObject *liveContacts = nullptr;
        for (ui::PanelPlugin *p : m_window->pluginManager()->plugins())
            if (auto *o = dynamic_cast<QObject *>(p))
                for (QObject *c : o->children())
                    if (QLatin1String(c->metaObject()->className()) == QLatin1String("vigie::plugins::LiveContactsLayer"))
                        liveContacts = c;
        QVERIFY(liveContacts);
        QSignalSpy repaints(m_live, &QgsMapLayer::repaintRequested);
        QVERIFY(QMetaObject::invokeMethod(liveContacts, "rebuild", Q_ARG(qint64, QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(QMetaObject::invokeMethod(liveContacts, "rebuild", Q_ARG(qint64, QDateTime::currentMSecsSinceEpoch())));
        QCOMPARE(repaints.count(), 0);
        QCOMPARE(m_live->featureCount(), 6);

        m_window->canvas()->setExtent(QgsRectangle(-0.14, 16.17, 0.14, 16.37));
        m_window->canvas()->refresh();
        QSignalSpy done(m_window->canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        QVERIFY(done.wait(20000));
        QTest::qWait(200);
        QVERIFY(m_window->grab().toImage().save(outputDir() + QStringLiteral("/feeds_dock.png")));
        QVERIFY(m_panel->grab().toImage().save(outputDir() + QStringLiteral("/feeds_dock_panel.png")));
    }

    // A contact's track line grows as its fixes are committed (at the dock's refresh, 2 Hz),
    // without the window moving: only the new points are read.
    void trackLinesGrowAsFixesArrive()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QgsVectorLayer *lines = layerNamed(QStringLiteral("tracksLinesLayer"));
        QVERIFY(lines);
        // Moving the window schedules a full rebuild of the lines; wait for it (it repaints the
        // layer), so that what follows sees only the growth by new fixes.
        QSignalSpy repaints(lines, &QgsMapLayer::repaintRequested);
        m_window->timeWindow()->setRange(QDateTime::fromMSecsSinceEpoch(now - 3600000, Qt::UTC),
                                         QDateTime::fromMSecsSinceEpoch(now + 3600000, Qt::UTC));
        QTRY_VERIFY_WITH_TIMEOUT(!repaints.isEmpty(), 10000);
        // A line may come in pieces (its growing end is a feature of its own), each starting at
        // the previous one's last vertex: the vertices of the whole line.
        const auto vertices = [lines](const QString &callsign) {
            QgsFeature f;
            QgsFeatureIterator it = lines->getFeatures();
            int n = 0, pieces = 0;
            while (it.nextFeature(f))
                if (f.attribute(QStringLiteral("callsign")).toString() == callsign) {
                    n += f.geometry().constGet()->nCoordinates();
                    ++pieces;
                }
            return pieces ? n - (pieces - 1) : 0;
        };
        // The 20 fixes of contactsArriveOnTheMap, once the window's rebuild has run.
        QTRY_COMPARE_WITH_TIMEOUT(vertices(QStringLiteral("BANBAT-1")), 20, 10000);
        const auto fids = [lines] {
            QgsFeatureIds ids;
            QgsFeature f;
            QgsFeatureIterator it = lines->getFeatures();
            while (it.nextFeature(f))
                ids.insert(f.id());
            return ids;
        };
        const QgsFeatureIds before = fids();
        const qint64 storedBefore = stored();
        QUdpSocket out;
        for (int i = 0; i < 10; ++i) {
            out.writeDatagram(cot("BANBAT-1", "a-f-G-U-C", 16.29 + i * 2e-4, -0.04 + i * 3e-4, 50, now + 1000 + i * 1000, 300000),
                              QHostAddress::LocalHost, m_port);
            if (i == 4) // two batches at least
                QTRY_COMPARE_WITH_TIMEOUT(vertices(QStringLiteral("BANBAT-1")), 25, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(vertices(QStringLiteral("BANBAT-1")), 30, 10000);
        QCOMPARE(stored(), storedBefore + 10);
        // Extended, not rebuilt: the lines drawn before are all still there.
        QVERIFY(fids().contains(before));
        QCOMPARE(vertices(QStringLiteral("BANBAT-2")), 20);
        // The line ends at the newest fix.
        QgsFeature f;
        QgsFeatureIterator it = lines->getFeatures();
        bool endsThere = false;
        while (it.nextFeature(f))
            if (f.attribute(QStringLiteral("callsign")).toString() == QLatin1String("BANBAT-1")) {
                const QgsAbstractGeometry *g = f.geometry().constGet();
                endsThere |= qFuzzyCompare(g->vertexAt(QgsVertexId(0, 0, g->nCoordinates() - 1)).y(), 16.29 + 9 * 2e-4);
            }
        QVERIFY(endsThere);

        // A long run: the growing end is closed past its size and a new piece goes on from it.
        for (int i = 0; i < 300; ++i) {
            out.writeDatagram(cot("BANBAT-2", "a-f-G-U-C-I", 16.25 + i * 1e-4, -0.01 - i * 1e-4, 90, now + 1000 + i * 1000, 300000),
                              QHostAddress::LocalHost, m_port);
            if (i % 100 == 99)
                QTRY_COMPARE_WITH_TIMEOUT(vertices(QStringLiteral("BANBAT-2")), 20 + i + 1, 10000);
        }
        int pieces = 0;
        it = lines->getFeatures();
        while (it.nextFeature(f))
            pieces += f.attribute(QStringLiteral("callsign")).toString() == QLatin1String("BANBAT-2") ? 1 : 0;
        QVERIFY2(pieces >= 3, qPrintable(QString::number(pieces)));
    }

    void feedsRestartWithTheMission()
    {
        m_window->closeMission();
        QCOMPARE(m_table->rowCount(), 0);
        QVERIFY(m_window->openMission(m_path));
        QCOMPARE(m_table->rowCount(), 1);
        // It was running when the mission closed: it runs again.
        QTRY_COMPARE(state(), core::feedStateLabel(core::FeedState::Listening));
        QVERIFY(button("stopFeedButton")->isEnabled());
        sendContacts(2, QDateTime::currentMSecsSinceEpoch());
        QTRY_COMPARE_WITH_TIMEOUT(stored(), 11, 10000);
        QCOMPARE(scalar(m_window->mission(), QStringLiteral("SELECT coalesce(sum(c.point_count), 0) FROM track_chunks c JOIN tracks t ON t.fid = c.track_fid "
                                                            "WHERE t.source_id LIKE 'BANBAT-%'")),
                 354);
    }

    void stopAndRemove()
    {
        m_table->selectRow(0);
        button("stopFeedButton")->click();
        QVERIFY(!button("stopFeedButton")->isEnabled());
        QCOMPARE(state(), QCoreApplication::translate("vigie::plugins::FeedsPanel", "stopped"));
        QCOMPARE(scalar(m_window->mission(), QStringLiteral("SELECT running FROM feeds WHERE id = '%1'").arg(m_id)), 0);
        QVERIFY(button("startFeedButton")->isEnabled());
        button("removeFeedButton")->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_panel->findChild<QMessageBox *>(QStringLiteral("removeFeedQuestion"))) && box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(m_table->rowCount(), 0);
        QCOMPARE(scalar(m_window->mission(), QStringLiteral("SELECT count(*) FROM feeds WHERE deleted_at_ms IS NULL")), 0);
        // What it recorded stays.
        QCOMPARE(scalar(m_window->mission(), QStringLiteral("SELECT count(*) FROM live_contacts")), 6);
    }
};

VIGIE_QGIS_TEST_MAIN(TestFeedsDock)
#include "test_feeds_dock.moc"
