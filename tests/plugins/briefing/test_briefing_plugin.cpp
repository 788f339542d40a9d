// SPDX-License-Identifier: GPL-2.0-or-later
// The Briefing plugin as a person uses it: the real main window offscreen on the demo mission,
// every plugin loaded, File ▸ Briefing… opening the dialog, its preview, its outputs read back
// with poppler's tools and QGIS itself.
#include "support/test_output.h"
#include "briefing/briefing_dialog.h"
#include "main_window.h"
#include "workstation/workstation.h"
#include "mission/mission_store.h"
#include "plugin/plugin_manager.h"
#include "qgis_test_main.h"

#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace vigie;

namespace {
using test::outputDir;

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The share of pixels that differ between two images of the same size.
double difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 diff = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(r));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            diff += p[c] != q[c];
    }
    return double(diff) / (double(x.width()) * x.height());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage x = image.convertToFormat(QImage::Format_ARGB32);
    for (int r = 0; r < x.height(); r += 3)
        for (int c = 0; c < x.width(); c += 3)
            colours.insert(x.pixel(c, r));
    return colours.size();
}
} // namespace

class TestBriefingPlugin : public QObject
{
    Q_OBJECT
    std::unique_ptr<app::MainWindow> m_window;
    QTemporaryDir m_dir;
    QPointer<ui::BriefingDialog> m_dialog;

