// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli brief: a print-ready briefing of a mission's area and period, headless.
#include "cli/cli_verb.h"

#include "briefing/briefing.h"
#include "briefing/briefing_job.h"
#include "map/basemap.h"
#include "map/incident_layer.h"
#include "mission/mission_store.h"
#include "time/dtg.h"

#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace vigie::app {

namespace {

CliResult runBrief(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("vigie::app::BriefVerb", "PDF (or .png, or a QGIS project .qgz) to write."), QStringLiteral("file"));
    const QCommandLineOption templ(QStringLiteral("template"), QCoreApplication::translate("vigie::app::BriefVerb", "a4-landscape, a4-portrait, a3-landscape or a3-portrait."), QStringLiteral("name"), QStringLiteral("a4-landscape"));
    const QCommandLineOption title(QStringLiteral("title"), QCoreApplication::translate("vigie::app::BriefVerb", "Title."), QStringLiteral("text"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"), QCoreApplication::translate("vigie::app::BriefVerb", "Subtitle."), QStringLiteral("text"));
    const QCommandLineOption unit(QStringLiteral("unit"), QCoreApplication::translate("vigie::app::BriefVerb", "Producing unit."), QStringLiteral("text"));
    const QCommandLineOption author(QStringLiteral("author"), QCoreApplication::translate("vigie::app::BriefVerb", "Author."), QStringLiteral("text"));
    const QCommandLineOption notes(QStringLiteral("notes"), QCoreApplication::translate("vigie::app::BriefVerb", "Notes printed on the page."), QStringLiteral("text"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("vigie::app::BriefVerb", "Start of the period (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("vigie::app::BriefVerb", "End of the period (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption bbox(QStringLiteral("bbox"), QCoreApplication::translate("vigie::app::BriefVerb", "Area W,S,E,N in degrees."), QStringLiteral("box"));
    const QCommandLineOption mgrsBox(QStringLiteral("mgrs-box"), QCoreApplication::translate("vigie::app::BriefVerb", "Area between two MGRS corners A,B."), QStringLiteral("a,b"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QCoreApplication::translate("vigie::app::BriefVerb", "Resolution of PNG output."), QStringLiteral("n"), QStringLiteral("150"));
    const QCommandLineOption marking(QStringLiteral("marking"), QCoreApplication::translate("vigie::app::BriefVerb", "Raise the classification (never below the data's)."), QStringLiteral("marking"));
    const QCommandLineOption timePack(QStringLiteral("time-pack"), QCoreApplication::translate("vigie::app::BriefVerb", "One page each for the last 24 h, 7 days and 30 days."));
    p.addOptions({out, templ, title, subtitle, unit, author, notes, from, to, bbox, mgrsBox, dpi, marking, timePack});
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!p.parse(QStringList{QStringLiteral("vigie-cli brief")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() != 1 || !p.isSet(out))
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "usage: vigie-cli brief M.vigie --out brief.pdf [--template …] [--title T] [--from T --to T] "
                                     "[--bbox W,S,E,N | --mgrs-box A,B] [--dpi N] [--time-pack] [--marking M]"));
    const auto tmpl = ui::templateFromName(p.value(templ));
    if (!tmpl)
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "Unknown template \"%1\"; use a4-landscape, a4-portrait, a3-landscape or a3-portrait.").arg(p.value(templ)));
    std::optional<core::Sensitivity> requested;
    if (p.isSet(marking)) {
        requested = core::sensitivityFromString(p.value(marking));
        if (!requested)
            return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "Unknown marking \"%1\"; use one of: %2.").arg(p.value(marking), core::sensitivityNames().join(QStringLiteral(", "))));
    }
    bool dpiOk = false;
    const int dpiValue = p.value(dpi).toInt(&dpiOk);
    if (!dpiOk || dpiValue < 36 || dpiValue > 1200)
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "--dpi takes a number from 36 to 1200."));

    std::unique_ptr<core::MissionStore> mission;
    try {
        mission = core::MissionStore::open(p.positionalArguments().constFirst());
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }

