// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/track_import_report.h"

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
    QString s = QCoreApplication::translate("vigie::core::TrackImportReport", "%1 (%2): %3 points in %4 tracks (%5 new), %6 rejected")
                    .arg(name, format)
                    .arg(pointsAccepted)
                    .arg(tracks)
                    .arg(newTracks)
                    .arg(rejectedCount);
    if (duplicates)
        s += QCoreApplication::translate("vigie::core::TrackImportReport", ", %1 already in the mission").arg(duplicates);
    if (skippedLines)
        s += QCoreApplication::translate("vigie::core::TrackImportReport", ", %1 other lines skipped").arg(skippedLines);
    if (badChecksums)
        s += QCoreApplication::translate("vigie::core::TrackImportReport", ", %1 bad checksums").arg(badChecksums);
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
