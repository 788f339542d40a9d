// SPDX-License-Identifier: GPL-2.0-or-later
// vigie-cli import <noun> | export <noun>
#include "cli/import_export_verbs.h"

#include <QCoreApplication>

#include <memory>

namespace vigie::app {

bool parseColumnMap(const QStringList &values, const QString &format, const QList<core::ColumnField> &fields,
                    QMap<QString, QString> *out, QString *error)
{
    if (!format.isEmpty() && format.compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate("vigie::app::ImportExportVerbs", "--map reads a CSV by its columns: use it with --format csv or none.");
        return false;
    }
    QStringList keys;
    for (const core::ColumnField &f : fields)
        keys << f.key;
    for (const QString &value : values)
        for (const QString &pair : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int eq = int(pair.indexOf(QLatin1Char('=')));
            const QString key = pair.left(eq).trimmed().toLower(), column = pair.mid(eq + 1).trimmed();
            if (eq <= 0 || column.isEmpty() || !keys.contains(key)) {
                *error = QCoreApplication::translate("vigie::app::ImportExportVerbs",
                                                     "--map: \"%1\" is not KEY=COLUMN with a key among %2.")
                             .arg(pair, keys.join(QStringLiteral(", ")));
                return false;
            }
            out->insert(key, column);
        }
    return true;
}

bool CliNounTable::add(CliNoun noun)
{
    if (noun.noun.isEmpty() || !noun.run || find(noun.noun))
        return false;
    m_nouns.push_back(std::move(noun));
    return true;
}

const CliNoun *CliNounTable::find(const QString &noun) const
{
    for (const CliNoun &n : m_nouns)
        if (n.noun == noun)
            return &n;
    return nullptr;
}

namespace {

QStringList nounNames(const CliNounTable &table)
{
    QStringList names;
    for (const CliNoun &n : table.nouns())
        names << n.noun;
    return names;
}

QString synopses(const CliNounTable &table)
{
    QStringList lines;
    for (const CliNoun &n : table.nouns())
        lines << n.synopsis;
    return lines.join(QStringLiteral("\n  "));
}

CliResult dispatch(const QString &verb, const CliNounTable &table, QStringList args)
{
    if (args.isEmpty() || args.constFirst().startsWith(QLatin1Char('-')))
        return CliResult::failure(QCoreApplication::translate("vigie::app::ImportExportVerbs", "usage: vigie-cli %1 <%2> …\n  %3")
                                      .arg(verb, nounNames(table).join(QLatin1Char('|')), synopses(table)));
    const QString noun = args.takeFirst();
    const CliNoun *n = table.find(noun);
    if (!n)
        return CliResult::failure(QCoreApplication::translate("vigie::app::ImportExportVerbs", "vigie-cli %1 does not know \"%2\"; it knows: %3.")
                                      .arg(verb, noun, nounNames(table).join(QStringLiteral(", "))));
    CliResult r = n->run(args);
    r.json.insert(QStringLiteral("noun"), noun);
    return r;
}

} // namespace

void registerImportExportVerbs(CliRegistry &registry)
{
    auto nouns = std::make_shared<ImportExportNouns>();
    registerTrackNouns(*nouns);
    registerIncidentNouns(*nouns);
    registerAnnotationNouns(*nouns);

    registry.add({QStringLiteral("import"), synopses(nouns->importers),
                  QCoreApplication::translate("vigie::app::ImportExportVerbs", "Import files into a mission (exit 0 all accepted, 2 some rejected, 1 nothing imported)."),
                  false, [nouns](const QStringList &args) { return dispatch(QStringLiteral("import"), nouns->importers, args); }});
    registry.add({QStringLiteral("export"), synopses(nouns->exporters),
                  QCoreApplication::translate("vigie::app::ImportExportVerbs", "Export a mission's data to a file."), false,
                  [nouns](const QStringList &args) { return dispatch(QStringLiteral("export"), nouns->exporters, args); }});
}

} // namespace vigie::app
