// SPDX-License-Identifier: GPL-2.0-or-later
// The Incidents plugin as an analyst uses it: the real main window offscreen, the plugin loaded
// from the build's plugin folder, the demo mission (~2,800 incidents); the table's counts checked
// against SQL on the mission file, the map layer against the time window, selection both ways, and
// an incident added through the form, found in the store and on the map, then undone.
#include "support/test_output.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_taxonomy.h"
#include "main_window.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "mission/sqlite_db.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"
#include "workstation/workstation.h"
#include "workstation/selection.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsmaptool.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QPainter>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>

using namespace vigie;

namespace {
using test::outputDir;
const qint64 kNow = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kDay = 24LL * 3600 * 1000;

} // namespace

class TestIncidentsPlugin : public QObject
{
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_addedId;

    QgsMapCanvas *canvas() const { return m_window->canvas(); }
    template <typename T> T *widget(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QTableView *table() const { return widget<QTableView>(QStringLiteral("incidentsTable")); }
    QgsVectorLayer *layer() const
    {
        const QList<QgsMapLayer *> found = QgsProject::instance()->mapLayersByName(QStringLiteral("Incidents"));
        return found.isEmpty() ? nullptr : qobject_cast<QgsVectorLayer *>(found.front());
    }
    // COUNT(*) on the mission file itself, over the current window, plus `where`.
    qint64 sqlCount(const QString &where = QString()) const
    {
        core::Database db;
        db.open(m_path, core::Database::Mode::ReadOnly);
        const core::TimeWindow *w = m_window->timeWindow();
        QString sql = QStringLiteral("SELECT count(*) FROM incidents WHERE deleted_at_ms IS NULL AND time_ms BETWEEN %1 AND %2")
                          .arg(w->startMs())
                          .arg(w->endMs());
        if (!where.isEmpty())
            sql += QStringLiteral(" AND (%1)").arg(where);
        return db.scalar(sql).toLongLong();
    }
    void setWindowDays(int days) { QVERIFY(m_window->timeWindow()->setRange(QDateTime::fromMSecsSinceEpoch(kNow - days * kDay, Qt::UTC),
                                                                            QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC))); }
    void resetFilters()
    {
        widget<QComboBox>(QStringLiteral("incidentsFilterCategory"))->setCurrentIndex(0);
        widget<QSpinBox>(QStringLiteral("incidentsFilterSeverity"))->setValue(1);
        widget<QComboBox>(QStringLiteral("incidentsFilterStatus"))->setCurrentIndex(0);
        widget<QComboBox>(QStringLiteral("incidentsFilterSensitivity"))->setCurrentIndex(0);
        widget<QLineEdit>(QStringLiteral("incidentsFilterText"))->clear();
        widget<QCheckBox>(QStringLiteral("incidentsFilterExtent"))->setChecked(false);
        QTest::qWait(400); // the text filter is debounced
    }
    void waitForRender()
    {
        QSignalSpy done(canvas(), &QgsMapCanvas::mapCanvasRefreshed);
        canvas()->refresh();
        done.wait(20000);
        QTest::qWait(200);
    }
    QDialog *openDialog() const
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("incidentDialog") && w->isVisible())
                return qobject_cast<QDialog *>(w);
        return m_window->findChild<QDialog *>(QStringLiteral("incidentDialog"));
    }

  private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.vigie"));
        core::DemoOptions options;
        options.nowMs = kNow;
        core::buildDemoMission(m_path, options).reset();
        m_window = std::make_unique<app::MainWindow>();
        m_window->loadPlugins({QStringLiteral(VIGIE_BINARY_DIR "/plugins-out")});
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openMission(m_path));
        setWindowDays(30);
        canvas()->setExtent(QgsRectangle(-5.0, 13.5, 1.5, 17.5));
        canvas()->refresh();
        QTest::qWait(100);
    }
    void cleanupTestCase() { m_window.reset(); }

    void pluginLoaded()
    {
        bool loaded = false;
        for (const ui::PluginRecord &r : m_window->pluginManager()->records())
            if (r.id == QLatin1String("incidents"))
                loaded = r.loaded;
        QVERIFY(loaded);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("incidentsDock")));
        QVERIFY(layer());
        QVERIFY(layer()->isValid());
        QCOMPARE(layer()->providerType(), QStringLiteral("spatialite"));
        QVERIFY(canvas()->layers().contains(layer()));
        for (const char *name : {"incidentsImport", "incidentsExport", "incidentsUndo", "incidentsRedo", "incidentsIdentify", "incidentsNewAction"})
            QVERIFY2(action(QString::fromLatin1(name)), name);
        QVERIFY(core::IncidentRepository(*m_window->mission()).count() > 2000);
    }

    void iconsForEveryCategory()
    {
        const QDir dir(QStringLiteral(VIGIE_SOURCE_DIR "/resources/icons/incidents"));
        const auto &categories = core::IncidentTaxonomy::builtin().categories();
        QImage sheet(int(categories.size()) * 56, 56, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        int i = 0;
        for (const auto &c : categories) {
            QFile f(dir.filePath(c.icon + QStringLiteral(".svg")));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(c.icon));
            const QByteArray svg = f.readAll();
            QVERIFY2(svg.contains("SPDX-License-Identifier: GPL-2.0-or-later"), qPrintable(c.icon));
            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(c.icon));
            QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 32, 32));
            renderer.render(&painter, QRectF(i++ * 56 + 4, 4, 48, 48));
        }
        painter.end();
        QVERIFY(sheet.save(outputDir() + QStringLiteral("/incident_icons.png")));
    }

    void countsMatchSql_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("minSeverity");
        QTest::addColumn<int>("status");      // -1 any
        QTest::addColumn<int>("sensitivity"); // -1 any
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("window only") << QString() << 1 << -1 << -1 << QString() << QString();
        QTest::newRow("armed clashes") << QStringLiteral("armed_clash") << 1 << -1 << -1 << QString()
                                       << QStringLiteral("category = 'armed_clash'");
        QTest::newRow("severe, confirmed") << QString() << 3 << int(core::Incident::Status::Confirmed) << -1 << QString()
                                           << QStringLiteral("severity >= 3 AND status = 'confirmed'");
        QTest::newRow("restricted, Gao") << QString() << 2 << -1 << int(core::Sensitivity::UnRestricted) << QStringLiteral("gao")
                                         << QStringLiteral("severity >= 2 AND sensitivity IN ('UNCLASSIFIED', 'UN RESTRICTED') AND "
                                                           "(description LIKE '%gao%' OR place_name LIKE '%gao%' OR admin1 LIKE '%gao%' "
                                                           "OR admin2 LIKE '%gao%' OR actor1 LIKE '%gao%' OR actor2 LIKE '%gao%' "
                                                           "OR source LIKE '%gao%' OR external_id LIKE '%gao%')");
    }
    void countsMatchSql()
    {
        QFETCH(QString, category);
        QFETCH(int, minSeverity);
        QFETCH(int, status);
        QFETCH(int, sensitivity);
        QFETCH(QString, text);
        QFETCH(QString, where);
        resetFilters();
        auto *cat = widget<QComboBox>(QStringLiteral("incidentsFilterCategory"));
        cat->setCurrentIndex(category.isEmpty() ? 0 : cat->findData(category));
        widget<QSpinBox>(QStringLiteral("incidentsFilterSeverity"))->setValue(minSeverity);
        auto *st = widget<QComboBox>(QStringLiteral("incidentsFilterStatus"));
        st->setCurrentIndex(st->findData(status));
        auto *sens = widget<QComboBox>(QStringLiteral("incidentsFilterSensitivity"));
        sens->setCurrentIndex(sens->findData(sensitivity));
        widget<QLineEdit>(QStringLiteral("incidentsFilterText"))->setText(text);
        QTest::qWait(400);
        const qint64 expected = sqlCount(where);
        QVERIFY(expected > 0);
        QCOMPARE(qint64(table()->model()->rowCount()), expected);
        // The map layer shows the same incidents as the table.
        QCOMPARE(layer()->featureCount(), expected);
        QgsFeatureRequest all;
        all.setFlags(QgsFeatureRequest::NoGeometry);
        qint64 iterated = 0;
        QgsFeatureIterator it = layer()->getFeatures(all);
        for (QgsFeature f; it.nextFeature(f);)
            ++iterated;
        QCOMPARE(iterated, expected);
        QVERIFY2(widget<QLabel>(QStringLiteral("incidentsCount"))->text().startsWith(QString::number(expected) + QLatin1Char(' ')),
                 qPrintable(widget<QLabel>(QStringLiteral("incidentsCount"))->text()));
        resetFilters();
    }

    void tableAndLayerFollowTheTimeWindow()
    {
        resetFilters();
        setWindowDays(7);
        const qint64 week = sqlCount();
        QCOMPARE(qint64(table()->model()->rowCount()), week);
        QCOMPARE(layer()->featureCount(), week);
        setWindowDays(60);
        const qint64 twoMonths = sqlCount();
        QVERIFY(twoMonths > week);
        QCOMPARE(qint64(table()->model()->rowCount()), twoMonths);
        QCOMPARE(layer()->featureCount(), twoMonths);
        // Sorting on another column keeps every row.
        table()->sortByColumn(2, Qt::DescendingOrder); // severity
        QCOMPARE(qint64(table()->model()->rowCount()), twoMonths);
        for (int r = 1; r < 50; ++r)
            QVERIFY(table()->model()->index(r - 1, 2).data().toInt() >= table()->model()->index(r, 2).data().toInt());
        table()->sortByColumn(0, Qt::DescendingOrder);
        setWindowDays(30);
    }

    void selectionBothWays()
    {
        // Table → shared selection → map.
        table()->selectRow(3);
        const QString id = table()->model()->index(3, 0).data(Qt::UserRole + 1).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_window->selection()->ids(QStringLiteral("incidents")), QSet<QString>{id});
        const QgsFeatureList onMap = layer()->selectedFeatures();
        QCOMPARE(onMap.size(), 1);
        QCOMPARE(onMap.front().attribute(QStringLiteral("id")).toString(), id);
        // Map → shared selection → table.
        const QString other = table()->model()->index(10, 0).data(Qt::UserRole + 1).toString();
        QgsFeatureRequest request;
        request.setFilterExpression(QStringLiteral("\"id\" = '%1'").arg(other));
        QgsFeature f;
        QVERIFY(layer()->getFeatures(request).nextFeature(f));
        layer()->selectByIds({f.id()});
        QCOMPARE(m_window->selection()->ids(QStringLiteral("incidents")), QSet<QString>{other});
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().row(), 10);
    }

    void formRefusesWithReasons()
    {
        action(QStringLiteral("incidentsNewAction"))->trigger();
        QDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("incidentPosition"))->setText(QStringLiteral("somewhere"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("incidentError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("position"), Qt::CaseInsensitive));
        dialog->reject();
    }

    void addThroughTheFormThenUndo()
    {
        const qint64 storeBefore = core::IncidentRepository(*m_window->mission()).count();
        const qint64 layerBefore = layer()->featureCount();
        action(QStringLiteral("incidentsNewAction"))->trigger();
        QDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(kNow - 2 * 3600 * 1000, Qt::UTC);
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("incidentTime"))->setDateTime(when);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("incidentDtg"))->text(), QStringLiteral("221000ZNOV26"));
        dialog->findChild<QLineEdit *>(QStringLiteral("incidentPosition"))->setText(QStringLiteral("15.5 -2.25"));
        dialog->findChild<QLineEdit *>(QStringLiteral("incidentPlace"))->setText(QStringLiteral("Testville"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("incidentCategory"));
        category->setCurrentIndex(category->findData(QStringLiteral("ied_explosive")));
        dialog->findChild<QSpinBox *>(QStringLiteral("incidentSeverity"))->setValue(4);
        dialog->findChild<QSpinBox *>(QStringLiteral("incidentInjured"))->setValue(2);
        dialog->findChild<QLineEdit *>(QStringLiteral("incidentSource"))->setText(QStringLiteral("Patrol report"));
        auto *rel = dialog->findChild<QComboBox *>(QStringLiteral("incidentReliability"));
        rel->setCurrentIndex(rel->findData(QStringLiteral("B")));
        auto *cred = dialog->findChild<QComboBox *>(QStringLiteral("incidentCredibility"));
        cred->setCurrentIndex(cred->findData(QStringLiteral("2")));
        dialog->accept();
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->findChild<QLabel *>(QStringLiteral("incidentError"))->text()));

        core::IncidentRepository repo(*m_window->mission());
        QCOMPARE(repo.count(), storeBefore + 1);
        const QSet<QString> selected = m_window->selection()->ids(QStringLiteral("incidents"));
        QCOMPARE(selected.size(), 1);
        m_addedId = *selected.begin();
        const std::optional<core::Incident> stored = repo.get(m_addedId);
        QVERIFY(stored);
        QCOMPARE(stored->placeName, QStringLiteral("Testville"));
        QCOMPARE(stored->timeMs, when.toMSecsSinceEpoch());
        QCOMPARE(stored->admiraltyCode(), QStringLiteral("B2"));
        QCOMPARE(stored->category, QStringLiteral("ied_explosive"));
        QCOMPARE(stored->lat, 15.5);
        QCOMPARE(stored->lon, -2.25);
        // On the map, at the typed position.
        QCOMPARE(layer()->featureCount(), layerBefore + 1);
        QgsFeatureRequest request(QgsRectangle(-2.2501, 15.4999, -2.2499, 15.5001));
        QgsFeatureIterator it = layer()->getFeatures(request);
        QgsFeature f;
        QVERIFY(it.nextFeature(f));
        QCOMPARE(f.attribute(QStringLiteral("id")).toString(), m_addedId);
        QCOMPARE(layer()->selectedFeatureIds(), QgsFeatureIds({f.id()}));
        // And in the table, selected.
        QCOMPARE(qint64(table()->model()->rowCount()), sqlCount());

        // Clicking it on the map with the identify tool opens its form.
        action(QStringLiteral("incidentsIdentify"))->trigger();
        QCOMPARE(canvas()->mapTool()->objectName(), QStringLiteral("incidentsIdentifyTool"));
        canvas()->setExtent(QgsRectangle(-2.35, 15.4, -2.15, 15.6));
        waitForRender();
        QgsMapToPixel m2p = canvas()->mapSettings().mapToPixel();
        const QPoint at = m2p.transform(QgsPointXY(-2.25, 15.5)).toQPointF().toPoint() + QPoint(2, 1);
        for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
            QMouseEvent e(type, at, canvas()->viewport()->mapToGlobal(at), Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(canvas()->viewport(), &e);
        }
        QDialog *form = openDialog();
        QVERIFY(form);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("incidentPlace"))->text(), QStringLiteral("Testville"));
        QVERIFY(m_window->grab().save(outputDir() + QStringLiteral("/incidents_form.png")));
        form->reject();
        canvas()->setExtent(QgsRectangle(-5.0, 13.5, 1.5, 17.5));

        // Undo takes it away again (soft delete); redo brings it back.
        action(QStringLiteral("incidentsUndo"))->trigger();
        QCOMPARE(repo.count(), storeBefore);
        QVERIFY(repo.get(m_addedId)); // kept, marked deleted
        QCOMPARE(layer()->featureCount(), layerBefore);
        action(QStringLiteral("incidentsRedo"))->trigger();
        QCOMPARE(repo.count(), storeBefore + 1);
        QCOMPARE(layer()->featureCount(), layerBefore + 1);
        action(QStringLiteral("incidentsUndo"))->trigger();
        QCOMPARE(repo.count(), storeBefore);
    }

    void importAndExportThroughThePanel()
    {
        resetFilters();
        // Three good ACLED rows inside the 30-day window, one with a bad date, one out of range.
        const QString csv = m_dir.filePath(QStringLiteral("panel-import.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,inter2,"
                    "civilian_targeting,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
                    "PANEL1,2026-11-20,1,Battles,Armed clash,JNIM,FAMa,1,,Gao,Gao,Gao,16.27,-0.04,1,Studio Tamani,"
                    "\"Clash near Gao, \"\"heavy\"\" fire\",3\n"
                    "PANEL2,2026-11-19,1,Violence against civilians,Attack,Unidentified,Civilians,7,"
                    "Civilian targeting,Mopti,Douentza,Boni,15.1,-2.2,2,Menastream,Village attacked,2\n"
                    "PANEL3,2026-11-18,1,Explosions/Remote violence,Remote explosive/landmine/IED,JNIM,,,,"
                    "Menaka,Menaka,Menaka,15.91,2.40,1,Local,IED on the road,0\n"
                    "PANEL4,20 Novembre,1,Battles,Armed clash,JNIM,FAMa,1,,Gao,Gao,Gao,16.27,-0.04,1,x,bad date,0\n"
                    "PANEL5,2026-11-17,1,Battles,Armed clash,JNIM,FAMa,1,,Gao,Gao,Gao,96.0,-0.04,1,x,out of range,0\n");
        }
        const QString exported = m_dir.filePath(QStringLiteral("panel-export.geojson"));
        QObject *controller = m_window->findChild<QObject *>(QStringLiteral("incidentsController"));
        QVERIFY(controller);
        // The workstation's file chooser answers instead of the system dialogs.
        ui::FileChooser *chooser = m_window->workstation()->fileChooser();
        QStringList asked;
        chooser->setOpenFiles([&](QWidget *, const QString &title, const QString &, const QString &filter) {
            asked << title << filter;
            return QStringList{csv};
        });
        chooser->setSaveFile([&](QWidget *, const QString &title, const QString &, const QString &, QString *) {
            asked << title;
            return exported;
        });

        const qint64 tableBefore = table()->model()->rowCount();
        const qint64 layerBefore = layer()->featureCount();
        QCOMPARE(layerBefore, tableBefore);
        QSignalSpy finished(controller, SIGNAL(importFinished(int, int)));
        action(QStringLiteral("incidentsImport"))->trigger(); // real importer on a worker thread
        if (finished.isEmpty())
            QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.front().at(0).toInt(), 3);
        QCOMPARE(finished.front().at(1).toInt(), 2);
        QVERIFY(asked.contains(QStringLiteral("Import incidents")));
        QVERIFY(asked.join(QLatin1Char(' ')).contains(QStringLiteral("*.csv")));

        // Rows in the table and on the map.
        QCOMPARE(qint64(table()->model()->rowCount()), tableBefore + 3);
        QCOMPARE(layer()->featureCount(), layerBefore + 3);
        QCOMPARE(layer()->featureCount(), sqlCount());
        QgsFeatureRequest byId;
        byId.setFilterExpression(QStringLiteral("\"external_id\" = 'PANEL2'"));
        QgsFeature f;
        QVERIFY(layer()->getFeatures(byId).nextFeature(f));
        QCOMPARE(f.attribute(QStringLiteral("place_name")).toString(), QStringLiteral("Boni"));
        QCOMPARE(f.geometry().asPoint(), QgsPointXY(-2.2, 15.1));

        // The rejects shown to the user, with their lines and reasons, and beside the file.
        QPlainTextEdit *details = nullptr;
        QDialog *result = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("incidentsImportResult") && w->isVisible())
                result = qobject_cast<QDialog *>(w);
        QVERIFY(result);
        details = result->findChild<QPlainTextEdit *>();
        QVERIFY(details);
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("line 5")) && text.contains(QStringLiteral("event_date")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 6")) && text.contains(QStringLiteral("out of range")), qPrintable(text));
        QVERIFY2(text.contains(csv + QStringLiteral(".rejects.csv")), qPrintable(text));
        QVERIFY(QFile::exists(csv + QStringLiteral(".rejects.csv")));
        QVERIFY(result->grab().save(outputDir() + QStringLiteral("/incidents_import_result.png")));
        result->close();

        // Export what the panel shows (the window, one category) to GeoJSON and read it back.
        auto *cat = widget<QComboBox>(QStringLiteral("incidentsFilterCategory"));
        cat->setCurrentIndex(cat->findData(QStringLiteral("armed_clash")));
        const int shown = table()->model()->rowCount();
        QVERIFY(shown > 0);
        action(QStringLiteral("incidentsExport"))->trigger();
        QVERIFY(asked.contains(QStringLiteral("Export incidents")));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(out.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
        const QJsonArray features = doc.value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), shown);
        bool found = false;
        for (const QJsonValue &v : features) {
            const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
            QCOMPARE(props.value(QStringLiteral("category")).toString(), QStringLiteral("armed_clash"));
            if (props.value(QStringLiteral("external_id")).toString() == QLatin1String("PANEL1")) {
                found = true;
                QCOMPARE(props.value(QStringLiteral("description")).toString(), QStringLiteral("Clash near Gao, \"heavy\" fire"));
                const QJsonArray xy = v.toObject().value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
                QCOMPARE(xy.at(0).toDouble(), -0.04);
                QCOMPARE(xy.at(1).toDouble(), 16.27);
            }
        }
        QVERIFY(found);
        chooser->setOpenFiles({});
        chooser->setSaveFile({});
        resetFilters();
    }

    void importThroughTheColumnDialog()
    {
        // A CSV whose columns Vigie cannot guess (semicolons, French names): the column dialog
        // asks, OK waits for the required fields, and the choices drive the import.
        QSettings().remove(QStringLiteral("import/columns")); // no choices remembered from an earlier run
        const QString csv = m_dir.filePath(QStringLiteral("releve.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Quand;Y_WGS84;X_WGS84;Type;Lieu;Morts;Ref\n"
                    "2026-11-20T08:30:00Z;16.27;-0.04;armed_clash;Gao, marché;2;REL1\n"
                    "2026-11-21;15.91;2.40;looting;Ménaka;0;REL2\n");
        }
        QObject *controller = m_window->findChild<QObject *>(QStringLiteral("incidentsController"));
        QVERIFY(controller);
        ui::FileChooser *chooser = m_window->workstation()->fileChooser();
        chooser->setOpenFiles([&](QWidget *, const QString &, const QString &, const QString &) { return QStringList{csv}; });
        core::Database db;
        db.open(m_path, core::Database::Mode::ReadOnly);
        const auto stored = [&db] { return db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE external_id LIKE 'REL%'")).toInt(); };

        // First time: the person cancels the dialog; nothing is imported.
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            sawDialog = dialog && dialog->objectName() == QLatin1String("columnMappingDialog");
            if (dialog)
                dialog->reject();
        });
        action(QStringLiteral("incidentsImport"))->trigger();
        QVERIFY(sawDialog);
        QCOMPARE(stored(), 0);

        // Then maps the columns and imports.
        QString statusBefore, statusAfter;
        bool okBefore = true, okAfter = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("columnMappingStatus"));
            okBefore = ok->isEnabled();
            statusBefore = status->text();
            const auto choose = [dialog](const char *key, const char *column) {
                auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("column_") + QLatin1String(key));
                QVERIFY(combo);
                combo->setCurrentIndex(combo->findText(QLatin1String(column)));
            };
            // Guessed from their names: Type (category) and Ref (external id).
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("column_category"))->currentText(), QStringLiteral("Type"));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("column_external_id"))->currentText(), QStringLiteral("Ref"));
            choose("time", "Quand");
            choose("lat", "Y_WGS84");
            choose("lon", "X_WGS84");
            choose("place_name", "Lieu");
            choose("fatalities", "Morts");
            okAfter = ok->isEnabled();
            statusAfter = status->text();
            dialog->grab().save(outputDir() + QStringLiteral("/incidents_column_mapping.png"));
            ok->click();
        });
        QSignalSpy finished(controller, SIGNAL(importFinished(int, int)));
        action(QStringLiteral("incidentsImport"))->trigger();
        if (finished.isEmpty())
            QVERIFY(finished.wait(60000));
        QVERIFY(!okBefore);
        QVERIFY2(statusBefore.contains(QStringLiteral("Date and time")) && statusBefore.contains(QStringLiteral("Latitude")),
                 qPrintable(statusBefore));
        QVERIFY2(okAfter, qPrintable(statusAfter));
        QCOMPARE(finished.front().at(0).toInt(), 2);
        QCOMPARE(finished.front().at(1).toInt(), 0);
        QCOMPARE(stored(), 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT place_name || '|' || fatalities || '|' || category || '|' || lat || '|' || lon "
                                          "FROM incidents WHERE external_id = 'REL1'"))
                     .toString(),
                 QStringLiteral("Gao, marché|2|armed_clash|16.27|-0.04"));
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("incidentsImportResult"))
                w->close();

        // Next week's file from the same source: same columns (another order, another case). The
        // dialog comes back with last week's choices, ready to import.
        const QString nextWeek = m_dir.filePath(QStringLiteral("releve-2.csv"));
        {
            QFile f(nextWeek);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("REF;quand;Lieu;Morts;Type;X_WGS84;Y_WGS84\nREL3;2026-11-22;Ansongo;1;looting;0.50;15.66\n");
        }
        chooser->setOpenFiles([&](QWidget *, const QString &, const QString &, const QString &) { return QStringList{nextWeek}; });
        bool readyAtOnce = false;
        QString timeColumn, latColumn;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            readyAtOnce = ok->isEnabled();
            timeColumn = dialog->findChild<QComboBox *>(QStringLiteral("column_time"))->currentText();
            latColumn = dialog->findChild<QComboBox *>(QStringLiteral("column_lat"))->currentText();
            ok->click();
        });
        QSignalSpy again(controller, SIGNAL(importFinished(int, int)));
        action(QStringLiteral("incidentsImport"))->trigger();
        if (again.isEmpty())
            QVERIFY(again.wait(60000));
        QVERIFY(readyAtOnce);
        QCOMPARE(timeColumn, QStringLiteral("quand"));
        QCOMPARE(latColumn, QStringLiteral("Y_WGS84"));
        QCOMPARE(stored(), 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT place_name || '|' || fatalities || '|' || lat FROM incidents WHERE external_id = 'REL3'")).toString(),
                 QStringLiteral("Ansongo|1|15.66"));
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("incidentsImportResult"))
                w->close();
        chooser->setOpenFiles({});
    }

    void screenshot()
    {
        resetFilters();
        canvas()->setExtent(QgsRectangle(-5.0, 13.5, 1.5, 17.5));
        waitForRender();
        QVERIFY(m_window->grab().save(outputDir() + QStringLiteral("/incidents_demo.png")));
        canvas()->setExtent(QgsRectangle(-0.2, 16.15, 0.2, 16.4)); // Gao, labels and single icons
        waitForRender();
        QVERIFY(m_window->grab().save(outputDir() + QStringLiteral("/incidents_gao.png")));
    }
};

VIGIE_QGIS_TEST_MAIN(TestIncidentsPlugin)
#include "test_incidents_plugin.moc"
