// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/sqlite_db.h"

namespace vigie::core {

// live_contacts: the newest fix per contact (CoT uid, NMEA or gpsd source) with its CoT stale
// time, so that the map can grey out contacts that went stale and a restart knows the picture.
// Created on first use (CREATE … IF NOT EXISTS); see the note in feed_schema.cpp.
void ensureLiveContactsTable(Database &db);

} // namespace vigie::core
