// SPDX-License-Identifier: GPL-2.0-or-later
#include "threat_panel.h"

#include "alerts/alert_evaluation.h"
#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"
#include "mission/sqlite_db.h"
#include "workstation/workstation.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRunnable>
#include <QScopeGuard>
#include <QSettings>
#include <QThreadPool>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace vigie::plugins {

namespace {

QThreadPool *threatPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1); // one heatmap at a time; the engine uses the cores itself
    return &pool;
}

// A number cell that sorts as a number.
class NumberItem : public QTableWidgetItem
{
  public:
    NumberItem(double value, int decimals) : QTableWidgetItem(QLocale().toString(value, 'f', decimals)), m_value(value)
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const auto *o = dynamic_cast<const NumberItem *>(&other);
        return o ? m_value < o->m_value : QTableWidgetItem::operator<(other);
    }

  private:
    double m_value;
};

QTableWidgetItem *sortableNumber(double value, int decimals) { return new NumberItem(value, decimals); }

// The panel's parameters are remembered between sessions under this settings group.
const QString kSettings = QStringLiteral("threat/");
// The CRS picker's "not set": the UTM zone of the mission's area.
const QString kUtmSetting = QStringLiteral("utm");

// The mission's incidents for the heatmap: the cached ones when still current, else read on this
// (worker) thread through its own read-only connection and cached. Null with `error` on failure.
std::shared_ptr<const std::vector<core::HeatmapIncident>> loadIncidents(ThreatIncidentCache &cache, quint64 version,
                                                                         const QString &path, QString *error)
{
    {
        const std::lock_guard<std::mutex> lock(cache.mutex);
        if (cache.version == version)
            return cache.incidents;
    }
    try {
        const auto store = core::MissionStore::openConnection(path, core::MissionStore::OpenMode::ReadOnly);
        auto incidents = std::make_shared<const std::vector<core::HeatmapIncident>>(
            core::heatmapIncidents(*store, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()));
        const std::lock_guard<std::mutex> lock(cache.mutex);
        cache.version = version;
        cache.incidents = incidents;
        return incidents;
    } catch (const core::MissionError &e) {
        *error = e.message();
    } catch (const core::DbError &e) {
        *error = e.message();
    }
    return nullptr;
}

} // namespace

