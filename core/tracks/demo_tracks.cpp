// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/demo_tracks.h"

#include "mission/mission_store.h"
#include "tracks/cot_type.h"
#include "tracks/track_writer.h"

#include <GeographicLib/Geodesic.hpp>

#include <QDateTime>

#include <cmath>
#include <vector>

namespace vigie::core {

namespace {
struct Leg
{
    const char *callsign;
    const char *uid;
    std::vector<GeoPoint> road; // waypoints along the real road, Gao first
    int dayOffset;              // days before today
    int startHour;
};
} // namespace

void addDemoTracks(MissionStore &store, QRandomGenerator &rng)
{
    // Approximate alignments of the RN17 (Gao–Ansongo, east bank of the Niger) and of the
    // Gao–Bourem road (north, along the river).
    const std::vector<Leg> legs = {
        {"BANBAT-1 Ansongo", "demo-patrol-ansongo",
         {{16.2717, -0.0447}, {16.1700, 0.0300}, {16.0600, 0.1300}, {15.9500, 0.2400}, {15.8200, 0.3600}, {15.6597, 0.5022}}, 3, 6},
        {"BANBAT-2 Bourem", "demo-patrol-bourem",
         {{16.2717, -0.0447}, {16.4200, -0.1000}, {16.5900, -0.1900}, {16.7600, -0.2700}, {16.9545, -0.3490}}, 2, 7},
        {"BANBAT-1 return", "demo-patrol-ansongo-back",
         {{15.6597, 0.5022}, {15.8200, 0.3600}, {15.9500, 0.2400}, {16.0600, 0.1300}, {16.1700, 0.0300}, {16.2717, -0.0447}}, 1, 8},
    };
    const qint64 midnight = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const GeographicLib::Geodesic &geod = GeographicLib::Geodesic::WGS84();
    store.write({QStringLiteral("import"), QStringLiteral("tracks"), QString(), QStringLiteral("demo tracks")},
                [&](Database &db, AuditRecord &rec) {
                    TrackImportReport report;
                    report.file = QStringLiteral("demo");
                    TrackWriter writer(db, report);
                    for (const Leg &leg : legs) {
                        Track t;
                        t.sourceId = QLatin1String(leg.uid);
                        t.sourceFormat = QStringLiteral("demo");
                        t.callsign = QLatin1String(leg.callsign);
                        t.kind = TrackKind::Patrol;
                        t.setCotType(CotType::fromKind(TrackKind::Patrol, Affiliation::Friend));
                        const int h = writer.track(t);
                        qint64 time = midnight - qint64(leg.dayOffset) * 86400000 + qint64(leg.startHour) * 3600000 +
                                      qint64(rng.bounded(1800)) * 1000;
                        const double speed = 9.0 + rng.bounded(4.0); // m/s, a convoy on a laterite road
                        for (size_t i = 0; i + 1 < leg.road.size(); ++i) {
                            double s12 = 0, azi1 = 0, azi2 = 0;
                            geod.Inverse(leg.road[i].lat, leg.road[i].lon, leg.road[i + 1].lat, leg.road[i + 1].lon, s12, azi1, azi2);
                            for (double s = 0; s < s12; s += speed * 30.0) {
                                TrackPoint p;
                                double azi = azi1;
                                geod.Direct(leg.road[i].lat, leg.road[i].lon, azi1, s, p.lat, p.lon, azi);
                                p.lat += (rng.generateDouble() - 0.5) * 0.0002; // GPS scatter, ~10 m
                                p.lon += (rng.generateDouble() - 0.5) * 0.0002;
                                p.timeMs = time;
                                p.speed = speed + (rng.generateDouble() - 0.5);
                                p.course = std::fmod(azi + 360.0, 360.0);
                                p.altitude = 255.0 + rng.bounded(15.0);
                                p.horizontalAccuracy = 5.0;
                                p.source = QStringLiteral("demo");
                                writer.point(h, p);
                                time += 30000;
                            }
                        }
                    }
                    // A UAV orbiting Gao at 1,500 m for two hours yesterday.
                    Track uav;
                    uav.sourceId = QStringLiteral("demo-uav-1");
                    uav.sourceFormat = QStringLiteral("demo");
                    uav.callsign = QStringLiteral("FALCON 1");
                    uav.setCotType(CotType::fromKind(TrackKind::Uav, Affiliation::Friend));
                    const int h = writer.track(uav);
                    const double radius = 6000.0 + rng.bounded(2000.0);
                    const qint64 start = midnight - 86400000 + 10 * 3600000;
                    for (int i = 0; i < 720; ++i) {
                        const double angle = std::fmod(double(i) * 2.0, 360.0); // 2° a fix
                        TrackPoint p;
                        double azi = 0;
                        geod.Direct(16.2717, -0.0447, angle, radius, p.lat, p.lon, azi);
                        p.timeMs = start + qint64(i) * 10000;
                        p.altitude = 1500.0 + rng.bounded(50.0);
                        p.speed = 2.0 * M_PI * radius / 1800.0; // 180 fixes a lap, 10 s apart
                        p.course = std::fmod(azi + 90.0 + 360.0, 360.0);
                        p.source = QStringLiteral("demo");
                        writer.point(h, p);
                    }
                    writer.finish();
                    rec.summary = QStringLiteral("demo tracks: %1 points in %2 tracks").arg(report.pointsAccepted).arg(report.tracks);
                });
}

} // namespace vigie::core
