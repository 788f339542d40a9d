// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli new | info | demo
#include "cli/cli_verb.h"

#include "mission/demo_mission.h"
#include "mission/mission_store.h"
#include "time/dtg.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

namespace vigie::app {

namespace {


// Parses a verb's own options; on error returns the message.
bool parse(QCommandLineParser &p, const QString &verb, const QStringList &args, QString *error)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("vigie-cli ") + verb} + args)) {
        *error = p.errorText();
        return false;
    }
    return true;
}

QJsonObject missionJson(const core::MissionStore &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), m.path());
    o.insert(QStringLiteral("id"), m.id());
    o.insert(QStringLiteral("name"), m.name());
    o.insert(QStringLiteral("description"), m.description());
    o.insert(QStringLiteral("schema_version"), m.schemaVersion());
    o.insert(QStringLiteral("created_at"), m.createdAt().toString(Qt::ISODate));
    o.insert(QStringLiteral("created_by"), m.meta(QStringLiteral("created_by")));
    o.insert(QStringLiteral("read_only"), !QFileInfo(m.path()).isWritable());
    const core::GeoBox aor = m.areaOfResponsibility();
    if (aor.isValid())
        o.insert(QStringLiteral("area_of_responsibility"), QJsonArray{aor.west, aor.south, aor.east, aor.north});
    QJsonObject tables;
    for (const auto &[name, count] : m.tableCounts())
        tables.insert(name, count);
    o.insert(QStringLiteral("tables"), tables);
    o.insert(QStringLiteral("audit_entries"), m.auditCount());
    QJsonArray audit;
    for (const core::AuditEntry &e : m.auditLog(10))
        audit.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("user"), e.user},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("table"), e.table},
                                 {QStringLiteral("row_id"), e.rowId},
                                 {QStringLiteral("summary"), e.summary}});
    o.insert(QStringLiteral("last_audit"), audit);
    QJsonArray basemaps;
    for (const core::Basemap &b : m.basemaps())
        basemaps.append(QJsonObject{{QStringLiteral("name"), b.name}, {QStringLiteral("uri"), b.uri}, {QStringLiteral("provider"), b.provider}});
    o.insert(QStringLiteral("basemaps"), basemaps);
    return o;
}

QString missionHuman(const core::MissionStore &m)
{
    QStringList lines;
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "Mission   %1").arg(m.name());
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "File      %1%2").arg(m.path(), !QFileInfo(m.path()).isWritable() ? QCoreApplication::translate("vigie::app::MissionVerbs", " (read-only)") : QString());
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "Id        %1").arg(m.id());
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "Schema    %1").arg(m.schemaVersion());
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "Created   %1 by %2").arg(core::toDtg(m.createdAt()), m.meta(QStringLiteral("created_by")));
    const core::GeoBox aor = m.areaOfResponsibility();
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "Area      %1").arg(aor.isValid() ? aor.toString() : QCoreApplication::translate("vigie::app::MissionVerbs", "not set"));
    for (const auto &[name, count] : m.tableCounts())
        lines << QStringLiteral("  %1 %2").arg(name, -20).arg(count);
    lines << QCoreApplication::translate("vigie::app::MissionVerbs", "Last changes:");
    for (const core::AuditEntry &e : m.auditLog(5))
        lines << QStringLiteral("  %1  %2  %3  %4").arg(core::toDtg(e.at), e.user, e.action, e.summary);
    return lines.join(QLatin1Char('\n'));
}

