// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsfeatureid.h>

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;
#include <qgsvectorlayer.h>

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// The tracks on the map, as two memory layers rebuilt from the mission when the time window
// changes (at most a few times a second, so that playing the time bar keeps the UI responsive):
// "Tracks" — each track's line over its fixes inside the window; "Track positions" — where each
// track is at the window's end (interpolated between fixes), a marker rotated to the course,
// coloured by affiliation, labelled with the callsign, grey when the last fix is older than
// kStaleMs. Feature selection on either layer is the workstation's "tracks" selection.
class TracksLayers : public QObject
{
    Q_OBJECT
  public:
    static constexpr qint64 kStaleMs = 15 * 60 * 1000;
    static constexpr int kRebuildDelayMs = 200;

    TracksLayers(ui::Workstation *workstation, QObject *parent = nullptr);
    ~TracksLayers() override;

    // A point layer with the positions' fields (id, callsign, kind, affiliation, stale, time_ms,
    // course) and look: arrowheads turned to the course, coloured by affiliation, grey when stale,
    // callsign labels. The Live contacts layer uses it too.
    static QgsFields positionFields();
    static QgsVectorLayer *makePositionsLayer(const QString &name);

    QgsVectorLayer *linesLayer() const { return m_lines; }
    QgsVectorLayer *positionsLayer() const { return m_positions; }

  public slots:
    void scheduleRebuild();
    void rebuild();

  private:
    void setMission(core::MissionStore *mission);
    void ensureLayers();
    void applySharedSelection();
    void layerSelectionChanged(QgsVectorLayer *layer);

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    QPointer<QgsVectorLayer> m_lines;
    QPointer<QgsVectorLayer> m_positions;
    QHash<QString, QgsFeatureId> m_lineFids;
    QHash<QString, QgsFeatureId> m_positionFids;
    QTimer *m_timer;
    bool m_applying = false;
};

} // namespace vigie::plugins