    // Area: --bbox, --mgrs-box, else the area of responsibility.
    QString error;
    ui::BriefingSpec spec;
    spec.area = mission->areaOfResponsibility();
    if (p.isSet(bbox) || p.isSet(mgrsBox)) {
        const auto b = p.isSet(bbox) ? core::GeoBox::fromString(p.value(bbox), &error) : ui::parseMgrsBox(p.value(mgrsBox), &error);
        if (!b)
            return CliResult::failure(error);
        spec.area = *b;
    }
    if (!spec.area.isValid())
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "No area: give --bbox or --mgrs-box, or set the mission's area of responsibility."));
    const core::GeoBox area = spec.area;

    spec.to = p.isSet(to) ? core::parseUserTime(p.value(to)) : QDateTime::currentDateTimeUtc();
    spec.from = p.isSet(from) ? core::parseUserTime(p.value(from)) : spec.to.addDays(-7);
    if (!spec.from.isValid() || !spec.to.isValid() || spec.from >= spec.to)
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "The period is not valid: give --from before --to, as ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26)."));
    spec.templ = *tmpl;
    spec.title = p.isSet(title) ? p.value(title) : mission->name();
    spec.subtitle = p.value(subtitle);
    spec.unit = p.value(unit);
    spec.author = p.isSet(author) ? p.value(author) : core::MissionStore::currentUser();
    spec.notes = p.value(notes);
    spec.marking = requested;
    spec.timePack = p.isSet(timePack);

    QgsProject *project = QgsProject::instance();
    const QList<QgsMapLayer *> world = ui::createWorldBasemap(&error);
    if (world.isEmpty())
        return CliResult::failure(error);
    for (QgsMapLayer *l : world)
        project->addMapLayer(l);
    QList<QgsMapLayer *> layers;
    // The incidents on top, as the workstation shows them (each page draws those of its period).
    QgsVectorLayer *incidents = ui::createIncidentLayer(mission->path());
    if (!incidents->isValid()) {
        delete incidents;
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "The incidents of %1 cannot be read as a map layer.").arg(mission->path()));
    }
    project->addMapLayer(incidents);
    layers.append(incidents);
    for (auto it = world.crbegin(); it != world.crend(); ++it)
        layers.append(*it);
    for (const core::Basemap &b : mission->basemaps())
        if (QgsMapLayer *l = ui::createBasemapLayer({b.name, b.uri, b.provider}, &error)) {
            project->addMapLayer(l);
            layers.append(l);
        }
    const ui::BriefingRequest request = ui::briefingRequest(*mission, spec, layers, {world.front()});

    const QString outPath = p.value(out);
    ui::BriefingOutput output;
    output.path = outPath;
    output.dpi = dpiValue;
    output.format = outPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)   ? ui::BriefingFormat::Png
                    : outPath.endsWith(QLatin1String(".qgz"), Qt::CaseInsensitive) || outPath.endsWith(QLatin1String(".qgs"), Qt::CaseInsensitive)
                        ? ui::BriefingFormat::Project
                        : ui::BriefingFormat::Pdf;
    const ui::BriefingResult result = ui::produceBriefing(project, mission.get(), request, output);
    if (!result.ok)
        return CliResult::failure(result.error);
    const QString markingName = core::sensitivityToString(result.marking);

    CliResult r;
    r.json.insert(QStringLiteral("out"), QFileInfo(outPath).absoluteFilePath());
    r.json.insert(QStringLiteral("template"), ui::templateName(*tmpl));
    r.json.insert(QStringLiteral("pages"), int(request.pages.size()));
    r.json.insert(QStringLiteral("marking"), markingName);
    r.json.insert(QStringLiteral("area"), QJsonArray{area.west, area.south, area.east, area.north});
    QJsonArray pagesJson;
    for (const ui::BriefingPage &pg : request.pages) {
        int incidents = 0;
        for (const auto &row : pg.summary)
            incidents += row.count;
        pagesJson.append(QJsonObject{{QStringLiteral("label"), pg.label},
                                     {QStringLiteral("from"), pg.from.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), pg.to.toString(Qt::ISODate)},
                                     {QStringLiteral("marking"), core::sensitivityToString(ui::pageMarking(request, pg))},
                                     {QStringLiteral("incidents"), incidents}});
    }
    r.json.insert(QStringLiteral("page_details"), pagesJson);
    r.json.insert(QStringLiteral("elapsed_ms"), result.elapsedMs);
    const int pageCount = int(request.pages.size());
    r.human = QCoreApplication::translate("vigie::app::BriefVerb", "Wrote %1: %n page(s), %2, marked %3 (%4 ms)", nullptr, pageCount)
                  .arg(outPath)
                  .arg(ui::templateName(*tmpl), markingName)
                  .arg(result.elapsedMs);
    return r;
}

} // namespace

void registerBriefVerbs(CliRegistry &registry)
{
    registry.add({QStringLiteral("brief"),
                  QStringLiteral("brief M.vigie --out brief.pdf [--template a4-landscape|a4-portrait|a3-landscape|a3-portrait] [--title T] "
                                 "[--from T --to T] [--bbox W,S,E,N | --mgrs-box A,B] [--dpi N] [--time-pack] [--marking M] [--json]"),
                  QCoreApplication::translate("vigie::app::BriefVerb", "Print-ready briefing (PDF or PNG) with classification banners, MGRS grid, legend and incident summary."), true, runBrief});
}

} // namespace vigie::app
