// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission_panel.h"

#include "geo/mgrs.h"
#include "mission/mission_store.h"
#include "time/dtg.h"
#include "workstation/workstation.h"

#include <qgsmapcanvas.h>
#include <qgsrectangle.h>

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie::plugins {

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

MissionPanel::MissionPanel(ui::Workstation *workstation, QWidget *parent) : QWidget(parent), m_workstation(workstation)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("missionName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_aor = new QLabel(this);
    m_aor->setWordWrap(true);
    m_aor->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_created = new QLabel(this);
    form->addRow(tr("Mission"), m_name);
    form->addRow(tr("File"), m_file);
    form->addRow(tr("Area"), m_aor);
    form->addRow(tr("Created"), m_created);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_renameButton = new QPushButton(tr("Rename…"), this);
    m_zoomButton = new QPushButton(tr("Zoom to area"), this);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_zoomButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_renameButton, &QPushButton::clicked, this, &MissionPanel::rename);
    connect(m_zoomButton, &QPushButton::clicked, this, [this] {
        if (!m_mission)
            return;
        const core::GeoBox b = m_mission->areaOfResponsibility();
        if (b.isValid()) {
            m_workstation->mapCanvas()->setExtent(QgsRectangle(b.west, b.south, b.east, b.north));
            m_workstation->mapCanvas()->refresh();
        }
    });

    layout->addWidget(new QLabel(tr("Contents"), this));
    m_counts = makeTable({tr("Table"), tr("Records")}, this);
    m_counts->setObjectName(QStringLiteral("missionCounts"));
    m_counts->setMaximumHeight(150);
    layout->addWidget(m_counts);
    layout->addWidget(new QLabel(tr("Last changes (audit log)"), this));
    m_audit = makeTable({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Table"), tr("What")}, this);
    m_audit->setObjectName(QStringLiteral("missionAudit"));
    layout->addWidget(m_audit, 1);
    setMission(nullptr);
}

void MissionPanel::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    m_mission = mission;
    if (m_mission)
        connect(m_mission, &core::MissionStore::changed, this, &MissionPanel::refresh);
    refresh();
}

void MissionPanel::refresh()
{
    m_renameButton->setEnabled(m_mission && !m_mission->isReadOnly());
    m_zoomButton->setEnabled(m_mission && m_mission->areaOfResponsibility().isValid());
    if (!m_mission) {
        m_name->setText(tr("No mission open — File > Open mission, or File > New mission."));
        m_file->clear();
        m_aor->clear();
        m_created->clear();
        m_counts->setRowCount(0);
        m_audit->setRowCount(0);
        return;
    }
    m_name->setText(m_mission->name());
    m_file->setText(m_mission->path() + (m_mission->isReadOnly() ? tr(" (read-only)") : QString()));
    const core::GeoBox aor = m_mission->areaOfResponsibility();
    m_aor->setText(aor.isValid() ? tr("%1\ncentre %2").arg(aor.toString(), core::mgrs::fromLatLon(aor.center()))
                                 : tr("not set"));
    m_created->setText(tr("%1 by %2").arg(core::toDtg(m_mission->createdAt()), m_mission->meta(QStringLiteral("created_by"))));

    const auto counts = m_mission->tableCounts();
    m_counts->setRowCount(int(counts.size()));
    int row = 0;
    for (const auto &[table, count] : counts) {
        m_counts->setItem(row, 0, new QTableWidgetItem(table));
        auto *n = new QTableWidgetItem(QLocale().toString(count));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->setItem(row, 1, n);
        ++row;
    }
    const QList<core::AuditEntry> log = m_mission->auditLog(20);
    m_audit->setRowCount(int(log.size()));
    for (int i = 0; i < log.size(); ++i) {
        const core::AuditEntry &e = log[i];
        m_audit->setItem(i, 0, new QTableWidgetItem(core::toDtg(e.at, true)));
        m_audit->setItem(i, 1, new QTableWidgetItem(e.user));
        m_audit->setItem(i, 2, new QTableWidgetItem(e.action));
        m_audit->setItem(i, 3, new QTableWidgetItem(e.table));
        m_audit->setItem(i, 4, new QTableWidgetItem(e.summary));
    }
    m_audit->resizeColumnsToContents();
}

void MissionPanel::rename()
{
    if (!m_mission)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename mission"), tr("Mission name:"), QLineEdit::Normal, m_mission->name(), &ok);
    if (!ok)
        return;
    try {
        m_mission->setName(name);
    } catch (const core::MissionError &e) {
        m_workstation->pushMessage(tr("Mission"), e.message(), ui::MessageLevel::Warning);
    }
}

} // namespace vigie::plugins
