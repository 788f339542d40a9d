// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/cli_verb.h"

namespace vigie::app {

CliResult CliResult::failure(const QString &why, int code)
{
    CliResult r;
    r.exitCode = code;
    r.human = why;
    r.json.insert(QStringLiteral("error"), why);
    return r;
}

bool CliRegistry::add(CliVerb verb)
{
    if (verb.name.isEmpty() || !verb.run || find(verb.name))
        return false;
    m_verbs.push_back(std::move(verb));
    return true;
}

const CliVerb *CliRegistry::find(const QString &name) const
{
    for (const CliVerb &v : m_verbs)
        if (v.name == name)
            return &v;
    return nullptr;
}

void registerVerbs(CliRegistry &registry)
{
    registerMissionVerbs(registry);
    registerBriefVerbs(registry);
    registerAnalysisVerbs(registry);
    registerFeedVerbs(registry);
    registerImportExportVerbs(registry);
}

} // namespace vigie::app
