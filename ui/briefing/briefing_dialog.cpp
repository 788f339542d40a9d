// SPDX-License-Identifier: GPL-2.0-or-later
#include "briefing/briefing_dialog.h"

#include "mission/mission_store.h"
#include "mission/sqlite_db.h"
#include "mission/mission_summary.h"
#include "time/time_window.h"
#include "workstation/workstation.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgsmapcanvas.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRunnable>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::ui {

namespace {
QThreadPool *briefingPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1); // one read at a time; a newer one drops the older's result
    return &pool;
}
} // namespace

namespace {
constexpr int kPreviewWidth = 620;
const char *const kFormats[] = {"pdf", "png", "print", "qgz"};
} // namespace

BriefingDialog::BriefingDialog(Workstation *workstation, QWidget *parent) : QDialog(parent), m_ws(workstation)
{
    setObjectName(QStringLiteral("briefingDialog"));
    setWindowTitle(tr("Briefing"));
    m_printerChooser = [this](QPrinter *printer) {
        QPrintDialog dialog(printer, this);
        return dialog.exec() == QDialog::Accepted;
    };
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &BriefingDialog::updatePreview);
    build();
    // The period is the workstation's when the dialog opens (the plugin calls followWorkstation()
    // each time), then the person's to edit.
    followWorkstation();
}

BriefingDialog::~BriefingDialog()
{
    ++m_previewGeneration;
    briefingPool()->waitForDone(); // a read under way holds no pointer to the dialog, but ends first
    // The layout first: its map items cancel their background renders, which may still draw the
    // layers the request owns.
    m_previewMapsPending.clear();
    m_previewLayout.reset();
}

void BriefingDialog::setPrinterChooser(std::function<bool(QPrinter *)> chooser) { m_printerChooser = std::move(chooser); }

