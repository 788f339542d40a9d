// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"

#include <qgsmaptool.h>

#include <QPointer>

#include <qgsvectorlayer.h>

namespace vigie::plugins {

// Click on the map: the nearest incident within a few pixels is selected and its form opens.
class IncidentIdentifyTool : public QgsMapTool
{
    Q_OBJECT
  public:
    IncidentIdentifyTool(QgsMapCanvas *canvas);
    void setLayer(QgsVectorLayer *layer) { m_layer = layer; }
    // The id of the nearest incident within `pixels` of a canvas pixel position, or empty.
    QString incidentAt(const QPoint &pixel, int pixels = 6);
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
  signals:
    void clicked(const QString &id);
    void clickedEmpty();

  private:
    QPointer<QgsVectorLayer> m_layer;
};

// A one-shot tool for the form's "pick on map": emits the WGS 84 position clicked, then gives the
// canvas back to the tool that was active before.
class PickPositionTool : public QgsMapTool
{
    Q_OBJECT
  public:
    explicit PickPositionTool(QgsMapCanvas *canvas);
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void start();
  signals:
    void picked(const vigie::core::GeoPoint &point);

  private:
    QPointer<QgsMapTool> m_previous;
};

} // namespace vigie::plugins
