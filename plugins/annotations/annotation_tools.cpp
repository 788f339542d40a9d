// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotation_tools.h"

#include "annotations/measurement.h"
#include "annotations_controller.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsrubberband.h>

#include <QInputDialog>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpression>

namespace vigie::plugins {

using core::Annotation;
using core::GeoPoint;
using core::SimpleGeometry;
using Kind = Annotation::Kind;

namespace {
const QColor kDrawColour(214, 39, 40, 200);
const QgsCoordinateReferenceSystem &wgs84()
{
    static const QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:4326"));
    return crs;
}
QgsRubberBand *makeBand(QgsMapCanvas *canvas, QgsWkbTypes::GeometryType type)
{
    auto *band = new QgsRubberBand(canvas, type);
    band->setStrokeColor(kDrawColour);
    band->setFillColor(QColor(214, 39, 40, 50));
    band->setWidth(2);
    band->setLineStyle(Qt::DashLine);
    return band;
}
QgsWkbTypes::GeometryType bandType(SimpleGeometry::Type t)
{
    switch (t) {
    case SimpleGeometry::Type::Point: return QgsWkbTypes::PointGeometry;
    case SimpleGeometry::Type::LineString:
    case SimpleGeometry::Type::MultiLineString: return QgsWkbTypes::LineGeometry;
    case SimpleGeometry::Type::Polygon: return QgsWkbTypes::PolygonGeometry;
    }
    return QgsWkbTypes::LineGeometry;
}
double pixelDistance(const QPointF &a, const QPointF &b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }
} // namespace

// ============================================================================ GeoMapTool
GeoPoint GeoMapTool::toGeo(const QgsPointXY &mapPoint) const
{
    const QgsCoordinateTransform ct(canvas()->mapSettings().destinationCrs(), wgs84(), QgsProject::instance());
    const QgsPointXY p = ct.transform(mapPoint);
    return {p.y(), p.x()};
}

QgsPointXY GeoMapTool::toMap(const GeoPoint &p) const
{
    const QgsCoordinateTransform ct(wgs84(), canvas()->mapSettings().destinationCrs(), QgsProject::instance());
    return ct.transform(QgsPointXY(p.lon, p.lat));
}

GeoPoint GeoMapTool::geoAt(const QPoint &pixel) const { return toGeo(canvas()->getCoordinateTransform()->toMapCoordinates(pixel)); }

QPointF GeoMapTool::pixelOf(const GeoPoint &p) const { return canvas()->getCoordinateTransform()->transform(toMap(p)).toQPointF(); }

QgsGeometry GeoMapTool::toMapGeometry(const SimpleGeometry &g) const
{
    QVector<QgsPolylineXY> parts;
    for (const auto &part : g.parts) {
        QgsPolylineXY line;
        for (const GeoPoint &p : part)
            line << toMap(p);
        parts << line;
    }
    if (parts.isEmpty() || parts.front().isEmpty())
        return QgsGeometry();
    switch (g.type) {
    case SimpleGeometry::Type::Point: return QgsGeometry::fromPointXY(parts[0][0]);
    case SimpleGeometry::Type::LineString: return QgsGeometry::fromPolylineXY(parts[0]);
    case SimpleGeometry::Type::Polygon: return QgsGeometry::fromPolygonXY(parts);
    case SimpleGeometry::Type::MultiLineString: return QgsGeometry::fromMultiPolylineXY(parts);
    }
    return QgsGeometry();
}

// ============================================================================ DrawTool
DrawTool::DrawTool(QgsMapCanvas *canvas, AnnotationsController *controller, Kind kind)
    : GeoMapTool(canvas), m_controller(controller), m_kind(kind)
{
    setCursor(Qt::CrossCursor);
    askText = [canvas]() -> std::optional<QString> {
        bool ok = false;
        const QString t = QInputDialog::getText(canvas, tr("Text"), tr("Text to show on the map:"), QLineEdit::Normal, QString(), &ok);
        if (!ok || t.trimmed().isEmpty())
            return std::nullopt;
        return t;
    };
}

DrawTool::~DrawTool() { delete m_band; }

void DrawTool::reset()
{
    m_points.clear();
    delete m_band;
    m_band = nullptr;
}

void DrawTool::deactivate()
{
    reset();
    GeoMapTool::deactivate();
}

void DrawTool::updateBand(const std::optional<GeoPoint> &cursor)
{
    if (m_points.isEmpty())
        return;
    const bool polygon = m_kind == Kind::Polygon;
    if (!m_band)
        m_band = makeBand(canvas(), polygon ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
    m_band->reset(polygon ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry);
    QVector<GeoPoint> pts = m_points;
    if (cursor)
        pts << *cursor;
    for (int i = 0; i < pts.size(); ++i)
        m_band->addPoint(toMap(pts[i]), i == pts.size() - 1);
}

void DrawTool::canvasMoveEvent(QgsMapMouseEvent *e) { updateBand(toGeo(e->mapPoint())); }

void DrawTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() == Qt::RightButton) {
        finish();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    const GeoPoint p = toGeo(e->mapPoint());
    // A double click releases twice at the same place: one vertex.
    if (!m_points.isEmpty() && m_points.back().lat == p.lat && m_points.back().lon == p.lon)
        return;
    m_points << p;
    if (m_kind == Kind::Symbol || m_kind == Kind::Text)
        finish();
    else
        updateBand(std::nullopt);
}

void DrawTool::canvasDoubleClickEvent(QgsMapMouseEvent *) { finish(); }

void DrawTool::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape) {
        reset();
    } else if (e->key() == Qt::Key_Backspace && !m_points.isEmpty()) {
        m_points.removeLast();
        updateBand(std::nullopt);
    } else if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
        finish();
    } else {
        e->ignore();
    }
}

