// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli import incidents | export incidents
#include "cli/import_export_verbs.h"

#include "incidents/incident_exporter.h"
#include "incidents/csv_incident_reader.h"
#include "incidents/incident_column_mapping.h"
#include "incidents/incident_importer.h"
#include "io/csv_reader.h"
#include "mission/mission_store.h"
#include "time/dtg.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

namespace vigie::app {

namespace {



CliResult importIncidents(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("vigie::app::IncidentVerbs", "acled, hxl, csv, geojson, kml or ogr (default: recognised from the file)."), QStringLiteral("f"));
    const QCommandLineOption map(QStringLiteral("map"), QCoreApplication::translate("vigie::app::IncidentVerbs", "For a CSV: which column holds what, e.g. time=Quand,lat=Y,lon=X (the other columns are guessed by name)."), QStringLiteral("key=column,…"));
    p.addOption(format);
    p.addOption(map);
    if (!p.parse(QStringList{QStringLiteral("vigie-cli import incidents")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() < 2)
        return CliResult::failure(QCoreApplication::translate("vigie::app::IncidentVerbs", "usage: vigie-cli import incidents M.vigie FILE... [--format acled|hxl|csv|geojson|kml|ogr] [--map KEY=COLUMN,…] [--json]"));
    QMap<QString, QString> columns;
    if (p.isSet(map)) {
        QString error;
        if (!parseColumnMap(p.values(map), p.value(format), core::IncidentColumnMapping::fieldInfos(), &columns, &error))
            return CliResult::failure(error);
    }
    const QStringList files = p.positionalArguments().mid(1);
    std::unique_ptr<core::MissionStore> store;
    try {
        store = core::MissionStore::open(p.positionalArguments().constFirst());
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
    core::ImportOptions options;
    options.format = p.value(format);
    CliResult r;
    QJsonArray reports;
    QStringList human;
    int failed = 0, partial = 0;
    qint64 imported = 0, rejected = 0, duplicates = 0;
    QElapsedTimer clock; // the whole import, every file: the summary's "time taken"
    clock.start();
    for (const QString &file : files) {
        if (!columns.isEmpty()) {
            // The file's own header, guessed, then the columns named on the command line.
            const core::CsvPreview preview = core::readCsvPreview(file, 0);
            core::IncidentColumnMapping mapping = core::IncidentColumnMapping::guess(preview.header);
            for (auto it = columns.cbegin(); it != columns.cend(); ++it)
                mapping.setColumn(it.key(), it.value());
            options.reader = std::make_shared<core::CsvIncidentReader>(mapping);
        }
        const core::ImportReport report = core::IncidentImporter(*store).importFile(file, options);
        const QJsonObject json = report.toJson();
        reports.append(json);
        human << report.humanSummary();
        imported += json.value(QStringLiteral("imported")).toVariant().toLongLong();
        rejected += json.value(QStringLiteral("rejected_count")).toVariant().toLongLong();
        duplicates += json.value(QStringLiteral("duplicates")).toVariant().toLongLong();
        if (report.exitCode() == 1)
            ++failed;
        else if (report.exitCode() == 2)
            ++partial;
    }
    // 0: every row of every file; 1: nothing from any file; 2: anything in between.
    r.exitCode = failed == files.size() ? 1 : (failed > 0 || partial > 0) ? 2 : 0;
    r.json.insert(QStringLiteral("files"), reports);
    r.json.insert(QStringLiteral("imported"), imported);
    r.json.insert(QStringLiteral("rejected"), rejected);
    r.json.insert(QStringLiteral("duplicates"), duplicates);
    r.json.insert(QStringLiteral("elapsed_ms"), clock.elapsed());
    r.human = human.join(QLatin1Char('\n'));
    return r;
}

CliResult exportIncidents(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("vigie::app::IncidentVerbs", "csv (ACLED columns), geojson, gpkg or kml."), QStringLiteral("f"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("vigie::app::IncidentVerbs", "File to write."), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("vigie::app::IncidentVerbs", "Start of the period (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("vigie::app::IncidentVerbs", "End of the period (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption bbox(QStringLiteral("bbox"), QCoreApplication::translate("vigie::app::IncidentVerbs", "Area W,S,E,N in degrees."), QStringLiteral("box"));
    p.addOptions({format, out, from, to, bbox});
    if (!p.parse(QStringList{QStringLiteral("vigie-cli export incidents")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(out))
        return CliResult::failure(QCoreApplication::translate("vigie::app::IncidentVerbs", "usage: vigie-cli export incidents M.vigie --format csv|geojson|gpkg|kml --out FILE [--from T --to T] [--bbox W,S,E,N]"));
    core::ExportOptions options;
    const QString f = p.value(format);
    options.format = f == QLatin1String("csv") ? QStringLiteral("acled") : f;
    QString error;
    if (p.isSet(from)) {
        const QDateTime t = core::parseUserTime(p.value(from));
        if (!t.isValid())
            return CliResult::failure(QCoreApplication::translate("vigie::app::IncidentVerbs", "--from takes ISO 8601 or a DTG, not \"%1\".").arg(p.value(from)));
        options.filter.fromMs = t.toMSecsSinceEpoch();
    }
    if (p.isSet(to)) {
        const QDateTime t = core::parseUserTime(p.value(to));
        if (!t.isValid())
            return CliResult::failure(QCoreApplication::translate("vigie::app::IncidentVerbs", "--to takes ISO 8601 or a DTG, not \"%1\".").arg(p.value(to)));
        options.filter.toMs = t.toMSecsSinceEpoch();
    }
    if (p.isSet(bbox)) {
        const auto b = core::GeoBox::fromString(p.value(bbox), &error);
        if (!b)
            return CliResult::failure(error);
        options.filter.bbox = *b;
    }
    std::unique_ptr<core::MissionStore> store;
    try {
        store = core::MissionStore::open(p.positionalArguments().constFirst());
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
    const core::ExportReport report = core::IncidentExporter(*store).exportTo(p.value(out), options);
    CliResult r;
    r.exitCode = report.exitCode();
    r.json = report.toJson();
    r.human = report.humanSummary();
    return r;
}

} // namespace

void registerIncidentNouns(ImportExportNouns &nouns)
{
    nouns.importers.add({QStringLiteral("incidents"),
                         QStringLiteral("import incidents M.vigie FILE... [--format acled|hxl|csv|geojson|kml|ogr] [--map KEY=COLUMN,…] [--json]"), importIncidents});
    nouns.exporters.add({QStringLiteral("incidents"),
                         QStringLiteral("export incidents M.vigie --format csv|geojson|gpkg|kml --out FILE [--from T --to T] [--bbox W,S,E,N] [--json]"),
                         exportIncidents});
}

} // namespace vigie::app
