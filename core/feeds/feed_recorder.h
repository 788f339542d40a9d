// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_config.h"
#include "feeds/feed_stats.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <vector>

namespace vigie::core {

class FeedReceiver;
class FeedStoreWriter;

// Records live feeds into a mission, off the caller's thread: one worker thread owns the
// sockets, decodes every message and writes through its own MissionStore (see FeedStoreWriter).
// The caller (the UI thread, vigie-cli) only starts, stops and reads statistics.
class FeedRecorder : public QObject
{
    Q_OBJECT
  public:
    FeedRecorder(const QString &missionPath, const QList<FeedConfig> &feeds, QObject *parent = nullptr);
    ~FeedRecorder() override; // stop()s

    // Opens the mission on the worker thread and starts every feed. False and *error when the
    // mission cannot be recorded into (the feeds themselves retry on their own).
    bool start(QString *error);
    // Stops every feed, commits what is pending and joins the worker. Safe to call twice.
    void stop();
    bool isRunning() const { return m_running; }

    // Snapshot, callable from any thread; after stop() the final figures.
    QList<FeedStats> stats() const;
    FeedStats totals() const;
    // The last failure to write the mission (empty if none).
    QString storeError() const;

  signals:
    // A batch of fixes was committed to the mission (queued to the recorder's thread, at most a
    // few times a second): the moment to refresh what shows the mission.
    void committed(qint64 fixes);

  private:
    QString m_missionPath;
    QList<FeedConfig> m_configs;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on the worker thread; parent of the writer and receivers
    FeedStoreWriter *m_writer = nullptr;
    std::vector<FeedReceiver *> m_receivers;
    bool m_running = false;
    mutable QMutex m_mutex;
    QList<FeedStats> m_final;
    QString m_storeError;
};

} // namespace vigie::core
