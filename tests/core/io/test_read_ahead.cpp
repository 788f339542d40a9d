// SPDX-License-Identifier: GPL-2.0-or-later
// ReadAhead, the importers' reading thread: order, bounded read-ahead, the reader's exception
// delivered to the writer, and a writer that stops early.
#include "io/read_ahead.h"

#include <QTest>

#include <atomic>
#include <stdexcept>

using namespace vigie::core;

class TestReadAhead : public QObject
{
    Q_OBJECT

  private slots:
    void everythingInOrder()
    {
        for (int n : {0, 1, 7, 8, 9, 100, 12345}) {
            ReadAhead<int, 8, 2> ahead;
            std::atomic<bool> refused{false}; // no QTest macros off the test's thread
            ahead.start([&] {
                for (int i = 0; i < n; ++i)
                    if (!ahead.push(int(i)))
                        refused = true;
            });
            std::vector<int> batch;
            int expected = 0;
            while (ahead.next(&batch)) {
                QVERIFY(!batch.empty());
                QVERIFY(batch.size() <= 8);
                for (int v : batch)
                    QCOMPARE(v, expected++);
            }
            ahead.join();
            QCOMPARE(expected, n);
            QVERIFY(!refused.load());
        }
    }

    void readerRunsAheadBoundedly()
    {
        // The writer takes nothing: the reader fills at most MaxWaiting batches and the one it is
        // filling, then waits.
        ReadAhead<int, 10, 3> ahead;
        std::atomic<int> pushed{0};
        ahead.start([&] {
            for (int i = 0; i < 1000 && ahead.push(int(i)); ++i)
                ++pushed;
        });
        QTest::qWait(200);
        QVERIFY2(pushed.load() <= 10 * 3 + 10, qPrintable(QString::number(pushed.load())));
        std::vector<int> batch;
        int got = 0;
        while (ahead.next(&batch))
            got += int(batch.size());
        ahead.join();
        QCOMPARE(got, 1000);
    }

    void readersExceptionComesOutOfJoin()
    {
        ReadAhead<int, 4> ahead;
        ahead.start([&] {
            for (int i = 0; i < 10; ++i)
                ahead.push(int(i));
            throw std::runtime_error("line 11: bad record");
        });
        std::vector<int> batch;
        int got = 0;
        while (ahead.next(&batch))
            got += int(batch.size());
        QCOMPARE(got, 10); // what came before the error is still handed over
        try {
            ahead.join();
            QFAIL("the reader's error was lost");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QByteArray(e.what()), QByteArray("line 11: bad record"));
        }
    }

    void writerStoppingStopsTheReader()
    {
        // The writer fails after one batch (an SQLite error): the reader learns it from push()
        // and the destructor joins it, with nothing left waiting.
        std::atomic<bool> readerSawStop{false};
        {
            ReadAhead<int, 16, 2> ahead;
            ahead.start([&] {
                for (int i = 0; i < 10000000; ++i)
                    if (!ahead.push(int(i))) {
                        readerSawStop = true;
                        return;
                    }
            });
            std::vector<int> batch;
            QVERIFY(ahead.next(&batch));
            QCOMPARE(batch.front(), 0);
            // ~ReadAhead, as when the writer's exception leaves the scope.
        }
        QVERIFY(readerSawStop.load());
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "test_read_ahead.moc"
