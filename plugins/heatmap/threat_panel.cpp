// SPDX-License-Identifier: GPL-2.0-or-later
#include "threat_panel.h"

#include "alerts/alert_evaluation.h"
#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"
#include "mission/sqlite_db.h"
#include "workstation/workstation.h"

#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRunnable>
#include <QScopeGuard>
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
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Hotspots")));
    layout->addWidget(m_table, 1);

    // Changes are gathered for 40 ms (a spin box typed into, a burst of time-bar steps); the timer is
    // not restarted by each change, so a time bar playing at 20 steps a second still gets frames.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(40);
    connect(&m_debounce, &QTimer::timeout, this, &ThreatPanel::start);
    for (QDoubleSpinBox *s : {m_radius, m_pixel, m_halfLife, m_threshold})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ThreatPanel::schedule);
    for (QComboBox *c : {m_kernel, m_weight, m_thresholdMode})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &ThreatPanel::schedule);
    connect(m_categories, &QListWidget::itemChanged, this, &ThreatPanel::schedule);
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
    schedule();
}

double ThreatPanel::gridSum() const
{
    double sum = 0;
    for (float v : m_last.grid.values)
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

core::HeatmapOptions ThreatPanel::options() const
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
    // One CRS for every window of a mission, so that the maps compare.
    if (m_mission && m_mission->areaOfResponsibility().isValid())
        o.targetEpsg = core::HeatmapBuilder::utmEpsgFor(m_mission->areaOfResponsibility().center().lat,
                                                        m_mission->areaOfResponsibility().center().lon);
    return o;
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
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    // The whole log is read once (on the worker, on its own read-only connection: 100,000 incidents
    // take a while) and kept until the incidents change; each run filters it by window and category.
    const auto cache = m_incidents;
    const quint64 incidentsVersion = m_incidentsVersion;
    const QString path = m_mission->path();
    const core::HeatmapOptions o = options();
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
        std::shared_ptr<const std::vector<core::HeatmapIncident>> incidents;
        {
            const std::lock_guard<std::mutex> lock(cache->mutex);
            if (cache->version == incidentsVersion)
                incidents = cache->incidents;
        }
        if (!incidents && !*cancel) {
            try {
                const auto store = core::MissionStore::open(path, core::MissionStore::OpenMode::ReadOnly);
                incidents = std::make_shared<const std::vector<core::HeatmapIncident>>(
                    core::heatmapIncidents(*store, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()));
                const std::lock_guard<std::mutex> lock(cache->mutex);
                cache->version = incidentsVersion;
                cache->incidents = incidents;
            } catch (const core::MissionError &e) {
                r->result = core::HeatmapResult::InvalidOptions;
                r->error = e.message();
            } catch (const core::DbError &e) {
                r->result = core::HeatmapResult::InvalidOptions;
                r->error = e.message();
            }
        }
        if (!incidents) {
            if (*cancel)
                r->result = core::HeatmapResult::Cancelled;
        } else if (*cancel) {
            r->result = core::HeatmapResult::Cancelled;
        } else {
            core::HeatmapOutput out;
            r->result = core::HeatmapBuilder(o).build(*incidents, &out, &r->error, cancel.get());
            if (r->result == core::HeatmapResult::Success && !*cancel) {
                r->incidentCount = out.incidents.size();
                r->withHotspots = withHotspots;
                if (withHotspots) {
                    core::HotspotFinder finder(h);
                    QString hotspotError;
                    finder.find(out.grid, out.incidents, &r->hotspots, &hotspotError);
                    r->threshold = finder.thresholdUsed();
                }
                r->grid = std::move(out.grid);
            } else if (*cancel) {
                r->result = core::HeatmapResult::Cancelled;
            }
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
    if (!m_heatmap.show(m_last.result == core::HeatmapResult::Success ? m_last.grid : core::DensityGrid(), &error, &created)) {
        m_status->setText(error);
        return;
    }
    if (created)
        m_ws->addLayer(m_heatmap.layer());
    m_status->setText(m_last.result == core::HeatmapResult::NoIncidents
                          ? (categories().isEmpty() ? tr("No category is ticked: tick one or several.") : tr("No incident in the time window."))
                      : !m_last.withHotspots
                          ? tr("%n incident(s), maximum density %1; hotspots when the time bar stops.", nullptr, int(m_last.incidentCount))
                                .arg(QLocale().toString(double(m_last.grid.max), 'g', 4))
                          : tr("%n incident(s), maximum density %1, %2 hotspot(s) above %3.", nullptr, int(m_last.incidentCount))
                                .arg(QLocale().toString(double(m_last.grid.max), 'g', 4))
                                .arg(m_last.hotspots.size())
                                .arg(QLocale().toString(m_last.threshold, 'g', 4)));
    showHotspots();
    emit heatmapUpdated();
}

void ThreatPanel::showHotspots()
{
    if (!m_hotspotLayer) {
        m_hotspotLayer = new QgsVectorLayer(
            QStringLiteral("Polygon?crs=EPSG:4326&field=id:integer&field=peak:double&field=area_km2:double&field=incidents:integer"),
            tr("Hotspots"), QStringLiteral("memory"));
        m_hotspotLayer->setObjectName(QStringLiteral("hotspotLayer"));
        auto *outline = new QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt::NoBrush, QColor(120, 0, 20), Qt::SolidLine, 0.8);
        m_hotspotLayer->setRenderer(new QgsSingleSymbolRenderer(new QgsFillSymbol(QgsSymbolLayerList{outline})));
        m_ws->addLayer(m_hotspotLayer);
    }
    m_hotspotLayer->dataProvider()->truncate();
    QgsFeatureList features;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const core::Hotspot &h : m_last.hotspots) {
        QgsFeature f(m_hotspotLayer->fields());
        f.setGeometry(QgsGeometry::fromWkt(h.wktWgs84));
        f.setAttributes(QgsAttributes() << h.id << h.peakValue << h.areaKm2 << qlonglong(h.incidentCount));
        features << f;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem *peak = sortableNumber(h.peakValue, 4);
        peak->setData(Qt::UserRole, h.id);
        m_table->setItem(row, 0, peak);
        m_table->setItem(row, 1, sortableNumber(h.areaKm2, 2));
        m_table->setItem(row, 2, sortableNumber(double(h.incidentCount), 0));
    }
    m_table->setSortingEnabled(true);
    m_hotspotLayer->dataProvider()->addFeatures(features);
    m_hotspotLayer->updateExtents();
    m_hotspotLayer->triggerRepaint();
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
