// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

namespace vigie::core {

// The tracks tables (tracks, track_points with a SpatiaLite POINT geometry and spatial index,
// extents in an R*Tree). Registered once in mission/schema.cpp; knows nothing of its number.
void applyTrackSchema(Database &db);

} // namespace vigie::core
