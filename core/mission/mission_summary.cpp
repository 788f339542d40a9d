// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/mission_summary.h"

#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"

#include <QLocale>

namespace vigie::core {

const QList<MarkedTable> &markedTables()
{
    static const QList<MarkedTable> tables = {
        {QStringLiteral("incidents"),
         QStringLiteral("SELECT sensitivity, count(*) FROM incidents WHERE deleted_at_ms IS NULL"
                        " AND lon BETWEEN ?1 AND ?3 AND lat BETWEEN ?2 AND ?4 AND time_ms BETWEEN ?5 AND ?6 GROUP BY 1")},
        {QStringLiteral("tracks"),
         QStringLiteral("SELECT sensitivity, count(*) FROM tracks WHERE deleted_at_ms IS NULL"
                        " AND max_lon >= ?1 AND min_lon <= ?3 AND max_lat >= ?2 AND min_lat <= ?4"
                        " AND coalesce(last_seen_ms, ?6) >= ?5 AND coalesce(first_seen_ms, ?5) <= ?6 GROUP BY 1")},
        // Sites are timeless: a site in the area is on the page whatever the period.
        {QStringLiteral("protected_sites"),
         QStringLiteral("SELECT sensitivity, count(*) FROM protected_sites WHERE deleted_at_ms IS NULL"
                        " AND X(geom) BETWEEN ?1 AND ?3 AND Y(geom) BETWEEN ?2 AND ?4 GROUP BY 1")},
    };
    return tables;
}

namespace {
bool hasTable(const Database &db, const QString &table)
{
    Statement st = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1"));
    st.bind(1, table);
    return st.step();
}

void bindArea(Statement &st, const GeoBox &a, qint64 fromMs, qint64 toMs)
{
    const QVariant values[] = {a.west, a.south, a.east, a.north, fromMs, toMs};
    for (int i = 1; i <= st.parameterCount() && i <= 6; ++i)
        st.bind(i, values[i - 1]);
}
} // namespace

MissionSummary summarizeMission(const MissionStore &store, const GeoBox &area, qint64 fromMs, qint64 toMs)
{
    MissionSummary out;
    const Database &db = store.database();
    for (const MarkedTable &t : markedTables()) {
        if (!hasTable(db, t.table))
            continue;
        Statement st = db.prepare(t.markingQuery);
        bindArea(st, area, fromMs, toMs);
        while (st.step()) {
            out.records += int(st.int64(1));
            if (const auto s = sensitivityFromString(st.text(0)))
                out.highestMarking = maxSensitivity(out.highestMarking, *s);
        }
    }
    if (hasTable(db, QStringLiteral("incidents"))) {
        Statement st = db.prepare(QStringLiteral(
            "SELECT category, count(*), sum(fatalities) FROM incidents WHERE deleted_at_ms IS NULL"
            " AND lon BETWEEN ?1 AND ?3 AND lat BETWEEN ?2 AND ?4 AND time_ms BETWEEN ?5 AND ?6"
            " GROUP BY category ORDER BY 2 DESC, 1"));
        bindArea(st, area, fromMs, toMs);
        const IncidentTaxonomy &taxonomy = IncidentTaxonomy::builtin();
        while (st.step()) {
            const QString id = st.text(0);
            const IncidentTaxonomy::Category *c = taxonomy.category(id);
            out.incidentsByCategory.append({c ? c->label(QLocale().name()) : id, int(st.int64(1)), int(st.int64(2))});
        }
    }
    return out;
}

} // namespace vigie::core
