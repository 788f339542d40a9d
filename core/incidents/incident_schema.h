// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

namespace vigie::core {

// Mission schema 2: the incident log. Table `incidents` with a SpatiaLite POINT geometry `geom`
// (EPSG:4326, R*Tree index idx_incidents_geom), an index on time, a unique external id, soft delete.
void migrateIncidentsV2(Database &db);

} // namespace vigie::core
