// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsfeatureid.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <vector>

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

    // How a positions layer writes the callsigns. Engine: QGIS labels (placed around the marker,
    // never overlapping). Symbol: text drawn by the marker symbol itself, beside the arrow: no
    // collision avoidance, but redrawing the layer does not redo the labels of every other layer
    // on the map (the labeling engine places all layers' labels together, so one labelled layer
    // that changes twice a second makes QGIS place every label of the map again each time —
    // measured: ~110 ms of CPU per redraw on the demo mission).
    enum class CallsignLabels { Engine, Symbol };

    // A point layer with the positions' fields (id, callsign, kind, affiliation, stale, time_ms,
    // course) and look: arrowheads turned to the course, coloured by affiliation, grey when stale,
    // callsign labels. The Live contacts layer uses it too.
    static QgsFields positionFields();
    static QgsVectorLayer *makePositionsLayer(const QString &name, CallsignLabels labels = CallsignLabels::Engine);

    QgsVectorLayer *linesLayer() const { return m_lines; }
    QgsVectorLayer *positionsLayer() const { return m_positions; }

  public slots:
    void scheduleRebuild();
    void rebuild();
    // Extends the track lines with the points added to the mission since the last rebuild or
    // extension (live feeds commit in batches): reads only those points, inside the time window,
    // and redraws the lines layer once. The Feeds dock calls it at most twice a second. A fix
    // older than what the line already shows waits for the next rebuild.
    void appendNewPoints();

  private:
    void setMission(core::MissionStore *mission);
    void ensureLayers();
    void applySharedSelection();
    void layerSelectionChanged(QgsVectorLayer *layer);

    ui::Workstation *m_workstation;
    core::MissionStore *m_mission = nullptr;
    QPointer<QgsVectorLayer> m_lines;
    QPointer<QgsVectorLayer> m_positions;
    QMultiHash<QString, QgsFeatureId> m_lineFids; // a growing track has several pieces
    QMultiHash<QString, QgsFeatureId> m_positionFids;
    // The growing end of a track's line: a feature of its own, from the last vertex the line had
    // before, with its vertices' times (time order). Past kTailVertices it is left as it is and a
    // new piece starts, so that each extension costs what was added, not the whole line.
    static constexpr int kTailVertices = 256;
    struct GrowingLine
    {
        QgsFeatureId fid = FID_NULL;
        std::vector<qint64> times;
        QVector<double> xs, ys;
    };
    QTimer *m_timer;
    bool m_applying = false;
    qint64 m_lastChunk = 0; // the newest track chunk the lines include
    QHash<QString, GrowingLine> m_growing;
};

} // namespace vigie::plugins
