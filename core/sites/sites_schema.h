// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

#include <QStringList>

namespace vigie::core {

// The migration of issue #5: protected sites (SpatiaLite POINT 4326 + spatial index, soft delete),
// alert rules, alerts and their evidence. Version-agnostic: schema.cpp gives it its number.
void applySitesAndAlertsSchema(Database &db);
QStringList sitesAndAlertsDataTables();

} // namespace vigie::core
