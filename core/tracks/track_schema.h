// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"
#include "tracks/track_point.h"

#include <vector>

namespace vigie::core {

// The tracks tables of schema 2 (tracks, track_points with a SpatiaLite POINT geometry and spatial
// index, extents in an R*Tree). Registered once in mission/schema.cpp; knows nothing of its number.
void applyTrackSchema(Database &db);
// Its track_points table (with geometry, R*Tree and indexes) alone: for tests that make a mission
// of an older schema out of a new one.
void createSchema2TrackPoints(Database &db);

// Schema 8: the points move from track_points (a row each, schema 2-7) into track_chunks (see
// track_chunk.h), value for value, track by track in time order; track_points, its geometry
// column and its R*Tree are then dropped.
void moveTrackPointsToChunks(Database &db);

// Writes chunks: one prepared statement, the extent R*Tree fed by the table's trigger.
class TrackChunkInsert
{
  public:
    explicit TrackChunkInsert(Database &db);
    // `points`: one chunk's, in time order, under the chunk rules (TrackChunkBuilder::take()).
    // Returns the chunk's fid.
    qint64 insert(qint64 trackFid, const std::vector<TrackPoint> &points);

  private:
    Database &m_db;
    Statement m_insert;
};

} // namespace vigie::core
