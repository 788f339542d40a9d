// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/mission_summary.h"

#include "mission/mission_store.h"

namespace vigie::core {

const QList<MarkedTable> &markedTables()
{
    static const QList<MarkedTable> tables = {};
    return tables;
}

namespace {
bool hasTable(const Database &db, const QString &table)
{
    Statement st = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    st.bind(1, table);
    return st.step();
}

QString whereClause(const MarkedTable &t)
{
    QStringList parts;
    parts << QStringLiteral("%1 BETWEEN ?1 AND ?3").arg(t.lonColumn) << QStringLiteral("%1 BETWEEN ?2 AND ?4").arg(t.latColumn);
    if (!t.timeColumn.isEmpty())
        parts << QStringLiteral("%1 BETWEEN ?5 AND ?6").arg(t.timeColumn);
    if (!t.deletedColumn.isEmpty())
        parts << QStringLiteral("%1 IS NULL").arg(t.deletedColumn);
    return parts.join(QStringLiteral(" AND "));
}

void bindArea(Statement &st, const GeoBox &a, qint64 fromMs, qint64 toMs)
{
    st.bind(1, a.west).bind(2, a.south).bind(3, a.east).bind(4, a.north).bind(5, fromMs).bind(6, toMs);
}
} // namespace

MissionSummary summarizeMission(const MissionStore &store, const GeoBox &area, qint64 fromMs, qint64 toMs)
{
    MissionSummary out;
    const Database &db = store.database();
    for (const MarkedTable &t : markedTables()) {
        if (!hasTable(db, t.table))
            continue;
        Statement st = db.prepare(QStringLiteral("SELECT %1, count(*) FROM \"%2\" WHERE %3 GROUP BY %1")
                                      .arg(t.sensitivityColumn, t.table, whereClause(t)));
        bindArea(st, area, fromMs, toMs);
        while (st.step()) {
            out.records += int(st.int64(1));
            if (const auto s = sensitivityFromString(st.text(0)))
                out.highestMarking = maxSensitivity(out.highestMarking, *s);
        }
    }
    return out;
}

} // namespace vigie::core
