// SPDX-License-Identifier: GPL-2.0-or-later
// What a briefing page prints as its marking: the highest marking of the records in its area and period.
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "mission/mission_summary.h"
#include "sites/site_repository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vigie::core;

class TestMissionSummary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

  private slots:
    void emptyMissionIsUnclassified()
    {
        auto store = MissionStore::create(m_dir.filePath(QStringLiteral("empty.vigie")), QStringLiteral("E"));
        const MissionSummary s = summarizeMission(*store, GeoBox{-5, 10, 5, 20}, 0, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(s.highestMarking, Sensitivity::Unclassified);
        QCOMPARE(s.records, 0);
        QVERIFY(s.incidentsByCategory.isEmpty());
    }

    void highestMarkingInAreaOnly()
    {
        auto store = MissionStore::create(m_dir.filePath(QStringLiteral("sites.vigie")), QStringLiteral("S"));
        SiteRepository sites(*store);
        ProtectedSite camp;
        camp.name = QStringLiteral("Camp A");
        camp.kind = SiteKind::IdpCamp;
        camp.lat = 16.3;
        camp.lon = -0.05;
        camp.sensitivity = Sensitivity::StrictlyConfidential;
        sites.add(camp);
        ProtectedSite market = camp;
        market.name = QStringLiteral("Market B");
        market.kind = SiteKind::Market;
        market.lat = 15.0;
        market.lon = 2.0;
        market.sensitivity = Sensitivity::UnRestricted;
        sites.add(market);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const MissionSummary aroundGao = summarizeMission(*store, GeoBox{-0.5, 16, 0.5, 16.5}, 0, now);
        QCOMPARE(aroundGao.highestMarking, Sensitivity::StrictlyConfidential);
        QCOMPARE(aroundGao.records, 1);
        const MissionSummary east = summarizeMission(*store, GeoBox{1.5, 14.5, 2.5, 15.5}, 0, now);
        QCOMPARE(east.highestMarking, Sensitivity::UnRestricted);
        const MissionSummary nowhere = summarizeMission(*store, GeoBox{30, 0, 31, 1}, 0, now);
        QCOMPARE(nowhere.highestMarking, Sensitivity::Unclassified);
    }

    void demoMissionHasMarkedRecords()
    {
        auto store = buildDemoMission(m_dir.filePath(QStringLiteral("demo.vigie")));
        const GeoBox aor = store->areaOfResponsibility();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const MissionSummary s = summarizeMission(*store, aor, now - 90LL * 86400000, now);
        QVERIFY(s.records > 0);
        QVERIFY(int(s.highestMarking) >= int(Sensitivity::UnRestricted));
    }
};

QTEST_GUILESS_MAIN(TestMissionSummary)
#include "test_mission_summary.moc"
