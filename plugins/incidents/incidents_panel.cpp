// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents_panel.h"

#include "map/incident_layer.h"
#include "incident_table_model.h"
#include "incidents/incident_taxonomy.h"
#include "incidents_controller.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie::plugins {

using core::Incident;

IncidentsPanel::IncidentsPanel(IncidentsController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new IncidentTableModel(this))
{
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("incidentsFilterCategory"));
    m_category->addItem(tr("All categories"), QString());
    const QString locale = QLocale().name();
    for (const auto &c : core::IncidentTaxonomy::builtin().categories())
        m_category->addItem(QIcon(ui::incidentIconPath(c.icon)), c.label(locale), c.id);
    m_minSeverity = new QSpinBox;
    m_minSeverity->setObjectName(QStringLiteral("incidentsFilterSeverity"));
    m_minSeverity->setRange(1, 5);
    m_minSeverity->setPrefix(tr("severity ≥ "));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("incidentsFilterStatus"));
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(tr("Reported"), int(Incident::Status::Reported));
    m_status->addItem(tr("Confirmed"), int(Incident::Status::Confirmed));
    m_status->addItem(tr("Closed"), int(Incident::Status::Closed));
    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("incidentsFilterSensitivity"));
    m_sensitivity->addItem(tr("Any marking"), -1);
    for (int s = 0; s <= int(core::Sensitivity::StrictlyConfidential); ++s)
        m_sensitivity->addItem(tr("up to %1").arg(core::sensitivityLabel(core::Sensitivity(s))), s);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("incidentsFilterText"));
    m_text->setPlaceholderText(tr("Search place, actors, description…"));
    m_text->setClearButtonEnabled(true);
    m_inExtent = new QCheckBox(tr("Only in map extent"));
    m_inExtent->setObjectName(QStringLiteral("incidentsFilterExtent"));
    auto *add = new QPushButton(QIcon(ui::incidentIconPath(QStringLiteral("incident-other"))), tr("New…"));
    add->setObjectName(QStringLiteral("incidentsNew"));
    add->setToolTip(tr("Record a new incident"));
    connect(add, &QPushButton::clicked, controller, [controller] { controller->openForm(); });

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("incidentsCount"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("incidentsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::Dtg, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the text they hold, not from reading every row.
    const QFontMetrics fm = m_table->fontMetrics();
    const auto width = [&](int column, const QString &sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(column, qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(header) + 18) + 12);
    };
    width(IncidentTableModel::Dtg, QStringLiteral("000000ZMMM00"));
    width(IncidentTableModel::Category, QStringLiteral("Attack on peacekeepers"));
    width(IncidentTableModel::Severity, QStringLiteral("5"));
    width(IncidentTableModel::Fatalities, QStringLiteral("000"));
    width(IncidentTableModel::Place, QStringLiteral("Gourma-Rharous"));
    width(IncidentTableModel::Status, QStringLiteral("Confirmed"));
    width(IncidentTableModel::Sensitivity, QStringLiteral("UN RESTRICTED"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_controller->openForm(m_model->idAt(index.row()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsPanel::tableSelectionChanged);

    auto *filters = new QGridLayout;
    filters->addWidget(m_category, 0, 0);
    filters->addWidget(m_minSeverity, 0, 1);
    filters->addWidget(m_status, 0, 2);
    filters->addWidget(m_sensitivity, 1, 0);
    filters->addWidget(m_text, 1, 1, 1, 2);
    filters->addWidget(m_inExtent, 2, 0);
    filters->addWidget(add, 2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);

    // Typing and panning fire many changes: re-read once they settle.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &IncidentsPanel::reload);
    connect(m_category, qOverload<int>(&QComboBox::currentIndexChanged), this, &IncidentsPanel::reload);
    connect(m_minSeverity, qOverload<int>(&QSpinBox::valueChanged), this, &IncidentsPanel::reload);
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this, &IncidentsPanel::reload);
    connect(m_sensitivity, qOverload<int>(&QComboBox::currentIndexChanged), this, &IncidentsPanel::reload);
    connect(m_inExtent, &QCheckBox::toggled, this, &IncidentsPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, &IncidentsPanel::scheduleReload);
    ui::Workstation *ws = controller->workstation();
    connect(ws->mapCanvas(), &QgsMapCanvas::extentsChanged, this, [this] {
        if (m_inExtent->isChecked())
            scheduleReload();
    });
    connect(ws->timeWindow(), &core::TimeWindow::changed, this, &IncidentsPanel::reload);
    connect(controller, &IncidentsController::incidentsChanged, this, &IncidentsPanel::reload);
    connect(ws->selection(), &ui::Selection::changed, this, &IncidentsPanel::sharedSelectionChanged);
    reload();
}

core::IncidentFilter IncidentsPanel::currentFilter() const
{
    core::IncidentFilter f;
    const core::TimeWindow *w = m_controller->workstation()->timeWindow();
    f.fromMs = w->startMs();
    f.toMs = w->endMs();
    if (const QString c = m_category->currentData().toString(); !c.isEmpty())
        f.categories << c;
    f.minSeverity = m_minSeverity->value();
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.statuses << Incident::Status(s);
    if (const int s = m_sensitivity->currentData().toInt(); s >= 0)
        f.maxSensitivity = core::Sensitivity(s);
    f.text = m_text->text().trimmed();
    if (m_inExtent->isChecked()) {
        QgsMapCanvas *canvas = m_controller->workstation()->mapCanvas();
        const QgsCoordinateTransform toWgs84(canvas->mapSettings().destinationCrs(),
                                             QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), QgsProject::instance());
        try {
            const QgsRectangle r = toWgs84.transformBoundingBox(canvas->extent());
            f.bbox = core::GeoBox{qMax(-180.0, r.xMinimum()), qMax(-90.0, r.yMinimum()), qMin(180.0, r.xMaximum()), qMin(90.0, r.yMaximum())};
        } catch (const QgsCsException &) {
            // An extent that cannot be expressed in degrees: no box.
        }
    }
    return f;
}

void IncidentsPanel::scheduleReload() { m_reloadTimer.start(); }

void IncidentsPanel::reload()
{
    m_reloadTimer.stop();
    m_syncing = true;
    const core::IncidentFilter filter = currentFilter();
    m_model->setQuery(m_controller->repository(), filter);
    m_controller->setLayerFilter(filter);
    m_syncing = false;
    const int n = m_model->rowCount();
    m_count->setText(m_controller->repository() ? tr("%n incident(s) in the window", nullptr, n) : tr("No mission open"));
    showSelectionInTable();
}

void IncidentsPanel::tableSelectionChanged()
{
    if (m_syncing)
        return;
    QSet<QString> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.insert(m_model->idAt(row.row()));
    m_syncing = true;
    m_controller->workstation()->selection()->select(QString::fromLatin1(IncidentsController::kTable), ids, this);
    m_syncing = false;
}

void IncidentsPanel::sharedSelectionChanged(const QString &table, QObject *origin)
{
    if (table == QLatin1String(IncidentsController::kTable) && origin != this)
        showSelectionInTable();
}

void IncidentsPanel::showSelectionInTable()
{
    const QSet<QString> ids = m_controller->workstation()->selection()->ids(QString::fromLatin1(IncidentsController::kTable));
    QItemSelection selection;
    int first = -1;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        if (first < 0 || row < first)
            first = row;
        selection.select(m_model->index(row, 0), m_model->index(row, IncidentTableModel::ColumnCount - 1));
    }
    m_syncing = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
    if (first >= 0)
        m_table->scrollTo(m_model->index(first, 0));
}

} // namespace vigie::plugins