void BriefingDialog::build()
{
    auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_template = new QComboBox;
    named(m_template, "briefingTemplate");
    m_template->addItem(tr("A4 landscape"), templateName(BriefingTemplate::A4Landscape));
    m_template->addItem(tr("A4 portrait"), templateName(BriefingTemplate::A4Portrait));
    m_template->addItem(tr("A3 landscape"), templateName(BriefingTemplate::A3Landscape));
    m_template->addItem(tr("A3 portrait"), templateName(BriefingTemplate::A3Portrait));
    form->addRow(tr("Template"), m_template);

    m_title = new QLineEdit;
    named(m_title, "briefingTitle");
    if (m_ws->mission())
        m_title->setText(m_ws->mission()->name());
    form->addRow(tr("Title"), m_title);
    m_subtitle = new QLineEdit;
    named(m_subtitle, "briefingSubtitle");
    form->addRow(tr("Subtitle"), m_subtitle);

    m_areaMode = new QComboBox;
    named(m_areaMode, "briefingAreaMode");
    m_areaMode->addItem(tr("Current map extent"));
    m_areaMode->addItem(tr("MGRS box A,B"));
    m_areaMode->addItem(tr("Degree box W,S,E,N"));
    m_areaText = new QLineEdit;
    named(m_areaText, "briefingArea");
    m_areaText->setPlaceholderText(tr("e.g. 31PCT1000,31PCT9090 or -0.4,15.9,0.6,16.6"));
    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_areaMode);
    areaRow->addWidget(m_areaText, 1);
    form->addRow(tr("Area"), areaRow);

    auto timeEdit = [&](const char *name) {
        auto *e = new QDateTimeEdit;
        named(e, name);
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'Z'"));
        e->setCalendarPopup(true);
        return e;
    };
    m_from = timeEdit("briefingFrom");
    m_to = timeEdit("briefingTo");
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(QStringLiteral("–")));
    periodRow->addWidget(m_to);
    form->addRow(tr("Period"), periodRow);
    m_timePack = new QCheckBox(tr("Time pack: one page each for the last 24 h, 7 days and 30 days before the end"));
    named(m_timePack, "briefingTimePack");
    form->addRow(QString(), m_timePack);

    m_unit = new QLineEdit;
    named(m_unit, "briefingUnit");
    form->addRow(tr("Producing unit"), m_unit);
    m_author = new QLineEdit(core::MissionStore::currentUser());
    named(m_author, "briefingAuthor");
    form->addRow(tr("Author"), m_author);
    m_notes = new QPlainTextEdit;
    named(m_notes, "briefingNotes");
    m_notes->setFixedHeight(60);
    form->addRow(tr("Notes"), m_notes);

    m_marking = new QComboBox;
    named(m_marking, "briefingMarking");
    for (int s = int(core::Sensitivity::Unclassified); s <= int(core::Sensitivity::StrictlyConfidential); ++s)
        m_marking->addItem(core::sensitivityLabel(core::Sensitivity(s)), s);
    m_marking->setToolTip(tr("The highest marking of the data shown is the lowest allowed; you may raise it."));
    form->addRow(tr("Classification"), m_marking);

    auto *output = new QGroupBox(tr("Output"));
    auto *outForm = new QFormLayout(output);
    m_format = new QComboBox;
    named(m_format, "briefingFormat");
    m_format->addItem(tr("PDF (vector)"), QLatin1String(kFormats[0]));
    m_format->addItem(tr("PNG image"), QLatin1String(kFormats[1]));
    m_format->addItem(tr("Print…"), QLatin1String(kFormats[2]));
    m_format->addItem(tr("QGIS project (.qgz)"), QLatin1String(kFormats[3]));
    outForm->addRow(tr("Format"), m_format);
    m_dpi = new QSpinBox;
    named(m_dpi, "briefingDpi");
    m_dpi->setRange(36, 1200);
    m_dpi->setValue(150);
    m_dpi->setSuffix(tr(" dpi"));
    outForm->addRow(tr("Resolution"), m_dpi);
    m_path = new QLineEdit;
    named(m_path, "briefingPath");
    m_browse = new QPushButton(tr("Choose…"));
    named(m_browse, "briefingBrowse");
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    outForm->addRow(tr("File"), pathRow);

    m_status = new QLabel;
    named(m_status, "briefingStatus");
    m_status->setWordWrap(true);
    m_busy = new QProgressBar;
    named(m_busy, "briefingBusy");
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);

    auto *buttons = new QDialogButtonBox;
    m_produce = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    named(m_produce, "briefingProduce");
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_produce, &QPushButton::clicked, this, &BriefingDialog::produce);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(output);
    left->addStretch(1);
    left->addWidget(m_status);
    left->addWidget(buttons);

    m_previewLabel = new QLabel;
    named(m_previewLabel, "briefingPreview");
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(kPreviewWidth, kPreviewWidth * 210 / 297);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #6b6b6b;"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_previewLabel);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(kPreviewWidth + 24);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Preview (first page)")));
    right->addWidget(scroll, 1);
    right->addWidget(m_busy);

    auto *top = new QHBoxLayout(this);
    top->addLayout(left, 0);
    top->addLayout(right, 1);

    for (QLineEdit *e : {m_title, m_subtitle, m_areaText, m_unit, m_author})
        connect(e, &QLineEdit::textChanged, this, &BriefingDialog::scheduleUpdate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &BriefingDialog::scheduleUpdate);
    for (QComboBox *c : {m_template, m_areaMode, m_marking})
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &BriefingDialog::scheduleUpdate);
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &BriefingDialog::scheduleUpdate);
    connect(m_timePack, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(!on);
        scheduleUpdate();
    });
    connect(m_areaMode, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this](int mode) { m_areaText->setEnabled(mode != int(AreaMode::MapExtent)); });
    m_areaText->setEnabled(false);
    // Never below the data's marking, even when set from code.
    connect(m_marking, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        if (m_marking->currentData().toInt() < int(m_dataMarking))
            m_marking->setCurrentIndex(m_marking->findData(int(m_dataMarking)));
    });
    connect(m_format, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &BriefingDialog::updateOutputFields);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString format = m_format->currentData().toString();
        const QString filter = format == QLatin1String("png")   ? tr("PNG image (*.png)")
                               : format == QLatin1String("qgz") ? tr("QGIS project (*.qgz)")
                                                                : tr("PDF (*.pdf)");
        const QString chosen = m_ws->fileChooser()->saveFile(this, tr("Briefing output"), m_path->text().isEmpty() ? suggestedPath() : m_path->text(), filter);
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    updateOutputFields();
}