void DrawTool::finish()
{
    const QVector<GeoPoint> pts = m_points;
    reset();
    Annotation a;
    a.kind = m_kind;
    a.style = m_controller->defaultStyle();
    switch (m_kind) {
    case Kind::Symbol:
        if (pts.isEmpty())
            return;
        a.geometry = SimpleGeometry::point(pts.front());
        a.style.symbolName = m_controller->currentSymbol();
        break;
    case Kind::Text: {
        if (pts.isEmpty())
            return;
        const auto text = askText ? askText() : std::nullopt;
        if (!text)
            return;
        a.geometry = SimpleGeometry::point(pts.front());
        a.style.text = *text;
        break;
    }
    case Kind::Line:
    case Kind::Arrow:
        if (pts.size() < 2)
            return;
        a.geometry = SimpleGeometry::lineString(pts);
        break;
    case Kind::Polygon:
        if (pts.size() < 3)
            return;
        a.geometry = SimpleGeometry::polygon(pts);
        break;
    default: return;
    }
    const QString id = m_controller->add(a);
    if (!id.isEmpty())
        m_controller->workstation()->selection()->select(QString::fromLatin1(AnnotationsController::kTable), {id}, this);
}

// ============================================================================ CircleTool
CircleTool::CircleTool(QgsMapCanvas *canvas, AnnotationsController *controller, Kind kind)
    : GeoMapTool(canvas), m_controller(controller), m_kind(kind)
{
    setCursor(Qt::CrossCursor);
    askRadii = [canvas, kind]() -> std::optional<QList<double>> {
        bool ok = false;
        QList<double> out;
        if (kind == Kind::Circle) {
            const double km = QInputDialog::getDouble(canvas, tr("Circle"), tr("Radius (km):"), 5, 0.01, 5000, 2, &ok);
            if (ok)
                out << km * 1000;
        } else {
            const QString text = QInputDialog::getText(canvas, tr("Range rings"), tr("Radii in km, separated by spaces:"), QLineEdit::Normal,
                                                       QStringLiteral("5 10 20"), &ok);
            if (ok)
                for (const QString &t : text.split(QRegularExpression(QStringLiteral("[\\s;]+")), Qt::SkipEmptyParts)) {
                    bool good = false;
                    const double km = QLocale().toDouble(t, &good);
                    const double km2 = good ? km : t.toDouble(&good);
                    if (good && km2 > 0)
                        out << km2 * 1000;
                }
        }
        if (out.isEmpty())
            return std::nullopt;
        std::sort(out.begin(), out.end());
        return out;
    };
}

