// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/alert_engine.h"
#include "alerts/alert_rule_registry.h"
#include "alerts/rules/density_change_rule.h"
#include "alerts/rules/density_threshold_rule.h"
#include "alerts/rules/incident_count_rule.h"
#include "sites/protected_site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vigie::core;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kEnd = 1795000000000; // 2026-11-18, an evaluation time
const double kEps = 1.0;               // metres

ProtectedSite site()
{
    ProtectedSite s;
    s.id = QStringLiteral("site-1");
    s.name = QStringLiteral("IDP camp Gao North");
    s.kind = SiteKind::IdpCamp;
    s.lat = 16.305;
    s.lon = -0.03;
    return s;
}

// The latitude due north of the site at `metres` geodesic distance (bisection on the meridian).
double latAtDistance(double metres)
{
    const ProtectedSite s = site();
    double lo = s.lat, hi = s.lat + 1.0;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        (geodesicDistanceM(s.lat, s.lon, mid, s.lon) < metres ? lo : hi) = mid;
    }
    return lo;
}

IncidentSample incident(const QString &id, double distanceM, qint64 ageMs, const QString &category = QStringLiteral("armed_attack"))
{
    return {id, latAtDistance(distanceM), site().lon, kEnd - ageMs, category, 3, 0};
}

AlertRuleDefinition countRule(int n = 3, double km = 10, double hours = 72, const QStringList &categories = {})
{
    AlertRuleDefinition r;
    r.id = QStringLiteral("rule-a");
    r.type = IncidentCountRule::typeId();
    r.name = QStringLiteral("count");
    r.parameters = QJsonObject{{QStringLiteral("min_count"), n},
                               {QStringLiteral("radius_km"), km},
                               {QStringLiteral("hours"), hours},
                               {QStringLiteral("categories"), QJsonArray::fromStringList(categories)}};
    return r;
}

AlertRuleDefinition densityRule(double threshold)
{
    AlertRuleDefinition r;
    r.id = QStringLiteral("rule-b");
    r.type = DensityThresholdRule::typeId();
    r.name = QStringLiteral("density");
    r.parameters = QJsonObject{{QStringLiteral("threshold"), threshold}};
    return r;
}

AlertRuleDefinition changeRule(double percent)
{
    AlertRuleDefinition r;
    r.id = QStringLiteral("rule-c");
    r.type = DensityChangeRule::typeId();
    r.name = QStringLiteral("change");
    r.parameters = QJsonObject{{QStringLiteral("percent"), percent}};
    return r;
}

AlertInputs inputs(const QVector<IncidentSample> &incidents = {}, const DensitySampler *density = nullptr)
{
    AlertInputs in;
    in.windowStartMs = kEnd - 24 * kHour;
    in.windowEndMs = kEnd;
    in.incidents = incidents;
    in.density = density;
    return in;
}

// Density `current` in the evaluation window, `previous` in the one before.
class TwoPeriods : public DensitySampler
{
  public:
    TwoPeriods(double previous, double current) : m_previous(previous), m_current(current) {}
    double densityAt(double, double, qint64 start, qint64 end) const override
    {
        if (start == kEnd - 24 * kHour && end == kEnd)
            return m_current;
        if (start == kEnd - 48 * kHour && end == kEnd - 24 * kHour)
            return m_previous;
        return -1000; // a window the rule should not ask for
    }

  private:
    double m_previous, m_current;
};

QList<Alert> run(const AlertRuleDefinition &rule, const AlertInputs &in, QStringList *problems = nullptr)
{
    return AlertEngine().evaluate({rule}, {site()}, in, problems);
}

class NamedType : public AlertRuleType
{
  public:
    explicit NamedType(QString id) : m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    QString label() const override { return m_id; }
    QString validate(const QJsonObject &) const override { return QString(); }
    std::optional<AlertFinding> evaluate(const QJsonObject &, const ProtectedSite &, const AlertInputs &) const override { return std::nullopt; }