ThreatPanel::ThreatPanel(ui::Workstation *workstation, QWidget *parent)
    : QWidget(parent), m_ws(workstation), m_heatmap(tr("Threat density"))
{
    auto *form = new QFormLayout;
    m_radius = new QDoubleSpinBox;
    m_radius->setObjectName(QStringLiteral("heatmapRadius"));
    m_radius->setRange(0.1, 200);
    m_radius->setDecimals(1);
    m_radius->setValue(5);
    m_radius->setSuffix(tr(" km"));
    form->addRow(tr("Radius"), m_radius);
    m_pixel = new QDoubleSpinBox;
    m_pixel->setObjectName(QStringLiteral("heatmapPixel"));
    m_pixel->setRange(10, 10000);
    m_pixel->setDecimals(0);
    m_pixel->setValue(500);
    m_pixel->setSuffix(tr(" m"));
    form->addRow(tr("Pixel size"), m_pixel);
    // Radius and pixel are metres in this CRS: by default the UTM zone of the mission's area.
    m_crs = new QgsProjectionSelectionWidget;
    m_crs->setObjectName(QStringLiteral("heatmapCrs"));
    m_crs->setOptionVisible(QgsProjectionSelectionWidget::CrsNotSet, true);
    m_crs->setNotSetText(tr("UTM zone of the area"));
    m_crs->setCrs(QgsCoordinateReferenceSystem());
    m_crs->setToolTip(tr("The coordinate system the heatmap is computed and exported in; its radius and pixel size are metres "
                         "in it. By default the UTM zone of the mission's area."));
    m_crs->setMessage(tr("Pick a projected coordinate system in metres (UTM, a national grid)."));
    form->addRow(tr("Coordinate system"), m_crs);
    m_kernel = new QComboBox;
    m_kernel->setObjectName(QStringLiteral("heatmapKernel"));
    m_kernel->addItem(tr("Quartic"), int(core::KdeKernel::Quartic));
    m_kernel->addItem(tr("Triangular"), int(core::KdeKernel::Triangular));
    m_kernel->addItem(tr("Uniform"), int(core::KdeKernel::Uniform));
    m_kernel->addItem(tr("Triweight"), int(core::KdeKernel::Triweight));
    m_kernel->addItem(tr("Epanechnikov"), int(core::KdeKernel::Epanechnikov));
    m_kernel->addItem(tr("Gaussian"), int(core::KdeKernel::Gaussian));
    form->addRow(tr("Kernel"), m_kernel);
    m_weight = new QComboBox;
    m_weight->setObjectName(QStringLiteral("heatmapWeight"));
    m_weight->addItem(tr("None (each incident counts 1)"), int(core::HeatmapWeighting::None));
    m_weight->addItem(tr("Severity"), int(core::HeatmapWeighting::Severity));
    m_weight->addItem(tr("Fatalities"), int(core::HeatmapWeighting::Fatalities));
    form->addRow(tr("Weight"), m_weight);
    m_halfLife = new QDoubleSpinBox;
    m_halfLife->setObjectName(QStringLiteral("heatmapHalfLife"));
    m_halfLife->setRange(0, 365);
    m_halfLife->setDecimals(1);
    m_halfLife->setSpecialValueText(tr("No decay"));
    m_halfLife->setSuffix(tr(" days"));
    form->addRow(tr("Half-life"), m_halfLife);
    // Several categories at once (e.g. IED and armed attack): a checkable list, all ticked at first.
    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("heatmapCategories"));
    m_categories->setToolTip(tr("The incident categories the heatmap counts; tick one or several"));
    const auto &cats = core::IncidentTaxonomy::builtin().categories();
    for (std::size_t i = 0; i < cats.size(); ++i) {
        auto *item = new QListWidgetItem(cats[i].label(QLocale().name()), m_categories);
        item->setData(Qt::UserRole, cats[i].id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_categories->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_categories->setTextElideMode(Qt::ElideRight);
    const int row = m_categories->sizeHintForRow(0);
    m_categories->setMinimumHeight(row * 3 + 2 * m_categories->frameWidth());
    m_categories->setMaximumHeight(row * 6 + 2 * m_categories->frameWidth());
    auto *all = new QPushButton(tr("Tick all"));
    all->setObjectName(QStringLiteral("heatmapCategoriesAll"));
    auto *none = new QPushButton(tr("Untick all"));
    none->setObjectName(QStringLiteral("heatmapCategoriesNone"));
    connect(all, &QPushButton::clicked, this, [this] { setCategories({}); });
    connect(none, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_categories);
        for (int i = 0; i < m_categories->count(); ++i)
            m_categories->item(i)->setCheckState(Qt::Unchecked);
        saveSettings();
        schedule();
    });
    // The label column holds the two buttons under "Categories": the list keeps the height.
    auto *categoryLabel = new QWidget;
    auto *labelBox = new QVBoxLayout(categoryLabel);
    labelBox->setContentsMargins(0, 0, 0, 0);
    labelBox->addWidget(new QLabel(tr("Categories")));
    labelBox->addWidget(all);
    labelBox->addWidget(none);
    labelBox->addStretch();
    form->addRow(categoryLabel, m_categories);
    m_thresholdMode = new QComboBox;
    m_thresholdMode->setObjectName(QStringLiteral("hotspotThresholdMode"));
    m_thresholdMode->addItem(tr("Percentile of the non-zero pixels"), int(core::HotspotOptions::Threshold::Percentile));
    m_thresholdMode->addItem(tr("Density value"), int(core::HotspotOptions::Threshold::Absolute));
    form->addRow(tr("Hotspots above"), m_thresholdMode);
    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(QStringLiteral("hotspotThreshold"));
    m_threshold->setRange(0, 1e9);
    m_threshold->setDecimals(3);
    m_threshold->setValue(95);
    form->addRow(tr("Threshold"), m_threshold);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("heatmapStatus"));
    m_status->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("Export GeoTIFF…"));
    exportButton->setObjectName(QStringLiteral("heatmapExport"));
    exportButton->setToolTip(tr("Write the heatmap of the time window as a GeoTIFF, in the coordinate system above"));
    connect(exportButton, &QPushButton::clicked, this, &ThreatPanel::chooseExport);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("hotspotTable"));
    m_table->setHorizontalHeaderLabels({tr("Peak"), tr("Area (km²)"), tr("Incidents")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a hotspot to zoom to it"));
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { zoomToHotspot(row); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(exportButton, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    layout->addWidget(new QLabel(tr("Hotspots")));
    layout->addWidget(m_table, 1);

    // Changes are gathered for 40 ms (a spin box typed into, a burst of time-bar steps); the timer is
    // not restarted by each change, so a time bar playing at 20 steps a second still gets frames.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(40);
    connect(&m_debounce, &QTimer::timeout, this, &ThreatPanel::start);
    loadSettings();
    const auto changed = [this] {
        saveSettings();
        schedule();
    };
    for (QDoubleSpinBox *s : {m_radius, m_pixel, m_halfLife, m_threshold})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, changed);
    for (QComboBox *c : {m_kernel, m_weight, m_thresholdMode})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_categories, &QListWidget::itemChanged, this, changed);
    connect(m_crs, &QgsProjectionSelectionWidget::crsChanged, this, changed);
    connect(m_ws->timeWindow(), &core::TimeWindow::changed, this, &ThreatPanel::schedule);
    connect(m_ws->timeWindow(), &core::TimeWindow::playingChanged, this, [this](bool playing) {
        if (!playing)
            schedule(); // the hotspots of the window the time bar stopped at
    });
}

ThreatPanel::~ThreatPanel()
{
    if (m_cancel)
        *m_cancel = true;
    threatPool()->waitForDone();
}

QStringList ThreatPanel::categories() const
{
    QStringList out;
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            out << m_categories->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ThreatPanel::setCategories(const QStringList &ids)
{
    {
        const QSignalBlocker block(m_categories);
        for (int i = 0; i < m_categories->count(); ++i) {
            QListWidgetItem *item = m_categories->item(i);
            item->setCheckState(ids.isEmpty() || ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    saveSettings();
    schedule();
}

QgsCoordinateReferenceSystem ThreatPanel::gridCrs() const { return m_crs->crs(); }

void ThreatPanel::setGridCrs(const QgsCoordinateReferenceSystem &crs) { m_crs->setCrs(crs); }

void ThreatPanel::loadSettings()
{
    const QSettings s;
    m_radius->setValue(s.value(kSettings + QStringLiteral("radiusKm"), m_radius->value()).toDouble());
    m_pixel->setValue(s.value(kSettings + QStringLiteral("pixelM"), m_pixel->value()).toDouble());
    m_halfLife->setValue(s.value(kSettings + QStringLiteral("halfLifeDays"), m_halfLife->value()).toDouble());
    m_threshold->setValue(s.value(kSettings + QStringLiteral("threshold"), m_threshold->value()).toDouble());
    const auto pick = [&s](QComboBox *box, const QString &key) {
        const int i = box->findData(s.value(kSettings + key, box->currentData()));
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    pick(m_kernel, QStringLiteral("kernel"));
    pick(m_weight, QStringLiteral("weight"));
    pick(m_thresholdMode, QStringLiteral("thresholdMode"));
    const QString crs = s.value(kSettings + QStringLiteral("crs"), kUtmSetting).toString();
    m_crs->setCrs(crs == kUtmSetting ? QgsCoordinateReferenceSystem() : QgsCoordinateReferenceSystem(crs));
    const QStringList unticked = s.value(kSettings + QStringLiteral("uncheckedCategories")).toStringList();
    for (int i = 0; i < m_categories->count(); ++i)
        if (unticked.contains(m_categories->item(i)->data(Qt::UserRole).toString()))
            m_categories->item(i)->setCheckState(Qt::Unchecked);
}

void ThreatPanel::saveSettings() const
{
    QSettings s;
    s.setValue(kSettings + QStringLiteral("radiusKm"), m_radius->value());
    s.setValue(kSettings + QStringLiteral("pixelM"), m_pixel->value());
    s.setValue(kSettings + QStringLiteral("halfLifeDays"), m_halfLife->value());
    s.setValue(kSettings + QStringLiteral("threshold"), m_threshold->value());
    s.setValue(kSettings + QStringLiteral("kernel"), m_kernel->currentData());
    s.setValue(kSettings + QStringLiteral("weight"), m_weight->currentData());
    s.setValue(kSettings + QStringLiteral("thresholdMode"), m_thresholdMode->currentData());
    const QgsCoordinateReferenceSystem crs = m_crs->crs();
    s.setValue(kSettings + QStringLiteral("crs"), crs.isValid() ? crs.authid() : kUtmSetting);
    QStringList unticked;
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() != Qt::Checked)
            unticked << m_categories->item(i)->data(Qt::UserRole).toString();
    s.setValue(kSettings + QStringLiteral("uncheckedCategories"), unticked);
}

double ThreatPanel::gridSum() const
{
    double sum = 0;
    if (m_last.grid)
        for (float v : m_last.grid->values)
            sum += double(v);
    return sum;
}

void ThreatPanel::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    if (m_cancel)
        *m_cancel = true;
    ++m_generation; // what runs is for the old mission
    m_pending = false;
    dropLayers();
    ++m_incidentsVersion;
    m_last = ThreatResult();
    m_table->setRowCount(0);
    m_mission = mission;
    // "UTM zone of the area" says which zone, once a mission gives the area.
    QString utm = tr("UTM zone of the area");
    if (m_mission && m_mission->areaOfResponsibility().isValid()) {
        const core::GeoPoint centre = m_mission->areaOfResponsibility().center();
        const int epsg = core::HeatmapBuilder::utmEpsgFor(centre.lat, centre.lon);
        utm = tr("UTM zone of the area (%1%2)").arg(epsg % 100).arg(epsg / 100 == 326 ? QLatin1Char('N') : QLatin1Char('S'));
    }
    m_crs->setNotSetText(utm);
    if (m_mission) {
        connect(m_mission, &core::MissionStore::changed, this, &ThreatPanel::storeChanged);
        schedule();
    }
}

void ThreatPanel::storeChanged(const QString &table)
{
    if (table == QLatin1String("incidents")) {
        ++m_incidentsVersion; // the worker reads them again
        schedule();
    }
}

void ThreatPanel::schedule()
{
    if (m_mission && !m_debounce.isActive())
        m_debounce.start();
}

bool ThreatPanel::options(core::HeatmapOptions *out, QString *error) const
{
    core::HeatmapOptions o;
    o.radiusMetres = m_radius->value() * 1000.0;
    o.pixelMetres = m_pixel->value();
    o.kernel = core::KdeKernel(m_kernel->currentData().toInt());
    o.weighting = core::HeatmapWeighting(m_weight->currentData().toInt());
    o.halfLifeDays = m_halfLife->value();
    o.windowStartMs = m_ws->timeWindow()->start().toMSecsSinceEpoch();
    o.windowEndMs = m_ws->timeWindow()->end().toMSecsSinceEpoch();
    const QStringList ticked = categories();
    if (ticked.size() < m_categories->count()) {
        for (const QString &id : ticked)
            o.categories.insert(core::heatmapCategoryNumber(id));
        if (o.categories.empty())
            o.categories.insert(-1); // none ticked: nothing to count
    }
    const QgsCoordinateReferenceSystem crs = m_crs->crs();
    if (crs.isValid()) {
        // The engine takes an EPSG code, and metres: a geographic or a custom CRS cannot do.
        bool ok = false;
        const QString authid = crs.authid();
        if (authid.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
            o.targetEpsg = authid.mid(5).toInt(&ok);
        if (!ok || o.targetEpsg <= 0 || crs.isGeographic() || crs.mapUnits() != QgsUnitTypes::DistanceMeters) {
            if (error)
                *error = tr("The heatmap needs a projected coordinate system in metres with an EPSG code; %1 is not one.")
                             .arg(crs.userFriendlyIdentifier());
            return false;
        }
    } else if (m_mission && m_mission->areaOfResponsibility().isValid()) {
        // One CRS for every window of a mission, so that the maps compare.
        o.targetEpsg = core::HeatmapBuilder::utmEpsgFor(m_mission->areaOfResponsibility().center().lat,
                                                        m_mission->areaOfResponsibility().center().lon);
    }
    *out = o;
    return true;
}

core::HotspotOptions ThreatPanel::hotspotOptions() const
{
    core::HotspotOptions h;
    h.mode = core::HotspotOptions::Threshold(m_thresholdMode->currentData().toInt());
    h.value = m_threshold->value();
    if (h.mode == core::HotspotOptions::Threshold::Percentile)
        h.value = std::min(h.value, 100.0);
    return h;
}

void ThreatPanel::start()
{
    if (!m_mission)
        return;
    if (m_running > 0) {
        // One frame at a time, the latest request next. While the time bar plays the frame under
        // way is finished and shown (cancelling it for each step would show none); a change of the
        // parameters makes it useless, so it is cancelled.
        m_pending = true;
        if (!m_ws->timeWindow()->isPlaying() && m_cancel)
            *m_cancel = true;
        return;
    }
    m_pending = false;
    core::HeatmapOptions o;
    QString optionsError;
    if (!options(&o, &optionsError)) {
        m_status->setText(optionsError);
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    // The whole log is read once (on the worker, on its own read-only connection: 100,000 incidents
    // take a while) and kept until the incidents change; each run filters it by window and category.
    const auto cache = m_incidents;
    const quint64 incidentsVersion = m_incidentsVersion;
    const QString path = m_mission->path();
    const core::HotspotOptions h = hotspotOptions();
    // While the time bar plays, frames are the heatmap only; the hotspots (outlines, table) follow
    // when it stops, so that playing stays smooth.
    const bool withHotspots = !m_ws->timeWindow()->isPlaying();
    QPointer<ThreatPanel> self(this);
    ++m_running;
    m_status->setText(tr("Computing the heatmap…"));
    threatPool()->start(QRunnable::create([self, cancel, generation, cache, incidentsVersion, path, o, h, withHotspots] {
        auto r = std::make_shared<ThreatResult>();
        r->generation = generation;
        r->withHotspots = withHotspots;
        r->options = o;
        r->hotspotOptions = h;
        const auto incidents = *cancel ? nullptr : loadIncidents(*cache, incidentsVersion, path, &r->error);
        if (!incidents) {
            r->result = *cancel ? core::HeatmapResult::Cancelled : core::HeatmapResult::InvalidOptions;
        } else {
            // The incidents are prepared once for the parameters (projected, by time, on one grid
            // for the mission); each window then costs the incidents that entered and left it. A
            // frame that stays is summed from scratch, so its hotspots see no rounding residue.
            const std::lock_guard<std::mutex> lock(cache->heatMutex);
            core::IncrementalHeatmap &heat = cache->heat;
            core::HeatmapResult prepared = core::HeatmapResult::Success;
            if (cache->heatVersion != incidentsVersion || !heat.sameParameters(o)) {
                cache->heatVersion = ~quint64(0);
                prepared = heat.prepare(*incidents, o, &r->error);
                if (heat.isPrepared())
                    cache->heatVersion = incidentsVersion;
            }
            auto grid = std::make_shared<core::DensityGrid>();
            std::vector<core::ProjectedIncident> inWindow;
            if (heat.isPrepared()) {
                r->result = heat.update(o.windowStartMs, o.windowEndMs, grid.get(), withHotspots, cancel.get(), &r->error);
                r->incremental = !heat.lastRebuilt();
                if (r->result == core::HeatmapResult::Success) {
                    r->incidentCount = heat.windowCount();
                    if (withHotspots)
                        inWindow = heat.windowIncidents();
                }
            } else if (prepared == core::HeatmapResult::GridTooLarge) {
                // The whole log spans too large a grid for one layout: this window's own grid.
                core::HeatmapOutput out;
                r->error.clear();
                r->result = core::HeatmapBuilder(o).build(*incidents, &out, &r->error, cancel.get());
                r->incidentCount = out.incidents.size();
                *grid = std::move(out.grid);
                inWindow = std::move(out.incidents);
            } else {
                r->result = prepared;
            }
            if (r->result == core::HeatmapResult::Success && !*cancel && withHotspots) {
                core::HotspotFinder finder(h);
                QString hotspotError;
                finder.find(*grid, inWindow, &r->hotspots, &hotspotError);
                r->threshold = finder.thresholdUsed();
            }
            if (*cancel)
                r->result = core::HeatmapResult::Cancelled;
            r->grid = std::move(grid);
        }
        // Back on the UI thread; dropped if the panel is gone.
        QMetaObject::invokeMethod(
            qApp, [self, r] {
                if (self)
                    self->finished(r);
            },
            Qt::QueuedConnection);
    }));
}

void ThreatPanel::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the heatmap"), QDir::home().filePath(QStringLiteral("heatmap.tif")),
                                                      tr("GeoTIFF (*.tif *.tiff)"));
    if (!path.isEmpty())
        exportGeoTiff(path);
}

void ThreatPanel::exportGeoTiff(const QString &path)
{
    core::HeatmapOptions o;
    QString error;
    if (!m_mission)
        error = tr("No mission is open.");
    else
        options(&o, &error);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit exported(path, false, error);
        return;
    }
    const auto cache = m_incidents;
    const quint64 incidentsVersion = m_incidentsVersion;
    const QString missionPath = m_mission->path();
    QPointer<ThreatPanel> self(this);
    m_status->setText(tr("Exporting the heatmap…"));
    threatPool()->start(QRunnable::create([self, cache, incidentsVersion, missionPath, o, path] {
        QString message;
        bool ok = false;
        if (const auto incidents = loadIncidents(*cache, incidentsVersion, missionPath, &message)) {
            // The exact engine on the window's own grid: what QGIS's heatmap makes of the same points.
            core::HeatmapOutput out;
            const core::HeatmapResult r = core::HeatmapBuilder(o).build(*incidents, &out, &message);
            ok = r == core::HeatmapResult::Success && out.grid.writeGeoTiff(path, &message);
            if (ok)
                message = tr("Heatmap written to %1 (%2 × %3 pixels of %4 m, EPSG:%5).")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(out.grid.width)
                              .arg(out.grid.height)
                              .arg(o.pixelMetres)
                              .arg(out.grid.epsg);
            else if (message.isEmpty())
                message = core::HeatmapBuilder::resultMessage(r);
        }
        QMetaObject::invokeMethod(
            qApp, [self, path, ok, message] {
                if (!self)
                    return;
                self->m_status->setText(message);
                emit self->exported(path, ok, message);
            },
            Qt::QueuedConnection);
    }));
}

void ThreatPanel::finished(std::shared_ptr<ThreatResult> r)
{
    --m_running;
    const auto next = qScopeGuard([this] {
        if (m_pending)
            start();
    });
    if (r->generation != m_generation || r->result == core::HeatmapResult::Cancelled || !m_mission)
        return; // superseded
    if (r->result != core::HeatmapResult::Success && r->result != core::HeatmapResult::NoIncidents) {
        m_status->setText(r->error.isEmpty() ? core::HeatmapBuilder::resultMessage(r->result) : r->error);
        return;
    }
    m_last = std::move(*r);
    QString error;
    bool created = false;
    const bool shown = m_last.result == core::HeatmapResult::Success;
    // A frame of the playing time bar is drawn from memory; one that stays is also written to
    // the layer's source (statistics, identify, the briefing's copy).
    if (!m_heatmap.show(shown ? m_last.grid : nullptr, m_last.withHotspots, &error, &created)) {
        m_status->setText(error);
        return;
    }
    if (shown && !m_heatmap.sourceIsCurrent())
        ++m_framesFromMemory;
    if (shown && m_last.incremental)
        ++m_incrementalFrames;
    if (created)
        m_ws->addLayer(m_heatmap.layer());
    // A briefing page of another period recomputes the heatmap with the same parameters.
    ui::setHeatmapRecipe(m_heatmap.layer(), {m_last.options, m_last.hotspotOptions});
    // Each count a message of its own, so that each reads in words ("1 hotspot", "3 hotspots").
    const int hotspotCount = int(m_last.hotspots.size());
    m_status->setText(m_last.result == core::HeatmapResult::NoIncidents
                          ? (categories().isEmpty() ? tr("No category is ticked: tick one or several.") : tr("No incident in the time window."))
                      : !m_last.withHotspots
                          ? tr("%n incident(s), maximum density %1; hotspots when the time bar stops.", nullptr, int(m_last.incidentCount))
                                .arg(QLocale().toString(gridMax(), 'g', 4))
                          : tr("%n incident(s), maximum density %1", nullptr, int(m_last.incidentCount)).arg(QLocale().toString(gridMax(), 'g', 4))
                                + tr(", %n hotspot(s) above %1.", nullptr, hotspotCount).arg(QLocale().toString(m_last.threshold, 'g', 4)));
    // While the time bar plays there are no hotspots: the outlines and the table are cleared once,
    // not at every frame.
    if (m_last.withHotspots || m_table->rowCount() > 0 || !m_hotspotLayer)
        showHotspots();
    emit heatmapUpdated();
}

void ThreatPanel::showHotspots()
{
    if (!m_hotspotLayer) {
        m_hotspotLayer = ui::createHotspotLayer(tr("Hotspots"));
        m_ws->addLayer(m_hotspotLayer);
    }
    ui::setHotspots(m_hotspotLayer, m_last.hotspots);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const core::Hotspot &h : m_last.hotspots) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem *peak = sortableNumber(h.peakValue, 4);
        peak->setData(Qt::UserRole, h.id);
        m_table->setItem(row, 0, peak);
        m_table->setItem(row, 1, sortableNumber(h.areaKm2, 2));
        m_table->setItem(row, 2, sortableNumber(double(h.incidentCount), 0));
    }
    m_table->setSortingEnabled(true);
}

void ThreatPanel::zoomToHotspot(int row)
{
    QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return;
    const int id = item->data(Qt::UserRole).toInt();
    for (const core::Hotspot &h : m_last.hotspots) {
        if (h.id != id)
            continue;
        QgsRectangle box = QgsGeometry::fromWkt(h.wktWgs84).boundingBox();
        QgsMapCanvas *canvas = m_ws->mapCanvas();
        const QgsCoordinateTransform t(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), canvas->mapSettings().destinationCrs(),
                                       QgsProject::instance());
        try {
            box = t.transformBoundingBox(box);
        } catch (const QgsCsException &) {
            return;
        }
        box.scale(1.5);
        canvas->setExtent(box);
        canvas->refresh();
        return;
    }
}

void ThreatPanel::dropLayers()
{
    for (QgsMapLayer *l : {static_cast<QgsMapLayer *>(m_heatmap.layer()), static_cast<QgsMapLayer *>(m_hotspotLayer.data())})
        if (l)
            QgsProject::instance()->removeMapLayer(l->id());
    m_heatmap.reset();
    m_hotspotLayer = nullptr;
}

} // namespace vigie::plugins
