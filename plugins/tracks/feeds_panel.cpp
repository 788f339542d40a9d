// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds_panel.h"

#include "feed_dialog.h"
#include "feeds/feed_recorder.h"
#include "live_contacts_layer.h"
#include "mission/mission_store.h"
#include "tracks_layers.h"
#include "workstation/workstation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie::plugins {

namespace {
QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(int(align));
    return item;
}

QString displayName(const core::SavedFeed &f)
{
    return f.name.isEmpty() ? f.config.url() : f.name;
}
} // namespace

FeedsPanel::FeedsPanel(ui::Workstation *workstation, LiveContactsLayer *live, TracksLayers *tracks, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_live(live), m_tracks(tracks)
{
    setObjectName(QStringLiteral("feedsPanel"));
    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton;
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_add = button(QStringLiteral("addFeedButton"), tr("Add…"), tr("Add a live feed (CoT, NMEA or gpsd) to the mission"));
    m_edit = button(QStringLiteral("editFeedButton"), tr("Edit…"), tr("Change the selected feed"));
    m_remove = button(QStringLiteral("removeFeedButton"), tr("Remove"), tr("Stop and remove the selected feed (what it recorded stays)"));
    m_start = button(QStringLiteral("startFeedButton"), tr("Start"), tr("Start recording the selected feed into the mission"));
    m_stop = button(QStringLiteral("stopFeedButton"), tr("Stop"), tr("Stop the selected feed"));
    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {m_add, m_edit, m_remove, m_start, m_stop})
        buttons->addWidget(b);
    buttons->addStretch();

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("feedsTable"));
    m_table->setHorizontalHeaderLabels({tr("Feed"), tr("State"), tr("Msg/s"), tr("Stored"), tr("Rejected"), tr("Last message")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("feedDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_add, &QToolButton::clicked, this, &FeedsPanel::addWithDialog);
    connect(m_edit, &QToolButton::clicked, this, &FeedsPanel::editSelected);
    connect(m_remove, &QToolButton::clicked, this, &FeedsPanel::removeSelected);
    connect(m_start, &QToolButton::clicked, this, &FeedsPanel::startSelected);
    connect(m_stop, &QToolButton::clicked, this, &FeedsPanel::stopSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showDetails();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &FeedsPanel::editSelected);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &FeedsPanel::refresh);
    connect(workstation, &ui::Workstation::missionChanged, this, &FeedsPanel::setMission);
    setMission(workstation->mission());
}

FeedsPanel::~FeedsPanel()
{
    shutdown();
}

void FeedsPanel::shutdown()
{
    stopAll();
}

void FeedsPanel::stopAll()
{
    // Joins each worker after its last commit; the mission's running flags stay as they are.
    m_recorders.clear();
}

void FeedsPanel::setMission(core::MissionStore *mission)
{
    stopAll();
    m_startErrors.clear();
    m_mission = mission;
    m_feeds.clear();
    if (m_mission && m_mission->schemaVersion() >= 6) {
        QStringList problems;
        m_feeds = core::FeedRepository(*m_mission).feeds(&problems);
        for (const QString &p : std::as_const(problems))
            m_workstation->pushMessage(tr("Feeds"), p, ui::MessageLevel::Warning);
    }
    reloadRows();
    if (m_mission) {
        m_timer->start();
        // The feeds that were recording when the mission was closed start again.
        for (const core::SavedFeed &f : std::as_const(m_feeds))
            if (f.running && !m_mission->isReadOnly())
                startFeed(f.id);
    } else {
        m_timer->stop();
    }
    if (m_live)
        m_live->rebuild();
    refresh();
}

void FeedsPanel::reloadRows()
{
    const QString keep = selectedId();
    m_table->setRowCount(0);
    m_table->setRowCount(m_feeds.size());
    for (int row = 0; row < m_feeds.size(); ++row) {
        const core::SavedFeed &f = m_feeds[row];
        auto *name = cell(displayName(f));
        name->setData(kIdRole, f.id);
        name->setToolTip(QStringLiteral("%1\n%2").arg(FeedDialog::kindLabel(FeedDialog::kindOf(f.config)), f.storedUrl()));
        m_table->setItem(row, NameColumn, name);
        for (int c = StateColumn; c < ColumnCount; ++c)
            m_table->setItem(row, c, cell(QString(), c >= RateColumn && c <= RejectedColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                                                            : Qt::AlignLeft | Qt::AlignVCenter));
        updateRow(row);
    }
    const int row = rowOf(keep);
    if (row >= 0)
        m_table->selectRow(row);
    else if (!m_feeds.isEmpty())
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
    updateButtons();
    showDetails();
}

QString FeedsPanel::stateText(const core::FeedStats &s) const
{
    if (s.state == core::FeedState::BackingOff && s.nextRetryMs > 0) {
        const qint64 left = std::max<qint64>(0, s.nextRetryMs - QDateTime::currentMSecsSinceEpoch());
        return tr("reconnecting in %1 s").arg((left + 999) / 1000);
    }
    return core::feedStateLabel(s.state);
}

void FeedsPanel::updateRow(int row)
{
    if (row < 0 || row >= m_feeds.size())
        return;
    const core::SavedFeed &f = m_feeds[row];
    const core::FeedStats s = stats(f.id);
    const bool running = isRunning(f.id);
    QString state = running ? stateText(s) : (m_startErrors.contains(f.id) ? tr("not started") : tr("stopped"));
    QColor colour;
    if (!running && m_startErrors.contains(f.id))
        colour = QColor(QStringLiteral("#b00020"));
    else if (s.state == core::FeedState::Connected || s.state == core::FeedState::Listening)
        colour = QColor(QStringLiteral("#1b7a1b"));
    else if (s.state == core::FeedState::BackingOff || s.state == core::FeedState::Connecting)
        colour = QColor(QStringLiteral("#b36b00"));
    else if (s.state == core::FeedState::Error)
        colour = QColor(QStringLiteral("#b00020"));
    QTableWidgetItem *stateItem = m_table->item(row, StateColumn);
    stateItem->setText(state);
    stateItem->setForeground(colour.isValid() ? QBrush(colour) : QBrush());
    const QString error = running ? s.lastError : m_startErrors.value(f.id);
    stateItem->setToolTip(error);
    m_table->item(row, RateColumn)->setText(running ? QString::number(s.rate, 'f', s.rate < 10 ? 1 : 0) : QString());
    m_table->item(row, StoredColumn)->setText(running || s.stored ? QLocale().toString(s.stored) : QString());
    m_table->item(row, RejectedColumn)->setText(running || s.rejected ? QLocale().toString(s.rejected) : QString());
    m_table->item(row, LastColumn)->setText(
        s.lastMessageMs > 0 ? QDateTime::fromMSecsSinceEpoch(s.lastMessageMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss'Z'")) : QString());
    m_table->item(row, LastColumn)->setToolTip(s.lastMessage);
}

void FeedsPanel::updateButtons()
{
    const QString id = selectedId();
    const bool writable = m_mission && !m_mission->isReadOnly() && m_mission->schemaVersion() >= 6;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && !id.isEmpty());
    m_remove->setEnabled(writable && !id.isEmpty());
    m_start->setEnabled(writable && !id.isEmpty() && !isRunning(id));
    m_stop->setEnabled(!id.isEmpty() && isRunning(id));
}

void FeedsPanel::showDetails()
{
    const QString id = selectedId();
    const int row = rowOf(id);
    if (row < 0) {
        m_details->setText(m_mission ? tr("No feed selected. Add one to record CoT, NMEA or gpsd positions into the mission.")
                                     : tr("Open a mission to record live feeds."));
        return;
    }
    const core::SavedFeed &f = m_feeds[row];
    const core::FeedStats s = stats(id);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2 — %3")
                 .arg(displayName(f).toHtmlEscaped(), FeedDialog::kindLabel(FeedDialog::kindOf(f.config)).toHtmlEscaped(),
                      f.storedUrl().toHtmlEscaped());
    if (isRunning(id)) {
        lines << tr("State: %1").arg(stateText(s).toHtmlEscaped());
        lines << tr("Received %1, stored %2, duplicates %3, rejected %4, ignored %5")
                     .arg(s.received)
                     .arg(s.stored)
                     .arg(s.duplicates)
                     .arg(s.rejected)
                     .arg(s.ignored);
        if (s.peers > 0)
            lines << tr("Connections: %1").arg(s.peers);
        if (s.lastMessageMs > 0) {
            // The XML declaration says nothing about the sender: show what follows it.
            QString last = s.lastMessage;
            if (last.startsWith(QLatin1String("<?xml")) && last.indexOf(QLatin1String("?>")) > 0)
                last = last.mid(last.indexOf(QLatin1String("?>")) + 2).trimmed();
            lines << tr("Last message %1: %2")
                         .arg(QDateTime::fromMSecsSinceEpoch(s.lastMessageMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")),
                              last.left(100).toHtmlEscaped());
        }
    } else {
        lines << tr("State: stopped");
    }
    const QString error = isRunning(id) ? s.lastError : m_startErrors.value(id);
    if (!error.isEmpty())
        lines << QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(tr("Last error: %1").arg(error).toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

QString FeedsPanel::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *i : items)
        if (i->column() == NameColumn)
            return i->data(kIdRole).toString();
    return QString();
}

int FeedsPanel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_feeds.size(); ++row)
        if (m_feeds[row].id == id)
            return row;
    return -1;
}

bool FeedsPanel::isRunning(const QString &id) const
{
    return m_recorders.count(id) > 0;
}

core::FeedStats FeedsPanel::stats(const QString &id) const
{
    const auto it = m_recorders.find(id);
    if (it == m_recorders.end())
        return core::FeedStats();
    const QList<core::FeedStats> all = it->second->stats();
    return all.isEmpty() ? core::FeedStats() : all.constFirst();
}

QString FeedsPanel::addFeed(const core::SavedFeed &feed, bool start)
{
    if (!m_mission)
        return QString();
    core::SavedFeed stored;
    try {
        stored = core::FeedRepository(*m_mission).add(feed);
    } catch (const core::MissionError &e) {
        m_workstation->pushMessage(tr("Feeds"), tr("The feed could not be added: %1").arg(e.message()), ui::MessageLevel::Critical);
        return QString();
    }
    m_feeds << stored;
    reloadRows();
    m_table->selectRow(rowOf(stored.id));
    if (start)
        startFeed(stored.id);
    return stored.id;
}

bool FeedsPanel::startFeed(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_mission || isRunning(id))
        return isRunning(id);
    const core::SavedFeed &f = m_feeds[row];
    auto recorder = std::make_unique<core::FeedRecorder>(m_mission->path(), QList<core::FeedConfig>{f.config});
    connect(recorder.get(), &core::FeedRecorder::committed, this, [this] { m_dirty = true; });
    QString error;
    if (!recorder->start(&error)) {
        m_startErrors.insert(id, error);
        m_workstation->pushMessage(tr("Feeds"), tr("%1 could not start: %2").arg(displayName(f), error), ui::MessageLevel::Critical);
        updateRow(row);
        updateButtons();
        showDetails();
        return false;
    }
    m_startErrors.remove(id);
    m_recorders[id] = std::move(recorder);
    try {
        core::FeedRepository(*m_mission).setRunning(id, true);
        m_feeds[row].running = true;
    } catch (const core::MissionError &e) {
        m_workstation->pushMessage(tr("Feeds"), e.message(), ui::MessageLevel::Warning);
    }
    updateRow(row);
    updateButtons();
    showDetails();
    return true;
}

