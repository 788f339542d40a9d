// SPDX-License-Identifier: GPL-2.0-or-later
#include "sites_controller.h"

#include "mission/mission_store.h"
#include "sites/site_io.h"
#include "sites/site_repository.h"
#include "workstation/workstation.h"

#include <qgscoordinatetransform.h>
#include <qgsdatasourceuri.h>
#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometrygeneratorsymbollayer.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>

namespace vigie::plugins {

SitesController::SitesController(ui::Workstation *workstation, QObject *parent) : QObject(parent), m_ws(workstation) {}

QWidget *SitesController::dialogParent() const { return m_ws->mapCanvas()->window(); }

void SitesController::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    dropLayer();
    m_mission = mission;
    if (m_mission) {
        connect(m_mission, &core::MissionStore::changed, this, &SitesController::storeChanged);
        createLayer();
    }
}

void SitesController::createLayer()
{
    QgsDataSourceUri uri;
    uri.setDatabase(m_mission->path());
    uri.setDataSource(QString(), QStringLiteral("protected_sites"), QStringLiteral("geom"), QStringLiteral("deleted_at_ms IS NULL"));
    auto *layer = new QgsVectorLayer(uri.uri(), tr("Protected sites"), QStringLiteral("spatialite"));
    if (!layer->isValid()) {
        m_ws->pushMessage(tr("Protected sites"), tr("The protected sites cannot be shown on the map."), ui::MessageLevel::Warning);
        delete layer;
        return;
    }
    layer->setObjectName(QStringLiteral("protectedSitesLayer"));
    layer->setReadOnly(true); // writes go through SiteRepository
    // The site's radius as a circle (a buffer in Web Mercator, scaled by the latitude), and its point.
    auto *circleFill = new QgsSimpleFillSymbolLayer(QColor(30, 110, 200, 40), Qt::SolidPattern, QColor(30, 90, 180), Qt::DashLine, 0.5);
    auto *circle = QgsGeometryGeneratorSymbolLayer::create(
        {{QStringLiteral("geometryModifier"),
          QStringLiteral("transform(buffer(transform($geometry, 'EPSG:4326', 'EPSG:3857'), \"radius_m\" / cos(radians(y($geometry))), 36), "
                         "'EPSG:3857', 'EPSG:4326')")}});
    auto *generator = static_cast<QgsGeometryGeneratorSymbolLayer *>(circle);
    generator->setSymbolType(Qgis::SymbolType::Fill);
    generator->setSubSymbol(new QgsFillSymbol(QgsSymbolLayerList{circleFill}));
    auto *dot = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Square, 3.0, 0, Qgis::ScaleMethod::ScaleArea, QColor(30, 90, 180), Qt::white);
    auto *symbol = new QgsMarkerSymbol(QgsSymbolLayerList{circle, dot});
    layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
    QgsPalLayerSettings labels;
    labels.fieldName = QStringLiteral("name");
    labels.placement = QgsPalLayerSettings::AroundPoint;
    QgsTextFormat format;
    format.setSize(8);
    format.setColor(QColor(20, 60, 130));
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setColor(Qt::white);
    format.setBuffer(buffer);
    labels.setFormat(format);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(labels));
    layer->setLabelsEnabled(true);
    m_layer = layer;
    m_ws->addLayer(layer);
}

void SitesController::dropLayer()
{
    if (m_layer)
        QgsProject::instance()->removeMapLayer(m_layer->id());
    m_layer = nullptr;
}

void SitesController::storeChanged(const QString &table)
{
    if (table == QLatin1String("protected_sites") && m_layer) {
        m_layer->dataProvider()->reloadData(); // the provider's cached count and extent
        m_layer->reload();
        m_layer->updateExtents();
        m_layer->triggerRepaint();
    }
}

void SitesController::highlight(const QString &siteId)
{
    if (!m_layer)
        return;
    if (siteId.isEmpty()) {
        m_layer->removeSelection();
        return;
    }
    m_layer->selectByExpression(QStringLiteral("\"id\" = %1").arg(QgsExpression::quotedString(siteId)));
}

bool SitesController::addSiteAt(double lat, double lon)
{
    if (!m_mission || m_mission->isReadOnly())
        return false;
    QDialog dialog(dialogParent());
    dialog.setObjectName(QStringLiteral("siteDialog"));
    dialog.setWindowTitle(tr("New protected site"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("siteName"));
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("siteKind"));
    for (core::SiteKind k : core::allSiteKinds())
        kind->addItem(core::siteKindLabel(k), int(k));
    auto *radius = new QDoubleSpinBox;
    radius->setObjectName(QStringLiteral("siteRadius"));
    radius->setRange(10, 100000);
    radius->setDecimals(0);
    radius->setValue(1000);
    radius->setSuffix(tr(" m"));
    form->addRow(tr("Name"), name);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Radius"), radius);
    form->addRow(tr("Position"), new QLabel(QStringLiteral("%1, %2").arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, buttons, [buttons](const QString &t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    core::ProtectedSite site;
    site.name = name->text().trimmed();
    site.kind = core::SiteKind(kind->currentData().toInt());
    site.lat = lat;
    site.lon = lon;
    site.radiusM = radius->value();
    try {
        const core::ProtectedSite stored = core::SiteRepository(*m_mission).add(site);
        m_ws->pushMessage(tr("Protected sites"), tr("Added %1.").arg(stored.name), ui::MessageLevel::Success);
        return true;
    } catch (const core::MissionError &e) {
        m_ws->pushMessage(tr("Protected sites"), e.message(), ui::MessageLevel::Critical);
        return false;
    }
}

void SitesController::importFile(const QString &path)
{
    if (!m_mission || m_mission->isReadOnly())
        return;
    try {
        core::SiteRepository repo(*m_mission);
        const core::SiteImportResult r = core::SiteIo::importFile(repo, path);
        QString text = tr("%n site(s) imported from %1.", nullptr, int(r.sites.size())).arg(QFileInfo(path).fileName());
        if (!r.rejects.isEmpty())
            text += QLatin1Char(' ') + tr("%n record(s) refused; the first: %1", nullptr, int(r.rejects.size())).arg(r.rejects.front().toString());
        m_ws->pushMessage(tr("Protected sites"), text, r.rejects.isEmpty() ? ui::MessageLevel::Success : ui::MessageLevel::Warning);
    } catch (const core::MissionError &e) {
        m_ws->pushMessage(tr("Protected sites"), e.message(), ui::MessageLevel::Critical);
    }
}

AddSiteTool::AddSiteTool(QgsMapCanvas *canvas, SitesController *controller) : QgsMapToolEmitPoint(canvas), m_controller(controller) {}

void AddSiteTool::canvasReleaseEvent(QgsMapMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const QgsCoordinateTransform t(canvas()->mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                   QgsProject::instance());
    try {
        const QgsPointXY p = t.transform(e->mapPoint());
        m_controller->addSiteAt(p.y(), p.x());
    } catch (const QgsCsException &) {
    }
}

} // namespace vigie::plugins
