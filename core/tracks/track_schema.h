// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

namespace vigie::core {

// The tracks tables (tracks, track_points with a SpatiaLite POINT geometry and spatial index,
// extents in an R*Tree). Registered once in mission/schema.cpp; knows nothing of its number.
void applyTrackSchema(Database &db);

// For a bulk import, inside its transaction: suspendTrackPointIndexing() drops the per-row
// triggers — the one that feeds the points' R*Tree (idx_track_points_geom) and SpatiaLite's
// geometry check (a subquery on geometry_columns and a function call per row, over a third of a
// point's insert; the writer's point BLOBs are POINT/4326 by construction) — and notes the first
// fid the import will use; resumeTrackPointIndexing() then indexes the new points in one statement
// — or, when they are many next to what the index holds, repacks the whole R*Tree
// (RTreeBulkLoader) — and puts both triggers back. A rollback restores them by itself.
struct SuspendedTrackIndexing
{
    qint64 firstNewFid = 1;
    QString geometryCheckSql; // SpatiaLite's trigger, as it was
    QString timeIndexSql;     // when the time index was dropped, to be built again by one sort
};
// expectedPoints: about how many points the import brings (from the file's size); when they are
// many next to the points already stored, the time index is dropped too and rebuilt at the end.
SuspendedTrackIndexing suspendTrackPointIndexing(Database &db, qint64 expectedPoints = 0);
void resumeTrackPointIndexing(Database &db, const SuspendedTrackIndexing &suspended, qint64 added);

} // namespace vigie::core
