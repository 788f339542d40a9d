// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks_panel.h"

#include "mission/mission_store.h"
#include "time/dtg.h"
#include "tracks/track_repository.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie::plugins {

namespace {
const QString kTable = QStringLiteral("tracks");

QString dtg(qint64 ms)
{
    return ms == core::TrackPoint::kNoTime ? QString() : core::toDtg(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString duration(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    return TracksPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Numbers as the user reads them, with the locale's separators.
QString km(double m) { return TracksPanel::tr("%1 km").arg(QLocale().toString(m / 1000.0, 'f', 1)); }
QString kmh(double ms) { return TracksPanel::tr("%1 km/h").arg(QLocale().toString(ms * 3.6, 'f', 1)); }
} // namespace

TracksPanel::TracksPanel(ui::Workstation *workstation, QWidget *parent) : QWidget(parent), m_workstation(workstation)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_windowOnly = new QCheckBox(tr("Only tracks seen in the time window"), this);
    m_windowOnly->setObjectName(QStringLiteral("tracksWindowOnly"));
    m_windowOnly->setChecked(true);
    m_count = new QLabel(this);
    top->addWidget(m_windowOnly);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("tracksTable"));
    const QStringList headers{tr("Callsign"), tr("Kind"), tr("Affiliation"), tr("Points"), tr("First seen"), tr("Last seen")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("trackDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(m_windowOnly, &QCheckBox::toggled, this, &TracksPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TracksPanel::tableSelectionChanged);
    connect(workstation->selection(), &ui::Selection::changed, this, [this](const QString &table, QObject *origin) {
        if (table == kTable && origin != this)
            applySharedSelection();
    });
    connect(workstation, &ui::Workstation::missionChanged, this, &TracksPanel::setMission);
    // Playing the time bar changes the window several times a second: list at most twice a second.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(300);
    connect(timer, &QTimer::timeout, this, &TracksPanel::refresh);
    connect(workstation->timeWindow(), &core::TimeWindow::changed, timer, [this, timer] {
        if (m_windowOnly->isChecked() && !timer->isActive())
            timer->start();
    });
    setMission(workstation->mission());
}

void TracksPanel::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    m_mission = mission;
    if (m_mission)
        connect(m_mission, &core::MissionStore::changed, this, [this](const QString &table) {
            if (table == QLatin1String("tracks") || table == QLatin1String("track_points"))
                refresh();
        });
    refresh();
}

void TracksPanel::refresh()
{
    m_applying = true;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    QList<core::Track> tracks;
    if (m_mission) {
        const core::TimeWindow *w = m_workstation->timeWindow();
        tracks = m_windowOnly->isChecked() ? core::TrackRepository(*m_mission).tracks(w->startMs(), w->endMs())
                                           : core::TrackRepository(*m_mission).tracks();
    }
    m_table->setRowCount(int(tracks.size()));
    for (int row = 0; row < tracks.size(); ++row) {
        const core::Track &t = tracks.at(row);
        auto *name = new QTableWidgetItem(t.displayName());
        name->setData(kIdRole, t.id);
        name->setToolTip(t.sourceId);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(core::trackKindLabel(t.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(core::affiliationLabel(t.affiliation)));
        auto *points = new QTableWidgetItem;
        points->setData(Qt::DisplayRole, t.pointCount);
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, points);
        m_table->setItem(row, 4, new QTableWidgetItem(dtg(t.firstSeenMs)));
        m_table->setItem(row, 5, new QTableWidgetItem(dtg(t.lastSeenMs)));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n track(s)", nullptr, int(tracks.size())));
    m_applying = false;
    applySharedSelection();
}

void TracksPanel::tableSelectionChanged()
{
    if (m_applying)
        return;
    QSet<QString> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows(0))
        ids.insert(i.data(kIdRole).toString());
    m_workstation->selection()->select(kTable, ids, this);
    showDetails();
}

void TracksPanel::applySharedSelection()
{
    const QSet<QString> ids = m_workstation->selection()->ids(kTable);
    m_applying = true;
    m_table->clearSelection();
    int first = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (ids.contains(m_table->item(row, 0)->data(kIdRole).toString())) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (first < 0)
                first = row;
        }
    }
    if (first >= 0)
        m_table->scrollToItem(m_table->item(first, 0));
    m_applying = false;
    showDetails();
}

void TracksPanel::showDetails()
{
    const QSet<QString> ids = m_workstation->selection()->ids(kTable);
    if (!m_mission || ids.size() != 1) {
        m_details->setText(ids.size() > 1 ? tr("%n tracks selected.", nullptr, int(ids.size()))
                                          : tr("Select a track to see its distance, speeds and gaps."));
        return;
    }
    const QString id = *ids.cbegin();
    core::TrackRepository repo(*m_mission);
    const auto track = repo.track(id);
    if (!track) {
        m_details->clear();
        return;
    }
    const core::TrackStatistics s = repo.statistics(id);
    QString gaps;
    if (s.gaps.empty()) {
        gaps = tr("none over 5 min");
    } else {
        QStringList parts;
        for (size_t i = 0; i < s.gaps.size() && i < 3; ++i)
            parts << tr("%1 → %2 (%3)").arg(dtg(s.gaps[i].first), dtg(s.gaps[i].second), duration(s.gaps[i].second - s.gaps[i].first));
        gaps = tr("%n gap(s) over 5 min: ", nullptr, int(s.gaps.size())) + parts.join(QStringLiteral("; "));
        if (s.gaps.size() > 3)
            gaps += tr(" …");
    }
    const QString html = QStringLiteral("<b>%1</b> — %2, %3<table>"
                                        "<tr><td>%4&nbsp;</td><td>%5</td></tr>"
                                        "<tr><td>%6&nbsp;</td><td>%7</td></tr>"
                                        "<tr><td>%8&nbsp;</td><td>%9</td></tr>"
                                        "<tr><td>%10&nbsp;</td><td>%11</td></tr>"
                                        "<tr><td>%12&nbsp;</td><td>%13</td></tr></table>")
                             .arg(track->displayName().toHtmlEscaped(), core::trackKindLabel(track->kind),
                                  core::affiliationLabel(track->affiliation), tr("Duration"), duration(s.durationMs),
                                  tr("Distance"), km(s.distanceM), tr("Mean speed"), kmh(s.meanSpeed))
                             .arg(tr("Max speed"), kmh(s.maxSpeed), tr("Gaps"), gaps.toHtmlEscaped());
    m_details->setText(html);
}

} // namespace vigie::plugins
