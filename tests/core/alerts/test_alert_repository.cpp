// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_engine.h"
#include "alerts/alert_report.h"
#include "alerts/alert_repository.h"
#include "alerts/alert_rule_repository.h"
#include "alerts/demo_alert_setup.h"
#include "alerts/rules/incident_count_rule.h"
#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "sites/site_repository.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace vigie::core;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kEnd = 1795000000000;

template <typename F> bool throwsMissionError(F &&f)
{
    try {
        f();
    } catch (const MissionError &) {
        return true;
    }
    return false;
}

struct Fixture
{
    std::unique_ptr<MissionStore> store;
    ProtectedSite camp;
    ProtectedSite market;
    AlertRuleDefinition rule;
};

AlertInputs threeIncidentsNearTheCamp(qint64 end = kEnd)
{
    AlertInputs in;
    in.windowStartMs = end - 24 * kHour;
    in.windowEndMs = end;
    // ~1 km north of the camp; the market is 4 km away, so within 10 km of both.
    for (int i = 1; i <= 3; ++i)
        in.incidents.append({QStringLiteral("inc-%1").arg(i), 16.314, -0.03, end - i * kHour, QStringLiteral("ied"), 4, 0});
    in.incidents.append({QStringLiteral("inc-far"), 17.5, 1.0, end - kHour, QStringLiteral("ied"), 4, 0});
    return in;
}
} // namespace

