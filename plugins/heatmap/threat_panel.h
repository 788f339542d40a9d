// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "heatmap/density_grid.h"
#include "heatmap/heatmap_builder.h"
#include "heatmap/hotspot_finder.h"
#include "heatmap/incremental_heatmap.h"
#include "map/heatmap_layer.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QgsProjectionSelectionWidget;
#include <qgscoordinatereferencesystem.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// What one heatmap computation hands back to the UI thread.
struct ThreatResult
{
    quint64 generation = 0;
    core::HeatmapResult result = core::HeatmapResult::Success;
    QString error;
    std::shared_ptr<const core::DensityGrid> grid; // shared with the layer, which draws it
    std::vector<core::Hotspot> hotspots;
    double threshold = 0;
    std::size_t incidentCount = 0;
    bool withHotspots = true; // false for frames made while the time bar plays
    bool incremental = false; // made by adding and subtracting the kernels of a window's changes
    core::HeatmapOptions options; // what the grid was computed with
    core::HotspotOptions hotspotOptions;
};

// The mission's incidents as the heatmap reads them, shared by the panel's runs: read once by a
// worker, read again when `version` is not the panel's (the incidents or the mission changed).
struct ThreatIncidentCache
{
    std::mutex mutex;
    quint64 version = ~quint64(0);
    std::shared_ptr<const std::vector<core::HeatmapIncident>> incidents;
    // The incidents prepared for the time bar (projected once, by time, on one grid), used by the
    // worker only, one run at a time.
    std::mutex heatMutex;
    core::IncrementalHeatmap heat;
    quint64 heatVersion = ~quint64(0);
};

// The "Threat" dock: heatmap parameters, the density of the time window's incidents as a raster
// layer (computed off the UI thread; a newer request cancels an older one) and its hotspots as an
// outline layer and a table.
class ThreatPanel : public QWidget
{
    Q_OBJECT
    // For tests and scripts (the plugin's classes are not linked into the application).
    Q_PROPERTY(double gridMax READ gridMax)
    Q_PROPERTY(double gridSum READ gridSum)
    Q_PROPERTY(qulonglong shownGeneration READ shownGeneration)
    Q_PROPERTY(bool busy READ busy)
    Q_PROPERTY(int hotspotCount READ hotspotCount)
    Q_PROPERTY(int incidentCount READ incidentCount)
    // The categories ticked in the list (taxonomy ids); all of them when nothing is filtered out.
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories)
    // Frames drawn from memory (the time bar playing: no file written) and frames computed by
    // adding and subtracting the kernels of the incidents that entered and left the window.
    Q_PROPERTY(int framesFromMemory READ framesFromMemory)
    Q_PROPERTY(int incrementalFrames READ incrementalFrames)
    // The EPSG code of the last grid shown (the CRS picked, or the UTM zone of the area).
    Q_PROPERTY(int gridEpsg READ gridEpsg)
  public:
    // Invokable: tests make a second panel through the metaobject (the plugin's classes are not
    // linked into them), as a next session would, to see what it remembers.
    Q_INVOKABLE ThreatPanel(vigie::ui::Workstation *workstation, QWidget *parent = nullptr);
    ~ThreatPanel() override;

    void setMission(core::MissionStore *mission);
    QgsRasterLayer *heatmapLayer() const { return m_heatmap.layer(); }
    QgsVectorLayer *hotspotLayer() const { return m_hotspotLayer; }
    // The last grid shown (empty before the first one or when the window holds no incident).
    const std::vector<core::Hotspot> &hotspots() const { return m_last.hotspots; }
    qulonglong shownGeneration() const { return m_last.generation; }
    double gridMax() const { return m_last.grid ? double(m_last.grid->max) : 0.0; }
    int gridEpsg() const { return m_last.grid ? m_last.grid->epsg : 0; }
    int framesFromMemory() const { return m_framesFromMemory; }
    int incrementalFrames() const { return m_incrementalFrames; }
    double gridSum() const;
    int hotspotCount() const { return int(m_last.hotspots.size()); }
    int incidentCount() const { return int(m_last.incidentCount); }
    bool busy() const { return m_running > 0 || m_pending || m_debounce.isActive(); }
    QStringList categories() const;
    void setCategories(const QStringList &ids);
    // The CRS the grid is made in: invalid = the UTM zone of the mission's area.
    QgsCoordinateReferenceSystem gridCrs() const;
    void setGridCrs(const QgsCoordinateReferenceSystem &crs);
    // Writes the heatmap of the time window as a GeoTIFF with the exact engine (the grid QGIS's
    // heatmap would make of the same points) in the CRS picked, off the UI thread; exported() tells.
    Q_INVOKABLE void exportGeoTiff(const QString &path);

  signals:
    void heatmapUpdated();
    void exported(const QString &path, bool ok, const QString &message);

  private:
    void schedule();
    void start();
    void finished(std::shared_ptr<ThreatResult> result);
    void storeChanged(const QString &table);
    void showHotspots();
    void zoomToHotspot(int row);
    void dropLayers();
    // False (and a message fit for the status line) when the CRS picked cannot take metres.
    bool options(core::HeatmapOptions *o, QString *error = nullptr) const;
    core::HotspotOptions hotspotOptions() const;
    void loadSettings();
    void saveSettings() const;
    void chooseExport();

    ui::Workstation *m_ws;
    QPointer<core::MissionStore> m_mission;
    std::shared_ptr<ThreatIncidentCache> m_incidents = std::make_shared<ThreatIncidentCache>();
    quint64 m_incidentsVersion = 0; // bumped when the incidents or the mission change
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_pending = false; // a request came while a frame was being made
    QTimer m_debounce;
    ThreatResult m_last;
    ui::HeatmapLayer m_heatmap;
    QPointer<QgsVectorLayer> m_hotspotLayer;

    QDoubleSpinBox *m_radius = nullptr;
    QDoubleSpinBox *m_pixel = nullptr;
    QComboBox *m_kernel = nullptr;
    QComboBox *m_weight = nullptr;
    QgsProjectionSelectionWidget *m_crs = nullptr;
    QDoubleSpinBox *m_halfLife = nullptr;
    QListWidget *m_categories = nullptr;
    QComboBox *m_thresholdMode = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_status = nullptr;
    int m_framesFromMemory = 0;
    int m_incrementalFrames = 0;
    QTableWidget *m_table = nullptr;
};

} // namespace vigie::plugins