  private:
    QString m_id;
};
} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT
  private slots:
    void registryRefusesDuplicatesAndNulls()
    {
        AlertRuleRegistry r;
        QVERIFY(!r.add(nullptr));
        QVERIFY(r.add(std::make_unique<NamedType>(QStringLiteral("x"))));
        QVERIFY(!r.add(std::make_unique<NamedType>(QStringLiteral("x"))));
        QVERIFY(!r.add(std::make_unique<NamedType>(QString())));
        QCOMPARE(r.ids(), QStringList{QStringLiteral("x")});
        QVERIFY(r.type(QStringLiteral("x")));
        QVERIFY(!r.type(QStringLiteral("y")));
        const AlertRuleRegistry &b = AlertRuleRegistry::builtIn();
        QCOMPARE(b.ids(), (QStringList{QStringLiteral("density_above"), QStringLiteral("density_change"), QStringLiteral("incident_count")}));
        // The built-in set cannot be registered twice.
        AlertRuleRegistry twice;
        AlertRuleRegistry::addBuiltInTypes(twice);
        QVERIFY(!twice.add(std::make_unique<IncidentCountRule>()));
        for (const QString &id : b.ids())
            QVERIFY(!b.type(id)->label().isEmpty());
    }

    void parametersAreValidated_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("count ok") << "incident_count" << QByteArray(R"({"min_count":3,"radius_km":10,"hours":72})") << true;
        QTest::newRow("count zero") << "incident_count" << QByteArray(R"({"min_count":0,"radius_km":10,"hours":72})") << false;
        QTest::newRow("count fraction") << "incident_count" << QByteArray(R"({"min_count":2.5,"radius_km":10,"hours":72})") << false;
        QTest::newRow("count no radius") << "incident_count" << QByteArray(R"({"min_count":3,"hours":72})") << false;
        QTest::newRow("count bad categories") << "incident_count" << QByteArray(R"({"min_count":3,"radius_km":1,"hours":1,"categories":"ied"})") << false;
        QTest::newRow("density ok") << "density_above" << QByteArray(R"({"threshold":0.5})") << true;
        QTest::newRow("density negative") << "density_above" << QByteArray(R"({"threshold":-1})") << false;
        QTest::newRow("density bad evidence radius") << "density_above" << QByteArray(R"({"threshold":1,"evidence_radius_km":0})") << false;
        QTest::newRow("change ok") << "density_change" << QByteArray(R"({"percent":50,"min_density":0.1})") << true;
        QTest::newRow("change text") << "density_change" << QByteArray(R"({"percent":"50"})") << false;
    }
    void parametersAreValidated()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        const QJsonObject p = QJsonDocument::fromJson(json).object();
        QCOMPARE(AlertRuleRegistry::builtIn().type(type)->validate(p).isEmpty(), valid);
    }

    void countFiresAtNNotNMinusOne()
    {
        const QVector<IncidentSample> two{incident(QStringLiteral("i1"), 1000, kHour), incident(QStringLiteral("i2"), 2000, 2 * kHour)};
        QVERIFY(run(countRule(), inputs(two)).isEmpty());
        QVector<IncidentSample> three = two;
        three.append(incident(QStringLiteral("i3"), 3000, 3 * kHour));
        const QList<Alert> a = run(countRule(), inputs(three));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.front().evidence, (QStringList{QStringLiteral("i1"), QStringLiteral("i2"), QStringLiteral("i3")}));
        QCOMPARE(a.front().measures.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(a.front().measures.value(QStringLiteral("threshold")).toInt(), 3);
        QCOMPARE(a.front().firedAtMs, kEnd);
        QCOMPARE(a.front().windowEndMs, kEnd);
        QCOMPARE(a.front().windowStartMs, kEnd - 72 * kHour);
        QCOMPARE(a.front().siteId, QStringLiteral("site-1"));
        QCOMPARE(a.front().ruleId, QStringLiteral("rule-a"));
        QCOMPARE(a.front().status, AlertStatus::New);
    }

    void countDistanceBoundary()
    {
        QVector<IncidentSample> in{incident(QStringLiteral("i1"), 100, kHour), incident(QStringLiteral("i2"), 200, kHour)};
        in.append(incident(QStringLiteral("edge"), 10000 - kEps, kHour));
        QCOMPARE(run(countRule(), inputs(in)).size(), 1);
        in.last() = incident(QStringLiteral("edge"), 10000 + kEps, kHour);
        QCOMPARE(run(countRule(), inputs(in)).size(), 0);
        // The distance is geodesic: at 16° N one degree of longitude is ~107 km, not 111 km.
        QVERIFY(std::abs(geodesicDistanceM(16.305, -0.03, 16.305, 0.97) - 106.99e3) < 500);
    }

    void countTimeBoundary()
    {
        QVector<IncidentSample> in{incident(QStringLiteral("i1"), 100, kHour), incident(QStringLiteral("i2"), 200, kHour)};
        in.append(incident(QStringLiteral("old"), 300, 72 * kHour - 1));
        QCOMPARE(run(countRule(), inputs(in)).size(), 1);
        in.last() = incident(QStringLiteral("old"), 300, 72 * kHour);
        QCOMPARE(run(countRule(), inputs(in)).size(), 1); // exactly T: inside
        in.last() = incident(QStringLiteral("old"), 300, 72 * kHour + 1);
        QCOMPARE(run(countRule(), inputs(in)).size(), 0);
        // An incident after the evaluation time is not counted either.
        in.last() = incident(QStringLiteral("future"), 300, -1);
        QCOMPARE(run(countRule(), inputs(in)).size(), 0);
    }

    void countCategories()
    {
        const QVector<IncidentSample> in{incident(QStringLiteral("i1"), 100, kHour, QStringLiteral("IED")),
                                         incident(QStringLiteral("i2"), 100, kHour, QStringLiteral("armed_attack")),
                                         incident(QStringLiteral("i3"), 100, kHour, QStringLiteral("protest"))};
        QCOMPARE(run(countRule(3), inputs(in)).size(), 1);
        QCOMPARE(run(countRule(3, 10, 72, {QStringLiteral("ied"), QStringLiteral("armed_attack")}), inputs(in)).size(), 0);
        const QList<Alert> a = run(countRule(2, 10, 72, {QStringLiteral("ied"), QStringLiteral("armed_attack")}), inputs(in));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.front().evidence, (QStringList{QStringLiteral("i1"), QStringLiteral("i2")}));
    }

    void densityThresholdBoundary()
    {
        const double d = 0.75;
        const QVector<IncidentSample> near{incident(QStringLiteral("near"), 5000, kHour), incident(QStringLiteral("far"), 15000, kHour)};
        FunctionDensitySampler above([&](double, double, qint64, qint64) { return d + 1e-9; });
        FunctionDensitySampler below([&](double, double, qint64, qint64) { return d - 1e-9; });
        FunctionDensitySampler equal([&](double, double, qint64, qint64) { return d; });
        const QList<Alert> a = run(densityRule(d), inputs(near, &above));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.front().measures.value(QStringLiteral("threshold")).toDouble(), d);
        QVERIFY(a.front().measures.value(QStringLiteral("density")).toDouble() > d);
        QCOMPARE(a.front().evidence, QStringList{QStringLiteral("near")}); // within the default 10 km
        QCOMPARE(a.front().windowStartMs, kEnd - 24 * kHour);
        QVERIFY(run(densityRule(d), inputs(near, &below)).isEmpty());
        QVERIFY(run(densityRule(d), inputs(near, &equal)).isEmpty());
        // Without a sampler the rule is skipped with a reason, not silently.
        QStringList problems;
        QVERIFY(run(densityRule(d), inputs(near), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    void densityChangeBoundary()
    {
        // previous 2.0; +50 % is 3.0.
        const TwoPeriods up(2.0, 3.0 + 1e-9), same(2.0, 3.0), less(2.0, 3.0 - 1e-9);
        const QList<Alert> a = run(changeRule(50), inputs({}, &up));
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.front().measures.value(QStringLiteral("previous")).toDouble(), 2.0);
        QVERIFY(std::abs(a.front().measures.value(QStringLiteral("percent")).toDouble() - 50.0) < 1e-6);
        QCOMPARE(a.front().measures.value(QStringLiteral("threshold_percent")).toDouble(), 50.0);
        QVERIFY(run(changeRule(50), inputs({}, &same)).isEmpty());
        QVERIFY(run(changeRule(50), inputs({}, &less)).isEmpty());
        // P − ε and P + ε on the threshold side.
        const TwoPeriods fixed(2.0, 3.0);
        QCOMPARE(run(changeRule(50 - 1e-6), inputs({}, &fixed)).size(), 1);
        QCOMPARE(run(changeRule(50 + 1e-6), inputs({}, &fixed)).size(), 0);
        // A fall never fires.
        const TwoPeriods down(3.0, 1.0);
        QVERIFY(run(changeRule(0), inputs({}, &down)).isEmpty());
    }

    void densityChangeFromZero()
    {
        const TwoPeriods fromZero(0.0, 0.2), bothZero(0.0, 0.0);
        const QList<Alert> a = run(changeRule(50), inputs({}, &fromZero));
        QCOMPARE(a.size(), 1);
        QVERIFY(a.front().measures.value(QStringLiteral("percent")).isNull());
        QCOMPARE(a.front().measures.value(QStringLiteral("previous")).toDouble(), 0.0);
        QVERIFY(run(changeRule(50), inputs({}, &bothZero)).isEmpty());
        // min_density keeps noise from firing.
        AlertRuleDefinition r = changeRule(50);
        r.parameters.insert(QStringLiteral("min_density"), 0.5);
        QVERIFY(run(r, inputs({}, &fromZero)).isEmpty());
    }

    void engineSkipsDisabledUnknownAndOtherSites()
    {
        const QVector<IncidentSample> in{incident(QStringLiteral("i1"), 100, kHour)};
        AlertRuleDefinition r = countRule(1);
        r.enabled = false;
        QVERIFY(run(r, inputs(in)).isEmpty());
        r.enabled = true;
        r.siteIds = QStringList{QStringLiteral("another-site")};
        QVERIFY(run(r, inputs(in)).isEmpty());
        r.siteIds = QStringList{QStringLiteral("site-1")};
        QCOMPARE(run(r, inputs(in)).size(), 1);
        r.type = QStringLiteral("no_such_type");
        QStringList problems;
        QVERIFY(run(r, inputs(in), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.front().contains(QStringLiteral("no_such_type")));
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "test_alert_rules.moc"
