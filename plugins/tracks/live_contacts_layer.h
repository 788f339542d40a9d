// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QgsVectorLayer;

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// "Live contacts": the newest position of every contact the feeds recorded (table live_contacts),
// whatever the time window, drawn like the track positions: arrowheads turned to the course,
// coloured by affiliation, labelled with the callsign, grey once the CoT stale time has passed
// (or, without one, TracksLayers::kStaleMs after the fix). A memory layer rebuilt by rebuild(),
// which the Feeds dock calls at most twice a second; reading a few hundred rows is all it costs
// the UI thread.
class LiveContactsLayer : public QObject
{
    Q_OBJECT
  public:
    LiveContactsLayer(ui::Workstation *workstation, QObject *parent = nullptr);
    ~LiveContactsLayer() override;

    QgsVectorLayer *layer() const { return m_layer; }
    int contactCount() const { return m_count; }
    int staleCount() const { return m_stale; }

  public slots:
    // Reads live_contacts again; nowMs decides which contacts are stale (0: the clock). The layer
    // is refilled and redrawn only when what it shows changed.
    void rebuild(qint64 nowMs = 0);

  private:
    void setMission(core::MissionStore *mission);

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    QPointer<QgsVectorLayer> m_layer;
    int m_count = 0;
    int m_stale = 0;
    QByteArray m_signature; // of what the layer shows
    bool m_shown = false;
};

} // namespace vigie::plugins
