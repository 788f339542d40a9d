// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace vigie::core {

class MissionStore;

// The demo mission's redlining around Gao: a team site, a checkpoint, an axis of movement, a
// no-go area and 5/10/20 km range rings around the camp. Same ids and values every time.
void addDemoAnnotations(MissionStore &store, quint32 seed);

} // namespace vigie::core
