// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli heatmap | alerts: the threat picture, headless.
#include "cli/cli_verb.h"
#include "io/counts.h"

#include "alerts/alert_engine.h"
#include "alerts/alert_evaluation.h"
#include "alerts/alert_inputs.h"
#include "alerts/alert_report.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/kde_engine.h"
#include "heatmap/point_loader.h"
#include "heatmap/proj_transform.h"
#include "incidents/incident_repository.h"
#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"
#include "time/dtg.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <map>
#include <memory>

namespace vigie::app {

namespace {



bool parsePositive(const QString &text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && *out > 0;
}

const std::map<QString, core::KdeKernel> &kernels()
{
    static const std::map<QString, core::KdeKernel> k = {
        {QStringLiteral("quartic"), core::KdeKernel::Quartic},     {QStringLiteral("triangular"), core::KdeKernel::Triangular},
        {QStringLiteral("uniform"), core::KdeKernel::Uniform},     {QStringLiteral("triweight"), core::KdeKernel::Triweight},
        {QStringLiteral("epanechnikov"), core::KdeKernel::Epanechnikov}, {QStringLiteral("gaussian"), core::KdeKernel::Gaussian}};
    return k;
}

CliResult runHeatmap(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "GeoTIFF to write."), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Start of the window (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "End of the window (ISO 8601 or DTG)."), QStringLiteral("time"));
    const QCommandLineOption radius(QStringLiteral("radius-m"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Kernel radius in metres."), QStringLiteral("m"), QStringLiteral("5000"));
    const QCommandLineOption pixel(QStringLiteral("pixel-m"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Pixel size in metres."), QStringLiteral("m"), QStringLiteral("250"));
    const QCommandLineOption kernel(QStringLiteral("kernel"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "quartic, triangular, uniform, triweight, epanechnikov or gaussian."), QStringLiteral("k"), QStringLiteral("quartic"));
    const QCommandLineOption weight(QStringLiteral("weight"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "severity, fatalities or none."), QStringLiteral("w"), QStringLiteral("none"));
    const QCommandLineOption halfLife(QStringLiteral("half-life-days"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Temporal decay: recent incidents weigh more."), QStringLiteral("d"));
    const QCommandLineOption points(QStringLiteral("points"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Any point file GDAL reads instead of the mission (radius and pixel in its CRS units)."), QStringLiteral("file"));
    const QCommandLineOption weightField(QStringLiteral("weight-field"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "With --points: the field holding each point's weight."), QStringLiteral("field"));
    const QCommandLineOption categories(QStringLiteral("categories"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Only these incident categories, comma-separated (e.g. ied_explosive,armed_clash); default all."), QStringLiteral("ids"));
    const QCommandLineOption epsg(QStringLiteral("epsg"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "The grid's projected CRS as an EPSG code (default: the UTM zone of the incidents)."), QStringLiteral("code"));
    p.addOptions({out, from, to, radius, pixel, kernel, weight, halfLife, points, weightField, categories, epsg});
    if (!p.parse(QStringList{QStringLiteral("vigie-cli heatmap")} + args))
        return CliResult::failure(p.errorText());
    if (!p.isSet(out) || (p.positionalArguments().size() != 1 && !p.isSet(points)))
        return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "usage: vigie-cli heatmap M.vigie --out heat.tif [--from T --to T] [--radius-m R] [--pixel-m P] "
                                     "[--kernel K] [--weight severity|fatalities|none] [--half-life-days D] [--categories C,C] [--epsg N] | --points FILE"));
    double r = 0, px = 0;
    if (!parsePositive(p.value(radius), &r) || !parsePositive(p.value(pixel), &px))
        return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "--radius-m and --pixel-m take positive numbers."));
    const auto k = kernels().find(p.value(kernel));
    if (k == kernels().end())
        return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "Unknown kernel \"%1\".").arg(p.value(kernel)));

    QElapsedTimer timer;
    timer.start();
    core::DensityGrid grid;
    QString error;
    qint64 used = 0;
    if (p.isSet(points)) {
        core::PointSet set;
        if (!core::PointLoader::load(p.value(points), {QString(), p.value(weightField)}, &set, &error))
            return CliResult::failure(error);
        core::KdeParameters kp;
        kp.kernel = k->second;
        kp.radius = r;
        kp.pixelSize = px;
        const core::KdeResult res = core::KdeEngine::run(kp, set.points, set.extent, &grid);
        if (res != core::KdeResult::Success)
            return CliResult::failure(core::KdeEngine::resultMessage(res));
        grid.crsWkt = set.crsWkt;
        grid.epsg = set.epsg;
        used = qint64(set.points.size());
    } else {
        std::unique_ptr<core::MissionStore> store;
        try {
            store = core::MissionStore::open(p.positionalArguments().constFirst(), core::MissionStore::OpenMode::ReadOnly);
        } catch (const core::MissionError &e) {
            return CliResult::failure(e.message());
        }
        const QDateTime end = p.isSet(to) ? core::parseUserTime(p.value(to)) : QDateTime::currentDateTimeUtc();
        const QDateTime start = p.isSet(from) ? core::parseUserTime(p.value(from)) : end.addDays(-30);
        if (!start.isValid() || !end.isValid() || start >= end)
            return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "The window is not valid: give --from before --to (ISO 8601 or DTG)."));
        core::HeatmapOptions o;
        o.radiusMetres = r;
        o.pixelMetres = px;
        o.kernel = k->second;
        o.windowStartMs = start.toMSecsSinceEpoch();
        o.windowEndMs = end.toMSecsSinceEpoch();
        const QString w = p.value(weight);
        o.weighting = w == QLatin1String("severity") ? core::HeatmapWeighting::Severity
                      : w == QLatin1String("fatalities") ? core::HeatmapWeighting::Fatalities
                                                         : core::HeatmapWeighting::None;
        if (w != QLatin1String("severity") && w != QLatin1String("fatalities") && w != QLatin1String("none"))
            return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "--weight takes severity, fatalities or none."));
        if (p.isSet(halfLife) && !parsePositive(p.value(halfLife), &o.halfLifeDays))
            return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "--half-life-days takes a positive number."));
        for (const QString &id : p.value(categories).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int number = core::heatmapCategoryNumber(id.trimmed());
            if (number == 0)
                return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "Unknown incident category \"%1\" in --categories.").arg(id.trimmed()));
            o.categories.insert(number);
        }
        if (p.isSet(epsg)) {
            bool ok = false;
            o.targetEpsg = p.value(epsg).toInt(&ok);
            if (!ok || o.targetEpsg <= 0)
                return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "--epsg takes an EPSG code, e.g. 32631."));
        }
        core::HeatmapOutput output;
        const core::HeatmapResult res = core::HeatmapBuilder(o).build(core::heatmapIncidents(*store, o.windowStartMs, o.windowEndMs), &output, &error);
        if (res != core::HeatmapResult::Success)
            return CliResult::failure(error.isEmpty() ? core::HeatmapBuilder::resultMessage(res) : error);
        grid = std::move(output.grid);
        used = qint64(output.incidents.size());
    }
    if (!grid.writeGeoTiff(p.value(out), &error))
        return CliResult::failure(error);
    CliResult result;
    result.json.insert(QStringLiteral("out"), QFileInfo(p.value(out)).absoluteFilePath());
    result.json.insert(QStringLiteral("points"), used);
    result.json.insert(QStringLiteral("width"), grid.width);
    result.json.insert(QStringLiteral("height"), grid.height);
    result.json.insert(QStringLiteral("epsg"), grid.epsg);
    result.json.insert(QStringLiteral("max"), double(grid.max));
    result.json.insert(QStringLiteral("kernel"), p.value(kernel));
    result.json.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
    const int pointCount = core::clampCount(used); // a local int: lupdate reads it as the count
    result.human = QCoreApplication::translate("vigie::app::AnalysisVerbs", "Wrote %1: %2 × %3 pixels from %n point(s), maximum %4 (%5 ms)",
                                               nullptr, pointCount)
                       .arg(p.value(out))
                       .arg(grid.width)
                       .arg(grid.height)
                       .arg(double(grid.max))
                       .arg(timer.elapsed());
    return result;
}

