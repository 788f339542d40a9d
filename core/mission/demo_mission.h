// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace vigie::core {

class MissionStore;

// Builds the synthetic demo mission: a plausible (invented) operation in central Mali around Gao
// and Mopti. Deterministic for a given seed. Each feature adds its part in buildDemoMission().
struct DemoOptions
{
    quint32 seed = 20261124;
    // The demo's "now" (UTC ms): incidents cover the 90 days before it. 0 = the current hour.
    qint64 nowMs = 0;
};

// Creates `path` (which must not exist); throws MissionError.
std::unique_ptr<MissionStore> buildDemoMission(const QString &path, const DemoOptions &options = {});

} // namespace vigie::core
