// SPDX-License-Identifier: GPL-2.0-or-later
#include "sites/sites_schema.h"

namespace vigie::core {

QStringList sitesAndAlertsDataTables()
{
    return {QStringLiteral("protected_sites"), QStringLiteral("alert_rules"), QStringLiteral("alerts"),
            QStringLiteral("alert_evidence")};
}

void applySitesAndAlertsSchema(Database &db)
{
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE protected_sites (
  id            TEXT PRIMARY KEY NOT NULL,  -- UUID
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('idp_camp', 'village', 'team_site', 'water_point', 'market',
                                              'school', 'health_facility', 'other')),
  radius_m      REAL NOT NULL CHECK (radius_m > 0),
  population    INTEGER CHECK (population IS NULL OR population >= 0),
  sensitivity   TEXT NOT NULL,
  note          TEXT,
  created_at_ms INTEGER NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  updated_by    TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  deleted_at_ms INTEGER,
  deleted_by    TEXT
);
)SQL"));
    db.scalar(QStringLiteral("SELECT AddGeometryColumn('protected_sites', 'geom', 4326, 'POINT', 'XY', 1)"));
    db.scalar(QStringLiteral("SELECT CreateSpatialIndex('protected_sites', 'geom')"));
    db.exec(QStringLiteral(R"SQL(
-- site_ids: a JSON array of protected_sites ids, or NULL for every site.
CREATE TABLE alert_rules (
  id            TEXT PRIMARY KEY NOT NULL,  -- UUID
  type          TEXT NOT NULL,
  name          TEXT NOT NULL,
  parameters    TEXT NOT NULL,              -- JSON object, per rule type
  enabled       INTEGER NOT NULL DEFAULT 1,
  site_ids      TEXT,
  created_at_ms INTEGER NOT NULL,
  created_by    TEXT NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  updated_by    TEXT NOT NULL,
  deleted_at_ms INTEGER,
  deleted_by    TEXT
);
-- One alert per rule, site and window: evaluating the same window again adds nothing.
CREATE TABLE alerts (
  id              TEXT PRIMARY KEY NOT NULL,  -- UUID
  rule_id         TEXT NOT NULL REFERENCES alert_rules(id),
  site_id         TEXT NOT NULL REFERENCES protected_sites(id),
  window_start_ms INTEGER NOT NULL,
  window_end_ms   INTEGER NOT NULL,
  fired_at_ms     INTEGER NOT NULL,           -- the window's end
  measures        TEXT NOT NULL,              -- JSON: the numbers that fired it
  summary         TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged', 'dismissed')),
  status_by       TEXT,
  status_at_ms    INTEGER,
  status_comment  TEXT,
  created_at_ms   INTEGER NOT NULL,
  created_by      TEXT NOT NULL,
  UNIQUE (rule_id, site_id, window_start_ms, window_end_ms)
);
CREATE INDEX alerts_fired_at ON alerts(fired_at_ms);
CREATE INDEX alerts_site ON alerts(site_id);
-- incident_id is not a foreign key: incidents may come from another store or a file.
CREATE TABLE alert_evidence (
  alert_id    TEXT NOT NULL REFERENCES alerts(id),
  incident_id TEXT NOT NULL,
  PRIMARY KEY (alert_id, incident_id)
) WITHOUT ROWID;
CREATE INDEX alert_evidence_incident ON alert_evidence(incident_id);
)SQL"));
}

} // namespace vigie::core
