// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/demo_mission.h"

#include "alerts/demo_alert_setup.h"
#include "annotations/demo_annotations.h"
#include "mission/mission_store.h"
#include "tracks/demo_tracks.h"

#include <QRandomGenerator>

namespace vigie::core {

std::unique_ptr<MissionStore> buildDemoMission(const QString &path, const DemoOptions &options)
{
    // Central Mali: the Niger bend from Mopti to Gao and Ménaka.
    const GeoBox aor{-4.5, 14.0, 4.0, 17.5};
    auto store = MissionStore::create(path, QStringLiteral("DEMO — Sector East (Gao)"), aor);
    store->setDescription(QStringLiteral(
        "Synthetic demonstration mission. Every place is real, every event is invented (seed %1).")
                              .arg(options.seed));
    QRandomGenerator rng(options.seed);
    addDemoTracks(*store, rng);
    addDemoSitesAndAlertRules(*store);
    addDemoAnnotations(*store, options.seed);
    return store;
}

} // namespace vigie::core