CliResult runAlerts(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption at(QStringLiteral("at"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Evaluate as of this time (ISO 8601 or DTG; default now)."), QStringLiteral("time"));
    const QCommandLineOption noEval(QStringLiteral("no-evaluate"), QCoreApplication::translate("vigie::app::AnalysisVerbs", "Only list the stored alerts."));
    p.addOptions({at, noEval});
    if (!p.parse(QStringList{QStringLiteral("vigie-cli alerts")} + args))
        return CliResult::failure(p.errorText());
    if (p.positionalArguments().size() != 1)
        return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "usage: vigie-cli alerts M.vigie [--at T] [--no-evaluate] [--json]"));
    std::unique_ptr<core::MissionStore> store;
    try {
        store = core::MissionStore::open(p.positionalArguments().constFirst(),
                                         p.isSet(noEval) ? core::MissionStore::OpenMode::ReadOnly : core::MissionStore::OpenMode::ReadWrite);
    } catch (const core::MissionError &e) {
        return CliResult::failure(e.message());
    }
    QJsonObject evaluation;
    QString evalText;
    if (!p.isSet(noEval)) {
        const QDateTime end = p.isSet(at) ? core::parseUserTime(p.value(at)) : QDateTime::currentDateTimeUtc();
        if (!end.isValid())
            return CliResult::failure(QCoreApplication::translate("vigie::app::AnalysisVerbs", "--at takes ISO 8601 or a DTG."));
        try {
            const core::AlertEvaluation ev = core::evaluateMissionAlerts(*store, end.toMSecsSinceEpoch());
            const core::AlertEngine::Outcome &outcome = ev.outcome;
            evaluation.insert(QStringLiteral("evaluated_at"), end.toString(Qt::ISODate));
            evaluation.insert(QStringLiteral("incidents_considered"), ev.incidentsConsidered);
            evaluation.insert(QStringLiteral("fired"), int(outcome.fired.size()));
            evaluation.insert(QStringLiteral("new"), int(outcome.stored.size()));
            evaluation.insert(QStringLiteral("updated"), int(outcome.extended.size()));
            evaluation.insert(QStringLiteral("problems"), QJsonArray::fromStringList(outcome.problems));
            // Each count that names a noun a message of its own, so that each reads in words.
            const int considered = int(ev.incidentsConsidered);
            const int extended = int(outcome.extended.size());
            evalText = QCoreApplication::translate("vigie::app::AnalysisVerbs", "Evaluated the rules as of %1 over %n incident(s): %2 fired, %3 added, ", nullptr, considered)
                           .arg(core::toDtg(end))
                           .arg(outcome.fired.size())
                           .arg(outcome.stored.size())
                       + QCoreApplication::translate("vigie::app::AnalysisVerbs", "%n open alert(s) updated with new incidents.", nullptr, extended);
            for (const QString &problem : outcome.problems)
                evalText += QLatin1Char('\n') + QCoreApplication::translate("vigie::app::AnalysisVerbs", "Problem: %1").arg(problem);
        } catch (const core::MissionError &e) {
            return CliResult::failure(e.message());
        }
    }
    const core::AlertReport report = core::AlertReport::fromStore(*store);
    CliResult r;
    r.json = report.toJson();
    if (!evaluation.isEmpty())
        r.json.insert(QStringLiteral("evaluation"), evaluation);
    r.human = (evalText.isEmpty() ? QString() : evalText + QLatin1Char('\n')) + report.humanSummary();
    return r;
}

} // namespace

void registerAnalysisVerbs(CliRegistry &registry)
{
    registry.add({QStringLiteral("heatmap"),
                  QStringLiteral("heatmap M.vigie --out heat.tif [--from T --to T] [--radius-m R] [--pixel-m P] "
                                 "[--kernel quartic|triangular|uniform|triweight|epanechnikov|gaussian] [--weight severity|fatalities|none] "
                                 "[--half-life-days D] [--categories C,C] [--epsg N] [--points FILE [--weight-field F]] [--json]"),
                  QCoreApplication::translate("vigie::app::AnalysisVerbs", "Kernel density of the incidents in a window, as a GeoTIFF (or of any point file)."), false, runHeatmap});
    registry.add({QStringLiteral("alerts"), QStringLiteral("alerts M.vigie [--at T] [--no-evaluate] [--json]"),
                  QCoreApplication::translate("vigie::app::AnalysisVerbs", "Evaluate the alert rules around the protected sites and list the alerts with their evidence."), false, runAlerts});
}

} // namespace vigie::app
