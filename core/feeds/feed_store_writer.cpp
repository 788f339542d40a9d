// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_store_writer.h"

#include "mission/mission_store.h"
#include "tracks/track_writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <cmath>

namespace vigie::core {

FeedStoreWriter::FeedStoreWriter(const QString &missionPath, QObject *parent) : QObject(parent)
{
    m_store = MissionStore::open(missionPath);
    if (m_store->isReadOnly())
        throw MissionError(MissionError::Kind::ReadOnly, tr("the mission %1 is read-only; live feeds cannot be recorded").arg(missionPath));
    m_report.format = QStringLiteral("feed");
    resetWriter();
    m_pending.reserve(4096);
}

FeedStoreWriter::~FeedStoreWriter() = default;

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
        connect(m_timer, &QTimer::timeout, this, [this] { commit(); });
    }
    m_timer->start();
}

void FeedStoreWriter::fix(FeedReceiver *from, FeedFix &&fix)
{
    if (int(m_pending.size()) >= kMaxPending) {
        // The mission has not been writable for a while: the oldest fix goes, counted.
        FeedReceiver *oldest = m_pending.front().first;
        m_pending.erase(m_pending.begin());
        oldest->noteStored(0, 0, 1, tr("the mission could not be written: %1").arg(m_lastError));
    }
    m_pending.emplace_back(from, std::move(fix));
    if (int(m_pending.size()) >= kCommitFixes)
        commit();
}

bool FeedStoreWriter::commit()
{
    if (m_pending.empty())
        return true;
    struct Outcome
    {
        FeedReceiver *feed;
        qint64 stored, duplicates, rejected;
    };
    std::vector<Outcome> outcomes;
    Database &db = m_store->database();
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
        for (const auto &[feed, f] : m_pending) {
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
        m_lastError = QString::fromUtf8(e.what());
        QHash<FeedReceiver *, bool> told;
        for (const auto &p : m_pending)
            if (!told.contains(p.first)) {
                told.insert(p.first, true);
                p.first->noteStoreError(m_lastError);
            }
        resetWriter();
        return false;
    }
    const qint64 written = qint64(m_pending.size());
    m_pending.clear();
    ++m_commits;
    emit committed(written);
    for (const Outcome &o : outcomes)
        o.feed->noteStored(o.stored, o.duplicates, o.rejected, tr("invalid position"));
    return true;
}

void FeedStoreWriter::end(const QString &summary)
{
    if (m_timer)
        m_timer->stop();
    commit();
    try {
        m_store->write({QStringLiteral("feed_stop"), QStringLiteral("tracks"), QString(), summary},
                       [](Database &, AuditRecord &) {});
    } catch (const std::exception &e) {
        m_lastError = QString::fromUtf8(e.what());
    }
}

} // namespace vigie::core
