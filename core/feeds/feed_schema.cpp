// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_schema.h"

namespace vigie::core {

void ensureLiveContactsTable(Database &db)
{
    // Not yet a numbered migration of the mission schema (core/mission/schema.cpp is outside the
    // feeds' folder): it only adds a table, so IF NOT EXISTS is safe, and it should move into the
    // next migration.
    db.exec(QStringLiteral(R"SQL(
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
}

} // namespace vigie::core