CircleTool::~CircleTool() { delete m_band; }

void CircleTool::reset()
{
    m_centre.reset();
    delete m_band;
    m_band = nullptr;
}

void CircleTool::deactivate()
{
    reset();
    GeoMapTool::deactivate();
}

void CircleTool::canvasPressEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    m_centre = toGeo(e->mapPoint());
    m_pressPixel = e->pos();
}

void CircleTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
    if (!m_centre || m_kind != Kind::Circle || !(e->buttons() & Qt::LeftButton))
        return;
    const double r = core::measure::distance(*m_centre, toGeo(e->mapPoint()));
    if (r <= 0)
        return;
    if (!m_band)
        m_band = makeBand(canvas(), QgsWkbTypes::PolygonGeometry);
    m_band->setToGeometry(toMapGeometry(SimpleGeometry::polygon(core::geodesicCircle(*m_centre, r, 72))),
                          static_cast<QgsVectorLayer *>(nullptr));
}

void CircleTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_centre)
        return;
    const GeoPoint centre = *m_centre;
    QList<double> radii;
    if (m_kind == Kind::Circle && pixelDistance(e->pos(), m_pressPixel) > 4)
        radii << core::measure::distance(centre, toGeo(e->mapPoint()));
    reset();
    if (radii.isEmpty()) {
        const auto typed = askRadii ? askRadii() : std::nullopt;
        if (!typed)
            return;
        radii = *typed;
    }
    Annotation a;
    a.kind = m_kind;
    a.style = m_controller->defaultStyle();
    if (m_kind == Kind::RangeRings)
        a.style.fillOpacity = 0;
    a.geometry = SimpleGeometry::point(centre);
    a.radiiMetres = m_kind == Kind::Circle ? QList<double>{radii.back()} : radii;
    const QString id = m_controller->add(a);
    if (!id.isEmpty())
        m_controller->workstation()->selection()->select(QString::fromLatin1(AnnotationsController::kTable), {id}, this);
}

void CircleTool::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape)
        reset();
    else
        e->ignore();
}

// ============================================================================ MeasureTool
void MeasureLabel::setLabel(const QgsPointXY &at, const QString &text)
{
    m_text = text;
    setRect(QgsRectangle(at, at));
    update();
}

void MeasureLabel::paint(QPainter *painter)
{
    if (m_text.isEmpty())
        return;
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QRectF box = painter->boundingRect(QRectF(0, 0, 400, 200), Qt::AlignLeft, m_text).adjusted(-4, -3, 4, 3);
    const QRectF placed = box.translated(14, 14);
    painter->setPen(QPen(QColor(40, 40, 40), 1));
    painter->setBrush(QColor(255, 255, 240, 230));
    painter->drawRoundedRect(placed, 3, 3);
    painter->drawText(placed.adjusted(4, 3, -4, -3), Qt::AlignLeft, m_text);
}

MeasureTool::MeasureTool(QgsMapCanvas *canvas) : GeoMapTool(canvas) { setCursor(Qt::CrossCursor); }

MeasureTool::~MeasureTool()
{
    delete m_line;
    delete m_area;
    delete m_label;
}

QString MeasureTool::describe(const QVector<GeoPoint> &pts)
{
    if (pts.size() < 2)
        return tr("Click to start measuring");
    const core::measure::Inverse leg = core::measure::inverse(pts[pts.size() - 2], pts.back());
    QString text = tr("Leg: %1, bearing %2 (final %3)")
                       .arg(core::measure::formatDistance(leg.distance), core::measure::formatBearing(leg.initialBearing),
                            core::measure::formatBearing(leg.finalBearing));
    if (pts.size() > 2) {
        text += QLatin1Char('\n') + tr("Total: %1").arg(core::measure::formatDistance(core::measure::length(pts)));
        text += QLatin1Char('\n') + tr("Area: %1 (perimeter %2)")
                                        .arg(core::measure::formatArea(core::measure::area(pts)),
                                             core::measure::formatDistance(core::measure::perimeter(pts)));
    }
    return text;
}

