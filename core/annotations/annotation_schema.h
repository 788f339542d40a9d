// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vigie::core {

class Database;

// The schema step that adds the `annotations` table (registered in mission/schema.cpp). It does not
// know its own version number, so that it can move when branches merge.
void addAnnotationsTable(Database &db);

} // namespace vigie::core
