// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_receiver.h"
#include "tracks/track_import_report.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

class QTimer;

namespace vigie::core {

class MissionStore;
class TrackWriter;

// The feeds' side of the mission: fixes from receivers are queued and written in batches through
// a TrackWriter, one transaction at least every kCommitIntervalMs or kCommitFixes, so that a
// power cut loses at most that much. Lives on the feeds' worker thread and opens its own
// MissionStore there (a store is not thread-safe). Each commit also updates live_contacts, the
// latest position of each contact with its CoT stale time.
class FeedStoreWriter : public QObject, public FeedFixSink
{
    Q_OBJECT
  public:
    // Each commit waits for the disk (synchronous=FULL: an fsync), 5-100 ms on a busy machine,
    // so commits go by time, not by count: at 20,000 msg/s one transaction holds ~4,000 fixes.
    // kCommitFixes only bounds a burst.
    static constexpr int kCommitIntervalMs = 200;
    static constexpr int kCommitFixes = 20000;
    // Fixes kept for a retry while the mission cannot be written (a full disk); beyond, the oldest
    // are counted as rejected.
    static constexpr int kMaxPending = 100000;

    // Opens the mission; throws MissionError when it cannot.
    explicit FeedStoreWriter(const QString &missionPath, QObject *parent = nullptr);
    ~FeedStoreWriter() override;

    // Starts the commit timer and writes an audit entry naming the feeds.
    void begin(const QStringList &feedUrls);
    void fix(FeedReceiver *from, FeedFix &&fix) override;
    // Writes what is queued in one transaction. Returns false (and keeps the fixes) on failure.
    bool commit();
    // Commits, writes the closing audit entry and stops the timer.
    void end(const QString &summary);

    qint64 commits() const { return m_commits; }

  signals:
    // After each commit, with the number of fixes it settled (stored, duplicate or rejected).
    void committed(qint64 fixes);

  public:
    QString lastError() const { return m_lastError; }

  private:
    void resetWriter();

    std::unique_ptr<MissionStore> m_store;
    TrackImportReport m_report;
    std::unique_ptr<TrackWriter> m_writer;
    std::vector<std::pair<FeedReceiver *, FeedFix>> m_pending;
    QTimer *m_timer = nullptr;
    qint64 m_commits = 0;
    QString m_lastError;
};

} // namespace vigie::core
