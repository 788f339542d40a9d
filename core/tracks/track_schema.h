// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/bulk_write.h"
#include "mission/sqlite_db.h"

namespace vigie::core {

// The tracks tables (tracks, track_points with a SpatiaLite POINT geometry and spatial index,
// extents in an R*Tree). Registered once in mission/schema.cpp; knows nothing of its number.
void applyTrackSchema(Database &db);

// For a bulk import, inside its transaction: suspendTrackPointIndexing() sets aside the per-row
// triggers — the one that feeds the points' R*Tree (idx_track_points_geom) and SpatiaLite's
// geometry check (a subquery on geometry_columns and a function call per row, over a third of a
// point's insert; the writer's point BLOBs are POINT/4326 by construction) — and, when the import
// brings many points next to those stored (`expectedPoints`, from the file's size), the time index;
// resumeTrackPointIndexing() then indexes the new points (RTreeBulkLoader::indexNew) and puts
// everything back. A rollback restores them by itself.
struct SuspendedTrackIndexing
{
    qint64 firstNewFid = 1;
    SetAside aside;
};
SuspendedTrackIndexing suspendTrackPointIndexing(Database &db, qint64 expectedPoints = 0);
void resumeTrackPointIndexing(Database &db, SuspendedTrackIndexing &suspended, qint64 added);

} // namespace vigie::core
