// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

namespace vigie::core {

// Migration 6 of the mission schema (part of libvigie_core, so that core/mission/schema.cpp can
// name it without linking Qt Network):
// - feeds: the live feeds configured in the mission (the Feeds dock), with whether each was
//   running, so that opening the mission starts them again;
// - live_contacts: the newest fix per contact (CoT uid, NMEA or gpsd source) with its CoT stale
//   time, course and speed, so that the map can draw and grey out the live picture.
// Missions recorded by the first feeds (schema 5) may already hold a live_contacts table created
// outside the migrations: it is kept with its rows and given the new columns.
void applyFeedsSchema(Database &db);

} // namespace vigie::core
