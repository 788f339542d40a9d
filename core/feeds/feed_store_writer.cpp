// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_store_writer.h"

#include "mission/mission_store.h"
#include "tracks/track_writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

namespace vigie::core {

FeedStoreWriter::FeedStoreWriter(const QString &missionPath, QObject *parent) : QObject(parent)
{
    m_store = MissionStore::open(missionPath);
    if (m_store->isReadOnly())
        throw MissionError(MissionError::Kind::ReadOnly, tr("the mission %1 is read-only; live feeds cannot be recorded").arg(missionPath));
    resetWriter();
    m_gathering.reserve(4096);
}

FeedStoreWriter::~FeedStoreWriter()
{
    stopStore();
}

void FeedStoreWriter::resetWriter()
{
    m_writer.reset();
    m_report = TrackImportReport();
    m_report.format = QStringLiteral("feed");
    m_writer = std::make_unique<TrackWriter>(m_store->database(), m_report);
}

void FeedStoreWriter::begin(const QStringList &feedUrls)
{
    m_store->write({QStringLiteral("feed_start"), QStringLiteral("tracks"), QString(),
                    tr("live feeds started: %1").arg(feedUrls.join(QStringLiteral(", ")))},
                   [](Database &, AuditRecord &) {});
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(kCommitIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &FeedStoreWriter::handOver);
    }
    if (!m_thread) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = false;
        }
        m_thread.reset(QThread::create([this] { storeLoop(); }));
        m_thread->setObjectName(QStringLiteral("vigie-store"));
        m_thread->start();
    }
    m_timer->start();
}

void FeedStoreWriter::fix(FeedReceiver *from, FeedFix &&fix)
{
    m_gathering.emplace_back(from, std::move(fix));
    if (int(m_gathering.size()) >= kCommitFixes)
        handOver();
}

void FeedStoreWriter::handOver()
{
    if (m_gathering.empty())
        return;
    if (!m_thread) {
        // Not recording (before begin(), after end()): written here and now.
        Pending batch;
        batch.swap(m_gathering);
        write(batch);
        return;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    // Back-pressure: the store is behind, this thread waits. Not while the mission cannot be
    // written at all: then the store thread drops (and counts) the oldest instead.
    m_moved.wait(lock, [this] { return m_stop || m_storeFailing || m_inFlight < kMaxQueued; });
    m_inFlight += qint64(m_gathering.size());
    if (m_queue.empty()) {
        m_queue.swap(m_gathering);
    } else {
        m_queue.reserve(m_queue.size() + m_gathering.size());
        for (auto &p : m_gathering)
            m_queue.push_back(std::move(p));
        m_gathering.clear();
    }
    ++m_handed;
    m_wake.notify_one();
}

void FeedStoreWriter::storeLoop()
{
    Pending batch; // what this thread writes next: the last failed batch, then what was handed over
    for (;;) {
        qint64 handed = 0;
        bool stopping = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (batch.empty())
                m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            else // the last write failed: try again a little later, or at once when stopping
                m_wake.wait_for(lock, std::chrono::milliseconds(kCommitIntervalMs), [this] { return m_stop; });
            stopping = m_stop;
            if (batch.empty() && m_queue.empty() && stopping)
                return;
            if (batch.empty()) {
                batch.swap(m_queue);
            } else {
                for (auto &p : m_queue)
                    batch.push_back(std::move(p));
                m_queue.clear();
            }
            handed = m_handed;
        }
        if (int(batch.size()) > kMaxPending) {
            // The mission has not been writable for a while: the oldest fixes go, counted.
            const auto drop = batch.size() - size_t(kMaxPending);
            const QString why = tr("the mission could not be written: %1").arg(lastError());
            for (size_t i = 0; i < drop; ++i)
                batch[i].first->noteStored(0, 0, 1, why);
            batch.erase(batch.begin(), batch.begin() + qint64(drop));
            std::lock_guard<std::mutex> lock(m_mutex);
            m_inFlight -= qint64(drop);
        }
        const qint64 n = qint64(batch.size());
        const bool ok = write(batch);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_storeFailing = !ok;
            if (ok) {
                m_inFlight -= n;
                ++m_commits;
            }
            m_settled = handed;
        }
        m_moved.notify_all();
        if (ok)
            emit committed(n);
        else if (stopping) {
            // The last chance is gone: what could not be written is counted, not kept in memory.
            const QString why = tr("the mission could not be written: %1").arg(lastError());
            for (const auto &p : batch)
                p.first->noteStored(0, 0, 1, why);
            std::lock_guard<std::mutex> lock(m_mutex);
            m_inFlight -= n;
            return;
        }
    }
}

