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

// A table whose records carry a marking, with where its position and time live. Each feature
// declares its tables in markedTables() (mission_summary.cpp); a table missing from the open
// mission (an older schema) is skipped.
struct MarkedTable
{
    QString table;
    QString sensitivityColumn; // text as sensitivityToString() writes it
    QString timeColumn;        // epoch ms, or empty if the records are timeless (they always count)
    QString latColumn;
    QString lonColumn;
    QString deletedColumn; // soft delete, or empty
};
const QList<MarkedTable> &markedTables();

MissionSummary summarizeMission(const MissionStore &store, const GeoBox &area, qint64 fromMs, qint64 toMs);

} // namespace vigie::core
