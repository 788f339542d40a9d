// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/schema.h"

#include "tracks/track_schema.h"
#include "sites/sites_schema.h"
#include "annotations/annotation_schema.h"
#include "incidents/incident_schema.h"
#include "feeds/feed_schema.h"

#include <QRegularExpression>

namespace vigie::core {

namespace {

void v1(Database &db)
{
    // Spatial metadata for the WGS 84 family only (EPSG:4326 and the UTM zones): all of EPSG
    // would add megabytes to every mission for nothing.
    db.scalar(QStringLiteral("SELECT InitSpatialMetadata(0, 'WGS84')"));
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE mission_meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT
);
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms     INTEGER NOT NULL,          -- UTC, milliseconds since 1970
  user      TEXT NOT NULL,
  action    TEXT NOT NULL,
  tbl       TEXT NOT NULL,
  row_id    TEXT,
  summary   TEXT
);
CREATE INDEX audit_log_at ON audit_log(at_ms);
CREATE TABLE basemaps (
  id          TEXT PRIMARY KEY NOT NULL,  -- UUID
  name        TEXT NOT NULL,
  uri         TEXT NOT NULL,
  provider    TEXT NOT NULL CHECK (provider IN ('gdal', 'ogr')),
  sort_order  INTEGER NOT NULL DEFAULT 0,
  added_at_ms INTEGER NOT NULL,
  added_by    TEXT NOT NULL,
  deleted_at_ms INTEGER
);
)SQL"));
}

// Schema 7. SQLite evaluates `x IN ('a', 'b', …)` in a CHECK constraint by filling a temporary
// table with the list for every row written (an ephemeral B-tree opened, filled and closed per
// statement run): with the incident log's five such constraints, a fifth of an import's time.
// `x = 'a' OR x = 'b' …` means the same (a NULL passes either way) and costs a comparison or two.
// The constraints' text is rewritten in place by SQLite's documented procedure for changing CHECK
// constraints (writable_schema, then schema_version + 1): nothing on disk changes but the table
// definitions, and every stored row already satisfies the same rule.
void v7(Database &db)
{
    const int schemaVersion = db.scalar(QStringLiteral("PRAGMA schema_version")).toInt();
    const QStringList ours = dataTablesUpTo(6);
    std::vector<std::pair<QString, QString>> rewritten;
    {
        Statement st = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"));
        while (st.step()) {
            const QString name = st.text(0);
            if (!ours.contains(name))
                continue;
            const QString sql = st.text(1);
            const QString faster = checkListsAsComparisons(sql);
            if (faster != sql)
                rewritten.emplace_back(name, faster);
        }
    }
    if (rewritten.empty())
        return;
    db.exec(QStringLiteral("PRAGMA writable_schema=ON"));
    for (const auto &[name, sql] : rewritten) {
        Statement up = db.prepare(QStringLiteral("UPDATE sqlite_master SET sql = ?1 WHERE type = 'table' AND name = ?2"));
        up.bind(1, sql).bind(2, name);
        up.run();
    }
    db.exec(QStringLiteral("PRAGMA schema_version=%1").arg(schemaVersion + 1));
    db.exec(QStringLiteral("PRAGMA writable_schema=OFF"));
}

} // namespace

QString checkListsAsComparisons(const QString &tableSql)
{
    // CHECK (column IN (literal, …)) with string or number literals only.
    static const QRegularExpression check(
        QStringLiteral(R"(CHECK\s*\(\s*("?\w+"?)\s+IN\s*\((\s*(?:'(?:[^']|'')*'|-?\d+(?:\.\d+)?)(?:\s*,\s*(?:'(?:[^']|'')*'|-?\d+(?:\.\d+)?))*\s*)\)\s*\))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression literal(QStringLiteral(R"('(?:[^']|'')*'|-?\d+(?:\.\d+)?)"));
    QString out;
    qsizetype last = 0;
    auto it = check.globalMatch(tableSql);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList terms;
        auto lit = literal.globalMatch(m.captured(2));
        while (lit.hasNext())
            terms << m.captured(1) + QStringLiteral(" = ") + lit.next().captured(0);
        out += tableSql.mid(last, m.capturedStart(0) - last);
        out += QStringLiteral("CHECK (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        last = m.capturedEnd(0);
    }
    out += tableSql.mid(last);
    return out;
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, QStringLiteral("mission metadata, audit log, basemaps"), {QStringLiteral("basemaps"), QStringLiteral("audit_log")}, &v1, {}},
        {2, QStringLiteral("sensor tracks and track points"), {QStringLiteral("tracks"), QStringLiteral("track_points")}, &applyTrackSchema, {}},
        {3, QStringLiteral("protected sites, alert rules, alerts and their evidence"), sitesAndAlertsDataTables(), &applySitesAndAlertsSchema, {}},
        {4, QStringLiteral("annotations (redlining)"), {QStringLiteral("annotations")}, &addAnnotationsTable, {}},
        {5, QStringLiteral("incident log"), {QStringLiteral("incidents")}, &migrateIncidentsV2, {}},
        {6, QStringLiteral("live feeds and live contacts"), {QStringLiteral("feeds"), QStringLiteral("live_contacts")}, &applyFeedsSchema, {}},
        {7, QStringLiteral("CHECK constraints on lists written as comparisons (faster writes)"), {}, &v7, {}},
        {8, QStringLiteral("track points stored in chunks"), {QStringLiteral("track_chunks")}, &moveTrackPointsToChunks,
         {QStringLiteral("track_points")}},
    };
    return all;
}

QStringList dataTablesUpTo(int version)
{
    QStringList out;
    for (const Migration &m : migrations())
        if (m.toVersion <= version) {
            out += m.dataTables;
            for (const QString &retired : m.retiredTables)
                out.removeAll(retired);
        }
    return out;
}

} // namespace vigie::core