void FeedsPanel::stopFeed(const QString &id)
{
    const auto it = m_recorders.find(id);
    if (it != m_recorders.end()) {
        it->second->stop(); // commits what is pending, joins the worker
        m_recorders.erase(it);
        m_dirty = true;
        if (m_tracks)
            m_tracks->scheduleRebuild();
    }
    const int row = rowOf(id);
    if (row >= 0 && m_mission) {
        try {
            core::FeedRepository(*m_mission).setRunning(id, false);
            m_feeds[row].running = false;
        } catch (const core::MissionError &e) {
            m_workstation->pushMessage(tr("Feeds"), e.message(), ui::MessageLevel::Warning);
        }
    }
    updateRow(row);
    updateButtons();
    showDetails();
    refresh();
}

void FeedsPanel::removeFeed(const QString &id)
{
    stopFeed(id);
    if (!m_mission)
        return;
    try {
        core::FeedRepository(*m_mission).remove(id);
    } catch (const core::MissionError &e) {
        m_workstation->pushMessage(tr("Feeds"), tr("The feed could not be removed: %1").arg(e.message()), ui::MessageLevel::Critical);
        return;
    }
    const int row = rowOf(id);
    if (row >= 0)
        m_feeds.removeAt(row);
    m_startErrors.remove(id);
    reloadRows();
}

