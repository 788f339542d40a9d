// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts_panel.h"

#include "alerts/alert_evaluation.h"
#include "alerts/alert_repository.h"
#include "incidents/incident_repository.h"
#include "mission/mission_store.h"
#include "mission/sqlite_db.h"
#include "sites/site_repository.h"
#include "sites_controller.h"
#include "time/dtg.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace vigie::plugins {

// The evaluation's thread side: one read-only connection to the mission (the workstation's open
// checked the file), kept from run to run, used only on the worker thread.
class AlertWorker : public QObject
{
  public:
    core::AlertEvaluation run(const QString &path, qint64 endMs, const std::atomic<bool> *cancel)
    {
        if (!m_store || m_store->path() != path) {
            m_store.reset();
            m_store = core::MissionStore::openConnection(path, core::MissionStore::OpenMode::ReadOnly);
        }
        return core::evaluateMissionRules(*m_store, endMs, cancel);
    }
    void close() { m_store.reset(); }

  private:
    std::unique_ptr<core::MissionStore> m_store;
};

struct AlertsPanel::RunResult
{
    quint64 generation = 0;
    qint64 endMs = 0;
    bool offUiThread = false;
    QString error;
    core::AlertEvaluation evaluation;
};

namespace {
// "count: 4, radius_km: 10" from the numbers that fired the alert.
QString measuresText(const QJsonObject &measures)
{
    QStringList parts;
    for (auto it = measures.begin(); it != measures.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isArray()) {
            // A list (the rule's categories): its items, or "all" for none (the rule's default).
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << item.toVariant().toString();
            value = items.isEmpty() ? QCoreApplication::translate("vigie::plugins::AlertsPanel", "all") : items.join(QLatin1Char('/'));
        } else {
            value = v.isDouble() ? QLocale().toString(v.toDouble(), 'g', 4) : v.toVariant().toString();
        }
        parts << QStringLiteral("%1: %2").arg(it.key(), value);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

AlertsPanel::AlertsPanel(ui::Workstation *workstation, SitesController *sites, QWidget *parent)
    : QWidget(parent), m_ws(workstation), m_sites(sites)
{
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Site"), tr("Rule"), tr("Measures"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPanel::selectionChanged);
    m_ack = new QPushButton(tr("Acknowledge…"));
    m_ack->setObjectName(QStringLiteral("alertsAcknowledge"));
    m_dismiss = new QPushButton(tr("Dismiss…"));
    m_dismiss->setObjectName(QStringLiteral("alertsDismiss"));
    connect(m_ack, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &AlertsPanel::dismissSelected);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("alertsStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ack);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    selectionChanged();

    m_thread.setObjectName(QStringLiteral("vigie-alerts"));
    m_worker = new AlertWorker;
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);

    // Time-window changes: evaluated once the window stops moving for a moment (and, being off the UI
    // thread, without holding up the time bar while it plays).
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &AlertsPanel::evaluate);
    connect(m_ws->timeWindow(), &core::TimeWindow::changed, this, [this] {
        if (m_mission)
            m_debounce.start();
    });
}

AlertsPanel::~AlertsPanel()
{
    if (m_cancel)
        *m_cancel = true;
    // The connection is closed on its own thread, once the (cancelled) run under way has returned.
    AlertWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void AlertsPanel::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    // Whatever runs is for the old mission; its result is dropped (generation), its connection closed.
    if (m_cancel)
        *m_cancel = true;
    ++m_generation;
    m_pending = false;
    AlertWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::QueuedConnection);
    m_mission = mission;
    if (m_layer)
        QgsProject::instance()->removeMapLayer(m_layer->id()); // made again for the new mission
    m_table->setRowCount(0);
    if (m_mission) {
        connect(m_mission, &core::MissionStore::changed, this, &AlertsPanel::storeChanged);
        evaluate();
    }
    refresh();
}

void AlertsPanel::storeChanged(const QString &table)
{
    if (table == QLatin1String("incidents") || table == QLatin1String("protected_sites") || table == QLatin1String("alert_rules"))
        evaluate(); // refreshes too
    else if (table == QLatin1String("alerts"))
        refresh();
}

void AlertsPanel::evaluate()
{
    m_debounce.stop();
    if (!m_mission)
        return;
    if (m_mission->isReadOnly()) {
        m_status->setText(tr("The mission is read-only: the rules are not evaluated."));
        refresh();
        return;
    }
    if (m_running) {
        // Latest wins: the run under way is cancelled, and the newest request starts when it returns.
        if (m_cancel)
            *m_cancel = true;
        m_pending = true;
        return;
    }
    startRun();
}

