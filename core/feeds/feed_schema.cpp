// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_schema.h"

namespace vigie::core {

namespace {
bool hasColumn(Database &db, const QString &table, const QString &column)
{
    Statement st = db.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2"));
    st.bind(1, table).bind(2, column);
    return st.step();
}
} // namespace

void applyFeedsSchema(Database &db)
{
    db.exec(QStringLiteral(R"SQL(
CREATE TABLE feeds (
  id             TEXT PRIMARY KEY NOT NULL,      -- UUID
  name           TEXT NOT NULL,
  url            TEXT NOT NULL,                  -- cot+udp://239.2.3.1:6969, gpsd://127.0.0.1:2947 …
  role           TEXT NOT NULL CHECK (role IN ('listen', 'connect')),
  running        INTEGER NOT NULL DEFAULT 0,     -- 1: was recording when last seen; started on open
  sort_order     INTEGER NOT NULL DEFAULT 0,
  created_at_ms  INTEGER NOT NULL,
  created_by     TEXT NOT NULL,
  deleted_at_ms  INTEGER
);
-- IF NOT EXISTS: schema-5 missions recorded by the first feeds already have it (see the header).
CREATE TABLE IF NOT EXISTS live_contacts (
  source_id       TEXT PRIMARY KEY,     -- CoT uid, nmea@peer, gpsd@host:port:device
  track_id        TEXT NOT NULL,        -- tracks.id (UUID)
  feed            TEXT NOT NULL,        -- the feed URL it last came from
  cot_type        TEXT,
  callsign        TEXT,
  t_ms            INTEGER,              -- UTC ms of the fix
  stale_ms        INTEGER,              -- UTC ms after which the contact is stale (CoT); NULL if unknown
  lat             REAL NOT NULL,
  lon             REAL NOT NULL,
  received_at_ms  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS live_contacts_stale ON live_contacts(stale_ms);
)SQL"));
    const QString table = QStringLiteral("live_contacts");
    if (!hasColumn(db, table, QStringLiteral("course_deg")))
        db.exec(QStringLiteral("ALTER TABLE live_contacts ADD COLUMN course_deg REAL"));
    if (!hasColumn(db, table, QStringLiteral("speed_ms")))
        db.exec(QStringLiteral("ALTER TABLE live_contacts ADD COLUMN speed_ms REAL"));
}

} // namespace vigie::core