void FeedsPanel::addWithDialog()
{
    auto *dialog = new FeedDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addFeed(dialog->feed(), true); });
    dialog->open();
}

void FeedsPanel::editSelected()
{
    const QString id = selectedId();
    const int row = rowOf(id);
    if (row < 0 || !m_mission || m_mission->isReadOnly())
        return;
    auto *dialog = new FeedDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFeed(m_feeds[row]);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const int r = rowOf(id);
        if (r < 0)
            return;
        const bool wasRunning = isRunning(id);
        if (wasRunning)
            stopFeed(id);
        core::SavedFeed f = dialog->feed();
        f.id = id;
        f.running = false;
        try {
            core::FeedRepository(*m_mission).update(f);
        } catch (const core::MissionError &e) {
            m_workstation->pushMessage(tr("Feeds"), tr("The feed could not be changed: %1").arg(e.message()), ui::MessageLevel::Critical);
            return;
        }
        m_feeds[r] = f;
        reloadRows();
        if (wasRunning)
            startFeed(id);
    });
    dialog->open();
}

void FeedsPanel::removeSelected()
{
    const QString id = selectedId();
    const int row = rowOf(id);
    if (row < 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove feed"),
                                tr("Remove the feed %1? What it recorded stays in the mission.").arg(displayName(m_feeds[row])),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeFeedQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            removeFeed(id);
    });
    box->open();
}

void FeedsPanel::startSelected()
{
    startFeed(selectedId());
}

void FeedsPanel::stopSelected()
{
    stopFeed(selectedId());
}

void FeedsPanel::refresh()
{
    for (int row = 0; row < m_feeds.size(); ++row)
        updateRow(row);
    if (!m_feeds.isEmpty())
        m_table->resizeColumnToContents(StateColumn); // "reconnecting in 12 s" is wider than "stopped"
    showDetails();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // New fixes: at most once per kRefreshMs. Without any, now and then all the same, so that
    // contacts turn grey when their stale time passes.
    if (m_live && (m_dirty || now - m_lastLayerMs >= 5000)) {
        m_live->rebuild(now);
        m_lastLayerMs = now;
    }
    // The track lines grow by the points committed since the last refresh (read alone, not the
    // whole window again); a full rebuild follows when a feed stops and when the window moves.
    if (m_tracks && m_dirty)
        m_tracks->appendNewPoints();
    m_dirty = false;
}

} // namespace vigie::plugins