void AlertsPanel::startRun()
{
    m_pending = false;
    m_running = true;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    const qint64 endMs = m_ws->timeWindow()->end().toMSecsSinceEpoch();
    const QString path = m_mission->path();
    QPointer<AlertsPanel> self(this);
    AlertWorker *worker = m_worker;
    QThread *uiThread = thread();
    QMetaObject::invokeMethod(
        worker,
        [self, worker, cancel, generation, endMs, path, uiThread] {
            auto r = std::make_shared<RunResult>();
            r->generation = generation;
            r->endMs = endMs;
            r->offUiThread = QThread::currentThread() != uiThread;
            if (*cancel) {
                r->evaluation.cancelled = true;
            } else {
                try {
                    r->evaluation = worker->run(path, endMs, cancel.get());
                } catch (const core::MissionError &e) {
                    r->error = e.message();
                } catch (const core::DbError &e) {
                    r->error = e.message();
                }
            }
            QMetaObject::invokeMethod(
                qApp,
                [self, r] {
                    if (self)
                        self->runFinished(r);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AlertsPanel::runFinished(const std::shared_ptr<RunResult> &r)
{
    m_running = false;
    const bool current = r->generation == m_generation && !r->evaluation.cancelled && m_mission;
    if (m_pending && m_mission) {
        startRun();
        return; // a newer window is being evaluated; this result is superseded
    }
    if (!current)
        return;
    if (!r->error.isEmpty()) {
        m_status->setText(r->error);
        return;
    }
    core::AlertEvaluation ev = r->evaluation;
    try {
        ev.outcome.stored = core::AlertRepository(*m_mission).store(ev.outcome.fired, &ev.outcome.extended);
    } catch (const core::MissionError &e) {
        m_status->setText(e.message());
        return;
    }
    ++m_applied;
    m_lastEndMs = r->endMs;
    m_lastOffUiThread = r->offUiThread;
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(r->endMs, Qt::UTC);
    QString text = tr("Rules evaluated as of %1 over %n incident(s): %2 fired, %3 added, %4 updated.", nullptr, ev.incidentsConsidered)
                       .arg(core::toDtg(end))
                       .arg(ev.outcome.fired.size())
                       .arg(ev.outcome.stored.size())
                       .arg(ev.outcome.extended.size());
    for (const QString &p : ev.outcome.problems)
        text += QLatin1Char('\n') + p;
    m_status->setText(text);
    if (!ev.outcome.stored.isEmpty())
        m_ws->pushMessage(tr("Alerts"), tr("%n new alert(s) to review in the Alerts panel.", nullptr, int(ev.outcome.stored.size())),
                          ui::MessageLevel::Warning);
    refresh();
}

void AlertsPanel::refresh()
{
    const QString keep = selectedAlertId();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    QList<core::Alert> alerts;
    if (m_mission) {
        alerts = core::AlertRepository(*m_mission).list();
        for (const core::Alert &a : alerts) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *time = new QTableWidgetItem(core::toDtg(QDateTime::fromMSecsSinceEpoch(a.firedAtMs, Qt::UTC)));
            time->setData(Qt::UserRole, a.id);
            time->setToolTip(a.summary);
            m_table->setItem(row, 0, time);
            m_table->setItem(row, 1, new QTableWidgetItem(a.siteName));
            m_table->setItem(row, 2, new QTableWidgetItem(a.ruleName));
            auto *measures = new QTableWidgetItem(measuresText(a.measures));
            measures->setToolTip(a.summary);
            m_table->setItem(row, 3, measures);
            auto *status = new QTableWidgetItem(core::alertStatusLabel(a.status));
            status->setData(Qt::UserRole, core::alertStatusToString(a.status));
            if (!a.statusComment.isEmpty())
                status->setToolTip(tr("%1 by %2: %3").arg(core::alertStatusLabel(a.status), a.statusBy, a.statusComment));
            m_table->setItem(row, 4, status);
            if (a.id == keep)
                m_table->selectRow(row);
        }
    }
    m_table->resizeColumnsToContents();
    showOnMap(alerts);
    selectionChanged();
}

int AlertsPanel::openAlertsOnMap() const { return m_layer ? int(m_layer->featureCount()) : 0; }

void AlertsPanel::showOnMap(const QList<core::Alert> &alerts)
{
    if (!m_mission) {
        if (m_layer)
            QgsProject::instance()->removeMapLayer(m_layer->id());
        return;
    }
    if (!m_layer) {
        m_layer = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4326&field=alert_id:string&field=site:string&field=rule:string"
                                                    "&field=summary:string"),
                                     tr("Open alerts"), QStringLiteral("memory"));
        m_layer->setObjectName(QStringLiteral("alertsLayer"));
        auto *ring = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 9.0, 0, Qgis::ScaleMethod::ScaleArea,
                                                    QColor(0, 0, 0, 0), QColor(220, 0, 0));
        ring->setStrokeWidth(0.9);
        m_layer->setRenderer(new QgsSingleSymbolRenderer(new QgsMarkerSymbol(QgsSymbolLayerList{ring})));
        QgsPalLayerSettings label;
        label.fieldName = QStringLiteral("rule");
        label.placement = QgsPalLayerSettings::AroundPoint;
        label.dist = 4;
        QgsTextFormat format;
        format.setSize(8);
        format.setColor(QColor(160, 0, 0));
        QgsTextBufferSettings buffer;
        buffer.setEnabled(true);
        buffer.setColor(Qt::white);
        format.setBuffer(buffer);
        label.setFormat(format);
        m_layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
        m_layer->setLabelsEnabled(true);
        m_ws->addLayer(m_layer);
    }
    // New alerts only: acknowledged and dismissed ones are in the table, not on the map.
    QgsFeatureList features;
    core::SiteRepository sites(*m_mission);
    for (const core::Alert &a : alerts) {
        if (a.status != core::AlertStatus::New)
            continue;
        const auto site = sites.get(a.siteId);
        if (!site)
            continue;
        QgsFeature f(m_layer->fields());
        f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(site->lon, site->lat)));
        f.setAttributes(QgsAttributes() << a.id << a.siteName << a.ruleName << a.summary);
        features << f;
    }
    m_layer->dataProvider()->truncate();
    m_layer->dataProvider()->addFeatures(features);
    m_layer->updateExtents();
    m_layer->triggerRepaint();
}

