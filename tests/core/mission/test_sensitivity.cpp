// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/sensitivity.h"

#include <QTest>

using namespace vigie::core;

class TestSensitivity : public QObject
{
    Q_OBJECT
  private slots:
    void ordering()
    {
        QVERIFY(Sensitivity::Unclassified < Sensitivity::UnRestricted);
        QVERIFY(Sensitivity::UnRestricted < Sensitivity::UnConfidential);
        QVERIFY(Sensitivity::UnConfidential < Sensitivity::StrictlyConfidential);
    }
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("canonical") << "UN CONFIDENTIAL" << int(Sensitivity::UnConfidential);
        QTest::newRow("lower") << "unclassified" << int(Sensitivity::Unclassified);
        QTest::newRow("underscores") << "un_restricted" << int(Sensitivity::UnRestricted);
        QTest::newRow("dashes and spaces") << "  strictly-confidential " << int(Sensitivity::StrictlyConfidential);
        QTest::newRow("unknown") << "SECRET" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void strings()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        const auto s = sensitivityFromString(text);
        QCOMPARE(s ? int(*s) : -1, level);
        if (s)
            QCOMPARE(sensitivityFromString(sensitivityToString(*s)), s);
    }
    void roundTrip()
    {
        for (int i = 0; i <= 3; ++i) {
            const auto s = Sensitivity(i);
            QCOMPARE(*sensitivityFromString(sensitivityToString(s)), s);
            QVERIFY(!sensitivityLabel(s).isEmpty());
        }
        QCOMPARE(sensitivityToString(Sensitivity::StrictlyConfidential), QStringLiteral("STRICTLY CONFIDENTIAL"));
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "test_sensitivity.moc"