void MeasureTool::show(const QVector<GeoPoint> &pts)
{
    if (!m_line)
        m_line = makeBand(canvas(), QgsWkbTypes::LineGeometry);
    if (!m_area) {
        m_area = makeBand(canvas(), QgsWkbTypes::PolygonGeometry);
        m_area->setStrokeColor(Qt::transparent);
        m_area->setFillColor(QColor(31, 119, 180, 40));
    }
    if (!m_label)
        m_label = new MeasureLabel(canvas());
    m_line->reset(QgsWkbTypes::LineGeometry);
    m_area->reset(QgsWkbTypes::PolygonGeometry);
    for (int i = 0; i < pts.size(); ++i) {
        m_line->addPoint(toMap(pts[i]), i == pts.size() - 1);
        if (pts.size() > 2)
            m_area->addPoint(toMap(pts[i]), i == pts.size() - 1);
    }
    m_text = describe(pts);
    if (!pts.isEmpty())
        m_label->setLabel(toMap(pts.back()), m_text);
    emit measured(m_text);
}

void MeasureTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
    if (m_points.isEmpty() || m_done)
        return;
    QVector<GeoPoint> pts = m_points;
    pts << toGeo(e->mapPoint());
    show(pts);
}

void MeasureTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() == Qt::RightButton) {
        if (m_points.size() >= 2 && !m_done) {
            m_done = true;
            show(m_points);
            emit finished(m_text);
        }
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    if (m_done) {
        m_points.clear();
        m_done = false;
    }
    m_points << toGeo(e->mapPoint());
    show(m_points);
}

void MeasureTool::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape) {
        m_points.clear();
        m_done = false;
        show({});
    } else {
        e->ignore();
    }
}

void MeasureTool::deactivate()
{
    delete m_line;
    delete m_area;
    delete m_label;
    m_line = m_area = nullptr;
    m_label = nullptr;
    m_points.clear();
    m_done = false;
    GeoMapTool::deactivate();
}

// ============================================================================ EditTool
EditTool::EditTool(QgsMapCanvas *canvas, AnnotationsController *controller) : GeoMapTool(canvas), m_controller(controller)
{
    setCursor(Qt::PointingHandCursor);
}

EditTool::~EditTool() { delete m_band; }

QString EditTool::annotationAt(const QPoint &pixel) const
{
    const QgsPointXY at = canvas()->getCoordinateTransform()->toMapCoordinates(pixel);
    const double upp = canvas()->mapUnitsPerPixel();
    const QgsGeometry point = QgsGeometry::fromPointXY(at);
    QString best;
    const QList<Annotation> all = m_controller->annotations();
    for (const Annotation &a : all) { // later ones are drawn on top: the last hit wins
        const double reach = (a.kind == Kind::Symbol ? a.style.symbolSize / 2 + 2 : 7) * upp;
        SimpleGeometry g = a.displayGeometry();
        if (a.kind == Kind::RangeRings) // rings are hit on a ring, not inside
            g.type = SimpleGeometry::Type::MultiLineString;
        if (toMapGeometry(g).distance(point) <= reach)
            best = a.id;
    }
    return best;
}

std::optional<std::pair<QString, std::pair<int, int>>> EditTool::vertexAt(const QPoint &pixel) const
{
    double bestDist = 9; // pixels
    std::optional<std::pair<QString, std::pair<int, int>>> best;
    for (const Annotation &a : m_controller->annotations()) {
        if (a.geometry.type == SimpleGeometry::Type::Point)
            continue; // a point is moved, not vertex-edited
        for (int p = 0; p < a.geometry.parts.size(); ++p)
            for (int v = 0; v < a.geometry.parts[p].size(); ++v) {
                const double d = pixelDistance(pixelOf(a.geometry.parts[p][v]), pixel);
                if (d < bestDist) {
                    bestDist = d;
                    best = std::make_pair(a.id, std::make_pair(p, v));
                }
            }
    }
    return best;
}

