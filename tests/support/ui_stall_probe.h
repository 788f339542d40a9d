// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Where the UI thread is when it blocks (benchmarks only, Linux): a 5 ms heartbeat timer on the UI
// thread, and a watchdog thread that, while the heartbeat is older than the threshold, interrupts
// the UI thread every sampleMs with a signal whose handler records its call stack. Catches blocks
// off the CPU too (an fsync, a lock), which a CPU profiler misses. report() prints each stall's
// samples, symbolised as far as dladdr can (exported symbols; others as library+offset for
// addr2line).
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <map>
#include <pthread.h>
#include <string>
#include <thread>
#include <vector>

namespace vigie::test {

class UiStallProbe
{
  public:
    static constexpr int kMaxFrames = 48;

    explicit UiStallProbe(int thresholdMs = 60, int sampleMs = 20) : m_thresholdMs(thresholdMs), m_sampleMs(sampleMs)
    {
        instance() = this;
        void *warm[4];
        backtrace(warm, 4); // loads the unwinder now, not inside the signal handler
        struct sigaction sa {};
        sa.sa_handler = &UiStallProbe::onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGUSR2, &sa, &m_oldAction);
        m_ui = pthread_self();
        m_clock.start();
        m_beat.store(m_clock.nsecsElapsed());
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_beat.store(m_clock.nsecsElapsed()); });
        m_timer.start();
        m_watchdog = std::thread([this] { watch(); });
    }

    ~UiStallProbe()
    {
        stop();
        sigaction(SIGUSR2, &m_oldAction, nullptr);
        instance() = nullptr;
    }

    struct Sample
    {
        double stalledMs;
        std::vector<void *> frames;
    };
    struct Stall
    {
        double atS = 0;
        double lengthMs = 0;
        std::vector<Sample> samples;
    };
    const std::vector<Stall> &stalls() const { return m_stalls; } // after the destructor or stop()

    void stop()
    {
        m_timer.stop();
        m_stop.store(true);
        if (m_watchdog.joinable())
            m_watchdog.join();
    }

    // Prints every stall longer than minMs with up to maxSamples stacks each.
    void report(FILE *out, double minMs = 100, int maxSamples = 3) const
    {
        std::fprintf(out, "UI stall probe: %zu stalls of %d ms or more\n", m_stalls.size(), m_thresholdMs);
        for (const Stall &s : m_stalls) {
            if (s.lengthMs < minMs)
                continue;
            std::fprintf(out, "UI stall at %.1f s: >= %.0f ms (%zu samples)\n", s.atS, s.lengthMs, s.samples.size());
            int n = 0;
            for (const Sample &smp : s.samples) {
                if (n++ >= maxSamples)
                    break;
                std::fprintf(out, "  sample at +%.0f ms:\n", smp.stalledMs);
                for (void *f : smp.frames)
                    std::fprintf(out, "    %s\n", symbol(f).c_str());
            }
        }
    }

    static std::string symbol(void *address)
    {
        Dl_info info{};
        if (!dladdr(address, &info) || !info.dli_fname)
            return "?";
        std::string lib = info.dli_fname;
        char buf[64];
        std::snprintf(buf, sizeof buf, "+0x%lx", static_cast<unsigned long>(static_cast<char *>(address) - static_cast<char *>(info.dli_fbase)));
        std::string where = lib.substr(lib.rfind('/') + 1) + buf;
        if (info.dli_sname) {
            int status = 0;
            char *d = abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status);
            where += std::string("  ") + (status == 0 && d ? d : info.dli_sname);
            std::free(d);
        }
        return where;
    }

  private:
    static UiStallProbe *&instance()
    {
        static UiStallProbe *p = nullptr;
        return p;
    }

    static void onSignal(int)
    {
        UiStallProbe *p = instance();
        if (!p)
            return;
        p->m_depth = backtrace(p->m_frames, kMaxFrames);
        p->m_taken.store(true, std::memory_order_release);
    }

    void watch()
    {
        Stall current;
        qint64 currentBeat = -1;
        while (!m_stop.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(m_sampleMs));
            const qint64 beat = m_beat.load();
            const double age = double(m_clock.nsecsElapsed() - beat) / 1e6;
            if (age < m_thresholdMs) {
                if (currentBeat >= 0) {
                    m_stalls.push_back(std::move(current));
                    current = Stall();
                    currentBeat = -1;
                }
                continue;
            }
            if (beat != currentBeat) {
                if (currentBeat >= 0)
                    m_stalls.push_back(std::move(current));
                current = Stall();
                current.atS = double(beat) / 1e9;
                currentBeat = beat;
            }
            current.lengthMs = age;
            m_taken.store(false);
            pthread_kill(m_ui, SIGUSR2);
            for (int i = 0; i < 200 && !m_taken.load(std::memory_order_acquire); ++i)
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            if (m_taken.load(std::memory_order_acquire))
                current.samples.push_back({age, std::vector<void *>(m_frames + 2, m_frames + std::max(2, m_depth))});
        }
        if (currentBeat >= 0)
            m_stalls.push_back(std::move(current));
    }

    int m_thresholdMs;
    int m_sampleMs;
    pthread_t m_ui;
    struct sigaction m_oldAction {};
    QElapsedTimer m_clock;
    QTimer m_timer;
    std::atomic<qint64> m_beat{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_taken{false};
    void *m_frames[kMaxFrames] = {};
    int m_depth = 0;
    std::thread m_watchdog;
    std::vector<Stall> m_stalls;
};

} // namespace vigie::test
