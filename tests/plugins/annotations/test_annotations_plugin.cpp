// SPDX-License-Identifier: GPL-2.0-or-later
// The Annotations plugin as a person uses it: the real main window offscreen, the plugin loaded
// from the build's plugin folder, drawings made by mouse events on the canvas, checked in the
// mission store and in the map layer.
#include "support/test_output.h"
#include "annotations/annotation_repository.h"
#include "annotations/measurement.h"
#include "main_window.h"
#include "mission/mission_store.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"
#include "workstation/selection.h"

#include <qgscolorbutton.h>
#include <qgsfeatureiterator.h>
#include <qgsrenderer.h>
#include <qgsmapcanvas.h>
#include <qgsmaptool.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QComboBox>
#include <QPainter>
#include <QSvgRenderer>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace vigie;
using core::Annotation;
using core::GeoPoint;

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
} // namespace

class TestAnnotationsPlugin : public QObject
{
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_polygonId;
    QString m_arrowId;

    QgsMapCanvas *canvas() const { return m_window->canvas(); }
    QWidget *viewport() const { return canvas()->viewport(); }
    core::AnnotationRepository repo() const { return core::AnnotationRepository(*m_window->mission()); }

    QPoint pixel(const GeoPoint &p) const
    {
        return canvas()->getCoordinateTransform()->transform(QgsPointXY(p.lon, p.lat)).toQPointF().toPoint();
    }
    double degreesPerPixel() const { return canvas()->mapUnitsPerPixel(); }

    void mouse(QEvent::Type type, const QPoint &at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent e(type, at, canvas()->viewport()->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &e);
    }
    void click(const QPoint &at, Qt::MouseButton button = Qt::LeftButton)
    {
        mouse(QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
        mouse(QEvent::MouseButtonPress, at, button, button);
        mouse(QEvent::MouseButtonRelease, at, button, Qt::NoButton);
    }
    void drag(const QPoint &from, const QPoint &to)
    {
        mouse(QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 5; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * i / 5, Qt::NoButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }
    QAction *action(const QString &name) const
    {
        auto *a = m_window->findChild<QAction *>(name);
        if (!a)
            qWarning("no action %s", qPrintable(name));
        return a;
    }
    void useTool(const QString &name)
    {
        QAction *a = action(name);
        QVERIFY(a);
        a->trigger();
        QVERIFY(canvas()->mapTool());
        QCOMPARE(canvas()->mapTool()->objectName(), name + QStringLiteral("Tool"));
    }
    // The annotation layers: areas, lines, points.
    QList<QgsVectorLayer *> layers() const
    {
        QList<QgsVectorLayer *> out;
        for (QgsMapLayer *l : QgsProject::instance()->mapLayers())
            if (l->name().startsWith(QStringLiteral("Annotations")))
                out << qobject_cast<QgsVectorLayer *>(l);
        return out;
    }
    // id → kind of what the map layers show.
    QHash<QString, QString> layerContent() const
    {
        QHash<QString, QString> out;
        for (QgsVectorLayer *layer : layers()) {
            QgsFeature f;
            QgsFeatureIterator it = layer->getFeatures();
            while (it.nextFeature(f))
                out.insert(f.attribute(QStringLiteral("id")).toString(), f.attribute(QStringLiteral("kind")).toString());
        }
        return out;
    }
    QStringList selectedOnMap() const
    {
        QStringList out;
        for (QgsVectorLayer *layer : layers())
            for (const QgsFeature &f : layer->selectedFeatures())
                out << f.attribute(QStringLiteral("id")).toString();
        return out;
    }
    void checkNear(const GeoPoint &got, const GeoPoint &want)
    {
        const double tol = 1.5 * degreesPerPixel();
        QVERIFY2(std::fabs(got.lat - want.lat) < tol && std::fabs(got.lon - want.lon) < tol,
                 qPrintable(QStringLiteral("%1 %2 vs %3 %4").arg(got.lat).arg(got.lon).arg(want.lat).arg(want.lon)));
    }
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
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->newMission(m_dir.filePath(QStringLiteral("draw.vigie")), QStringLiteral("Drawing test")));
        canvas()->setExtent(QgsRectangle(-0.4, 15.9, 0.6, 16.6));
        canvas()->refresh();
        QTest::qWait(100);
    }
    void cleanupTestCase() { m_window.reset(); }

