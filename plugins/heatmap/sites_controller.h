// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsmaptoolemitpoint.h>

#include <QObject>
#include <QPointer>

class QAction;
#include <qgsvectorlayer.h>

namespace vigie::core {
class MissionStore;
}
namespace vigie::ui {
class Workstation;
}

namespace vigie::plugins {

// The mission's protected sites on the map (table protected_sites through the spatialite provider,
// each drawn with its radius), adding a site by a click on the map, and CSV/GeoJSON import.
class SitesController : public QObject
{
    Q_OBJECT
  public:
    SitesController(ui::Workstation *workstation, QObject *parent = nullptr);

    void setMission(core::MissionStore *mission);
    QgsVectorLayer *layer() const { return m_layer; }
    // Selects the site on the map (nothing for an empty id).
    void highlight(const QString &siteId);
    // Asks for name, kind and radius, then stores the site at lat/lon. False if cancelled or refused.
    Q_INVOKABLE bool addSiteAt(double lat, double lon);
    void importFile(const QString &path);
    QWidget *dialogParent() const;

  private:
    void storeChanged(const QString &table);
    void createLayer();
    void dropLayer();

    ui::Workstation *m_ws;
    QPointer<core::MissionStore> m_mission;
    QPointer<QgsVectorLayer> m_layer;
};

// Click on the map to add a protected site there.
class AddSiteTool : public QgsMapToolEmitPoint
{
    Q_OBJECT
  public:
    AddSiteTool(QgsMapCanvas *canvas, SitesController *controller);
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;

  private:
    SitesController *m_controller;
};

} // namespace vigie::plugins
