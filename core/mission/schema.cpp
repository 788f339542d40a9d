// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/schema.h"

#include "tracks/track_schema.h"
#include "sites/sites_schema.h"
#include "annotations/annotation_schema.h"
#include "incidents/incident_schema.h"
#include "feeds/feed_schema.h"

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

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, QStringLiteral("mission metadata, audit log, basemaps"), {QStringLiteral("basemaps"), QStringLiteral("audit_log")}, &v1},
        {2, QStringLiteral("sensor tracks and track points"), {QStringLiteral("tracks"), QStringLiteral("track_points")}, &applyTrackSchema},
        {3, QStringLiteral("protected sites, alert rules, alerts and their evidence"), sitesAndAlertsDataTables(), &applySitesAndAlertsSchema},
        {4, QStringLiteral("annotations (redlining)"), {QStringLiteral("annotations")}, &addAnnotationsTable},
        {5, QStringLiteral("incident log"), {QStringLiteral("incidents")}, &migrateIncidentsV2},
        {6, QStringLiteral("live feeds and live contacts"), {QStringLiteral("feeds"), QStringLiteral("live_contacts")}, &applyFeedsSchema},
    };
    return all;
}

QStringList dataTablesUpTo(int version)
{
    QStringList out;
    for (const Migration &m : migrations())
        if (m.toVersion <= version)
            out += m.dataTables;
    return out;
}

} // namespace vigie::core
