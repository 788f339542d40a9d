// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_schema.h"

namespace vigie::core {

void migrateIncidentsV2(Database &db)
{
    // fid is the integer key QGIS's spatialite provider wants for feature ids; id (UUID) is the
    // identity that survives merging missions.
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE incidents (
  fid                   INTEGER PRIMARY KEY,
  id                    TEXT NOT NULL UNIQUE,
  time_ms               INTEGER NOT NULL,           -- UTC, milliseconds since 1970
  time_precision        TEXT NOT NULL DEFAULT 'exact'
                          CHECK (time_precision IN ('exact', 'day', 'week', 'month')),
  lat                   REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon                   REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
  area_wkt              TEXT,
  location_precision    TEXT NOT NULL DEFAULT 'exact'
                          CHECK (location_precision IN ('exact', 'near', 'admin_area')),
  place_name            TEXT,
  admin1                TEXT,
  admin2                TEXT,
  category              TEXT NOT NULL,
  source_event_type     TEXT,
  source_sub_event_type TEXT,
  severity              INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
  fatalities            INTEGER NOT NULL DEFAULT 0 CHECK (fatalities >= 0),
  injured               INTEGER NOT NULL DEFAULT 0 CHECK (injured >= 0),
  abducted              INTEGER NOT NULL DEFAULT 0 CHECK (abducted >= 0),
  actor1                TEXT,
  actor2                TEXT,
  target                TEXT,
  source                TEXT,
  source_reliability    TEXT CHECK (source_reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  info_credibility      INTEGER CHECK (info_credibility BETWEEN 1 AND 6),
  status                TEXT NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'confirmed', 'closed')),
  description           TEXT,
  sensitivity           TEXT NOT NULL DEFAULT 'UNCLASSIFIED'
                          CHECK (sensitivity IN ('UNCLASSIFIED', 'UN RESTRICTED', 'UN CONFIDENTIAL', 'STRICTLY CONFIDENTIAL')),
  external_id           TEXT,
  extra                 TEXT,                       -- JSON object: source fields without a column
  created_at_ms         INTEGER NOT NULL,
  created_by            TEXT NOT NULL,
  updated_at_ms         INTEGER NOT NULL,
  updated_by            TEXT NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1,
  deleted_at_ms         INTEGER
);
-- Time first; position and deletion ride along so that a time window + box filter (the map's
-- everyday query) is decided inside the index, and only matching rows are read.
CREATE INDEX incidents_time ON incidents(time_ms, lon, lat, deleted_at_ms);
CREATE UNIQUE INDEX incidents_external_id ON incidents(external_id) WHERE external_id IS NOT NULL;
)SQL"));
    const auto ok = [&](const QString &sql) {
        if (db.scalar(sql).toInt() != 1)
            throw DbError(QStringLiteral("%1 failed: %2").arg(sql, db.lastError()), 1);
    };
    ok(QStringLiteral("SELECT AddGeometryColumn('incidents', 'geom', 4326, 'POINT', 'XY')"));
    ok(QStringLiteral("SELECT CreateSpatialIndex('incidents', 'geom')"));
}

} // namespace vigie::core
