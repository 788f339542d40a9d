// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_recorder.h"
#include "io/counts.h"

#include "feeds/feed_receiver.h"
#include "feeds/feed_store_writer.h"
#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutexLocker>

namespace vigie::core {

FeedRecorder::FeedRecorder(const QString &missionPath, const QList<FeedConfig> &feeds, QObject *parent)
    : QObject(parent), m_missionPath(missionPath), m_configs(feeds)
{
    m_thread.setObjectName(QStringLiteral("vigie-feeds"));
}

FeedRecorder::~FeedRecorder()
{
    stop();
}

bool FeedRecorder::start(QString *error)
{
    if (m_running)
        return true;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QString why;
    QMetaObject::invokeMethod(
        m_context,
        [this, &why] {
            try {
                m_writer = new FeedStoreWriter(m_missionPath, m_context);
                // Queued to this object's thread (the UI's): one signal per commit, not per fix.
                connect(m_writer, &FeedStoreWriter::committed, this, &FeedRecorder::committed);
                QStringList urls;
                for (const FeedConfig &c : std::as_const(m_configs))
                    urls << c.url();
                m_writer->begin(urls);
            } catch (const std::exception &e) {
                why = QString::fromUtf8(e.what());
                delete m_writer;
                m_writer = nullptr;
                return;
            }
            std::vector<FeedReceiver *> receivers;
            for (const FeedConfig &c : std::as_const(m_configs)) {
                FeedReceiver *r = FeedReceiver::create(c, *m_writer).release();
                r->setParent(m_context);
                receivers.push_back(r);
            }
            {
                QMutexLocker lock(&m_mutex);
                m_receivers = receivers;
            }
            for (FeedReceiver *r : receivers)
                r->start();
        },
        Qt::BlockingQueuedConnection);
    if (!m_writer) {
        if (error)
            *error = QCoreApplication::translate("vigie::core::FeedRecorder", "cannot record into %1: %2").arg(m_missionPath, why);
        m_context->deleteLater();
        m_context = nullptr;
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_running = true;
    return true;
}

void FeedRecorder::stop()
{
    if (!m_running)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            for (FeedReceiver *r : m_receivers)
                r->stop(); // hands what is pending (an NMEA epoch) to the writer
            qint64 received = 0, stored = 0, rejected = 0;
            m_writer->commit();
            for (FeedReceiver *r : m_receivers) {
                const FeedStats s = r->stats();
                received += s.received;
                stored += s.stored;
                rejected += s.rejected;
            }
            // One count per message (%n: "1 message", "2 messages").
            const int receivedCount = clampCount(received), storedCount = clampCount(stored), rejectedCount = clampCount(rejected);
            m_writer->end(QCoreApplication::translate("vigie::core::FeedRecorder", "live feeds stopped: %n message(s) received", nullptr, receivedCount) +
                          QCoreApplication::translate("vigie::core::FeedRecorder", ", %n fix(es) stored", nullptr, storedCount) +
                          QCoreApplication::translate("vigie::core::FeedRecorder", ", %n rejected", nullptr, rejectedCount));
            QList<FeedStats> final;
            for (FeedReceiver *r : m_receivers)
                final << r->stats();
            QMutexLocker lock(&m_mutex);
            m_final = final;
            m_storeError = m_writer->lastError();
            m_receivers.clear();
            delete m_context; // receivers and writer, on their own thread
            m_context = nullptr;
            m_writer = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_running = false;
}

QList<FeedStats> FeedRecorder::stats() const
{
    QMutexLocker lock(&m_mutex);
    if (m_receivers.empty())
        return m_final;
    QList<FeedStats> out;
    for (const FeedReceiver *r : m_receivers)
        out << r->stats();
    return out;
}

FeedStats FeedRecorder::totals() const
{
    FeedStats t;
    t.name = QCoreApplication::translate("vigie::core::FeedRecorder", "total");
    for (const FeedStats &s : stats()) {
        t.received += s.received;
        t.stored += s.stored;
        t.duplicates += s.duplicates;
        t.rejected += s.rejected;
        t.ignored += s.ignored;
        t.bytes += s.bytes;
        t.rate += s.rate;
        t.peers += s.peers;
        t.reconnects += s.reconnects;
        t.lastMessageMs = std::max(t.lastMessageMs, s.lastMessageMs);
    }
    return t;
}

QString FeedRecorder::storeError() const
{
    QMutexLocker lock(&m_mutex);
    return m_storeError; // set when stopped
}

} // namespace vigie::core
