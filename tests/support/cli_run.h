// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// vigie-cli as a user runs it, for the command-line tests: a real process, its exit code, its
// stdout (one JSON object with --json) and stderr. VIGIE_CLI is the built program's path.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace vigie::test {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(VIGIE_CLI), args);
    p.waitForFinished(timeoutMs);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace vigie::test
