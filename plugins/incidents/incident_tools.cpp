// SPDX-License-Identifier: GPL-2.0-or-later
#include "incident_tools.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <limits>

namespace vigie::plugins {

IncidentIdentifyTool::IncidentIdentifyTool(QgsMapCanvas *canvas) : QgsMapTool(canvas) { setCursor(Qt::PointingHandCursor); }

QString IncidentIdentifyTool::incidentAt(const QPoint &pixel, int pixels)
{
    if (!m_layer)
        return {};
    const QgsPointXY p1 = toLayerCoordinates(m_layer, toMapCoordinates(pixel - QPoint(pixels, pixels)));
    const QgsPointXY p2 = toLayerCoordinates(m_layer, toMapCoordinates(pixel + QPoint(pixels, pixels)));
    const QgsPointXY centre = toLayerCoordinates(m_layer, toMapCoordinates(pixel));
    QgsFeatureRequest request(QgsRectangle(p1, p2));
    request.setSubsetOfAttributes(QStringList{QStringLiteral("id")}, m_layer->fields());
    QgsFeatureIterator it = m_layer->getFeatures(request);
    QgsFeature f;
    QString best;
    double bestDistance = std::numeric_limits<double>::max();
    while (it.nextFeature(f)) {
        if (!f.hasGeometry())
            continue;
        const double d = f.geometry().asPoint().sqrDist(centre);
        if (d < bestDistance) {
            bestDistance = d;
            best = f.attribute(QStringLiteral("id")).toString();
        }
    }
    return best;
}

void IncidentIdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QString id = incidentAt(e->pos());
    if (id.isEmpty())
        emit clickedEmpty();
    else
        emit clicked(id);
}

PickPositionTool::PickPositionTool(QgsMapCanvas *canvas) : QgsMapTool(canvas) { setCursor(Qt::CrossCursor); }

void PickPositionTool::start()
{
    if (canvas()->mapTool() != this)
        m_previous = canvas()->mapTool();
    canvas()->setMapTool(this);
}

void PickPositionTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QgsCoordinateTransform toWgs84(canvas()->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                         QgsProject::instance());
    const QgsPointXY p = toWgs84.transform(e->mapPoint());
    if (m_previous)
        canvas()->setMapTool(m_previous);
    else
        canvas()->unsetMapTool(this);
    emit picked(core::GeoPoint{p.y(), p.x()});
}

} // namespace vigie::plugins
