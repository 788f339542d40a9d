// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

namespace vigie::core {

// The tracks tables (tracks, track_points with a SpatiaLite POINT geometry and spatial index,
// extents in an R*Tree). Registered once in mission/schema.cpp; knows nothing of its number.
void applyTrackSchema(Database &db);

// For a bulk import, inside its transaction: suspendTrackPointIndexing() drops the per-row trigger
// that feeds the points' R*Tree (idx_track_points_geom) and returns the first fid the import will
// use; indexTrackPointsFrom() then indexes the new points in one statement — or, when they are
// many next to what the index holds, repacks the whole R*Tree (RTreeBulkLoader) — and puts the
// trigger back. A rollback restores the trigger by itself.
qint64 suspendTrackPointIndexing(Database &db);
void indexTrackPointsFrom(Database &db, qint64 firstNewFid, qint64 added);

} // namespace vigie::core