void BriefingDialog::followWorkstation()
{
    const QSignalBlocker a(m_from), b(m_to);
    if (core::TimeWindow *tw = m_ws->timeWindow()) {
        m_from->setDateTime(tw->start());
        m_to->setDateTime(tw->end());
    } else {
        m_to->setDateTime(QDateTime::currentDateTimeUtc());
        m_from->setDateTime(m_to->dateTime().addDays(-7));
    }
    scheduleUpdate();
}

void BriefingDialog::updateOutputFields()
{
    const QString format = m_format->currentData().toString();
    m_dpi->setEnabled(format == QLatin1String("png"));
    const bool file = format != QLatin1String("print");
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    m_produce->setText(file ? tr("Export") : tr("Print…"));
    if (file) {
        // Keep the name the person typed, with the extension of the chosen format.
        const QString ext = format == QLatin1String("qgz") ? QStringLiteral("qgz") : format;
        QString path = m_path->text().isEmpty() ? suggestedPath() : m_path->text();
        const QFileInfo info(path);
        path = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ext);
        m_path->setText(path);
    }
}

QString BriefingDialog::suggestedPath() const
{
    QString base = m_title->text().trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("briefing");
    return QDir::home().filePath(base + QStringLiteral(".pdf"));
}

void BriefingDialog::scheduleUpdate()
{
    m_busy->setVisible(true);
    m_debounce->start();
}

bool BriefingDialog::previewPending() const { return m_debounce->isActive() || m_reading || !m_previewMapsPending.isEmpty(); }

QList<QgsMapLayer *> BriefingDialog::mapLayers() const
{
    QgsMapCanvas *canvas = m_ws->mapCanvas();
    return canvas ? canvas->layers() : QList<QgsMapLayer *>();
}

QList<QgsMapLayer *> BriefingDialog::overviewLayers() const
{
    // The inset shows the bottom-most vector layer (the country basemap) for its context.
    const QList<QgsMapLayer *> layers = mapLayers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it)
        if (qobject_cast<QgsVectorLayer *>(*it))
            return {*it};
    return layers.isEmpty() ? QList<QgsMapLayer *>() : QList<QgsMapLayer *>{layers.constLast()};
}

std::optional<core::GeoBox> BriefingDialog::area(QString *error) const
{
    switch (AreaMode(m_areaMode->currentIndex())) {
    case AreaMode::MgrsBox: return parseMgrsBox(m_areaText->text(), error);
    case AreaMode::DegreeBox: return core::GeoBox::fromString(m_areaText->text(), error);
    case AreaMode::MapExtent: break;
    }
    QgsMapCanvas *canvas = m_ws->mapCanvas();
    if (!canvas || canvas->extent().isEmpty()) {
        *error = tr("The map shows no area.");
        return std::nullopt;
    }
    QgsRectangle r;
    try {
        r = QgsCoordinateTransform(canvas->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                   QgsProject::instance())
                .transformBoundingBox(canvas->extent());
    } catch (const QgsCsException &) {
        *error = tr("The map's extent cannot be expressed in degrees.");
        return std::nullopt;
    }
    const core::GeoBox box{std::max(r.xMinimum(), -180.0), std::max(r.yMinimum(), -90.0), std::min(r.xMaximum(), 180.0),
                           std::min(r.yMaximum(), 90.0)};
    if (!box.isValid()) {
        *error = tr("The map shows no area.");
        return std::nullopt;
    }
    return box;
}