CliResult runNew(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("vigie::app::MissionVerbs", "Mission name."), QStringLiteral("name"));
    const QCommandLineOption aor(QStringLiteral("aor"), QCoreApplication::translate("vigie::app::MissionVerbs", "Area of responsibility W,S,E,N in degrees."), QStringLiteral("box"));
    p.addOptions({name, aor});
    QString error;
    if (!parse(p, QStringLiteral("new"), args, &error))
        return CliResult::failure(error);
    if (p.positionalArguments().size() != 1)
        return CliResult::failure(QCoreApplication::translate("vigie::app::MissionVerbs", "usage: vigie-cli new M.vigie --name \"…\" [--aor W,S,E,N]"));
    const QString path = p.positionalArguments().constFirst();
    core::GeoBox box;
    if (p.isSet(aor)) {
        const auto parsed = core::GeoBox::fromString(p.value(aor), &error);
        if (!parsed)
            return CliResult::failure(error);
        box = *parsed;
    }
    try {
        const QString missionName = p.isSet(name) ? p.value(name) : QFileInfo(path).completeBaseName();
        auto store = core::MissionStore::create(path, missionName, box);
        CliResult r;
        r.json = missionJson(*store);
        r.human = QCoreApplication::translate("vigie::app::MissionVerbs", "Created mission \"%1\" in %2").arg(store->name(), store->path());
        return r;
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
}

CliResult runInfo(const QStringList &args)
{
    QCommandLineParser p;
    QString error;
    if (!parse(p, QStringLiteral("info"), args, &error))
        return CliResult::failure(error);
    if (p.positionalArguments().size() != 1)
        return CliResult::failure(QCoreApplication::translate("vigie::app::MissionVerbs", "usage: vigie-cli info M.vigie [--json]"));
    try {
        auto store = core::MissionStore::open(p.positionalArguments().constFirst(), core::MissionStore::OpenMode::ReadOnly);
        CliResult r;
        r.json = missionJson(*store);
        r.human = missionHuman(*store);
        return r;
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
}

CliResult runDemo(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("vigie::app::MissionVerbs", "Mission file to create."), QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("vigie::app::MissionVerbs", "Random seed (same seed, same mission)."), QStringLiteral("n"));
    p.addOptions({out, seed});
    QString error;
    if (!parse(p, QStringLiteral("demo"), args, &error))
        return CliResult::failure(error);
    if (!p.isSet(out))
        return CliResult::failure(QCoreApplication::translate("vigie::app::MissionVerbs", "usage: vigie-cli demo --out M.vigie [--seed N]"));
    core::DemoOptions options;
    if (p.isSet(seed)) {
        bool ok = false;
        options.seed = p.value(seed).toUInt(&ok);
        if (!ok)
            return CliResult::failure(QCoreApplication::translate("vigie::app::MissionVerbs", "--seed takes a whole number, not \"%1\".").arg(p.value(seed)));
    }
    try {
        QElapsedTimer timer;
        timer.start();
        auto store = core::buildDemoMission(p.value(out), options);
        CliResult r;
        r.json = missionJson(*store);
        r.json.insert(QStringLiteral("seed"), qint64(options.seed));
        r.json.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
        r.human = QCoreApplication::translate("vigie::app::MissionVerbs", "Built the demo mission \"%1\" in %2 (seed %3, %4 ms)\n")
                      .arg(store->name(), store->path())
                      .arg(options.seed)
                      .arg(timer.elapsed()) +
                  missionHuman(*store);
        return r;
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
}

} // namespace

void registerMissionVerbs(CliRegistry &registry)
{
    registry.add({QStringLiteral("new"), QStringLiteral("new M.vigie --name \"…\" [--aor W,S,E,N] [--json]"),
                  QCoreApplication::translate("vigie::app::MissionVerbs", "Create an empty mission."), false, runNew});
    registry.add({QStringLiteral("info"), QStringLiteral("info M.vigie [--json]"),
                  QCoreApplication::translate("vigie::app::MissionVerbs", "Describe a mission: name, area, tables and counts, last changes."), false, runInfo});
    registry.add({QStringLiteral("demo"), QStringLiteral("demo --out M.vigie [--seed N] [--json]"),
                  QCoreApplication::translate("vigie::app::MissionVerbs", "Build the synthetic demo mission (central Mali)."), false, runDemo});
}

} // namespace vigie::app