bool FeedStoreWriter::write(Pending &batch)
{
    if (batch.empty())
        return true;
    struct Outcome
    {
        FeedReceiver *feed;
        qint64 stored, duplicates, rejected;
    };
    std::vector<Outcome> outcomes;
    Database &db = m_store->database();
    // Each contact's fixes together, in time order: the points' indexes (track and time, the
    // R*Tree) are then written where the previous row was, not all over the tree.
    std::stable_sort(batch.begin(), batch.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return std::less<FeedReceiver *>()(a.first, b.first);
        const int c = a.second.header.sourceId.compare(b.second.header.sourceId);
        return c != 0 ? c < 0 : a.second.point.timeMs < b.second.point.timeMs;
    });
    try {
        Transaction tx(db);
        FeedReceiver *current = nullptr;
        qint64 acc = 0, dup = 0, rej = 0;
        const auto settle = [&] {
            if (!current)
                return;
            m_writer->flush();
            outcomes.push_back({current, m_report.pointsAccepted - acc, m_report.duplicates - dup, m_report.rejectedCount - rej});
        };
        struct Latest
        {
            FeedReceiver *feed;
            const FeedFix *fix;
            int handle;
        };
        QHash<QString, Latest> latest;
        for (const auto &[feed, f] : batch) {
            if (feed != current) {
                settle();
                current = feed;
                acc = m_report.pointsAccepted;
                dup = m_report.duplicates;
                rej = m_report.rejectedCount;
            }
            const int handle = m_writer->track(f.header);
            m_writer->point(handle, f.point);
            if (!f.point.isValidPosition())
                continue;
            auto it = latest.find(f.header.sourceId);
            if (it == latest.end())
                latest.insert(f.header.sourceId, {feed, &f, handle});
            else if (!(f.point.timeMs < it->fix->point.timeMs))
                *it = {feed, &f, handle};
        }
        settle();
        m_writer->finish();
        Statement up = db.prepare(QStringLiteral(
            "INSERT INTO live_contacts(source_id, track_id, feed, cot_type, callsign, t_ms, stale_ms, lat, lon, received_at_ms, "
            "course_deg, speed_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
            "ON CONFLICT(source_id) DO UPDATE SET track_id = excluded.track_id, feed = excluded.feed, "
            "cot_type = excluded.cot_type, callsign = excluded.callsign, t_ms = excluded.t_ms, stale_ms = excluded.stale_ms, "
            "lat = excluded.lat, lon = excluded.lon, received_at_ms = excluded.received_at_ms, "
            "course_deg = excluded.course_deg, speed_ms = excluded.speed_ms "
            "WHERE excluded.t_ms IS NULL OR live_contacts.t_ms IS NULL OR excluded.t_ms >= live_contacts.t_ms"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Latest &l : std::as_const(latest)) {
            const FeedFix &f = *l.fix;
            up.bind(1, f.header.sourceId).bind(2, m_writer->trackId(l.handle)).bind(3, l.feed->config().url());
            f.header.cotType.isEmpty() ? void(up.bindNull(4)) : void(up.bind(4, f.header.cotType));
            f.header.callsign.isEmpty() ? void(up.bindNull(5)) : void(up.bind(5, f.header.callsign));
            f.point.hasTime() ? void(up.bind(6, f.point.timeMs)) : void(up.bindNull(6));
            f.staleMs != TrackPoint::kNoTime ? void(up.bind(7, f.staleMs)) : void(up.bindNull(7));
            up.bind(8, f.point.lat).bind(9, f.point.lon).bind(10, now);
            std::isfinite(f.point.course) ? void(up.bind(11, f.point.course)) : void(up.bindNull(11));
            std::isfinite(f.point.speed) ? void(up.bind(12, f.point.speed)) : void(up.bindNull(12));
            up.run();
        }
        tx.commit();
    } catch (const std::exception &e) {
        // Rolled back: the writer's view of the tracks is stale, and the fixes wait for a retry.
        const QString error = QString::fromUtf8(e.what());
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_lastError = error;
        }
        QHash<FeedReceiver *, bool> told;
        for (const auto &p : batch)
            if (!told.contains(p.first)) {
                told.insert(p.first, true);
                p.first->noteStoreError(error);
            }
        resetWriter();
        return false;
    }
    batch.clear();
    // Only now, the transaction committed (and synced), are the fixes reported stored.
    for (const Outcome &o : outcomes)
        o.feed->noteStored(o.stored, o.duplicates, o.rejected, tr("invalid position"));
    return true;
}

bool FeedStoreWriter::commit()
{
    handOver();
    if (!m_thread)
        return m_gathering.empty();
    std::unique_lock<std::mutex> lock(m_mutex);
    const qint64 target = m_handed;
    m_moved.wait(lock, [this, target] { return m_settled >= target || m_stop; });
    return !m_storeFailing;
}

void FeedStoreWriter::stopStore()
{
    if (!m_thread)
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_moved.notify_all();
    m_thread->wait();
    m_thread.reset();
}

void FeedStoreWriter::end(const QString &summary)
{
    if (m_timer)
        m_timer->stop();
    commit();
    stopStore(); // a last try for anything that failed; the store is this thread's again
    try {
        m_store->write({QStringLiteral("feed_stop"), QStringLiteral("tracks"), QString(), summary},
                       [](Database &, AuditRecord &) {});
    } catch (const std::exception &e) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_lastError = QString::fromUtf8(e.what());
    }
}

qint64 FeedStoreWriter::commits() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_commits;
}

QString FeedStoreWriter::lastError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastError;
}

} // namespace vigie::core
