// SPDX-License-Identifier: GPL-2.0-or-later
#include "time/dtg.h"

#include <QTest>

using namespace vigie::core;

class TestDtg : public QObject
{
    Q_OBJECT
  private slots:
    void format()
    {
        QCOMPARE(toDtg(QDateTime(QDate(2026, 11, 22), QTime(15, 30), Qt::UTC)), QStringLiteral("221530ZNOV26"));
        QCOMPARE(toDtg(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC), true), QStringLiteral("02030405ZJAN26"));
        // A local time is shown in UTC.
        QCOMPARE(toDtg(QDateTime(QDate(2026, 11, 22), QTime(15, 30), Qt::OffsetFromUTC, 3600)), QStringLiteral("221430ZNOV26"));
        QVERIFY(toDtg(QDateTime()).isEmpty());
    }
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime t(QDate(2026, 11, 22), QTime(15, 30), Qt::UTC);
        QTest::newRow("compact") << "221530ZNOV26" << t;
        QTest::newRow("spaced") << "221530Z NOV 26" << t;
        QTest::newRow("lower") << "221530znov26" << t;
        QTest::newRow("seconds") << "22153000ZNOV26" << t;
        QTest::newRow("alpha +1") << "221630ANOV26" << t;
        QTest::newRow("mike +12") << "230330MNOV26" << t;
        QTest::newRow("yankee -12") << "220330YNOV26" << t;
        QTest::newRow("november -1") << "221430NNOV26" << t;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        QCOMPARE(fromDtg(text), utc);
    }
    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("juliet") << "221530JNOV26";
        QTest::newRow("month") << "221530ZFOO26";
        QTest::newRow("day 32") << "321530ZNOV26";
        QTest::newRow("hour 25") << "222530ZNOV26";
        QTest::newRow("garbage") << "yesterday";
    }
    void invalid()
    {
        QFETCH(QString, text);
        QVERIFY(!fromDtg(text).isValid());
    }
    void roundTrip()
    {
        const QDateTime t(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
        QCOMPARE(fromDtg(toDtg(t, true)), t);
    }
};

QTEST_GUILESS_MAIN(TestDtg)
#include "test_dtg.moc"
