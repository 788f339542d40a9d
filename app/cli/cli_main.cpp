// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli: the headless workstation (a camp's sensor gateway, scripts, CI). Every verb prints a
// human summary, or with --json one JSON object on stdout; exit 0 on success.
#include "cli/cli_verb.h"

#include "i18n/language.h"
#include "runtime/runtime.h"
#include "vigie_version.h"

#include <qgsapplication.h>

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(const vigie::app::CliRegistry &registry, FILE *to)
{
    QString text = QCoreApplication::translate("vigie::app::Cli", "Usage: vigie-cli <verb> [options] [--json]\n\nVerbs:\n");
    for (const auto &v : registry.verbs())
        text += QStringLiteral("  %1\n      %2\n").arg(v.synopsis, v.summary);
    text += QCoreApplication::translate("vigie::app::Cli", "\nvigie-cli --version prints the version.\n");
    std::fputs(text.toUtf8().constData(), to);
}

} // namespace

int main(int argc, char **argv)
{
    // Headless: no display is needed, even for verbs that render with QGIS.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QgsApplication app(argc, argv, false);
    vigie::ui::setApplicationIdentity();
    vigie::ui::installTranslators();

    vigie::app::CliRegistry registry;
    vigie::app::registerVerbs(registry);

    QStringList args = QCoreApplication::arguments().mid(1);
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h") ||
        args.constFirst() == QLatin1String("help")) {
        printUsage(registry, stdout);
        return args.isEmpty() ? 1 : 0;
    }
    if (args.constFirst() == QLatin1String("--version")) {
        if (json)
            std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("version"), QStringLiteral(VIGIE_VERSION_STRING)}})
                                    .toJson(QJsonDocument::Compact)
                                    .constData());
        else
            std::printf("vigie-cli %s\n", VIGIE_VERSION_STRING);
        return 0;
    }
    const QString verbName = args.takeFirst();
    const vigie::app::CliVerb *verb = registry.find(verbName);
    vigie::app::CliResult result;
    if (!verb) {
        result = vigie::app::CliResult::failure(
            QCoreApplication::translate("vigie::app::Cli", "Unknown verb \"%1\"; vigie-cli --help lists them.").arg(verbName));
    } else {
        if (verb->needsQgis)
            vigie::ui::startQgis();
        result = verb->run(args);
    }
    if (json) {
        QJsonObject o = result.json;
        o.insert(QStringLiteral("ok"), result.exitCode == 0);
        o.insert(QStringLiteral("verb"), verbName);
        o.insert(QStringLiteral("exit_code"), result.exitCode);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        if (result.exitCode != 0 && !result.human.isEmpty())
            std::fprintf(stderr, "vigie-cli %s: %s\n", qPrintable(verbName), result.human.toUtf8().constData());
    } else if (result.exitCode == 0 || result.exitCode == 2) {
        std::printf("%s\n", result.human.toUtf8().constData());
    } else {
        std::fprintf(stderr, "vigie-cli %s: %s\n", qPrintable(verbName), result.human.toUtf8().constData());
    }
    std::fflush(stdout);
    if (verb && verb->needsQgis)
        vigie::ui::stopQgis();
    return result.exitCode;
}
