// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"
#include "mission/sensitivity.h"

#include <QList>
#include <QString>

namespace vigie::core {

class MissionStore;

struct CategoryCount
{
    QString category;
    int count = 0;
    int fatalities = 0;
};

// What a briefing page or an export covers: the highest marking among the records in an area and
// period, and the incidents by category.
struct MissionSummary
{
    Sensitivity highestMarking = Sensitivity::Unclassified;
    QList<CategoryCount> incidentsByCategory; // most frequent first
    int records = 0;                          // records of every marked table in the area and period
};

// A table whose records carry a marking: a query yielding (marking, count) rows for the records
// in an area and period, with ?1..?4 = west, south, east, north and ?5, ?6 = from, to (epoch ms;
// a query may leave them out). Each feature declares its tables in markedTables()
// (mission_summary.cpp); a table missing from the open mission (an older schema) is skipped.
struct MarkedTable
{
    QString table;
    QString markingQuery;
};
const QList<MarkedTable> &markedTables();

MissionSummary summarizeMission(const MissionStore &store, const GeoBox &area, qint64 fromMs, qint64 toMs);

} // namespace vigie::core
