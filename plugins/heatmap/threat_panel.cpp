// SPDX-License-Identifier: GPL-2.0-or-later
#include "threat_panel.h"

#include "alerts/alert_evaluation.h"
#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"
#include "workstation/workstation.h"

#include <qgscolorrampshader.h>
#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRunnable>
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

ThreatPanel::ThreatPanel(ui::Workstation *workstation, QWidget *parent) : QWidget(parent), m_ws(workstation)
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
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("heatmapCategory"));
    m_category->addItem(tr("All categories"), 0);
    const auto &cats = core::IncidentTaxonomy::builtin().categories();
    for (std::size_t i = 0; i < cats.size(); ++i)
        m_category->addItem(cats[i].label(QLocale().name()), int(i) + 1);
    form->addRow(tr("Category"), m_category);
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

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &ThreatPanel::start);
    for (QDoubleSpinBox *s : {m_radius, m_pixel, m_halfLife, m_threshold})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ThreatPanel::schedule);
    for (QComboBox *c : {m_kernel, m_weight, m_category, m_thresholdMode})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &ThreatPanel::schedule);
    connect(m_ws->timeWindow(), &core::TimeWindow::changed, this, &ThreatPanel::schedule);
}

ThreatPanel::~ThreatPanel()
{
    if (m_cancel)
        *m_cancel = true;
    threatPool()->waitForDone();
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
    dropLayers();
    m_incidents.reset();
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
        m_incidents.reset();
        schedule();
    }
}

void ThreatPanel::schedule()
{
    if (m_mission)
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
    if (const int c = m_category->currentData().toInt())
        o.categories = {c};
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
    if (!m_incidents) // the whole log once; the worker filters by window and category
        m_incidents = std::make_shared<const std::vector<core::HeatmapIncident>>(core::heatmapIncidents(
            *m_mission, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()));
    if (m_cancel)
        *m_cancel = true; // a newer request supersedes the older one
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    const auto incidents = m_incidents;
    const core::HeatmapOptions o = options();
    const core::HotspotOptions h = hotspotOptions();
    const QString path = m_tmp.filePath(QStringLiteral("heat-%1.tif").arg(generation));
    QPointer<ThreatPanel> self(this);
    ++m_running;
    m_status->setText(tr("Computing the heatmap…"));
    threatPool()->start(QRunnable::create([self, cancel, generation, incidents, o, h, path] {
        auto r = std::make_shared<ThreatResult>();
        r->generation = generation;
        if (*cancel) {
            r->result = core::HeatmapResult::Cancelled;
        } else {
            core::HeatmapOutput out;
            r->result = core::HeatmapBuilder(o).build(*incidents, &out, &r->error, cancel.get());
            if (r->result == core::HeatmapResult::Success && !*cancel) {
                r->incidentCount = out.incidents.size();
                core::HotspotFinder finder(h);
                QString hotspotError;
                finder.find(out.grid, out.incidents, &r->hotspots, &hotspotError);
                r->threshold = finder.thresholdUsed();
                if (out.grid.writeGeoTiff(path, &r->error))
                    r->tiffPath = path;
                else
                    r->result = core::HeatmapResult::InvalidOptions;
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
    if (r->generation != m_generation || r->result == core::HeatmapResult::Cancelled || !m_mission) {
        if (!r->tiffPath.isEmpty())
            QFile::remove(r->tiffPath);
        return; // superseded
    }
    if (r->result != core::HeatmapResult::Success && r->result != core::HeatmapResult::NoIncidents) {
        m_status->setText(r->error.isEmpty() ? core::HeatmapBuilder::resultMessage(r->result) : r->error);
        return;
    }
    const QString previous = m_last.tiffPath;
    m_last = std::move(*r);
    if (!m_last.tiffPath.isEmpty()) {
        if (!m_raster) {
            m_raster = new QgsRasterLayer(m_last.tiffPath, tr("Threat density"), QStringLiteral("gdal"));
            m_raster->setObjectName(QStringLiteral("threatDensityLayer"));
            m_ws->addLayer(m_raster);
        } else {
            m_raster->setDataSource(m_last.tiffPath, tr("Threat density"), QStringLiteral("gdal"), QgsDataProvider::ProviderOptions());
        }
        const double max = std::max(double(m_last.grid.max), 1e-12);
        auto *ramp = new QgsColorRampShader(0, max, nullptr, QgsColorRampShader::Interpolated);
        ramp->setColorRampItemList({{0, QColor(255, 255, 178, 0), tr("None")},
                                    {max * 0.25, QColor(254, 204, 92, 150), QLocale().toString(max * 0.25, 'g', 3)},
                                    {max * 0.5, QColor(253, 141, 60, 190), QLocale().toString(max * 0.5, 'g', 3)},
                                    {max, QColor(189, 0, 38, 230), QLocale().toString(max, 'g', 3)}});
        auto *shader = new QgsRasterShader(0, max);
        shader->setRasterShaderFunction(ramp);
        auto *renderer = new QgsSingleBandPseudoColorRenderer(m_raster->dataProvider(), 1, shader);
        renderer->setClassificationMin(0);
        renderer->setClassificationMax(max);
        m_raster->setRenderer(renderer);
        m_raster->setOpacity(1.0);
        m_raster->triggerRepaint();
    } else if (m_raster) {
        m_raster->setOpacity(0.0); // nothing in the window: show nothing rather than the old picture
        m_raster->triggerRepaint();
    }
    if (!previous.isEmpty() && previous != m_last.tiffPath)
        QFile::remove(previous);
    m_status->setText(m_last.result == core::HeatmapResult::NoIncidents
                          ? tr("No incident in the time window.")
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
    for (QgsMapLayer *l : {static_cast<QgsMapLayer *>(m_raster.data()), static_cast<QgsMapLayer *>(m_hotspotLayer.data())})
        if (l)
            QgsProject::instance()->removeMapLayer(l->id());
    m_raster = nullptr;
    m_hotspotLayer = nullptr;
}

} // namespace vigie::plugins
