// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vigie::core {

class MissionStore;

// The demo's part of issue #5: protected sites around Gao, Ansongo and Ménaka (real places,
// approximate coordinates, invented populations) and one incident-count rule on the IDP camp north
// of Gao (3 incidents within 10 km in 72 h). Stores the rule only; evaluating it is the GUI's or
// the CLI's job. Returns the rule's id.
QString addDemoSitesAndAlertRules(MissionStore &store);

// The demo IDP camp the rule watches.
inline QString demoWatchedCampName() { return QStringLiteral("IDP camp Gao North (Sosso Koïra)"); }

} // namespace vigie::core