std::optional<BriefingSpec> BriefingDialog::spec(QString *error) const
{
    QString why;
    BriefingSpec s;
    const auto box = area(&why);
    if (!box) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    s.area = *box;
    s.templ = templateFromName(m_template->currentData().toString()).value_or(BriefingTemplate::A4Landscape);
    s.title = m_title->text();
    s.subtitle = m_subtitle->text();
    s.unit = m_unit->text();
    s.author = m_author->text();
    s.notes = m_notes->toPlainText();
    s.to = m_to->dateTime().toUTC();
    s.from = m_from->dateTime().toUTC();
    s.timePack = m_timePack->isChecked();
    if (!s.timePack && s.from >= s.to) {
        if (error)
            *error = tr("The period must start before it ends.");
        return std::nullopt;
    }
    s.marking = core::maxSensitivity(core::Sensitivity(m_marking->currentData().toInt()), m_dataMarking);
    return s;
}

void BriefingDialog::updateMarkingChoices()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_marking->model());
    const QSignalBlocker block(m_marking);
    for (int i = 0; i < m_marking->count(); ++i) {
        const bool allowed = m_marking->itemData(i).toInt() >= int(m_dataMarking);
        if (model)
            model->item(i)->setEnabled(allowed);
    }
    if (m_marking->currentData().toInt() < int(m_dataMarking))
        m_marking->setCurrentIndex(m_marking->findData(int(m_dataMarking)));
}

void BriefingDialog::updatePreview()
{
    m_debounce->stop();
    const quint64 generation = ++m_previewGeneration; // drops any read under way
    core::MissionStore *mission = m_ws->mission();
    QString error;
    const auto s = spec(&error);
    if (!mission || !s) {
        m_reading = false;
        m_busy->setVisible(false);
        m_status->setText(mission ? error : tr("Open a mission to brief it."));
        m_produce->setEnabled(false);
        return;
    }
    // The pages' data (summaries, incidents per cell, heatmaps of other periods: a second or more
    // for a large mission) is read on a worker with its own read-only connection; the layout is
    // built when it is back.
    m_reading = true;
    m_busy->setVisible(true);
    m_status->setText(tr("Reading the mission…"));
    const BriefingSources sources = briefingSources(*s, mapLayers());
    const QString path = mission->path();
    QPointer<BriefingDialog> self(this);
    briefingPool()->start(QRunnable::create([self, generation, path, spec = *s, sources] {
        auto data = std::make_shared<BriefingData>();
        QString readError;
        try {
            const auto store = core::MissionStore::openConnection(path, core::MissionStore::OpenMode::ReadOnly);
            *data = readBriefingData(*store, spec, sources);
        } catch (const core::MissionError &e) {
            readError = e.message();
        } catch (const core::DbError &e) {
            readError = e.message();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, spec, data, readError] {
                if (self)
                    self->previewDataRead(generation, spec, *data, readError);
            },
            Qt::QueuedConnection);
    }));
}

void BriefingDialog::previewDataRead(quint64 generation, const BriefingSpec &spec, const BriefingData &data, const QString &readError)
{
    if (generation != m_previewGeneration)
        return; // a newer request is under way
    m_reading = false;
    QString error = readError;
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_produce->setEnabled(false);
        m_busy->setVisible(false);
        emit previewUpdated();
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    BriefingRequest request = briefingRequest(data, spec, mapLayers(), overviewLayers());
    m_dataMarking = ui::dataMarking(request);
    updateMarkingChoices();
    request.requestedMarking = core::maxSensitivity(core::Sensitivity(m_marking->currentData().toInt()), m_dataMarking);
    // A newer request drops the older preview and its renders (the map items cancel their jobs).
    m_previewMapsPending.clear();
    m_previewLayout.reset();
    std::unique_ptr<QgsPrintLayout> layout = buildBriefing(QgsProject::instance(), request, &error);
    QApplication::restoreOverrideCursor();
    if (!layout) {
        m_status->setText(error);
        m_produce->setEnabled(false);
        m_busy->setVisible(false);
        emit previewUpdated();
        return;
    }
    m_previewRequest = request;
    m_previewLayout = std::move(layout);
    m_previewIncidents = 0;
    for (const IncidentSummaryRow &r : request.pages.constFirst().summary)
        m_previewIncidents += r.count;
    m_produce->setEnabled(true);
    // The maps of the first page render in QGIS's background jobs, started by a first paint in
    // preview mode; the page is painted again once each has finished.
    const QRectF page0 = m_previewLayout->pageCollection()->page(0)->sceneBoundingRect();
    QList<QgsLayoutItemMap *> maps;
    m_previewLayout->layoutItems(maps);
    for (QgsLayoutItemMap *map : maps) {
        if (!map->sceneBoundingRect().intersects(page0))
            continue;
        m_previewMapsPending.append(map);
        connect(map, &QgsLayoutItemMap::previewRefreshed, this, [this, map] {
            if (m_previewMapsPending.removeAll(map) > 0 && m_previewMapsPending.isEmpty())
                finishPreview();
        });
    }
    m_status->setText(tr("Drawing the preview…"));
    paintPreview(); // starts the maps' renders
    if (m_previewMapsPending.isEmpty())
        finishPreview();
}

