// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli brief: a print-ready briefing of a mission's area and period, headless.
#include "cli/cli_verb.h"

#include "briefing/briefing.h"
#include "geo/mgrs.h"
#include "map/basemap.h"
#include "mission/mission_store.h"
#include "mission/mission_summary.h"
#include "time/dtg.h"

#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

namespace vigie::app {

namespace {



CliResult runBrief(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("vigie::app::BriefVerb", "PDF (or .png) to write."), QStringLiteral("file"));
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
    core::GeoBox area = mission->areaOfResponsibility();
    QString error;
    if (p.isSet(bbox)) {
        const auto b = core::GeoBox::fromString(p.value(bbox), &error);
        if (!b)
            return CliResult::failure(error);
        area = *b;
    } else if (p.isSet(mgrsBox)) {
        const QStringList corners = p.value(mgrsBox).split(QLatin1Char(','));
        if (corners.size() != 2)
            return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "--mgrs-box takes two MGRS corners separated by a comma."));
        const auto a = core::mgrs::toLatLon(corners[0], &error, false);
        const auto b = a ? core::mgrs::toLatLon(corners[1], &error, false) : std::nullopt;
        if (!a || !b)
            return CliResult::failure(error);
        area = {std::min(a->lon, b->lon), std::min(a->lat, b->lat), std::max(a->lon, b->lon), std::max(a->lat, b->lat)};
    }
    if (!area.isValid())
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "No area: give --bbox or --mgrs-box, or set the mission's area of responsibility."));

    QDateTime end = p.isSet(to) ? core::parseUserTime(p.value(to)) : QDateTime::currentDateTimeUtc();
    QDateTime start = p.isSet(from) ? core::parseUserTime(p.value(from)) : end.addDays(-7);
    if (!start.isValid() || !end.isValid() || start >= end)
        return CliResult::failure(QCoreApplication::translate("vigie::app::BriefVerb", "The period is not valid: give --from before --to, as ISO 8601 (2026-11-22T15:30Z) or DTG (221530ZNOV26)."));

    ui::BriefingRequest request;
    request.templ = *tmpl;
    request.title = p.isSet(title) ? p.value(title) : mission->name();
    request.subtitle = p.value(subtitle);
    request.unit = p.value(unit);
    request.author = p.isSet(author) ? p.value(author) : core::MissionStore::currentUser();
    request.notes = p.value(notes);
    request.area = QgsRectangle(area.west, area.south, area.east, area.north);
    request.requestedMarking = requested;
    QList<std::pair<QString, qint64>> periods;
    if (p.isSet(timePack)) {
        periods = {{QCoreApplication::translate("vigie::app::BriefVerb", "last 24 h"), 24 * 3600 * 1000LL}, {QCoreApplication::translate("vigie::app::BriefVerb", "last 7 days"), 7 * 24 * 3600 * 1000LL}, {QCoreApplication::translate("vigie::app::BriefVerb", "last 30 days"), 30 * 24 * 3600 * 1000LL}};
    } else {
        periods = {{QString(), start.msecsTo(end)}};
    }
    for (const auto &[label, span] : periods) {
        ui::BriefingPage page;
        page.label = label;
        page.to = end;
        page.from = end.addMSecs(-span);
        const core::MissionSummary summary = core::summarizeMission(*mission, area, page.from.toMSecsSinceEpoch(), page.to.toMSecsSinceEpoch());
        page.dataMarking = summary.highestMarking;
        for (const core::CategoryCount &c : summary.incidentsByCategory)
            page.summary.append({c.category, c.count, c.fatalities});
        request.pages.append(page);
    }

    QgsProject *project = QgsProject::instance();
    const QList<QgsMapLayer *> world = ui::createWorldBasemap(&error);
    if (world.isEmpty())
        return CliResult::failure(error);
    for (QgsMapLayer *l : world)
        project->addMapLayer(l);
    QList<QgsMapLayer *> layers;
    for (auto it = world.crbegin(); it != world.crend(); ++it)
        layers.append(*it);
    request.overviewLayers = {world.front()};
    for (const core::Basemap &b : mission->basemaps())
        if (QgsMapLayer *l = ui::createBasemapLayer({b.name, b.uri, b.provider}, &error)) {
            project->addMapLayer(l);
            layers.append(l);
        }
    request.layers = layers;

    QElapsedTimer timer;
    timer.start();
    auto layout = ui::buildBriefing(project, request, &error);
    if (!layout)
        return CliResult::failure(error);
    const QString outPath = p.value(out);
    const bool png = outPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (!(png ? ui::exportBriefingPng(layout.get(), outPath, dpiValue, &error) : ui::exportBriefingPdf(layout.get(), outPath, &error)))
        return CliResult::failure(error);

    const core::Sensitivity docMarking = ui::documentMarking(request);
    const QString markingName = core::sensitivityToString(docMarking);
    try {
        if (!mission->isReadOnly())
            mission->write({QStringLiteral("export"), QStringLiteral("briefings"), QString(),
                            QStringLiteral("briefing %1 (%2, %3 page(s), %4)").arg(QFileInfo(outPath).fileName(), markingName).arg(request.pages.size()).arg(ui::templateName(*tmpl))},
                           [](core::Database &, core::AuditRecord &) {});
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }

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
    r.json.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
    r.human = QCoreApplication::translate("vigie::app::BriefVerb", "Wrote %1: %2 page(s), %3, marked %4 (%5 ms)")
                  .arg(outPath)
                  .arg(request.pages.size())
                  .arg(ui::templateName(*tmpl), markingName)
                  .arg(timer.elapsed());
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