    template <typename T> T *field(const char *name) const
    {
        auto *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no field %s", name);
        return w;
    }
    bool waitPreview()
    {
        QSignalSpy spy(m_dialog.data(), &ui::BriefingDialog::previewUpdated);
        if (m_dialog->previewPending())
            return spy.wait(20000);
        m_dialog->updatePreview(); // the maps render in the background: the signal comes later
        return spy.count() == 1 || spy.wait(20000);
    }
    void choose(const char *combo, const QString &data)
    {
        auto *c = field<QComboBox>(combo);
        QVERIFY(c);
        const int i = c->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        c->setCurrentIndex(i);
    }
    bool produceTo(const QString &format, const QString &path)
    {
        choose("briefingFormat", format);
        field<QLineEdit>("briefingPath")->setText(path);
        return m_dialog->produce();
    }
    QString pdfText(const QString &pdf) const { return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}); }

  private slots:
    void initTestCase()
    {
        m_window = std::make_unique<app::MainWindow>();
        m_window->loadPlugins({QStringLiteral(VIGIE_BINARY_DIR "/plugins-out")});
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemoMission());
        QTest::qWait(200);
    }
    void cleanupTestCase()
    {
        delete m_dialog;
        m_window.reset();
    }

    void actionOpensDialog()
    {
        bool loaded = false;
        for (const ui::PluginRecord &r : m_window->pluginManager()->records())
            if (r.id == QLatin1String("briefing"))
                loaded = r.loaded;
        QVERIFY(loaded);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("briefingAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(action->isEnabled());
        // A window with seconds and milliseconds, which the dialog's editors do not show.
        const QDateTime shown = m_window->timeWindow()->end().toUTC();
        const QDateTime windowEnd(shown.date(), QTime(shown.time().hour(), 17, 41, 250), Qt::UTC);
        QVERIFY(m_window->timeWindow()->setRange(windowEnd.addDays(-6).addSecs(-3), windowEnd));
        action->trigger();
        m_dialog = m_window->findChild<ui::BriefingDialog *>(QStringLiteral("briefingDialog"));
        QVERIFY(m_dialog);
        QVERIFY(m_dialog->isVisible());
        // The page is built at once, its maps drawn off the UI thread: the preview follows.
        QVERIFY(m_dialog->previewPending());
        QVERIFY(waitPreview());
        QVERIFY(!m_dialog->previewPending());
        QVERIFY(!m_dialog->previewImage().isNull());
        // The period comes from the workstation's time window, the author from the OS.
        QCOMPARE(field<QLineEdit>("briefingAuthor")->text(), core::MissionStore::currentUser());
        // Exactly, to the millisecond, although the editors show minutes: the Threat panel's
        // heatmap is for that window, and a page of another period would compute its own.
        QCOMPARE(m_dialog->spec()->to, m_window->timeWindow()->end());
        QCOMPARE(m_dialog->spec()->from, m_window->timeWindow()->start());
        QCOMPARE(m_dialog->spec()->to, windowEnd);
        // The canvas's visible layers are the briefing's.
        QVERIFY(m_window->canvas()->layers().size() >= 3);
    }

    void previewFollowsTheFields()
    {
        QVERIFY(m_dialog);
        field<QLineEdit>("briefingTitle")->setText(QStringLiteral("Sector East"));
        QVERIFY(waitPreview());
        const QImage before = m_dialog->previewImage();
        QVERIFY(distinctColours(before) > 20); // not blank
        field<QLineEdit>("briefingTitle")->setText(QStringLiteral("OPERATION NIGHT WATCH — DAILY SITUATION"));
        QVERIFY(m_dialog->previewPending()); // debounced
        QVERIFY(waitPreview());
        const QImage after = m_dialog->previewImage();
        const double d = difference(before, after);
        QVERIFY2(d > 0.001 && d < 0.2, qPrintable(QString::number(d))); // the title changed, not the whole page
        m_dialog->resize(1300, 820);
        QTest::qWait(50);
        QVERIFY(m_dialog->grab().save(outputDir() + QStringLiteral("/briefing_dialog.png")));
    }

    void latestPreviewWins()
    {
        QVERIFY(m_dialog);
        QVERIFY(waitPreview());
        QSignalSpy spy(m_dialog.data(), &ui::BriefingDialog::previewUpdated);
        field<QLineEdit>("briefingTitle")->setText(QStringLiteral("First request"));
        m_dialog->updatePreview();
        // The mission is read on a worker: updatePreview() is back before the page is built.
        QVERIFY(m_dialog->previewPending());
        QCOMPARE(field<QLabel>("briefingStatus")->text(), QStringLiteral("Reading the mission…"));
        field<QLineEdit>("briefingTitle")->setText(QStringLiteral("OPERATION NIGHT WATCH — DAILY SITUATION"));
        m_dialog->updatePreview(); // drops the first before its maps are drawn
        QVERIFY(spy.wait(20000));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!m_dialog->previewPending());
    }

    void markingNeverBelowTheData()
    {
        QVERIFY(m_dialog);
        const core::Sensitivity data = m_dialog->dataMarking();
        QVERIFY(data > core::Sensitivity::Unclassified); // the demo holds marked records
        auto *combo = field<QComboBox>("briefingMarking");
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model);
        for (int i = 0; i < combo->count(); ++i)
            QCOMPARE(model->item(i)->isEnabled(), combo->itemData(i).toInt() >= int(data));
        combo->setCurrentIndex(0); // UNCLASSIFIED, below the data
        QCOMPARE(combo->currentData().toInt(), int(data));
        QVERIFY(*m_dialog->spec()->marking >= data);
        // Raising is allowed.
        combo->setCurrentIndex(combo->count() - 1);
        QCOMPARE(combo->currentData().toInt(), int(core::Sensitivity::StrictlyConfidential));
        QVERIFY(waitPreview());
        combo->setCurrentIndex(combo->findData(int(data)));
    }

    void pdf()
    {
        QVERIFY(m_dialog);
        const QString path = m_dir.filePath(QStringLiteral("brief.pdf"));
        QVERIFY(produceTo(QStringLiteral("pdf"), path));
        QVERIFY(QFileInfo(path).size() > 10000);
        // For a person to look at.
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-singlefile"), path, outputDir() + QStringLiteral("/briefing_dialog_pdf")});
        QVERIFY(QFile::exists(outputDir() + QStringLiteral("/briefing_dialog_pdf.png")));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("OPERATION NIGHT WATCH")), qPrintable(text));
        QVERIFY(text.contains(core::sensitivityToString(m_dialog->dataMarking())));
        QVERIFY(text.contains(QStringLiteral("Produced ")));
        QVERIFY(text.contains(QStringLiteral("Legend")));
        // With the incidents, tracks, annotations and basemap layers the legend still fits its
        // frame: its last entry is printed.
        QVERIFY(text.contains(QStringLiteral("Countries"))); // a legend entry of a visible layer
        QVERIFY(text.contains(QStringLiteral("Grid: ")));
        QVERIFY(text.contains(QStringLiteral("Track positions"))); // the tracks plugin's layer, in the legend only
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("842 x 595")) || info.contains(QStringLiteral("841.89 x 595.276")), qPrintable(info));
        // Audited: who, what, marking.
        const core::AuditEntry last = m_window->mission()->auditLog(1).constFirst();
        QCOMPARE(last.action, QStringLiteral("export"));
        QVERIFY(last.summary.contains(QStringLiteral("brief.pdf")));
        QVERIFY(last.summary.contains(core::sensitivityToString(m_dialog->dataMarking())));
        QCOMPARE(last.user, core::MissionStore::currentUser());
    }

    void pathAskedThroughTheWorkstation()
    {
        // "Choose…" and an empty path both ask the workstation's file chooser, with the format's filter.
        QVERIFY(m_dialog);
        ui::FileChooser *chooser = m_window->workstation()->fileChooser();
        QStringList asked;
        const QString chosen = m_dir.filePath(QStringLiteral("chosen.pdf"));
        chooser->setSaveFile([&](QWidget *, const QString &title, const QString &, const QString &filter, QString *) {
            asked << title + QLatin1Char('|') + filter;
            return chosen;
        });
        choose("briefingFormat", QStringLiteral("pdf"));
        field<QLineEdit>("briefingPath")->clear();
        field<QPushButton>("briefingBrowse")->click();
        QCOMPARE(field<QLineEdit>("briefingPath")->text(), chosen);
        field<QLineEdit>("briefingPath")->clear();
        QVERIFY(m_dialog->produce()); // no path: asked, then written there
        chooser->setSaveFile({});
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked[0].contains(QStringLiteral("*.pdf")), qPrintable(asked[0]));
        QVERIFY(QFileInfo(chosen).size() > 10000);
    }

    void png()
    {
        QVERIFY(m_dialog);
        field<QSpinBox>("briefingDpi")->setValue(100);
        const QString path = m_dir.filePath(QStringLiteral("brief.png"));
        QVERIFY(produceTo(QStringLiteral("png"), path));
        const QImage image(path);
        // A4 landscape, 297 × 210 mm at 100 dpi.
        QVERIFY2(qAbs(image.width() - 1169) <= 1 && qAbs(image.height() - 827) <= 1,
                 qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
    }

    void print()
    {
        QVERIFY(m_dialog);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        m_dialog->setPrinterChooser([path](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            return true;
        });
        choose("briefingFormat", QStringLiteral("print"));
        QVERIFY(m_dialog->produce());
        QVERIFY(QFileInfo(path).size() > 10000);
        QVERIFY(pdfText(path).contains(QStringLiteral("OPERATION NIGHT WATCH")));
        QVERIFY(m_window->mission()->auditLog(1).constFirst().summary.contains(QStringLiteral("printer")));
        // A person who cancels the print dialog prints nothing.
        m_dialog->setPrinterChooser([](QPrinter *) { return false; });
        QVERIFY(!m_dialog->produce());
    }

    void qgisProject()
    {
        QVERIFY(m_dialog);
        const QString path = m_dir.filePath(QStringLiteral("brief.qgz"));
        QVERIFY(produceTo(QStringLiteral("qgz"), path));
        QgsProject project;
        QVERIFY2(project.read(path), qPrintable(project.error()));
        const QList<QgsPrintLayout *> layouts = project.layoutManager()->printLayouts();
        QCOMPARE(layouts.size(), 1);
        QList<QgsLayoutItemMap *> maps;
        layouts.first()->layoutItems(maps);
        QVERIFY(maps.size() >= 2);
        QVERIFY(!maps.first()->layers().isEmpty() || !maps.last()->layers().isEmpty());
        const auto layers = project.mapLayers();
        QCOMPARE(layers.size(), m_window->canvas()->layers().size());
        for (QgsMapLayer *l : layers) {
            QVERIFY2(l->isValid(), qPrintable(l->name() + QStringLiteral(": ") + l->source()));
            const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri(l->providerType(), l->source());
            const QString file = parts.value(QStringLiteral("path")).toString();
            QVERIFY2(QFileInfo(file).isAbsolute() && QFileInfo::exists(file), qPrintable(l->name() + QStringLiteral(": ") + l->source()));
        }
    }

    void timePack()
    {
        QVERIFY(m_dialog);
        field<QCheckBox>("briefingTimePack")->setChecked(true);
        const QString path = m_dir.filePath(QStringLiteral("pack.pdf"));
        QVERIFY(produceTo(QStringLiteral("pdf"), path));
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QRegularExpression(QStringLiteral("Pages:\\s+3"))));
        const QString text = pdfText(path);
        for (const char *label : {"last 24 h", "last 7 days", "last 30 days"})
            QVERIFY2(text.contains(QLatin1String(label)), label);
        field<QCheckBox>("briefingTimePack")->setChecked(false);
    }

    void emptyArea()
    {
        QVERIFY(m_dialog);
        field<QComboBox>("briefingAreaMode")->setCurrentIndex(int(ui::BriefingDialog::AreaMode::DegreeBox));
        field<QLineEdit>("briefingArea")->setText(QStringLiteral("-30.5,-30.5,-30,-30")); // open sea
        QVERIFY(waitPreview());
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(produceTo(QStringLiteral("pdf"), path));
        QVERIFY(pdfText(path).contains(QStringLiteral("No incidents")));
        // A wrong box is said, not briefed.
        field<QLineEdit>("briefingArea")->setText(QStringLiteral("1,2,3"));
        QVERIFY(!m_dialog->spec().has_value());
        QVERIFY(!m_dialog->produce());
        QVERIFY(!field<QLabel>("briefingStatus")->text().isEmpty());
        // An MGRS box.
        field<QComboBox>("briefingAreaMode")->setCurrentIndex(int(ui::BriefingDialog::AreaMode::MgrsBox));
        field<QLineEdit>("briefingArea")->setText(QStringLiteral("31PCT1000,31PCT9090"));
        QVERIFY(m_dialog->spec().has_value());
    }
};

VIGIE_QGIS_TEST_MAIN(TestBriefingPlugin)
#include "test_briefing_plugin.moc"
