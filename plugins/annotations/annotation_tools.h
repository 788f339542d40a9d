// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <qgsgeometry.h>
#include <qgsmapcanvasitem.h>
#include <qgsmaptool.h>

#include <QPointer>

#include <functional>
#include <optional>

class QgsRubberBand;

namespace vigie::plugins {

class AnnotationsController;

// A map tool that speaks EPSG:4326 whatever the canvas CRS is.
class GeoMapTool : public QgsMapTool
{
    Q_OBJECT
  public:
    using QgsMapTool::QgsMapTool;
    core::GeoPoint toGeo(const QgsPointXY &mapPoint) const;
    QgsPointXY toMap(const core::GeoPoint &p) const;
    core::GeoPoint geoAt(const QPoint &pixel) const;
    QPointF pixelOf(const core::GeoPoint &p) const;
    // The geometry as the canvas draws it (in map coordinates).
    QgsGeometry toMapGeometry(const core::SimpleGeometry &g) const;
};

// Draws a new symbol, text, line, arrow or polygon: click to place each vertex, right-click, a
// double click or Enter to finish, Backspace to drop the last vertex, Esc to cancel.
class DrawTool : public GeoMapTool
{
    Q_OBJECT
  public:
    DrawTool(QgsMapCanvas *canvas, AnnotationsController *controller, core::Annotation::Kind kind);
    ~DrawTool() override;
    core::Annotation::Kind kind() const { return m_kind; }
    // Asked for the text of a text annotation; default: an input dialog.
    std::function<std::optional<QString>()> askText;

    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

  private:
    void finish();
    void reset();
    void updateBand(const std::optional<core::GeoPoint> &cursor);

    AnnotationsController *m_controller;
    core::Annotation::Kind m_kind;
    QVector<core::GeoPoint> m_points;
    QgsRubberBand *m_band = nullptr;
};

// Circle (press the centre and drag the radius, or click and type it) and range rings (click the
// centre, type the radii; 5, 10, 20 km by default).
class CircleTool : public GeoMapTool
{
    Q_OBJECT
  public:
    CircleTool(QgsMapCanvas *canvas, AnnotationsController *controller, core::Annotation::Kind kind);
    ~CircleTool() override;
    // Asked for the radii in metres when none was dragged; default: an input dialog.
    std::function<std::optional<QList<double>>()> askRadii;

    void canvasPressEvent(QgsMapMouseEvent *e) override;
    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

  private:
    void reset();

    AnnotationsController *m_controller;
    core::Annotation::Kind m_kind;
    std::optional<core::GeoPoint> m_centre;
    QPoint m_pressPixel;
    QgsRubberBand *m_band = nullptr;
};

// Paints the live measurement beside the cursor.
class MeasureLabel : public QgsMapCanvasItem
{
  public:
    explicit MeasureLabel(QgsMapCanvas *canvas) : QgsMapCanvasItem(canvas) {}
    void setLabel(const QgsPointXY &at, const QString &text);
    void paint(QPainter *painter) override;

  private:
    QString m_text;
};

// Geodesic measurement: click points; shows the last leg (distance, initial and final bearing), the
// cumulative length, and from three points the area, live on the map; right-click ends.
class MeasureTool : public GeoMapTool
{
    Q_OBJECT
  public:
    explicit MeasureTool(QgsMapCanvas *canvas);
    ~MeasureTool() override;
    QString resultText() const { return m_text; }
    QVector<core::GeoPoint> points() const { return m_points; }
    // The text for the given points (the live one includes the cursor).
    static QString describe(const QVector<core::GeoPoint> &points);

    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

  signals:
    void measured(const QString &text);
    void finished(const QString &text);

  private:
    void show(const QVector<core::GeoPoint> &pts);
    QVector<core::GeoPoint> m_points;
    bool m_done = false;
    QString m_text;
    QgsRubberBand *m_line = nullptr;
    QgsRubberBand *m_area = nullptr;
    MeasureLabel *m_label = nullptr;
};

// Selects (click), moves (drag an annotation), drags the nearest vertex (press within a few pixels
// of one), opens the properties (double click) and deletes (Delete key, after asking).
class EditTool : public GeoMapTool
{
    Q_OBJECT
  public:
    EditTool(QgsMapCanvas *canvas, AnnotationsController *controller);
    ~EditTool() override;

    // The annotation under a pixel (the topmost), and the vertex within reach: (part, index).
    QString annotationAt(const QPoint &pixel) const;
    std::optional<std::pair<QString, std::pair<int, int>>> vertexAt(const QPoint &pixel) const;

    void canvasPressEvent(QgsMapMouseEvent *e) override;
    void canvasMoveEvent(QgsMapMouseEvent *e) override;
    void canvasReleaseEvent(QgsMapMouseEvent *e) override;
    void canvasDoubleClickEvent(QgsMapMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void deactivate() override;

  private:
    core::SimpleGeometry dragged(const QPoint &pixel) const;
    void reset();

    AnnotationsController *m_controller;
    std::optional<core::Annotation> m_target;
    int m_part = -1, m_vertex = -1; // vertex drag when >= 0
    QPoint m_pressPixel;
    bool m_moved = false;
    QgsRubberBand *m_band = nullptr;
};

} // namespace vigie::plugins
