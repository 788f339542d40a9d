// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"

#include <QWidget>

class QLabel;
class QgsMapCanvas;
class QgsPointXY;

namespace vigie::ui {

// The status bar's readouts: the cursor in MGRS and in decimal degrees, the map scale, the CRS
// and the open mission.
class CoordinateStatus : public QWidget
{
    Q_OBJECT
  public:
    explicit CoordinateStatus(QgsMapCanvas *canvas, QWidget *parent = nullptr);

    // What the readouts show now (also for tests).
    QString mgrsText() const;
    QString degreesText() const;
    QString scaleText() const;
    QString crsText() const;

    void setMissionText(const QString &text);
    // Shows a position as if the cursor were there.
    void showPosition(const core::GeoPoint &wgs84);

  private:
    void cursorMoved(const QgsPointXY &mapPoint);
    void updateScale(double scale);
    void updateCrs();

    QgsMapCanvas *m_canvas;
    QLabel *m_mgrs;
    QLabel *m_degrees;
    QLabel *m_scale;
    QLabel *m_crs;
    QLabel *m_mission;
};

} // namespace vigie::ui
