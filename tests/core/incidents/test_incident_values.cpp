// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident.h"
#include "incidents/incident_values.h"

#include <QDateTime>
#include <QTest>

using namespace vigie::core;

class TestIncidentValues : public QObject
{
    Q_OBJECT
  private slots:
    void times_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // ISO UTC or "" for invalid
        QTest::newRow("iso date") << QByteArray("2026-11-24") << "2026-11-24T00:00:00Z";
        QTest::newRow("iso utc") << QByteArray("2026-11-24T15:30:00Z") << "2026-11-24T15:30:00Z";
        QTest::newRow("iso offset") << QByteArray("2026-11-24T15:30:00+01:00") << "2026-11-24T14:30:00Z";
        QTest::newRow("iso ms") << QByteArray("2026-11-24T15:30:00.250Z") << "2026-11-24T15:30:00.250Z";
        QTest::newRow("space, no seconds") << QByteArray("2026-11-24 15:30") << "2026-11-24T15:30:00Z";
        QTest::newRow("ogr") << QByteArray("2026/11/24 15:30:00+00") << "2026-11-24T15:30:00Z";
        QTest::newRow("acled old") << QByteArray("24 November 2026") << "2026-11-24T00:00:00Z";
        QTest::newRow("short month") << QByteArray("24-Nov-2026") << "2026-11-24T00:00:00Z";
        QTest::newRow("hxl") << QByteArray("1 March 2015") << "2015-03-01T00:00:00Z";
        QTest::newRow("french") << QByteArray("3 février 2026") << "2026-02-03T00:00:00Z";
        QTest::newRow("day first") << QByteArray("24/11/2026") << "2026-11-24T00:00:00Z";
        QTest::newRow("leap day") << QByteArray("2024-02-29") << "2024-02-29T00:00:00Z";
        QTest::newRow("no such day") << QByteArray("2026-02-29") << "";
        QTest::newRow("month 13") << QByteArray("2026-13-01") << "";
        QTest::newRow("garbage") << QByteArray("yesterday") << "";
        QTest::newRow("empty") << QByteArray("") << "";
        QTest::newRow("trailing junk") << QByteArray("2026-11-24x") << "";
        QTest::newRow("hour 25") << QByteArray("2026-11-24T25:00:00Z") << "";
    }
    void times()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto t = IncidentValues::parseTime(std::string_view(text.constData(), size_t(text.size())));
        if (expected.isEmpty()) {
            QVERIFY(!t);
            return;
        }
        QVERIFY(t);
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t->ms, Qt::UTC);
        QCOMPARE(dt.toString(expected.contains(QLatin1Char('.')) ? Qt::ISODateWithMs : Qt::ISODate), expected);
    }

    void epochOnlyWhenAllowed()
    {
        QVERIFY(!IncidentValues::parseTime("1732000000"));
        const auto t = IncidentValues::parseTime("1732000000", true);
        QVERIFY(t);
        QCOMPARE(t->ms, 1732000000000LL);
    }

    void numbers()
    {
        QCOMPARE(*IncidentValues::parseDouble("16.2717"), 16.2717);
        QCOMPARE(*IncidentValues::parseDouble(" -0.0447 "), -0.0447);
        QCOMPARE(*IncidentValues::parseDouble("16,2717"), 16.2717);
        QVERIFY(!IncidentValues::parseDouble("abc"));
        QVERIFY(!IncidentValues::parseDouble("1.2.3"));
        QVERIFY(!IncidentValues::parseDouble("nan"));
        QCOMPARE(*IncidentValues::parseInt("12"), 12);
        QCOMPARE(*IncidentValues::parseInt("3.0"), 3);
        QVERIFY(!IncidentValues::parseInt("3.5"));
        QCOMPARE(IncidentValues::formatDouble(16.2717), QByteArray("16.2717"));
        QCOMPARE(IncidentValues::formatDouble(15.0), QByteArray("15"));
    }

    void json()
    {
        QByteArray out;
        IncidentValues::appendJsonMember(out, "a", "x \"y\"\n\\");
        IncidentValues::appendJsonMember(out, "b", "é");
        IncidentValues::closeJsonObject(out);
        Incident inc;
        inc.extraJson = out;
        QCOMPARE(inc.extraValue(QStringLiteral("a")), QStringLiteral("x \"y\"\n\\"));
        QCOMPARE(inc.extraValue(QStringLiteral("b")), QStringLiteral("é"));
    }

    void admiralty_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("B2") << "B2" << true << "B2";
        QTest::newRow("lower") << "f6" << true << "F6";
        QTest::newRow("letter only") << "C" << true << "C";
        QTest::newRow("digit only") << "3" << true << "3";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("G1") << "G1" << false << "";
        QTest::newRow("A7") << "A7" << false << "";
        QTest::newRow("2B") << "2B" << false << "";
    }
    void admiralty()
    {
        QFETCH(QString, code);
        QFETCH(bool, ok);
        QFETCH(QString, normalised);
        Incident inc;
        QCOMPARE(inc.setAdmiraltyCode(code), ok);
        if (ok)
            QCOMPARE(inc.admiraltyCode(), normalised);
    }

    void enumsRoundTrip()
    {
        using I = Incident;
        for (auto p : {I::TimePrecision::Exact, I::TimePrecision::Day, I::TimePrecision::Week, I::TimePrecision::Month})
            QCOMPARE(*timePrecisionFromString(timePrecisionToString(p)), p);
        for (auto p : {I::LocationPrecision::Exact, I::LocationPrecision::Near, I::LocationPrecision::AdminArea})
            QCOMPARE(*locationPrecisionFromString(locationPrecisionToString(p)), p);
        for (auto t : {I::Target::None, I::Target::Civilians, I::Target::Peacekeepers, I::Target::SecurityForces,
                       I::Target::Humanitarian, I::Target::Infrastructure})
            QCOMPARE(*targetFromString(targetToString(t)), t);
        for (auto s : {I::Status::Reported, I::Status::Confirmed, I::Status::Closed})
            QCOMPARE(*statusFromString(statusToString(s)), s);
    }
};

QTEST_GUILESS_MAIN(TestIncidentValues)
#include "test_incident_values.moc"
