// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/coordinate_status.h"

#include "geo/coordinate_parser.h"
#include "geo/mgrs.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace vigie::ui {

CoordinateStatus::CoordinateStatus(QgsMapCanvas *canvas, QWidget *parent) : QWidget(parent), m_canvas(canvas)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto make = [this, layout](const QString &name, const QString &tip, int minChars) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setToolTip(tip);
        l->setMinimumWidth(l->fontMetrics().averageCharWidth() * minChars);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
        return l;
    };
    m_mgrs = make(QStringLiteral("statusMgrs"), tr("Cursor position in MGRS (1 m)"), 20);
    m_degrees = make(QStringLiteral("statusDegrees"), tr("Cursor position in decimal degrees (WGS 84)"), 22);
    m_scale = make(QStringLiteral("statusScale"), tr("Map scale"), 12);
    m_crs = make(QStringLiteral("statusCrs"), tr("Coordinate reference system of the map"), 10);
    m_mission = make(QStringLiteral("statusMission"), tr("Open mission"), 10);
    QFont mono = m_mgrs->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_mgrs->setFont(mono);
    m_degrees->setFont(mono);

    connect(canvas, &QgsMapCanvas::xyCoordinates, this, &CoordinateStatus::cursorMoved);
    connect(canvas, &QgsMapCanvas::scaleChanged, this, &CoordinateStatus::updateScale);
    connect(canvas, &QgsMapCanvas::destinationCrsChanged, this, &CoordinateStatus::updateCrs);
    // Until the cursor is over the map, the readouts show the map's centre: never blank.
    connect(canvas, &QgsMapCanvas::extentsChanged, this, [this] {
        if (!m_canvas->underMouse())
            cursorMoved(m_canvas->center());
    });
    updateCrs();
    updateScale(canvas->scale());
    setMissionText(tr("no mission"));
}

QString CoordinateStatus::mgrsText() const { return m_mgrs->text(); }
QString CoordinateStatus::degreesText() const { return m_degrees->text(); }
QString CoordinateStatus::scaleText() const { return m_scale->text(); }
QString CoordinateStatus::crsText() const { return m_crs->text(); }

void CoordinateStatus::setMissionText(const QString &text) { m_mission->setText(tr("mission: %1").arg(text)); }

void CoordinateStatus::cursorMoved(const QgsPointXY &mapPoint)
{
    const QgsCoordinateReferenceSystem wgs84(QStringLiteral("EPSG:4326"));
    QgsPointXY p = mapPoint;
    if (m_canvas->mapSettings().destinationCrs() != wgs84) {
        try {
            const QgsCoordinateTransform ct(m_canvas->mapSettings().destinationCrs(), wgs84, QgsProject::instance());
            p = ct.transform(mapPoint);
        } catch (const QgsCsException &) {
            m_mgrs->setText(tr("outside the map's projection"));
            m_degrees->clear();
            return;
        }
    }
    showPosition({p.y(), p.x()});
}

void CoordinateStatus::showPosition(const core::GeoPoint &wgs84)
{
    if (wgs84.lat < -90 || wgs84.lat > 90 || wgs84.lon < -180 || wgs84.lon > 180) {
        m_mgrs->setText(tr("off the globe"));
        m_degrees->clear();
        return;
    }
    m_mgrs->setText(core::mgrs::fromLatLon(wgs84));
    m_degrees->setText(core::formatDecimalDegrees(wgs84));
}

void CoordinateStatus::updateScale(double scale)
{
    m_scale->setText(QStringLiteral("1:%1").arg(QLocale().toString(qRound64(scale))));
}

void CoordinateStatus::updateCrs() { m_crs->setText(m_canvas->mapSettings().destinationCrs().authid()); }

} // namespace vigie::ui
