// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_receiver.h"
#include "tracks/track_import_report.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

class QThread;
class QTimer;

namespace vigie::core {

class MissionStore;
class TrackWriter;

// The feeds' side of the mission. Receivers hand fixes on the feeds' worker thread (fix()); they
// are gathered there and handed, at least every kCommitIntervalMs or kCommitFixes, to a store
// thread of this writer's own ("vigie-store"), which writes each hand-over (and whatever else came
// while it was busy) in one transaction through a TrackWriter, so that decoding goes on while a
// commit waits for the disk. A power cut loses at most what was not yet committed, and a fix is
// reported stored (FeedReceiver::noteStored) only after its transaction is committed. The queue
// between the two threads is bounded: past kMaxQueued fixes the feeds' thread waits for the store
// (the kernel's socket buffers and TCP flow control hold the rest), except while the mission
// cannot be written (a full disk), when the oldest fixes beyond kMaxPending are counted as rejected
// instead. The store thread has the writer's MissionStore to itself between begin() and end() (a
// store is not thread-safe). Each commit also updates live_contacts, the latest position of each
// contact with its CoT stale time.
class FeedStoreWriter : public QObject, public FeedFixSink
{
    Q_OBJECT
  public:
    // Each commit waits for the disk (synchronous=FULL: an fsync), 5-100 ms on a busy machine,
    // so commits go by time, not by count: at 20,000 msg/s one transaction holds ~4,000 fixes.
    // kCommitFixes only bounds a burst.
    static constexpr int kCommitIntervalMs = 200;
    static constexpr int kCommitFixes = 20000;
    // Fixes handed to the store thread and not yet committed, beyond which the feeds' thread
    // waits (back-pressure): about two seconds at 20,000 msg/s.
    static constexpr int kMaxQueued = 50000;
    // Fixes kept for a retry while the mission cannot be written (a full disk); beyond, the oldest
    // are counted as rejected.
    static constexpr int kMaxPending = 100000;

    // Opens the mission; throws MissionError when it cannot.
    explicit FeedStoreWriter(const QString &missionPath, QObject *parent = nullptr);
    ~FeedStoreWriter() override; // end()s without an audit entry if still running

    // Writes an audit entry naming the feeds, starts the store thread and the hand-over timer.
    void begin(const QStringList &feedUrls);
    void fix(FeedReceiver *from, FeedFix &&fix) override;
    // Hands over what is gathered and waits until the store thread has tried to commit all that
    // was handed so far. Returns false when that failed (the fixes are kept for a retry).
    bool commit();
    // Commits, stops the store thread and the timer, writes the closing audit entry.
    void end(const QString &summary);

    qint64 commits() const;
    QString lastError() const;

  signals:
    // After each commit, with the number of fixes it settled (stored, duplicate or rejected).
    // Emitted on the store thread.
    void committed(qint64 fixes);

  private:
    using Pending = std::vector<std::pair<FeedReceiver *, FeedFix>>;
    void handOver();
    void storeLoop();
    bool write(Pending &batch); // on the store thread
    void stopStore();
    void resetWriter();

    std::unique_ptr<MissionStore> m_store;
    TrackImportReport m_report;           // store thread
    std::unique_ptr<TrackWriter> m_writer; // store thread
    Pending m_gathering;                   // feeds' thread
    QTimer *m_timer = nullptr;

    mutable std::mutex m_mutex; // guards what follows
    std::condition_variable m_wake;  // the store thread: work or stop
    std::condition_variable m_moved; // the feeds' thread: room in the queue, or a hand-over done
    Pending m_queue;                 // handed over, not yet taken by the store thread
    qint64 m_inFlight = 0;           // handed over and not yet settled (queue + the store's batch)
    qint64 m_handed = 0, m_settled = 0; // hand-overs made / tried by the store thread
    bool m_storeFailing = false;
    bool m_stop = false;
    qint64 m_commits = 0;
    QString m_lastError;
    std::unique_ptr<QThread> m_thread;
};

} // namespace vigie::core
