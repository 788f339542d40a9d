// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli import tracks | export tracks
#include "cli/import_export_verbs.h"
#include "io/counts.h"

#include "mission/mission_store.h"
#include "time/dtg.h"
#include "tracks/csv_track_reader.h"
#include "tracks/track_exporter.h"
#include "tracks/track_import_report.h"
#include "tracks/track_importer.h"
#include "tracks/track_reader_registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <optional>
#include <stdexcept>

namespace vigie::app {

// The translation context of the verbs' messages.
class TrackVerbs
{
    Q_DECLARE_TR_FUNCTIONS(TrackVerbs)
};

namespace {


bool parse(QCommandLineParser &p, const QString &verb, const QStringList &args, QString *error)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("vigie-cli ") + verb} + args)) {
        *error = p.errorText();
        return false;
    }
    return true;
}


CliResult runImportTracks(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), TrackVerbs::tr("File format (default: recognised from the file)."), QStringLiteral("format"));
    const QCommandLineOption map(QStringLiteral("map"), TrackVerbs::tr("For a CSV: which column holds what, e.g. time=Zeit,lat=Breite,lon=Laenge (the other columns are guessed by name)."), QStringLiteral("key=column,…"));
    p.addOption(format);
    p.addOption(map);
    QString error;
    if (!parse(p, QStringLiteral("import tracks"), args, &error))
        return CliResult::failure(error);
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return CliResult::failure(TrackVerbs::tr("usage: vigie-cli import tracks M.vigie FILE... [--format gpx|nmea|cot|kml|csv] [--map KEY=COLUMN,…] [--json]"));
    std::optional<core::CsvTrackReader::Mapping> mapping;
    if (p.isSet(map)) {
        QMap<QString, QString> columns;
        if (!parseColumnMap(p.values(map), p.value(format), core::CsvTrackReader::Mapping::fieldInfos(), &columns, &error))
            return CliResult::failure(error);
        mapping.emplace();
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            mapping->setColumn(it.key(), it.value());
    }
    const QString formatId = p.value(format).toLower();
    const QStringList known = core::TrackReaderRegistry::builtIn().ids();
    if (!formatId.isEmpty() && !known.contains(formatId))
        return CliResult::failure(TrackVerbs::tr("Unknown track format \"%1\"; known: %2.").arg(formatId, known.join(QStringLiteral(", "))));
    try {
        auto store = core::MissionStore::open(pos.constFirst());
        core::TrackImporter importer(*store);
        QList<core::TrackImportReport> reports;
        QElapsedTimer clock; // the whole import, every file
        clock.start();
        for (int i = 1; i < pos.size(); ++i)
            reports << (mapping ? importer.importFile(pos.at(i), core::CsvTrackReader(*mapping)) : importer.importFile(pos.at(i), formatId));

        CliResult r;
        r.exitCode = core::TrackImportReport::exitCode(reports);
        QJsonArray files;
        QStringList lines;
        qint64 points = 0, rejected = 0, duplicates = 0;
        for (const core::TrackImportReport &rep : reports) {
            files.append(rep.toJson());
            lines << rep.humanSummary();
            points += rep.pointsAccepted;
            rejected += rep.rejectedCount;
            duplicates += rep.duplicates;
        }
        r.json.insert(QStringLiteral("mission"), store->path());
        r.json.insert(QStringLiteral("files"), files);
        r.json.insert(QStringLiteral("points_accepted"), points);
        r.json.insert(QStringLiteral("rejected"), rejected);
        r.json.insert(QStringLiteral("duplicates"), duplicates);
        r.json.insert(QStringLiteral("elapsed_ms"), clock.elapsed());
        const int pointCount = core::clampCount(points); // a local int: lupdate reads it as the count
        lines << TrackVerbs::tr("Total: %n point(s) imported into %1, %2 rejected.", nullptr, pointCount).arg(store->name()).arg(rejected);
        r.human = lines.join(QLatin1Char('\n'));
        if (r.exitCode == 1) // printed on stderr: say why in full there too
            r.json.insert(QStringLiteral("error"), TrackVerbs::tr("Nothing was imported."));
        return r;
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
}

CliResult runExportTracks(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), TrackVerbs::tr("gpx, kml, geojson or csv."), QStringLiteral("format"));
    const QCommandLineOption out(QStringLiteral("out"), TrackVerbs::tr("File to write."), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), TrackVerbs::tr("Start of the period (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), TrackVerbs::tr("End of the period (ISO 8601 or DTG)."), QStringLiteral("time"));
    p.addOptions({format, out, from, to});
    QString error;
    if (!parse(p, QStringLiteral("export tracks"), args, &error))
        return CliResult::failure(error);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !p.isSet(format) || !p.isSet(out))
        return CliResult::failure(TrackVerbs::tr("usage: vigie-cli export tracks M.vigie --format gpx|kml|geojson|csv --out FILE [--from T --to T] [--json]"));
    const auto fmt = core::TrackExporter::formatFromString(p.value(format).toLower());
    if (!fmt)
        return CliResult::failure(TrackVerbs::tr("Unknown export format \"%1\"; use gpx, kml, geojson or csv.").arg(p.value(format)));
    qint64 fromMs = core::TrackPoint::kNoTime, toMs = core::TrackPoint::kNoTime;
    if (p.isSet(from)) {
        const QDateTime t = core::parseUserTime(p.value(from));
        if (!t.isValid())
            return CliResult::failure(TrackVerbs::tr("--from is not a time: give ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26)."));
        fromMs = t.toMSecsSinceEpoch();
    }
    if (p.isSet(to)) {
        const QDateTime t = core::parseUserTime(p.value(to));
        if (!t.isValid())
            return CliResult::failure(TrackVerbs::tr("--to is not a time: give ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26)."));
        toMs = t.toMSecsSinceEpoch();
    }
    if (fromMs != core::TrackPoint::kNoTime && toMs != core::TrackPoint::kNoTime && fromMs > toMs)
        return CliResult::failure(TrackVerbs::tr("The period is not valid: --from must come before --to."));
    try {
        auto store = core::MissionStore::open(pos.constFirst());
        core::TrackExporter exporter(*store);
        const core::TrackExportReport rep = exporter.exportTracks(p.value(out), *fmt, {}, fromMs, toMs);
        CliResult r;
        r.json = rep.toJson();
        r.json.insert(QStringLiteral("mission"), store->path());
        r.human = rep.humanSummary();
        return r;
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    } catch (const std::runtime_error &e) {
        return CliResult::failure(QString::fromUtf8(e.what()));
    }
}

} // namespace

void registerTrackNouns(ImportExportNouns &nouns)
{
    nouns.importers.add({QStringLiteral("tracks"),
                         QStringLiteral("import tracks M.vigie FILE... [--format gpx|nmea|cot|kml|csv] [--map KEY=COLUMN,…] [--json]"), runImportTracks});
    nouns.exporters.add({QStringLiteral("tracks"),
                         QStringLiteral("export tracks M.vigie --format gpx|kml|geojson|csv --out FILE [--from T --to T] [--json]"),
                         runExportTracks});
}

} // namespace vigie::app
