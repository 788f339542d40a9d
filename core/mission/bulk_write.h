// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

#include <QString>

#include <vector>

namespace vigie::core {

// What the importers take off a table while they write many rows into it, inside the write's
// transaction, and put back before it commits, so that no reader ever sees the table without them:
// SpatiaLite's per-row triggers (geometry check, R*Tree insert), whose work is then done once for
// all new rows, and a secondary index, built again by one sort. A rollback restores them by itself.
class SetAside
{
  public:
    // Drops the trigger or index `name`, keeping its SQL; nothing when there is none.
    void drop(Database &db, const QString &name);
    // Creates again, in the order they were dropped, what drop() took off.
    void restore(Database &db);

  private:
    std::vector<QString> m_sql;
};

// Whether a write of about `incomingRows` into a table of `existingRows` is big enough next to it
// for its secondary indexes to be dropped and rebuilt by one sort rather than kept up row by row.
bool rebuildIndexesAfter(qint64 existingRows, qint64 incomingRows);

} // namespace vigie::core
