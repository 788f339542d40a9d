// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_taxonomy.h"

#include <QSet>
#include <QTest>

#include <stdexcept>

using namespace vigie::core;

class TestIncidentTaxonomy : public QObject
{
    Q_OBJECT
  private slots:
    void builtinLoads()
    {
        const IncidentTaxonomy &t = IncidentTaxonomy::builtin();
        QVERIFY(t.categories().size() >= 10);
        QSet<QString> ids;
        for (const auto &c : t.categories()) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY(!c.labelEn.isEmpty());
            QVERIFY2(!c.labelFr.isEmpty(), qPrintable(c.id));
            QVERIFY(!c.icon.isEmpty());
            QVERIFY(c.defaultSeverity >= 1 && c.defaultSeverity <= 5);
            QVERIFY(!c.acledExport.first.isEmpty() && !c.acledExport.second.isEmpty());
            // What an export writes must read back into a category.
            QVERIFY(t.knowsAcled(c.acledExport.first, c.acledExport.second));
        }
        for (const char *required : {"armed_clash", "attack_on_civilians", "attack_on_peacekeepers", "ied_explosive",
                                     "abduction", "looting", "protest", "riot", "armed_group_movement", "hate_speech",
                                     "displacement", "other"})
            QVERIFY2(t.contains(QLatin1String(required)), required);
        QCOMPARE(t.category(QStringLiteral("attack_on_peacekeepers"))->label(QStringLiteral("fr_FR")),
                 QStringLiteral("Attaque contre des Casques bleus"));
    }

    void everyAcledSubEventTypeMaps_data()
    {
        // formats.md, "ACLED conflict event data": every event type and its sub-event types.
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<QString>("subEventType");
        const std::pair<const char *, std::vector<const char *>> all[] = {
            {"Battles", {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
            {"Explosions/Remote violence",
             {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
              "Remote explosive/landmine/IED", "Grenade"}},
            {"Violence against civilians", {"Sexual violence", "Attack", "Abduction/forced disappearance"}},
            {"Protests", {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
            {"Riots", {"Violent demonstration", "Mob violence"}},
            {"Strategic developments",
             {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
              "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
              "Other"}},
        };
        for (const auto &[type, subs] : all)
            for (const char *sub : subs)
                QTest::newRow(sub) << QString::fromLatin1(type) << QString::fromLatin1(sub);
    }
    void everyAcledSubEventTypeMaps()
    {
        QFETCH(QString, eventType);
        QFETCH(QString, subEventType);
        const IncidentTaxonomy &t = IncidentTaxonomy::builtin();
        QVERIFY(t.knowsAcled(eventType, subEventType));
        QVERIFY(t.contains(t.categoryForAcled(eventType, subEventType)));
        if (subEventType != QLatin1String("Other"))
            QVERIFY(t.categoryForAcled(eventType, subEventType) != QLatin1String("other"));
    }

    void resolve()
    {
        const IncidentTaxonomy &t = IncidentTaxonomy::builtin();
        QCOMPARE(*t.resolve(QStringLiteral("Armed clash")), QStringLiteral("armed_clash"));
        QCOMPARE(*t.resolve(QStringLiteral("affrontement armé")), QStringLiteral("armed_clash"));
        QCOMPARE(*t.resolve(QStringLiteral("ied_explosive")), QStringLiteral("ied_explosive"));
        QCOMPARE(*t.resolve(QStringLiteral("Riots")), QStringLiteral("riot"));
        QVERIFY(!t.resolve(QStringLiteral("alien landing")));
        QCOMPARE(t.categoryForAcled(QStringLiteral("Unknown"), QStringLiteral("Thing")), QStringLiteral("other"));
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no categories") << QByteArray("{\"categories\": []}");
        QTest::newRow("duplicate id") << QByteArray(
            R"({"categories": [{"id": "other", "en": "Other", "acled": [["A", "B"]]}, {"id": "other", "en": "x", "acled": [["A", "C"]]}]})");
        QTest::newRow("acled twice") << QByteArray(
            R"({"categories": [{"id": "other", "en": "Other", "acled": [["A", "B"]]}, {"id": "x", "en": "x", "acled": [["A", "B"]]}]})");
        QTest::newRow("no other") << QByteArray(R"({"categories": [{"id": "x", "en": "x", "acled": [["A", "B"]]}]})");
        QTest::newRow("no export") << QByteArray(R"({"categories": [{"id": "other", "en": "Other", "acled": []}]})");
    }
    void malformedRefused()
    {
        QFETCH(QByteArray, json);
        try {
            IncidentTaxonomy::fromJson(json, QStringLiteral("test.json"));
            QFAIL("accepted a malformed taxonomy");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("test.json")));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentTaxonomy)
#include "test_incident_taxonomy.moc"