void EditTool::reset()
{
    m_target.reset();
    m_part = m_vertex = -1;
    m_moved = false;
    delete m_band;
    m_band = nullptr;
}

void EditTool::deactivate()
{
    reset();
    GeoMapTool::deactivate();
}

void EditTool::canvasPressEvent(QgsMapMouseEvent *e)
{
    reset();
    if (e->button() != Qt::LeftButton)
        return;
    m_pressPixel = e->pos();
    if (const auto v = vertexAt(e->pos())) {
        m_target = m_controller->annotation(v->first);
        m_part = v->second.first;
        m_vertex = v->second.second;
        return;
    }
    const QString id = annotationAt(e->pos());
    if (!id.isEmpty())
        m_target = m_controller->annotation(id);
}

SimpleGeometry EditTool::dragged(const QPoint &pixel) const
{
    SimpleGeometry g = m_target->geometry;
    const GeoPoint now = geoAt(pixel);
    if (m_vertex >= 0) {
        auto &part = g.parts[m_part];
        const bool closedRing = g.type == SimpleGeometry::Type::Polygon && (m_vertex == 0 || m_vertex == part.size() - 1);
        part[m_vertex] = now;
        if (closedRing) {
            part.front() = now;
            part.back() = now;
        }
        return g;
    }
    const GeoPoint from = geoAt(m_pressPixel);
    for (auto &part : g.parts)
        for (GeoPoint &p : part) {
            p.lat = qBound(-90.0, p.lat + now.lat - from.lat, 90.0);
            p.lon = qBound(-180.0, p.lon + now.lon - from.lon, 180.0);
        }
    return g;
}

void EditTool::canvasMoveEvent(QgsMapMouseEvent *e)
{
    if (!m_target || !(e->buttons() & Qt::LeftButton))
        return;
    if (!m_moved && pixelDistance(e->pos(), m_pressPixel) < 3)
        return;
    m_moved = true;
    Annotation preview = *m_target;
    preview.geometry = dragged(e->pos());
    const SimpleGeometry shown = preview.displayGeometry();
    if (!m_band)
        m_band = makeBand(canvas(), bandType(shown.type));
    m_band->setToGeometry(toMapGeometry(shown), static_cast<QgsVectorLayer *>(nullptr));
}

void EditTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QString table = QString::fromLatin1(AnnotationsController::kTable);
    if (m_target && m_moved) {
        const SimpleGeometry g = dragged(e->pos());
        if (m_vertex >= 0) {
            m_controller->setGeometry(m_target->id, g, tr("Move a vertex"));
        } else {
            const GeoPoint from = geoAt(m_pressPixel), now = geoAt(e->pos());
            m_controller->move(m_target->id, now.lat - from.lat, now.lon - from.lon);
        }
        m_controller->workstation()->selection()->select(table, {m_target->id}, this);
    } else if (m_target) {
        m_controller->workstation()->selection()->select(table, {m_target->id}, this);
    } else {
        m_controller->workstation()->selection()->clear(table, this);
    }
    reset();
}

void EditTool::canvasDoubleClickEvent(QgsMapMouseEvent *e)
{
    const QString id = annotationAt(e->pos());
    if (!id.isEmpty())
        m_controller->editProperties(id, canvas());
}

void EditTool::keyPressEvent(QKeyEvent *e)
{
    if (e->key() != Qt::Key_Delete && e->key() != Qt::Key_Backspace) {
        e->ignore();
        return;
    }
    const QSet<QString> ids = m_controller->workstation()->selection()->ids(QString::fromLatin1(AnnotationsController::kTable));
    for (const QString &id : ids)
        if (!m_controller->removeWithConfirmation(id, canvas()))
            break;
}

} // namespace vigie::plugins
