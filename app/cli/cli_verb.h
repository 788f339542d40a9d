// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace vigie::app {

// What a verb hands back: an exit code, a human summary and the same facts as one JSON object.
struct CliResult
{
    int exitCode = 0;
    QString human;
    QJsonObject json;

    static CliResult failure(const QString &why, int code = 1);
};

// A command-line verb: `vigie-cli <name> …`. args excludes the program and the verb, and has
// the global flags (--json) removed.
struct CliVerb
{
    QString name;
    QString synopsis; // one line: "info M.vigie [--json]"
    QString summary;  // what it does, one sentence
    bool needsQgis = false;
    std::function<CliResult(const QStringList &args)> run;
};

// The verbs, filled in one place (registerVerbs); add() refuses a duplicate name or a verb without
// a function.
class CliRegistry
{
  public:
    bool add(CliVerb verb);
    const CliVerb *find(const QString &name) const;
    const std::vector<CliVerb> &verbs() const { return m_verbs; }

  private:
    std::vector<CliVerb> m_verbs;
};

void registerVerbs(CliRegistry &registry);

// One registration function per verb group, each in its own file.
void registerMissionVerbs(CliRegistry &registry);
void registerBriefVerbs(CliRegistry &registry);
void registerAnalysisVerbs(CliRegistry &registry);
void registerFeedVerbs(CliRegistry &registry);
void registerImportExportVerbs(CliRegistry &registry); // import/export <noun>, see import_export_verbs.h

} // namespace vigie::app
