// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations/annotation_schema.h"

#include "mission/sqlite_db.h"

namespace vigie::core {

void addAnnotationsTable(Database &db)
{
    // `fid` is the integer key QGIS's spatialite provider wants; `id` is the mission-wide UUID.
    // The style is spread over columns so that the map layer styles itself data-defined.
    // The display geometry (a circle's polygon, range rings' lines) is generated from def_wkt and
    // radii_m, which are the truth.
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE annotations (
  fid            INTEGER PRIMARY KEY AUTOINCREMENT,
  id             TEXT NOT NULL UNIQUE,      -- UUID
  kind           TEXT NOT NULL CHECK (kind IN ('symbol','text','line','arrow','polygon','circle','range_rings')),
  def_wkt        TEXT NOT NULL,             -- defining geometry, EPSG:4326
  radii_m        TEXT,                      -- circle / range rings: metres, space separated
  stroke_color   TEXT NOT NULL,             -- #rrggbb
  stroke_opacity REAL NOT NULL DEFAULT 1,
  stroke_width   REAL NOT NULL DEFAULT 2,   -- pixels
  fill_color     TEXT NOT NULL,
  fill_opacity   REAL NOT NULL DEFAULT 0,
  font_family    TEXT,
  font_size      REAL,                      -- points
  label_text     TEXT,
  symbol_name    TEXT,
  symbol_size    REAL,                      -- pixels
  author         TEXT NOT NULL,
  created_at_ms  INTEGER NOT NULL,          -- UTC
  updated_at_ms  INTEGER NOT NULL,
  sensitivity    TEXT NOT NULL,
  note           TEXT,
  version        INTEGER NOT NULL DEFAULT 1,
  deleted_at_ms  INTEGER
);
CREATE INDEX annotations_kind ON annotations(kind);
)SQL"));
    // One geometry column per shape, not one generic GEOMETRY column: QGIS's spatialite provider
    // (3.22) takes a generic column as "unknown geometry" and draws nothing from it. Exactly one of
    // the three is set on a row; each has a spatial index.
    const char *columns[][2] = {{"point_geom", "POINT"}, {"line_geom", "MULTILINESTRING"}, {"area_geom", "POLYGON"}};
    for (const auto &c : columns) {
        if (db.scalar(QStringLiteral("SELECT AddGeometryColumn('annotations', '%1', 4326, '%2', 'XY')")
                          .arg(QLatin1String(c[0]), QLatin1String(c[1])))
                .toInt() != 1)
            throw DbError(QStringLiteral("AddGeometryColumn failed for annotations.%1").arg(QLatin1String(c[0])), 1);
        if (db.scalar(QStringLiteral("SELECT CreateSpatialIndex('annotations', '%1')").arg(QLatin1String(c[0]))).toInt() != 1)
            throw DbError(QStringLiteral("CreateSpatialIndex failed for annotations.%1").arg(QLatin1String(c[0])), 1);
    }
}

} // namespace vigie::core
