// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cli/cli_verb.h"
#include "io/column_field.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace vigie::app {

// `vigie-cli import <noun> …` and `vigie-cli export <noun> …`: one verb each, dispatching on the
// noun (tracks, incidents, …) through a table, so that a new kind of data is one file that adds
// its nouns, not a new verb.
struct CliNoun
{
    QString noun;     // "tracks"
    QString synopsis; // "import tracks M.vigie FILE... [--format F] [--json]"
    std::function<CliResult(const QStringList &args)> run; // args after the noun
};

// add() refuses a duplicate noun or one without a function.
class CliNounTable
{
  public:
    bool add(CliNoun noun);
    const CliNoun *find(const QString &noun) const;
    const std::vector<CliNoun> &nouns() const { return m_nouns; }

  private:
    std::vector<CliNoun> m_nouns;
};

struct ImportExportNouns
{
    CliNounTable importers;
    CliNounTable exporters;
};

// The values of `--map KEY=COLUMN[,KEY=COLUMN…]` (the option may repeat) for a CSV whose columns
// Vigie cannot tell by their names, with the verb's --format (none or csv: --map reads a CSV).
// Keys are checked against `fields`; false, with what is wrong in *error (the pair at fault and
// the keys known, or the format).
bool parseColumnMap(const QStringList &values, const QString &format, const QList<core::ColumnField> &fields,
                    QMap<QString, QString> *out, QString *error);

// One function per data kind, each in its own file, called from registerImportExportVerbs.
void registerTrackNouns(ImportExportNouns &nouns);
void registerIncidentNouns(ImportExportNouns &nouns);
void registerAnnotationNouns(ImportExportNouns &nouns);

} // namespace vigie::app
