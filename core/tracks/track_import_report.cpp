// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_import_report.h"
#include "io/counts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace vigie::core {

QJsonObject TrackImportReport::toJson() const
{
    QJsonArray issues;
    for (const ReadIssue &i : rejected)
        issues.append(QJsonObject{{QStringLiteral("line"), i.line}, {QStringLiteral("column"), i.column}, {QStringLiteral("reason"), i.reason}});
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("tracks"), tracks},
                  {QStringLiteral("new_tracks"), newTracks},
                  {QStringLiteral("points_accepted"), pointsAccepted},
                  {QStringLiteral("duplicates"), duplicates},
                  {QStringLiteral("rejected"), rejectedCount},
                  {QStringLiteral("rejected_issues"), issues},
                  {QStringLiteral("skipped_lines"), skippedLines},
                  {QStringLiteral("bad_checksums"), badChecksums},
                  {QStringLiteral("elapsed_ms"), elapsedMs},
                  {QStringLiteral("cancelled"), cancelled}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString TrackImportReport::humanSummary() const
{
    const QString name = QFileInfo(file).fileName();
    if (!error.isEmpty())
        return QCoreApplication::translate("vigie::core::TrackImportReport", "%1: not imported: %2").arg(name, error);
    if (cancelled)
        return QCoreApplication::translate("vigie::core::TrackImportReport", "%1: import cancelled; nothing was saved").arg(name);
    // One count per message (%n picks "1 point", "2 points"); the pieces follow one another.
    const auto count = [](const char *text, qint64 n) {
        return QCoreApplication::translate("vigie::core::TrackImportReport", text, nullptr, clampCount(n));
    };
    QString s = QCoreApplication::translate("vigie::core::TrackImportReport", "%1 (%2): ").arg(name, format);
    s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", "%n point(s)"), pointsAccepted);
    s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", " in %n track(s)"), tracks);
    s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", " (%n new)"), newTracks);
    s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", ", %n rejected"), rejectedCount);
    if (duplicates)
        s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", ", %n already in the mission"), duplicates);
    if (skippedLines)
        s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", ", %n other line(s) skipped"), skippedLines);
    if (badChecksums)
        s += count(QT_TRANSLATE_N_NOOP("vigie::core::TrackImportReport", ", %n bad checksum(s)"), badChecksums);
    s += QCoreApplication::translate("vigie::core::TrackImportReport", " in %1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 2);
    for (int i = 0; i < std::min<int>(rejected.size(), 5); ++i)
        s += QLatin1String("\n  ") + rejected[i].toString();
    if (rejectedCount > 5)
        s += QCoreApplication::translate("vigie::core::TrackImportReport", "\n  … and %1 more").arg(rejectedCount - 5);
    return s;
}

int TrackImportReport::exitCode(const QList<TrackImportReport> &reports)
{
    bool any = false, someRejected = false;
    for (const TrackImportReport &r : reports) {
        if (!r.error.isEmpty() || r.cancelled || r.rejectedCount > 0 || r.badChecksums > 0)
            someRejected = true;
        if (r.error.isEmpty() && !r.cancelled && !r.nothingImported())
            any = true;
    }
    if (!any)
        return 1;
    return someRejected ? 2 : 0;
}

} // namespace vigie::core
