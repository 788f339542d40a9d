// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli import annotations | export annotations
#include "cli/import_export_verbs.h"

#include "annotations/annotation_exchange.h"
#include "annotations/annotation_repository.h"
#include "mission/mission_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace vigie::app {

namespace {

namespace exchange = core::annotation_exchange;

CliResult importAnnotations(const QStringList &args)
{
    QCommandLineParser p;
    if (!p.parse(QStringList{QStringLiteral("vigie-cli import annotations")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() != 2)
        return CliResult::failure(QCoreApplication::translate("vigie::app::AnnotationVerbs", "usage: vigie-cli import annotations M.vigie FILE.geojson|FILE.kml [--json]"));
    const QString file = p.positionalArguments().at(1);
    std::unique_ptr<core::MissionStore> store;
    try {
        store = core::MissionStore::open(p.positionalArguments().constFirst());
        // One transaction: the file is taken in whole or not at all.
        const core::AnnotationImportResult result = exchange::importIntoMission(*store, file);
        CliResult r;
        r.json.insert(QStringLiteral("file"), QFileInfo(file).absoluteFilePath());
        r.json.insert(QStringLiteral("added"), result.added);
        r.json.insert(QStringLiteral("updated"), result.updated);
        r.json.insert(QStringLiteral("skipped"), result.skipped);
        const int added = int(result.added);
        r.human = QCoreApplication::translate("vigie::app::AnnotationVerbs", "%1: %n annotation(s) added, %2 updated, %3 skipped (the mission's copy is the same or newer)", nullptr, added)
                      .arg(file)
                      .arg(result.updated)
                      .arg(result.skipped);
        return r;
    } catch (const core::AnnotationError &e) {
        return CliResult::failure(e.message());
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
}

CliResult exportAnnotations(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("vigie::app::AnnotationVerbs", "geojson or kml (default: from the file's extension)."), QStringLiteral("f"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("vigie::app::AnnotationVerbs", "File to write."), QStringLiteral("file"));
    p.addOptions({format, out});
    if (!p.parse(QStringList{QStringLiteral("vigie-cli export annotations")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(out))
        return CliResult::failure(QCoreApplication::translate("vigie::app::AnnotationVerbs", "usage: vigie-cli export annotations M.vigie --format geojson|kml --out FILE [--json]"));
    QString path = p.value(out);
    if (p.isSet(format)) {
        const QString f = p.value(format).toLower();
        if (f != QLatin1String("geojson") && f != QLatin1String("kml"))
            return CliResult::failure(QCoreApplication::translate("vigie::app::AnnotationVerbs", "Unknown format \"%1\"; use geojson or kml.").arg(p.value(format)));
        const QString suffix = QFileInfo(path).suffix().toLower();
        const bool known = suffix == QLatin1String("geojson") || suffix == QLatin1String("json") || suffix == QLatin1String("kml");
        const bool matches = f == QLatin1String("kml") ? suffix == QLatin1String("kml") : (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"));
        if (known && !matches)
            return CliResult::failure(QCoreApplication::translate("vigie::app::AnnotationVerbs", "--format %1 does not match the file name %2.").arg(f, path));
        if (!known)
            path += QLatin1Char('.') + f;
    }
    try {
        std::unique_ptr<core::MissionStore> store = core::MissionStore::open(p.positionalArguments().constFirst());
        const int written = exchange::exportMission(*store, path);
        CliResult r;
        r.json.insert(QStringLiteral("out"), QFileInfo(path).absoluteFilePath());
        r.json.insert(QStringLiteral("format"), exchange::formatForPath(path) == exchange::Format::Kml ? QStringLiteral("kml") : QStringLiteral("geojson"));
        r.json.insert(QStringLiteral("exported"), written);
        r.human = QCoreApplication::translate("vigie::app::AnnotationVerbs", "Wrote %n annotation(s) to %1", nullptr, written).arg(path);
        return r;
    } catch (const core::AnnotationError &e) {
        return CliResult::failure(e.message());
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
}

} // namespace

void registerAnnotationNouns(ImportExportNouns &nouns)
{
    nouns.importers.add({QStringLiteral("annotations"), QStringLiteral("import annotations M.vigie FILE.geojson|FILE.kml [--json]"), importAnnotations});
    nouns.exporters.add({QStringLiteral("annotations"), QStringLiteral("export annotations M.vigie --format geojson|kml --out FILE [--json]"), exportAnnotations});
}

} // namespace vigie::app
