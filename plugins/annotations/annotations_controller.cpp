// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations_controller.h"

#include "annotation_commands.h"
#include "annotation_dialog.h"
#include "annotation_layer.h"
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_repository.h"
#include "mission/mission_store.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

namespace vigie::plugins {

using core::Annotation;

AnnotationsController::AnnotationsController(ui::Workstation *workstation, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_undo(new QUndoStack(this))
{
    connect(workstation->selection(), &ui::Selection::changed, this, &AnnotationsController::selectionChanged);
}

AnnotationsController::~AnnotationsController() = default;

void AnnotationsController::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    // The undo history belongs to one mission: its commands name that mission's rows.
    m_undo->clear();
    dropLayer();
    m_repo.reset();
    m_mission = mission;
    if (m_mission) {
        m_repo = std::make_unique<core::AnnotationRepository>(*m_mission);
        connect(m_mission, &core::MissionStore::changed, this, &AnnotationsController::storeChanged);
        createLayer();
    }
    emit annotationsChanged();
}

QList<QgsVectorLayer *> AnnotationsController::layers() const
{
    QList<QgsVectorLayer *> out;
    for (const auto &l : m_layers)
        if (l)
            out << l.data();
    return out;
}

void AnnotationsController::createLayer()
{
    for (QgsVectorLayer *layer : createAnnotationLayers(m_mission->path())) {
        if (!layer->isValid()) {
            reportError(tr("The annotations of %1 cannot be shown on the map.").arg(QFileInfo(m_mission->path()).fileName()));
            delete layer;
            continue;
        }
        m_layers << layer;
        m_workstation->addLayer(layer);
        connect(layer, &QgsVectorLayer::selectionChanged, this, &AnnotationsController::layerSelectionChanged);
    }
}

void AnnotationsController::dropLayer()
{
    // Workstation has no removeLayer(); the project owns the layers (see the report).
    for (const auto &layer : qAsConst(m_layers))
        if (layer)
            QgsProject::instance()->removeMapLayer(layer->id());
    m_layers.clear();
    m_knownVersions.clear();
}

void AnnotationsController::storeChanged(const QString &table)
{
    if (table != QLatin1String(kTable))
        return;
    for (QgsVectorLayer *layer : layers()) {
        layer->dataProvider()->reloadData();
        layer->updateExtents();
        layer->triggerRepaint();
    }
    emit annotationsChanged();
}

void AnnotationsController::reportError(const QString &message)
{
    m_workstation->pushMessage(tr("Annotations"), message, ui::MessageLevel::Critical);
}

QList<Annotation> AnnotationsController::annotations() const { return m_repo ? m_repo->list() : QList<Annotation>(); }

std::optional<Annotation> AnnotationsController::annotation(const QString &id) const
{
    return m_repo ? m_repo->get(id) : std::nullopt;
}

QHash<QString, qint64> AnnotationsController::featureIds() const
{
    QHash<QString, qint64> out;
    if (!m_mission)
        return out;
    core::Statement st = m_mission->database().prepare(QStringLiteral("SELECT id, fid FROM annotations WHERE deleted_at_ms IS NULL"));
    while (st.step())
        out.insert(st.text(0), st.int64(1));
    return out;
}

QString AnnotationsController::add(Annotation a, const QString &undoText)
{
    if (!m_repo) {
        reportError(tr("Open a mission first."));
        return {};
    }
    try {
        const Annotation stored = m_repo->add(a);
        setKnownVersion(stored.id, stored.version);
        m_undo->push(new AnnotationCommand(this, AnnotationCommand::Type::Add, Annotation(), stored,
                                           undoText.isEmpty() ? tr("Add %1").arg(Annotation::kindLabel(a.kind)) : undoText));
        return stored.id;
    } catch (const core::AnnotationError &e) {
        reportError(e.message());
    } catch (const core::MissionError &e) {
        reportError(e.message());
    }
    return {};
}

bool AnnotationsController::edit(const Annotation &content, const QString &undoText)
{
    if (!m_repo)
        return false;
    const auto before = m_repo->get(content.id);
    if (!before) {
        reportError(tr("The annotation is no longer in the mission."));
        return false;
    }
    Annotation next = content;
    next.version = before->version;
    if (next.sameContent(*before))
        return true;
    try {
        const Annotation stored = m_repo->update(next);
        setKnownVersion(stored.id, stored.version);
        m_undo->push(new AnnotationCommand(this, AnnotationCommand::Type::Edit, *before, stored, undoText));
        return true;
    } catch (const core::AnnotationError &e) {
        reportError(e.message());
    } catch (const core::MissionError &e) {
        reportError(e.message());
    }
    return false;
}

bool AnnotationsController::setGeometry(const QString &id, const core::SimpleGeometry &geometry, const QString &undoText)
{
    auto a = annotation(id);
    if (!a)
        return false;
    a->geometry = geometry;
    return edit(*a, undoText);
}

bool AnnotationsController::move(const QString &id, double dLat, double dLon)
{
    auto a = annotation(id);
    if (!a)
        return false;
    for (auto &part : a->geometry.parts)
        for (core::GeoPoint &p : part) {
            p.lat = qBound(-90.0, p.lat + dLat, 90.0);
            p.lon = qBound(-180.0, p.lon + dLon, 180.0);
        }
    return edit(*a, tr("Move %1").arg(Annotation::kindLabel(a->kind)));
}

bool AnnotationsController::restyle(const QString &id, const core::AnnotationStyle &style)
{
    auto a = annotation(id);
    if (!a)
        return false;
    a->style = style;
    return edit(*a, tr("Restyle %1").arg(Annotation::kindLabel(a->kind)));
}

bool AnnotationsController::remove(const QString &id)
{
    if (!m_repo)
        return false;
    const auto before = m_repo->get(id);
    if (!before)
        return false;
    try {
        Annotation after = *before;
        after.version = m_repo->remove(id, before->version);
        setKnownVersion(id, after.version);
        m_undo->push(new AnnotationCommand(this, AnnotationCommand::Type::Delete, *before, after,
                                           tr("Delete %1").arg(Annotation::kindLabel(before->kind))));
        QSet<QString> sel = m_workstation->selection()->ids(QString::fromLatin1(kTable));
        if (sel.remove(id))
            m_workstation->selection()->select(QString::fromLatin1(kTable), sel);
        return true;
    } catch (const core::AnnotationError &e) {
        reportError(e.message());
    } catch (const core::MissionError &e) {
        reportError(e.message());
    }
    return false;
}

bool AnnotationsController::removeWithConfirmation(const QString &id, QWidget *parent)
{
    const auto a = annotation(id);
    if (!a)
        return false;
    const QString what = a->style.text.isEmpty() ? Annotation::kindLabel(a->kind)
                                                 : QStringLiteral("%1 \"%2\"").arg(Annotation::kindLabel(a->kind), a->style.text);
    if (QMessageBox::question(parent, tr("Delete annotation"), tr("Delete %1? You can undo it with Ctrl+Z.").arg(what)) != QMessageBox::Yes)
        return false;
    return remove(id);
}

bool AnnotationsController::editProperties(const QString &id, QWidget *parent)
{
    const auto a = annotation(id);
    if (!a)
        return false;
    AnnotationDialog dialog(*a, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return edit(dialog.annotation(), tr("Edit %1").arg(Annotation::kindLabel(a->kind)));
}

int AnnotationsController::importFile(const QString &path)
{
    if (!m_repo) {
        reportError(tr("Open a mission first."));
        return -1;
    }
    try {
        const core::AnnotationImportResult r = core::annotation_exchange::importIntoMission(*m_mission, path);
        // An import is not undoable step by step: it is one audited write of many rows.
        m_undo->clear();
        m_workstation->pushMessage(tr("Annotations"),
                                   tr("%1: %2 added, %3 updated, %4 already there.").arg(QFileInfo(path).fileName()).arg(r.added).arg(r.updated).arg(r.skipped),
                                   ui::MessageLevel::Success);
        return r.added + r.updated;
    } catch (const core::AnnotationError &e) {
        reportError(e.message());
    } catch (const core::MissionError &e) {
        reportError(e.message());
    }
    return -1;
}

bool AnnotationsController::exportFile(const QString &path)
{
    if (!m_repo)
        return false;
    try {
        const int count = core::annotation_exchange::exportMission(*m_mission, path);
        m_workstation->pushMessage(tr("Annotations"), tr("%n annotation(s) written to %1.", nullptr, count).arg(QFileInfo(path).fileName()),
                                   ui::MessageLevel::Success);
        return true;
    } catch (const core::AnnotationError &e) {
        reportError(e.message());
    } catch (const core::MissionError &e) {
        reportError(e.message());
    }
    return false;
}

void AnnotationsController::selectionChanged(const QString &table, QObject *origin)
{
    if (table != QLatin1String(kTable) || origin == this || m_layers.isEmpty())
        return;
    const QHash<QString, qint64> fids = featureIds();
    QgsFeatureIds ids;
    for (const QString &id : m_workstation->selection()->ids(table))
        if (fids.contains(id))
            ids.insert(fids.value(id));
    m_syncingSelection = true;
    for (QgsVectorLayer *layer : layers())
        layer->selectByIds(ids); // fids are the table's: each layer selects those it shows
    m_syncingSelection = false;
}

void AnnotationsController::layerSelectionChanged()
{
    if (m_syncingSelection || m_layers.isEmpty())
        return;
    const QHash<QString, qint64> fids = featureIds();
    QSet<QString> ids;
    QgsFeatureIds selected;
    for (QgsVectorLayer *layer : layers())
        selected.unite(layer->selectedFeatureIds());
    for (auto it = fids.cbegin(); it != fids.cend(); ++it)
        if (selected.contains(it.value()))
            ids.insert(it.key());
    m_workstation->selection()->select(QString::fromLatin1(kTable), ids, this);
}

} // namespace vigie::plugins