class TestAlertRepository : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Fixture make(const QString &name)
    {
        Fixture f;
        f.store = MissionStore::create(m_dir.filePath(name), QStringLiteral("Alerts"));
        SiteRepository sites(*f.store);
        ProtectedSite s;
        s.name = QStringLiteral("IDP camp Gao North");
        s.kind = SiteKind::IdpCamp;
        s.lat = 16.305;
        s.lon = -0.03;
        f.camp = sites.add(s);
        s.name = QStringLiteral("Gao central market");
        s.kind = SiteKind::Market;
        s.lat = 16.269;
        s.lon = -0.043;
        f.market = sites.add(s);
        AlertRuleDefinition r;
        r.type = IncidentCountRule::typeId();
        r.name = QStringLiteral("3 in 10 km / 72 h");
        r.parameters = QJsonObject{{QStringLiteral("min_count"), 3}, {QStringLiteral("radius_km"), 10}, {QStringLiteral("hours"), 72}};
        f.rule = AlertRuleRepository(*f.store).add(r);
        return f;
    }

  private slots:
    void rulesAreStored()
    {
        Fixture f = make(QStringLiteral("rules.vigie"));
        AlertRuleRepository rules(*f.store);
        QCOMPARE(rules.list().size(), 1);
        const auto got = rules.get(f.rule.id);
        QVERIFY(got);
        QCOMPARE(got->type, QStringLiteral("incident_count"));
        QCOMPARE(got->parameters.value(QStringLiteral("min_count")).toInt(), 3);
        QVERIFY(got->siteIds.isEmpty());
        QVERIFY(got->enabled);
        QCOMPARE(got->createdBy, MissionStore::currentUser());
        QCOMPARE(f.store->auditLog(1).front().table, QStringLiteral("alert_rules"));

        AlertRuleDefinition scoped = *got;
        scoped.siteIds = QStringList{f.camp.id};
        rules.update(scoped);
        QCOMPARE(rules.get(f.rule.id)->siteIds, QStringList{f.camp.id});
        rules.setEnabled(f.rule.id, false);
        QVERIFY(!rules.get(f.rule.id)->enabled);

        const qint64 before = f.store->auditCount();
        AlertRuleDefinition bad = scoped;
        bad.id.clear();
        bad.type = QStringLiteral("nope");
        QVERIFY(throwsMissionError([&] { rules.add(bad); }));
        bad.type = IncidentCountRule::typeId();
        bad.parameters.insert(QStringLiteral("min_count"), 0);
        QVERIFY(throwsMissionError([&] { rules.add(bad); }));
        QCOMPARE(f.store->auditCount(), before);

        rules.remove(f.rule.id);
        QVERIFY(rules.list().isEmpty());
        QVERIFY(throwsMissionError([&] { rules.remove(f.rule.id); }));
    }

    void evidenceIsStoredAndListed()
    {
        Fixture f = make(QStringLiteral("evidence.vigie"));
        const qint64 before = f.store->auditCount();
        const AlertEngine::Outcome o = AlertEngine().evaluateAndStore(*f.store, threeIncidentsNearTheCamp());
        QVERIFY(o.problems.isEmpty());
        QCOMPARE(o.fired.size(), 2); // the camp and the market
        QCOMPARE(o.stored.size(), 2);
        QCOMPARE(f.store->auditCount(), before + 1);
        QCOMPARE(f.store->auditLog(1).front().action, QStringLiteral("evaluate"));
        QCOMPARE(f.store->auditLog(1).front().table, QStringLiteral("alerts"));

        AlertRepository repo(*f.store);
        AlertFilter onCamp;
        onCamp.siteId = f.camp.id;
        const QList<Alert> listed = repo.list(onCamp);
        QCOMPARE(listed.size(), 1);
        const Alert &a = listed.front();
        QCOMPARE(a.evidence, (QStringList{QStringLiteral("inc-1"), QStringLiteral("inc-2"), QStringLiteral("inc-3")}));
        QCOMPARE(a.siteName, QStringLiteral("IDP camp Gao North"));
        QCOMPARE(a.ruleName, QStringLiteral("3 in 10 km / 72 h"));
        QCOMPARE(a.ruleType, QStringLiteral("incident_count"));
        QCOMPARE(a.firedAtMs, kEnd);
        QCOMPARE(a.measures.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(a.status, AlertStatus::New);
        QCOMPARE(repo.evidence(a.id), a.evidence);
        QCOMPARE(repo.alertsForIncident(QStringLiteral("inc-2")).size(), 2);
        QVERIFY(repo.alertsForIncident(QStringLiteral("inc-far")).isEmpty());
        QCOMPARE(repo.get(a.id)->evidence.size(), 3);

        AlertFilter newOnes;
        newOnes.status = AlertStatus::New;
        QCOMPARE(repo.list(newOnes).size(), 2);
        AlertFilter later;
        later.firedFromMs = kEnd + 1;
        QVERIFY(repo.list(later).isEmpty());
        AlertFilter limited;
        limited.limit = 1;
        QCOMPARE(repo.list(limited).size(), 1);
    }

    void reEvaluationIsIdempotent()
    {
        Fixture f = make(QStringLiteral("idempotent.vigie"));
        AlertEngine engine;
        QCOMPARE(engine.evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored.size(), 2);
        const qint64 audit = f.store->auditCount();
        const AlertEngine::Outcome again = engine.evaluateAndStore(*f.store, threeIncidentsNearTheCamp());
        QCOMPARE(again.fired.size(), 2);
        QVERIFY(again.stored.isEmpty());
        QCOMPARE(f.store->auditCount(), audit); // nothing written, nothing audited
        QCOMPARE(f.store->database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 2);
        QCOMPARE(f.store->database().scalar(QStringLiteral("SELECT count(*) FROM alert_evidence")).toInt(), 6);
        // The same alert twice in one batch is stored once.
        const QList<Alert> twice = engine.evaluate(AlertRuleRepository(*f.store).list(), SiteRepository(*f.store).list(),
                                                   threeIncidentsNearTheCamp(kEnd + kHour));
        QCOMPARE(AlertRepository(*f.store).store(twice + twice).size(), 0);
        // A later window over the same incidents is the same situation: no new alert.
        QCOMPARE(f.store->database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 2);
    }

    // The time bar stopped at many places over the same incidents: one alert per site.
    void slidingWindowOverTheSameIncidentsAddsNothing()
    {
        Fixture f = make(QStringLiteral("sliding.vigie"));
        AlertEngine engine;
        QCOMPARE(engine.evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored.size(), 2);
        const qint64 audit = f.store->auditCount();
        // The incidents stay in the 72 h window for 69 more hours; step by 30 minutes, both ways.
        QList<qint64> ends;
        for (qint64 t = kEnd - 2 * kHour; t <= kEnd + 69 * kHour; t += kHour / 2)
            ends.append(t);
        std::reverse(ends.begin() + ends.size() / 2, ends.end());
        int fired = 0;
        for (qint64 end : ends) {
            AlertInputs in = threeIncidentsNearTheCamp();
            in.windowEndMs = end;
            in.windowStartMs = end - 24 * kHour;
            const AlertEngine::Outcome o = engine.evaluateAndStore(*f.store, in);
            fired += o.fired.size();
            QVERIFY(o.stored.isEmpty());
            QVERIFY(o.extended.isEmpty());
        }
        QVERIFY(fired > 100); // the rule kept firing ...
        QCOMPARE(f.store->database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 2); // ... once per site
        QCOMPARE(f.store->auditCount(), audit);
        // Past the 72 h the incidents have left the window: the rule no longer fires.
        AlertInputs gone = threeIncidentsNearTheCamp();
        gone.windowEndMs = kEnd + 72 * kHour;
        QVERIFY(engine.evaluateAndStore(*f.store, gone).fired.isEmpty());
    }

    // A new incident while the alert waits for review extends it; after review it is a new alert.
    void newIncidentsExtendAnOpenAlertOrRaiseANewOne()
    {
        Fixture f = make(QStringLiteral("extend.vigie"));
        AlertEngine engine;
        AlertFilter onCamp;
        onCamp.siteId = f.camp.id;
        AlertRepository repo(*f.store);
        QCOMPARE(engine.evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored.size(), 2);
        const QString first = repo.list(onCamp).front().id;

        AlertInputs four = threeIncidentsNearTheCamp(kEnd + 5 * kHour);
        four.incidents.append({QStringLiteral("inc-4"), 16.31, -0.031, kEnd + 4 * kHour, QStringLiteral("ied"), 4, 0});
        // (the three first incidents are five hours older in this window, still within 72 h)
        for (int i = 0; i < 3; ++i)
            four.incidents[i].timeMs = kEnd - (i + 1) * kHour;
        const AlertEngine::Outcome grown = engine.evaluateAndStore(*f.store, four);
        QVERIFY(grown.stored.isEmpty());
        QCOMPARE(grown.extended.size(), 2); // the camp's and the market's open alerts
        QList<Alert> camp = repo.list(onCamp);
        QCOMPARE(camp.size(), 1);
        QCOMPARE(camp.front().id, first);
        QCOMPARE(camp.front().evidence.size(), 4);
        QCOMPARE(camp.front().measures.value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(camp.front().windowEndMs, kEnd + 5 * kHour);
        QCOMPARE(camp.front().windowStartMs, kEnd - 72 * kHour);
        QCOMPARE(f.store->auditLog(1).front().action, QStringLiteral("evaluate"));
        QVERIFY(f.store->auditLog(1).front().summary.contains(QStringLiteral("2 updated")));

        // Reviewed: the same four incidents do not bring it back, in any window that holds them.
        repo.acknowledge(first, QStringLiteral("Patrol sent"));
        for (qint64 shift : {0LL, 3 * kHour, 20 * kHour}) {
            AlertInputs again = four;
            again.windowEndMs += shift;
            again.windowStartMs += shift;
            QVERIFY(engine.evaluateAndStore(*f.store, again).stored.isEmpty());
        }
        QCOMPARE(repo.list(onCamp).size(), 1);
        QCOMPARE(repo.get(first)->status, AlertStatus::Acknowledged);

        // A fifth incident after the review: the situation changed, a new alert (the old one stays as reviewed).
        AlertInputs five = four;
        five.incidents.append({QStringLiteral("inc-5"), 16.309, -0.029, kEnd + 5 * kHour, QStringLiteral("ied"), 4, 0});
        const AlertEngine::Outcome raised = engine.evaluateAndStore(*f.store, five);
        QCOMPARE(raised.extended.size(), 1); // the market's alert, still open
        QCOMPARE(raised.stored.size(), 1);   // the camp's, new
        camp = repo.list(onCamp);
        QCOMPARE(camp.size(), 2);
        const Alert second = camp.at(0).id == first ? camp.at(1) : camp.at(0);
        QCOMPARE(second.id, raised.stored.front().id);
        QCOMPARE(second.status, AlertStatus::New);
        QCOMPARE(second.evidence.size(), 5);
        QCOMPARE(repo.get(first)->status, AlertStatus::Acknowledged);
        QCOMPARE(repo.get(first)->evidence.size(), 4);

        // Dismissed, then only incidents already seen: nothing comes back.
        repo.dismiss(second.id, QStringLiteral("Same clashes as reported"));
        QVERIFY(engine.evaluateAndStore(*f.store, five).stored.isEmpty());
        QCOMPARE(repo.list(onCamp).size(), 2);
    }

    // Incidents that leave the window and others that come: disjoint evidence is a new situation.
    void disjointIncidentsAreANewAlert()
    {
        Fixture f = make(QStringLiteral("disjoint.vigie"));
        AlertEngine engine;
        QCOMPARE(engine.evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored.size(), 2);
        AlertInputs later = threeIncidentsNearTheCamp(kEnd + 200 * kHour);
        for (IncidentSample &i : later.incidents)
            i.id += QStringLiteral("-b");
        const AlertEngine::Outcome o = engine.evaluateAndStore(*f.store, later);
        QCOMPARE(o.stored.size(), 2);
        QVERIFY(o.extended.isEmpty());
        QCOMPARE(f.store->database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 4);
    }

    void acknowledgeAndDismissNeedAComment()
    {
        Fixture f = make(QStringLiteral("ack.vigie"));
        const QList<Alert> stored = AlertEngine().evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored;
        AlertRepository repo(*f.store);
        const QString a = stored.at(0).id, b = stored.at(1).id;
        const qint64 before = f.store->auditCount();
        QVERIFY(throwsMissionError([&] { repo.acknowledge(a, QString()); }));
        QVERIFY(throwsMissionError([&] { repo.acknowledge(a, QStringLiteral("   ")); }));
        QVERIFY(throwsMissionError([&] { repo.dismiss(a, QString()); }));
        QVERIFY(throwsMissionError([&] { repo.acknowledge(QStringLiteral("no-such-alert"), QStringLiteral("x")); }));
        QCOMPARE(f.store->auditCount(), before);
        QCOMPARE(repo.get(a)->status, AlertStatus::New);

        repo.acknowledge(a, QStringLiteral("Patrol tasked for 06:00, sector 3 informed"));
        const Alert acked = *repo.get(a);
        QCOMPARE(acked.status, AlertStatus::Acknowledged);
        QCOMPARE(acked.statusBy, MissionStore::currentUser());
        QVERIFY(std::abs(acked.statusAtMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QCOMPARE(acked.statusComment, QStringLiteral("Patrol tasked for 06:00, sector 3 informed"));
        const AuditEntry e = f.store->auditLog(1).front();
        QCOMPARE(e.action, QStringLiteral("acknowledge"));
        QCOMPARE(e.table, QStringLiteral("alerts"));
        QCOMPARE(e.rowId, a);
        QCOMPARE(e.user, MissionStore::currentUser());
        QVERIFY(e.summary.contains(QStringLiteral("Patrol tasked")));

        QVERIFY(throwsMissionError([&] { repo.acknowledge(a, QStringLiteral("again")); }));
        repo.dismiss(a, QStringLiteral("Patrol found nothing"));
        QCOMPARE(repo.get(a)->status, AlertStatus::Dismissed);
        QVERIFY(throwsMissionError([&] { repo.dismiss(a, QStringLiteral("again")); }));
        repo.dismiss(b, QStringLiteral("Duplicate of the camp alert"));
        QCOMPARE(f.store->auditLog(1).front().action, QStringLiteral("dismiss"));
        QCOMPARE(f.store->auditCount(), before + 3);
        // Re-evaluating the same window does not bring a dismissed alert back as new.
        QVERIFY(AlertEngine().evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored.isEmpty());
        QCOMPARE(repo.get(b)->status, AlertStatus::Dismissed);
        // Nor a later window over the same incidents.
        QVERIFY(AlertEngine().evaluateAndStore(*f.store, threeIncidentsNearTheCamp(kEnd + 10 * kHour)).stored.isEmpty());
        QCOMPARE(f.store->database().scalar(QStringLiteral("SELECT count(*) FROM alerts")).toInt(), 2);
    }

    void reportForTheCli()
    {
        Fixture f = make(QStringLiteral("report.vigie"));
        const QList<Alert> stored = AlertEngine().evaluateAndStore(*f.store, threeIncidentsNearTheCamp()).stored;
        AlertRepository(*f.store).acknowledge(stored.front().id, QStringLiteral("Seen"));
        const AlertReport r = AlertReport::fromStore(*f.store);
        QCOMPARE(r.alerts.size(), 2);
        QCOMPARE(r.newCount, 1);
        QCOMPARE(r.acknowledgedCount, 1);
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("mission")).toString(), QStringLiteral("Alerts"));
        QCOMPARE(j.value(QStringLiteral("counts")).toObject().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("counts")).toObject().value(QStringLiteral("new")).toInt(), 1);
        const QJsonArray alerts = j.value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts.size(), 2);
        for (const QJsonValue v : alerts) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(QStringLiteral("evidence")).toArray().size(), 3);
            QCOMPARE(a.value(QStringLiteral("fired_at")).toString(), QStringLiteral("2026-11-18T11:06:40.000Z"));
            QVERIFY(a.contains(QStringLiteral("measures")));
            if (a.value(QStringLiteral("status")).toString() == QLatin1String("acknowledged"))
                QCOMPARE(a.value(QStringLiteral("status_comment")).toString(), QStringLiteral("Seen"));
        }
        const QString text = r.humanSummary();
        QVERIFY(text.startsWith(QStringLiteral("Alerts: 2 alert(s) — 1 new, 1 acknowledged, 0 dismissed")));
        QVERIFY(text.contains(QStringLiteral("IDP camp Gao North")));
        QVERIFY(text.contains(QStringLiteral("Seen")));
        QCOMPARE(text.count(QLatin1Char('\n')), 3);
        // An empty mission says so.
        auto empty = MissionStore::create(m_dir.filePath(QStringLiteral("empty.vigie")), QStringLiteral("Empty"));
        QVERIFY(AlertReport::fromStore(*empty).humanSummary().startsWith(QStringLiteral("Empty: 0 alert(s)")));
    }

    void demoMissionHasSitesAndARuleThatFires()
    {
        auto store = buildDemoMission(m_dir.filePath(QStringLiteral("demo.vigie")));
        const QList<ProtectedSite> sites = SiteRepository(*store).list();
        QVERIFY(sites.size() >= 8);
        QSet<int> kinds;
        for (const ProtectedSite &s : sites) {
            kinds.insert(int(s.kind));
            QVERIFY(store->areaOfResponsibility().contains({s.lat, s.lon}));
        }
        for (SiteKind k : {SiteKind::IdpCamp, SiteKind::Village, SiteKind::TeamSite, SiteKind::WaterPoint, SiteKind::Market})
            QVERIFY(kinds.contains(int(k)));
        const QList<AlertRuleDefinition> rules = AlertRuleRepository(*store).list();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.front().type, IncidentCountRule::typeId());
        QCOMPARE(rules.front().siteIds.size(), 1);
        const auto camp = SiteRepository(*store).get(rules.front().siteIds.front());
        QVERIFY(camp);
        QCOMPARE(camp->name, demoWatchedCampName());
        // Nothing is evaluated at build time; three incidents near the camp make it fire.
        QVERIFY(AlertRepository(*store).list().isEmpty());
        AlertInputs in;
        in.windowEndMs = kEnd;
        in.windowStartMs = kEnd - 24 * kHour;
        for (int i = 0; i < 3; ++i)
            in.incidents.append({QStringLiteral("d%1").arg(i), camp->lat + 0.02, camp->lon, kEnd - (10 + 20 * i) * kHour, QStringLiteral("ied"), 3, 0});
        QCOMPARE(AlertEngine().evaluate(rules, SiteRepository(*store).list(), in).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertRepository)
#include "test_alert_repository.moc"
