// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRandomGenerator>

namespace vigie::core {

class MissionStore;

// Adds the demo mission's tracks: patrols along the Gao–Ansongo (N17) and Gao–Bourem roads and a
// UAV orbit over Gao, over the last days. Positions come from rng (deterministic per seed);
// times count back from today's midnight UTC so the demo always shows recent activity.
void addDemoTracks(MissionStore &store, QRandomGenerator &rng);

} // namespace vigie::core
