// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace vigie::core {

// How an Incident maps onto a row of the `incidents` table; shared by IncidentRepository and
// IncidentImporter so that the column list is written once. Works on raw SQLite statements
// because the importer binds a million rows and every conversion counts.
class IncidentRow
{
  public:
    // "id, time_ms, …, version" — the columns bound by bind() and read by read(), in order.
    static QString columns();
    // "INSERT INTO incidents(<columns>, geom) VALUES (?1, …)"; ?N+1 is the geometry blob.
    static QString insertSql();
    static int columnCount();
    // Binds every column from ?1, and the point geometry after them.
    static void bind(sqlite3_stmt *stmt, const Incident &incident);
    // Reads the columns selected with columns() starting at `first`.
    static Incident read(sqlite3_stmt *stmt, int first = 0);
};

} // namespace vigie::core
