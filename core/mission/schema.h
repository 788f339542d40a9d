// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace vigie::core {

// One forward step of the mission schema: from version (toVersion - 1) to toVersion.
// A migration adds; it never loses user data (schema 8 moves the track points into chunks, value
// for value, and retires their table). Migrations are filled in one place, schema.cpp, in version
// order, and each names the data tables it adds (and retires) so that the store can count them
// without knowing them.
struct Migration
{
    int toVersion = 0;
    QString description;
    QStringList dataTables;
    void (*apply)(Database &db) = nullptr;
    QStringList retiredTables;
};

const std::vector<Migration> &migrations();
QStringList dataTablesUpTo(int version);

// A table definition with each `CHECK (column IN (literal, …))` written as
// `CHECK (column = literal OR …)`, which SQLite checks without building a table per row (schema 7).
QString checkListsAsComparisons(const QString &tableSql);

} // namespace vigie::core
