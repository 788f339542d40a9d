// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <QtGlobal>

namespace vigie::core {

// A file read on a thread of its own while the caller's thread writes what it yields (the
// importers: parsing takes a quarter to a half of an import, SQLite the rest; with both cores the
// two overlap). Items go over in the reader's order, a batch at a time, with at most a few
// batches waiting, so memory stays bounded whatever the file's size.
//
//   ReadAhead<Row> ahead;
//   ahead.start([&] { reader.read(..., [&](Row r) { return ahead.push(std::move(r)); }); });
//   std::vector<Row> batch;
//   while (ahead.next(&batch)) write(batch);
//   ahead.join(); // rethrows what the reader threw
//
// When the writing side stops early (an exception, a cancel), the destructor (or stop()) makes
// push() return false at once, so that a reader that checks it stops too, and joins the thread.
// Batch: items per hand-over (a thousand or so: each hand-over wakes the other thread);
// MaxWaiting: batches read ahead at most (what the reader may run ahead by, in memory).
template <typename T, std::size_t Batch = 1024, std::size_t MaxWaiting = 8> class ReadAhead
{
  public:
    static constexpr std::size_t kBatch = Batch;
    static constexpr std::size_t kMaxWaiting = MaxWaiting;

    ReadAhead() = default;
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;
    ~ReadAhead()
    {
        stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    // Runs `read` on the reading thread; what it throws comes out of join().
    void start(std::function<void()> read)
    {
        m_thread = std::thread([this, read = std::move(read)] {
            std::exception_ptr error;
            try {
                read();
            } catch (...) {
                error = std::current_exception();
            }
            hand();
            std::lock_guard<std::mutex> lock(m_mutex);
            m_readerDone = true;
            m_readerError = error;
            m_changed.notify_all();
        });
    }

    // Reading thread: false once the writing side has stopped.
    bool push(T &&item)
    {
        m_filling.push_back(std::move(item));
        if (m_filling.size() >= kBatch)
            hand();
        return !stopped();
    }
    bool stopped() const { return m_stopped.load(std::memory_order_relaxed); }
    // Reading thread: how far it is (bytes or features read, and the total).
    void setProgress(qint64 done, qint64 total)
    {
        m_total.store(total, std::memory_order_relaxed);
        m_done.store(done, std::memory_order_release);
    }

    // Writing thread: the reader's latest progress; false until it has given one.
    bool progress(qint64 *done, qint64 *total) const
    {
        *done = m_done.load(std::memory_order_acquire);
        *total = m_total.load(std::memory_order_relaxed);
        return *done >= 0;
    }

    // Writing thread: the next batch, in order; false when the reader is done and all was given.
    bool next(std::vector<T> *batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_waiting.empty() || m_readerDone; });
        if (m_waiting.empty())
            return false;
        *batch = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_changed.notify_all();
        return true;
    }
    // Writing thread: waits for the reader to end and rethrows what it threw.
    void join()
    {
        stop();
        if (m_thread.joinable())
            m_thread.join();
        if (m_readerError)
            std::rethrow_exception(m_readerError);
    }
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_waiting.clear();
        m_changed.notify_all();
    }

  private:
    void hand()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_waiting.size() < kMaxWaiting || m_stopped; });
        if (!m_stopped && !m_filling.empty())
            m_waiting.push_back(std::move(m_filling));
        m_filling = std::vector<T>();
        m_filling.reserve(kBatch);
        m_changed.notify_all();
    }

    std::vector<T> m_filling; // reading thread
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<T>> m_waiting;
    bool m_readerDone = false;
    std::atomic<bool> m_stopped{false};
    std::atomic<qint64> m_done{-1}, m_total{0};
    std::exception_ptr m_readerError;
    std::thread m_thread;
};

} // namespace vigie::core