QString AlertsPanel::selectedAlertId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *i : items)
        if (i->column() == 0)
            return i->data(Qt::UserRole).toString();
    return QString();
}

void AlertsPanel::selectionChanged()
{
    const QString id = selectedAlertId();
    std::optional<core::Alert> alert;
    if (m_mission && !id.isEmpty())
        alert = core::AlertRepository(*m_mission).get(id);
    const bool writable = m_mission && !m_mission->isReadOnly();
    m_ack->setEnabled(writable && alert && alert->status == core::AlertStatus::New);
    m_dismiss->setEnabled(writable && alert && alert->status != core::AlertStatus::Dismissed);
    if (!alert)
        return;
    // The evidence: selected (table "incidents") and zoomed to; the site highlighted.
    m_ws->selection()->select(QStringLiteral("incidents"), QSet<QString>(alert->evidence.begin(), alert->evidence.end()), this);
    if (m_sites)
        m_sites->highlight(alert->siteId);
    QgsRectangle box;
    bool any = false;
    core::IncidentRepository incidents(*m_mission);
    for (const QString &incidentId : alert->evidence) {
        if (const auto i = incidents.get(incidentId)) {
            const QgsRectangle p(i->lon, i->lat, i->lon, i->lat);
            if (any)
                box.combineExtentWith(p);
            else
                box = p;
            any = true;
        }
    }
    if (!any)
        return;
    box.grow(0.05); // about 5 km around the evidence
    QgsMapCanvas *canvas = m_ws->mapCanvas();
    const QgsCoordinateTransform t(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), canvas->mapSettings().destinationCrs(),
                                   QgsProject::instance());
    try {
        canvas->setExtent(t.transformBoundingBox(box));
        canvas->refresh();
    } catch (const QgsCsException &) {
    }
}

void AlertsPanel::acknowledgeSelected() { act(Action::Acknowledge); }
void AlertsPanel::dismissSelected() { act(Action::Dismiss); }

void AlertsPanel::act(Action action)
{
    const QString id = selectedAlertId();
    if (!m_mission || id.isEmpty())
        return;
    bool ok = false;
    const QString title = action == Action::Acknowledge ? tr("Acknowledge the alert") : tr("Dismiss the alert");
    const QString comment = QInputDialog::getMultiLineText(this, title, tr("Comment (required): what was seen, who was told, why it is dismissed"),
                                                           QString(), &ok)
                                .trimmed();
    if (!ok)
        return;
    if (comment.isEmpty()) {
        m_status->setText(tr("A comment is required; the alert was left as it was."));
        m_ws->pushMessage(title, tr("A comment is required; the alert was left as it was."), ui::MessageLevel::Warning);
        return;
    }
    try {
        core::AlertRepository repo(*m_mission);
        if (action == Action::Acknowledge)
            repo.acknowledge(id, comment);
        else
            repo.dismiss(id, comment);
    } catch (const core::MissionError &e) {
        m_ws->pushMessage(title, e.message(), ui::MessageLevel::Critical);
    }
    refresh();
}

} // namespace vigie::plugins
