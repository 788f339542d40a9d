// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations_panel.h"

#include "annotation_layer.h"
#include "annotations/annotation_repository.h"
#include "annotations_controller.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgscolorbutton.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsmapcanvas.h>

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::plugins {

using core::Annotation;

AnnotationsPanel::AnnotationsPanel(AnnotationsController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_symbol = new QComboBox;
    m_symbol->setObjectName(QStringLiteral("annotationsSymbol"));
    for (const QString &name : symbolNames())
        m_symbol->addItem(QIcon(symbolPath(name)), symbolLabel(name), name);
    m_symbol->setCurrentIndex(qMax(0, m_symbol->findData(controller->currentSymbol())));
    connect(m_symbol, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_controller->setCurrentSymbol(m_symbol->currentData().toString()); });
    form->addRow(tr("Symbol for new points:"), m_symbol);
    m_colour = new QgsColorButton;
    m_colour->setObjectName(QStringLiteral("annotationsColour"));
    m_colour->setColor(QColor(controller->defaultStyle().strokeColor));
    connect(m_colour, &QgsColorButton::colorChanged, this, [this](const QColor &c) {
        core::AnnotationStyle s = m_controller->defaultStyle();
        s.strokeColor = s.fillColor = c.name();
        m_controller->setDefaultStyle(s);
    });
    form->addRow(tr("Colour for new drawings:"), m_colour);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("annotationsTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Text / symbol"), tr("Author"), tr("Changed (UTC)"), tr("Sensitivity")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *props = new QPushButton(tr("Properties…"));
    auto *zoom = new QPushButton(tr("Zoom to"));
    auto *del = new QPushButton(tr("Delete"));
    del->setObjectName(QStringLiteral("annotationsDelete"));
    buttons->addWidget(props);
    buttons->addWidget(zoom);
    buttons->addWidget(del);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_measure = new QLabel;
    m_measure->setObjectName(QStringLiteral("annotationsMeasure"));
    m_measure->setWordWrap(true);
    m_measure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_measure);

    connect(props, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_controller->editProperties(currentId(), this);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { m_controller->editProperties(currentId(), this); });
    connect(del, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_controller->removeWithConfirmation(currentId(), this);
    });
    connect(zoom, &QPushButton::clicked, this, &AnnotationsPanel::zoomToSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AnnotationsPanel::tableSelectionChanged);
    connect(controller, &AnnotationsController::annotationsChanged, this, &AnnotationsPanel::refresh);
    connect(controller->workstation()->selection(), &ui::Selection::changed, this, &AnnotationsPanel::selectionChanged);
    refresh();
}

void AnnotationsPanel::refresh()
{
    m_updating = true;
    const QList<Annotation> all = m_controller->annotations();
    const QSet<QString> selected = m_controller->workstation()->selection()->ids(QString::fromLatin1(AnnotationsController::kTable));
    m_table->setRowCount(all.size());
    m_table->clearSelection();
    for (int row = 0; row < all.size(); ++row) {
        const Annotation &a = all[row];
        auto *kind = new QTableWidgetItem(Annotation::kindLabel(a.kind));
        kind->setData(Qt::UserRole, a.id);
        if (a.kind == Annotation::Kind::Symbol)
            kind->setIcon(QIcon(symbolPath(a.style.symbolName)));
        else
            kind->setData(Qt::DecorationRole, QColor(a.style.strokeColor));
        m_table->setItem(row, 0, kind);
        QString label = a.style.text;
        if (a.kind == Annotation::Kind::Symbol)
            label = label.isEmpty() ? symbolLabel(a.style.symbolName) : QStringLiteral("%1 — %2").arg(symbolLabel(a.style.symbolName), label);
        m_table->setItem(row, 1, new QTableWidgetItem(label));
        m_table->setItem(row, 2, new QTableWidgetItem(a.author));
        m_table->setItem(row, 3, new QTableWidgetItem(QDateTime::fromMSecsSinceEpoch(a.updatedAtMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        auto *sens = new QTableWidgetItem(core::sensitivityLabel(a.sensitivity));
        if (!a.note.isEmpty())
            sens->setToolTip(a.note);
        m_table->setItem(row, 4, sens);
        if (selected.contains(a.id))
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_updating = false;
}

void AnnotationsPanel::showMeasurement(const QString &text) { m_measure->setText(text); }

QString AnnotationsPanel::currentId() const
{
    const int row = m_table->currentRow();
    const QList<QTableWidgetItem *> sel = m_table->selectedItems();
    const int r = sel.isEmpty() ? row : sel.front()->row();
    return r >= 0 && m_table->item(r, 0) ? m_table->item(r, 0)->data(Qt::UserRole).toString() : QString();
}

void AnnotationsPanel::selectionChanged(const QString &table, QObject *origin)
{
    if (table != QLatin1String(AnnotationsController::kTable) || origin == this)
        return;
    refresh();
}

void AnnotationsPanel::tableSelectionChanged()
{
    if (m_updating)
        return;
    QSet<QString> ids;
    for (const QModelIndex &idx : m_table->selectionModel()->selectedRows())
        ids.insert(m_table->item(idx.row(), 0)->data(Qt::UserRole).toString());
    m_controller->workstation()->selection()->select(QString::fromLatin1(AnnotationsController::kTable), ids, this);
}

void AnnotationsPanel::zoomToSelected()
{
    const auto a = m_controller->annotation(currentId());
    QgsMapCanvas *canvas = m_controller->workstation()->mapCanvas();
    if (!a || !canvas)
        return;
    const QgsGeometry g = QgsGeometry::fromWkt(a->displayGeometry().toWkt());
    QgsRectangle box = g.boundingBox();
    if (box.width() < 0.01)
        box.grow(0.02);
    else
        box.scale(1.3);
    try {
        const QgsCoordinateTransform ct(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), canvas->mapSettings().destinationCrs(),
                                        QgsProject::instance());
        box = ct.transformBoundingBox(box);
    } catch (const QgsCsException &) {
        return;
    }
    canvas->setExtent(box);
    canvas->refresh();
}

} // namespace vigie::plugins