QImage BriefingDialog::paintPreview() const
{
    const QRectF page = m_previewLayout->pageCollection()->page(0)->sceneBoundingRect();
    const QSize size(kPreviewWidth, int(kPreviewWidth * page.height() / page.width()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_previewLayout->render(&painter, QRectF(0, 0, size.width(), size.height()), page);
    painter.end();
    return image;
}

void BriefingDialog::finishPreview()
{
    if (!m_previewLayout)
        return;
    m_preview = paintPreview();
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
    // Each count a message of its own, so that each reads in words ("1 page", "12 incidents").
    const int pageCount = int(m_previewRequest.pages.size());
    m_status->setText(tr("%n page(s)", nullptr, pageCount) + tr(", %n incident(s) in the area and period", nullptr, m_previewIncidents)
                      + tr("; the data is marked %1.").arg(core::sensitivityLabel(m_dataMarking)));
    m_busy->setVisible(false);
    emit previewUpdated();
}

bool BriefingDialog::produce()
{
    core::MissionStore *mission = m_ws->mission();
    QString error;
    const auto s = spec(&error);
    if (!mission || !s) {
        m_status->setText(mission ? error : tr("Open a mission to brief it."));
        return false;
    }
    BriefingRequest request = briefingRequest(*mission, *s, mapLayers(), overviewLayers());
    const QString format = m_format->currentData().toString();
    BriefingOutput output;
    QPrinter printer(QPrinter::HighResolution);
    if (format == QLatin1String("print")) {
        printer.setDocName(s->title);
        if (!m_printerChooser(&printer))
            return false;
        output.format = BriefingFormat::Printer;
        output.printer = &printer;
    } else {
        if (m_path->text().trimmed().isEmpty()) {
            const QString chosen = m_ws->fileChooser()->saveFile(this, tr("Briefing output"), suggestedPath(), QString());
            if (chosen.isEmpty())
                return false;
            m_path->setText(chosen);
        }
        output.path = m_path->text().trimmed();
        output.dpi = m_dpi->value();
        output.format = format == QLatin1String("png") ? BriefingFormat::Png : format == QLatin1String("qgz") ? BriefingFormat::Project : BriefingFormat::Pdf;
    }
    m_busy->setVisible(true);
    m_busy->repaint();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const BriefingResult result = produceBriefing(QgsProject::instance(), mission, request, output);
    QApplication::restoreOverrideCursor();
    m_busy->setVisible(false);
    if (!result.ok) {
        m_status->setText(result.error);
        m_ws->pushMessage(tr("Briefing"), result.error, MessageLevel::Critical);
        return false;
    }
    const QString what = output.format == BriefingFormat::Printer ? tr("Printed the briefing") : tr("Wrote %1").arg(output.path);
    const QString text = tr("%1, marked %2 (%3 ms).").arg(what, core::sensitivityToString(result.marking)).arg(result.elapsedMs);
    m_status->setText(text);
    m_ws->pushMessage(tr("Briefing"), text, MessageLevel::Success);
    emit produced(output.format == BriefingFormat::Printer ? QStringLiteral("printer") : output.path);
    return true;
}

} // namespace vigie::ui
