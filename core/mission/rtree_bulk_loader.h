// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

#include <QString>

namespace vigie::core {

// Rebuilds a 2-D SQLite R*Tree (such as SpatiaLite's idx_<table>_<column>) in one pass with
// Sort-Tile-Recursive packing, writing its shadow tables (_node, _rowid, _parent) directly.
// Inserting a million points one by one costs the R*Tree's split logic a million times; packing
// them costs one sort, and the packed tree answers window queries with fewer node reads.
// Run inside the caller's transaction; the result passes SQLite's rtreecheck().
class RTreeBulkLoader
{
  public:
    // `points` is a query yielding (id INTEGER, x REAL, y REAL) rows: every entry the index must
    // hold afterwards (its current content is replaced). Returns the number of entries.
    static qint64 rebuild(Database &db, const QString &rtree, const QString &points);

    // Indexes the rows of `table` (columns fid, lon, lat, geom) written from `firstNewFid` on,
    // `added` of them, into its point R*Tree `rtree`: many next to what the tree holds, the
    // whole tree packed again (cheaper than inserting them one by one, and a better tree); a few,
    // inserted.
    static void indexNew(Database &db, const QString &rtree, const QString &table, qint64 firstNewFid, qint64 added);
};

} // namespace vigie::core