    void pluginLoaded()
    {
        bool loaded = false;
        for (const ui::PluginRecord &r : m_window->pluginManager()->records())
            if (r.id == QLatin1String("annotations"))
                loaded = r.loaded;
        QVERIFY(loaded);
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("annotationsDock")));
        QCOMPARE(layers().size(), 3);
        for (QgsVectorLayer *l : layers()) {
            QVERIFY(l->isValid());
            QVERIFY(l->isSpatial());
            QCOMPARE(l->providerType(), QStringLiteral("spatialite"));
            QVERIFY(canvas()->layers().contains(l));
        }
        for (const char *name : {"annotationsSymbol", "annotationsText", "annotationsLine", "annotationsArrow", "annotationsPolygon",
                                 "annotationsCircle", "annotationsRings", "annotationsMeasure", "annotationsEdit", "annotationsUndo",
                                 "annotationsRedo", "annotationsImport", "annotationsExport"})
            QVERIFY2(action(QString::fromLatin1(name)), name);
    }

    void symbolsAreConsistent()
    {
        const QDir dir(QStringLiteral(VIGIE_SOURCE_DIR "/resources/symbols"));
        const QStringList files = dir.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        QImage sheet(files.size() * 72, 72, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        for (int i = 0; i < files.size(); ++i) {
            QFile f(dir.filePath(files[i]));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray svg = f.readAll();
            QVERIFY2(svg.contains("SPDX-License-Identifier: GPL-2.0-or-later"), qPrintable(files[i]));
            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(files[i]));
            QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 32, 32));
            renderer.render(&painter, QRectF(i * 72 + 4, 4, 64, 64));
        }
        painter.end();
        QVERIFY(sheet.save(outputDir() + QStringLiteral("/annotation_symbols.png")));
        // The panel offers every one of them.
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("annotationsSymbol"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), files.size());
    }

    void drawPolygonWithTheMouse()
    {
        useTool(QStringLiteral("annotationsPolygon"));
        const QVector<GeoPoint> corners = {{16.45, 0.20}, {16.45, 0.45}, {16.25, 0.50}, {16.20, 0.25}};
        const qint64 audits = m_window->mission()->auditCount();
        for (const GeoPoint &p : corners)
            click(pixel(p));
        QVERIFY(repo().list().isEmpty()); // not finished yet
        click(pixel(corners.back()), Qt::RightButton);
        const QList<Annotation> all = repo().list();
        QCOMPARE(all.size(), 1);
        const Annotation a = all.front();
        m_polygonId = a.id;
        QCOMPARE(a.kind, Annotation::Kind::Polygon);
        QCOMPARE(a.geometry.type, core::SimpleGeometry::Type::Polygon);
        QCOMPARE(a.geometry.parts[0].size(), 5); // closed ring
        for (int i = 0; i < 4; ++i)
            checkNear(a.geometry.parts[0][i], corners[i]);
        QCOMPARE(a.author, core::MissionStore::currentUser());
        QCOMPARE(a.sensitivity, core::Sensitivity::UnRestricted);
        QCOMPARE(m_window->mission()->auditCount(), audits + 1);
        QCOMPARE(m_window->mission()->auditLog(1).front().table, QStringLiteral("annotations"));
        QCOMPARE(layerContent().value(a.id), QStringLiteral("polygon"));
        // The new drawing is selected, in the dock and on the map.
        QVERIFY(m_window->selection()->isSelected(QStringLiteral("annotations"), a.id));
        QCOMPARE(selectedOnMap(), QStringList{a.id});
    }

    void drawArrowWithTheMouse()
    {
        useTool(QStringLiteral("annotationsArrow"));
        const QVector<GeoPoint> pts = {{16.27, -0.25}, {16.15, -0.05}, {16.05, 0.20}};
        for (const GeoPoint &p : pts)
            click(pixel(p));
        click(pixel(pts.back()), Qt::RightButton);
        const QList<Annotation> all = repo().list();
        QCOMPARE(all.size(), 2);
        const Annotation a = all.back();
        m_arrowId = a.id;
        QCOMPARE(a.kind, Annotation::Kind::Arrow);
        QCOMPARE(a.geometry.parts[0].size(), 3);
        for (int i = 0; i < 3; ++i)
            checkNear(a.geometry.parts[0][i], pts[i]);
        const QHash<QString, QString> shown = layerContent();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.value(a.id), QStringLiteral("arrow"));
        auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("annotationsTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
    }

    void selectionFollowsBothWays()
    {
        ui::Selection *sel = m_window->selection();
        sel->select(QStringLiteral("annotations"), {m_polygonId});
        QCOMPARE(selectedOnMap(), QStringList{m_polygonId});
        auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("annotationsTable"));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        // From the dock to the map.
        table->selectRow(1);
        QCOMPARE(sel->ids(QStringLiteral("annotations")), QSet<QString>{m_arrowId});
        QCOMPARE(selectedOnMap(), QStringList{m_arrowId});
        // From the map (a click with the edit tool) to the selection.
        useTool(QStringLiteral("annotationsEdit"));
        click(pixel({16.35, 0.35})); // inside the polygon
        QCOMPARE(sel->ids(QStringLiteral("annotations")), QSet<QString>{m_polygonId});
        click(pixel({15.95, -0.35})); // nothing there
        QVERIFY(sel->ids(QStringLiteral("annotations")).isEmpty());
    }

    void undoRedoSequence()
    {
        const Annotation s1 = *repo().get(m_arrowId);
        const qint64 audit0 = m_window->mission()->auditCount();

        // Move: drag the arrow by the middle of its first leg.
        useTool(QStringLiteral("annotationsEdit"));
        const GeoPoint mid{(16.27 + 16.15) / 2, (-0.25 - 0.05) / 2};
        const QPoint from = pixel(mid);
        drag(from, from + QPoint(40, 30));
        const Annotation s2 = *repo().get(m_arrowId);
        QVERIFY(!(s2.geometry == s1.geometry));
        QCOMPARE(s2.style, s1.style);
        const double dLon = s2.geometry.parts[0][0].lon - s1.geometry.parts[0][0].lon;
        const double dLat = s2.geometry.parts[0][0].lat - s1.geometry.parts[0][0].lat;
        QVERIFY2(std::fabs(dLon - 40 * degreesPerPixel()) < 2 * degreesPerPixel(), qPrintable(QString::number(dLon)));
        QVERIFY2(std::fabs(dLat + 30 * degreesPerPixel()) < 2 * degreesPerPixel(), qPrintable(QString::number(dLat)));
        for (int i = 0; i < 3; ++i) { // every vertex moved by the same amount
            QVERIFY(std::fabs(s2.geometry.parts[0][i].lon - s1.geometry.parts[0][i].lon - dLon) < 1e-9);
            QVERIFY(std::fabs(s2.geometry.parts[0][i].lat - s1.geometry.parts[0][i].lat - dLat) < 1e-9);
        }

        // Restyle through the properties dialog (double click on the arrow).
        onNextModal([](QWidget *w) {
            auto *colour = w->findChild<QgsColorButton *>(QStringLiteral("strokeColor"));
            auto *width = w->findChild<QDoubleSpinBox *>(QStringLiteral("strokeWidth"));
            if (colour && width) {
                colour->setColor(QColor(QStringLiteral("#0055aa")));
                width->setValue(6);
            }
            qobject_cast<QDialog *>(w)->accept();
        });
        const QPoint onArrow = pixel(s2.geometry.parts[0][1]) + QPoint(0, 0);
        const QPoint midNew = (pixel(s2.geometry.parts[0][0]) + pixel(s2.geometry.parts[0][1])) / 2;
        Q_UNUSED(onArrow);
        QMouseEvent dbl(QEvent::MouseButtonDblClick, midNew, viewport()->mapToGlobal(midNew), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport(), &dbl);
        const Annotation s3 = *repo().get(m_arrowId);
        QCOMPARE(s3.style.strokeColor, QStringLiteral("#0055aa"));
        QCOMPARE(s3.style.strokeWidth, 6.0);
        QVERIFY(s3.geometry == s2.geometry);

        // Delete: the arrow is selected; Delete asks, the person says yes.
        m_window->selection()->select(QStringLiteral("annotations"), {m_arrowId});
        onNextModal([](QWidget *w) {
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->button(QMessageBox::Yes)->click();
        });
        canvas()->setFocus();
        QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas(), &del);
        QVERIFY(!repo().get(m_arrowId));
        QVERIFY(repo().isDeleted(m_arrowId));
        QVERIFY(!layerContent().contains(m_arrowId));
        QCOMPARE(m_window->mission()->auditCount(), audit0 + 3);

        QAction *undo = action(QStringLiteral("annotationsUndo"));
        QAction *redo = action(QStringLiteral("annotationsRedo"));
        const auto content = [this]() { return repo().get(m_arrowId); };

        undo->trigger(); // delete undone: back to s3
        QVERIFY(content());
        QVERIFY(content()->sameContent(s3));
        QVERIFY(layerContent().contains(m_arrowId));
        undo->trigger(); // restyle undone: s2
        QVERIFY(content()->sameContent(s2));
        undo->trigger(); // move undone: s1
        QVERIFY(content()->sameContent(s1));
        undo->trigger(); // add undone: gone, the polygon stays
        QVERIFY(!content());
        QVERIFY(!layerContent().contains(m_arrowId));
        QVERIFY(layerContent().contains(m_polygonId));
        QCOMPARE(repo().list().size(), 1);

        redo->trigger(); // add again: s1
        QVERIFY(content());
        QVERIFY(content()->sameContent(s1));
        redo->trigger(); // move again: s2
        QVERIFY(content()->sameContent(s2));
        QVERIFY(layerContent().contains(m_arrowId));
        // Every step was written and audited: 3 changes + 4 undos + 2 redos.
        QCOMPARE(m_window->mission()->auditCount(), audit0 + 9);
        QCOMPARE(content()->version, 1 + 9);
        // The shortcuts are the usual ones.
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    }

    void vertexDrag()
    {
        useTool(QStringLiteral("annotationsEdit"));
        const Annotation before = *repo().get(m_polygonId);
        const GeoPoint v = before.geometry.parts[0][1];
        drag(pixel(v), pixel(v) + QPoint(25, -10));
        const Annotation after = *repo().get(m_polygonId);
        QVERIFY(after.geometry.parts[0][1].lon > v.lon);
        checkNear(after.geometry.parts[0][0], before.geometry.parts[0][0]); // the others stay
        checkNear(after.geometry.parts[0][2], before.geometry.parts[0][2]);
        action(QStringLiteral("annotationsUndo"))->trigger();
        QVERIFY(repo().get(m_polygonId)->geometry == before.geometry);
    }

    void measureTool()
    {
        useTool(QStringLiteral("annotationsMeasure"));
        const GeoPoint a{16.0, -0.3}, b{16.2, 0.1};
        click(pixel(a));
        click(pixel(b));
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("annotationsMeasure"));
        QVERIFY(label);
        // The tool measured between the clicked pixels' positions: compare with those.
        const QgsPointXY pa = canvas()->getCoordinateTransform()->toMapCoordinates(pixel(a));
        const QgsPointXY pb = canvas()->getCoordinateTransform()->toMapCoordinates(pixel(b));
        const core::measure::Inverse inv = core::measure::inverse({pa.y(), pa.x()}, {pb.y(), pb.x()});
        QVERIFY2(label->text().contains(core::measure::formatDistance(inv.distance)), qPrintable(label->text()));
        QVERIFY2(label->text().contains(core::measure::formatBearing(inv.initialBearing)), qPrintable(label->text()));
        // A third point adds the total and the area; a right-click ends and reports.
        click(pixel({15.9, 0.2}));
        QVERIFY2(label->text().contains(QStringLiteral("km²")), qPrintable(label->text()));
        click(pixel({15.9, 0.2}), Qt::RightButton);
    }

    void symbolTextAndCircle()
    {
        const int before = repo().list().size();
        // A symbol: the one chosen in the panel.
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("annotationsSymbol"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("ied")));
        useTool(QStringLiteral("annotationsSymbol"));
        click(pixel({16.10, 0.45}));
        // A text: typed in the prompt.
        useTool(QStringLiteral("annotationsText"));
        onNextModal([](QWidget *w) {
            if (auto *edit = w->findChild<QLineEdit *>())
                edit->setText(QStringLiteral("Sector EAST"));
            qobject_cast<QDialog *>(w)->accept();
        });
        click(pixel({16.50, -0.30}));
        // A circle: press on the centre, drag the radius.
        useTool(QStringLiteral("annotationsCircle"));
        const GeoPoint centre{16.0, 0.45};
        drag(pixel(centre), pixel(centre) + QPoint(60, 0));
        const QList<Annotation> all = repo().list();
        QCOMPARE(all.size(), before + 3);
        const Annotation &sym = all[before], &text = all[before + 1], &circle = all[before + 2];
        QCOMPARE(sym.kind, Annotation::Kind::Symbol);
        QCOMPARE(sym.style.symbolName, QStringLiteral("ied"));
        checkNear(sym.geometry.parts[0][0], {16.10, 0.45});
        QCOMPARE(text.kind, Annotation::Kind::Text);
        QCOMPARE(text.style.text, QStringLiteral("Sector EAST"));
        QCOMPARE(circle.kind, Annotation::Kind::Circle);
        checkNear(circle.geometry.parts[0][0], centre);
        const QgsPointXY edge = canvas()->getCoordinateTransform()->toMapCoordinates(pixel(centre) + QPoint(60, 0));
        const double expect = core::measure::distance(circle.geometry.parts[0][0], {edge.y(), edge.x()});
        QCOMPARE(circle.radiiMetres.size(), 1);
        QVERIFY2(std::fabs(circle.radiiMetres.front() - expect) < 1.0, qPrintable(QString::number(circle.radiiMetres.front())));
        const QHash<QString, QString> shown = layerContent();
        QCOMPARE(shown.value(sym.id), QStringLiteral("symbol"));
        QCOMPARE(shown.value(text.id), QStringLiteral("text"));
        QCOMPARE(shown.value(circle.id), QStringLiteral("circle"));
    }

    void drawingScreenshot()
    {
        // Some of everything for the picture: a range ring set typed through the prompt.
        useTool(QStringLiteral("annotationsRings"));
        onNextModal([](QWidget *w) {
            if (auto *d = qobject_cast<QDialog *>(w))
                d->accept(); // the default 5 10 20 km
        });
        click(pixel({16.2525, -0.0055}));
        bool rings = false;
        for (const Annotation &x : repo().list())
            if (x.kind == Annotation::Kind::RangeRings) {
                rings = true;
                QCOMPARE(x.radiiMetres, (QList<double>{5000, 10000, 20000}));
            }
        QVERIFY(rings);
        waitForRender();
        const QString out = outputDir() + QStringLiteral("/annotations_drawing.png");
        QVERIFY(m_window->grab().save(out));
        // The arrow's colour is on the canvas.
        const QImage shot = canvas()->grab().toImage();
        int reddish = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2) {
                const QColor c = shot.pixelColor(x, y);
                if (c.red() > 180 && c.green() < 90 && c.blue() < 90)
                    ++reddish;
            }
        QVERIFY2(reddish > 50, "the drawings are not on the map");
    }

    void demoMissionScreenshot()
    {
        for (const char *suffix : {"", "-wal", "-shm"}) // a demo left by an older build has no annotations
            QFile::remove(ui::demoMissionPath() + QLatin1String(suffix));
        QVERIFY(m_window->openDemoMission());
        QCOMPARE(layers().size(), 3);
        QVERIFY(layerContent().size() >= 5);
        canvas()->setExtent(QgsRectangle(-0.45, 15.55, 0.75, 16.6));
        waitForRender();
        QVERIFY(m_window->grab().save(outputDir() + QStringLiteral("/annotations_demo.png")));
    }
};

VIGIE_QGIS_TEST_MAIN(TestAnnotationsPlugin)
#include "test_annotations_plugin.moc"
