// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks_layers.h"

#include "mission/mission_store.h"
#include "tracks/track_repository.h"
#include "workstation/selection.h"
#include "workstation/workstation.h"

#include <qgsfeature.h>
#include <qgsfield.h>
#include <qgsfields.h>
#include <qgsgeometry.h>
#include <qgslinestring.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QFont>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace vigie::plugins {

namespace {
const QString kTable = QStringLiteral("tracks");

// Friend blue, hostile red, neutral green, unknown yellow (the usual affiliation colours, in the
// palette of the rest of the map); stale contacts grey.
const QString kColourExpression = QStringLiteral(
    "CASE WHEN \"stale\" = 1 THEN '#9a9a9a' "
    "WHEN \"affiliation\" = 'friend' THEN '#1f77b4' "
    "WHEN \"affiliation\" = 'hostile' THEN '#d62728' "
    "WHEN \"affiliation\" = 'neutral' THEN '#2ca02c' "
    "ELSE '#e6c229' END");

QgsFields trackFields(bool positions)
{
    QgsFields f;
    f.append(QgsField(QStringLiteral("id"), QVariant::String));
    f.append(QgsField(QStringLiteral("callsign"), QVariant::String));
    f.append(QgsField(QStringLiteral("kind"), QVariant::String));
    f.append(QgsField(QStringLiteral("affiliation"), QVariant::String));
    f.append(QgsField(QStringLiteral("stale"), QVariant::Int));
    if (positions) {
        f.append(QgsField(QStringLiteral("time_ms"), QVariant::LongLong));
        f.append(QgsField(QStringLiteral("course"), QVariant::Double));
    }
    return f;
}

QgsVectorLayer *makeLinesLayer()
{
    auto *layer = new QgsVectorLayer(QStringLiteral("LineString?crs=EPSG:4326"), TracksLayers::tr("Tracks"), QStringLiteral("memory"));
    layer->dataProvider()->addAttributes(trackFields(false).toList());
    layer->updateFields();
    auto *line = new QgsSimpleLineSymbolLayer(QColor(QStringLiteral("#1f77b4")), 0.6);
    line->setDataDefinedProperty(QgsSymbolLayer::PropertyStrokeColor, QgsProperty::fromExpression(kColourExpression));
    layer->setRenderer(new QgsSingleSymbolRenderer(new QgsLineSymbol(QgsSymbolLayerList{line})));
    layer->setOpacity(0.85);
    return layer;
}

} // namespace

QgsFields TracksLayers::positionFields()
{
    return trackFields(true);
}

QgsVectorLayer *TracksLayers::makePositionsLayer(const QString &name, CallsignLabels callsigns)
{
    auto *layer = new QgsVectorLayer(QStringLiteral("Point?crs=EPSG:4326"), name, QStringLiteral("memory"));
    layer->dataProvider()->addAttributes(trackFields(true).toList());
    layer->updateFields();
    // A filled arrowhead (pointing east at angle 0, angles clockwise) turned to the course.
    auto *marker = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::ArrowHeadFilled, 4.2);
    marker->setColor(QColor(QStringLiteral("#1f77b4")));
    marker->setStrokeColor(QColor(QStringLiteral("#202020")));
    marker->setStrokeWidth(0.3);
    marker->setAngle(0);
    marker->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromExpression(kColourExpression));
    marker->setDataDefinedProperty(QgsSymbolLayer::PropertyAngle, QgsProperty::fromExpression(QStringLiteral("coalesce(\"course\", 0) - 90")));
    QgsSymbolLayerList symbolLayers{marker};
    if (callsigns == CallsignLabels::Symbol) {
        // The callsign right of the arrow, in bold without a halo: QGIS draws a font marker as a
        // path (glyph outlines loaded per point), so every further copy or a stroked halo adds
        // its cost again at each redraw.
        auto *text = new QgsFontMarkerSymbolLayer(QFont().family(), QString(), 3.0, QColor(QStringLiteral("#101010")));
        text->setFontStyle(QStringLiteral("Bold"));
        text->setDataDefinedProperty(QgsSymbolLayer::PropertyCharacter, QgsProperty::fromField(QStringLiteral("callsign")));
        text->setHorizontalAnchorPoint(QgsMarkerSymbolLayer::Left);
        text->setVerticalAnchorPoint(QgsMarkerSymbolLayer::VCenter);
        text->setOffset(QPointF(3.2, 0));
        text->setStrokeWidth(0);
        symbolLayers << text;
    }
    auto *symbol = new QgsMarkerSymbol(symbolLayers);
    layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
    if (callsigns == CallsignLabels::Symbol)
        return layer;

    QgsPalLayerSettings labels;
    labels.fieldName = QStringLiteral("callsign");
    labels.placement = QgsPalLayerSettings::AroundPoint;
    labels.dist = 2.0;
    QgsTextFormat format;
    format.setSize(9);
    format.setColor(QColor(QStringLiteral("#101010")));
    QgsTextBufferSettings buffer;
    buffer.setEnabled(true);
    buffer.setSize(1.0);
    buffer.setColor(Qt::white);
    format.setBuffer(buffer);
    labels.setFormat(format);
    layer->setLabeling(new QgsVectorLayerSimpleLabeling(labels));
    layer->setLabelsEnabled(true);
    return layer;
}

TracksLayers::TracksLayers(ui::Workstation *workstation, QObject *parent) : QObject(parent), m_workstation(workstation)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRebuildDelayMs);
    connect(m_timer, &QTimer::timeout, this, &TracksLayers::rebuild);
    connect(workstation->timeWindow(), &core::TimeWindow::changed, this, &TracksLayers::scheduleRebuild);
    connect(workstation->selection(), &ui::Selection::changed, this, [this](const QString &table, QObject *origin) {
        if (table == kTable && origin != this)
            applySharedSelection();
    });
    connect(workstation, &ui::Workstation::missionChanged, this, &TracksLayers::setMission);
    setMission(workstation->mission());
}

TracksLayers::~TracksLayers() = default;

void TracksLayers::setMission(core::MissionStore *mission)
{
    if (m_mission)
        disconnect(m_mission, nullptr, this, nullptr);
    m_mission = mission;
    if (m_mission) {
        connect(m_mission, &core::MissionStore::changed, this, [this](const QString &table) {
            if (table == QLatin1String("tracks") || table == QLatin1String("track_points"))
                scheduleRebuild();
        });
        ensureLayers();
    }
    // At once: the old mission's store goes away right after this signal.
    rebuild();
}

void TracksLayers::ensureLayers()
{
    // The project owns the layers; the user may remove them, and then they come back with the
    // next mission.
    if (!m_lines) {
        m_lines = makeLinesLayer();
        m_lines->setObjectName(QStringLiteral("tracksLinesLayer"));
        m_workstation->addLayer(m_lines);
        connect(m_lines, &QgsVectorLayer::selectionChanged, this, [this] { layerSelectionChanged(m_lines); });
    }
    if (!m_positions) {
        m_positions = makePositionsLayer(tr("Track positions"));
        m_positions->setObjectName(QStringLiteral("tracksPositionsLayer"));
        m_workstation->addLayer(m_positions);
        connect(m_positions, &QgsVectorLayer::selectionChanged, this, [this] { layerSelectionChanged(m_positions); });
    }
}

void TracksLayers::scheduleRebuild()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void TracksLayers::rebuild()
{
    m_timer->stop();
    if (!m_lines && !m_positions)
        return;
    QList<QgsFeature> lines;
    QList<QgsFeature> positions;
    m_growing.clear();
    m_lastChunk = m_mission ? core::TrackRepository(*m_mission).lastChunk() : 0;
    if (m_mission) {
        const qint64 from = m_workstation->timeWindow()->startMs();
        const qint64 to = m_workstation->timeWindow()->endMs();
        core::TrackRepository repo(*m_mission);
        // Contacts of the live feeds whose newest fix the window reaches are drawn by the Live
        // contacts layer (with their CoT stale time); one marker each, not two.
        QHash<QString, qint64> live;
        if (m_mission->schemaVersion() >= 6) {
            core::Statement st = m_mission->database().prepare(QStringLiteral("SELECT track_id, t_ms FROM live_contacts WHERE t_ms IS NOT NULL"));
            while (st.step())
                live.insert(st.text(0), st.int64(1));
        }
        const QgsFields lineFields = trackFields(false);
        const QgsFields positionFields = trackFields(true);
        for (const core::Track &t : repo.tracks(from, to)) {
            const QString affiliation = core::affiliationToString(t.affiliation);
            const QString kind = core::trackKindToString(t.kind);
            const std::vector<core::TrackPoint> pts = repo.points(t.id, from, to);
            // Stale: no fix in the last kStaleMs before the window's end.
            bool stale = true;
            for (auto it = pts.rbegin(); it != pts.rend(); ++it)
                if (it->hasTime() && it->timeMs <= to) {
                    stale = to - it->timeMs > kStaleMs;
                    break;
                }
            if (pts.size() >= 2) {
                QVector<double> xs, ys;
                xs.reserve(int(pts.size()));
                ys.reserve(int(pts.size()));
                for (const core::TrackPoint &p : pts) {
                    xs << p.lon;
                    ys << p.lat;
                }
                QgsFeature f(lineFields);
                f.setGeometry(QgsGeometry(new QgsLineString(xs, ys)));
                f.setAttributes(QgsAttributes(QVector<QVariant>{QVariant(t.id), QVariant(t.displayName()), QVariant(kind), QVariant(affiliation), QVariant(0)}));
                lines << f;
            }
            const auto liveFix = live.constFind(t.id);
            if (liveFix != live.constEnd() && to >= *liveFix)
                continue;
            if (const auto at = repo.positionAt(t.id, to)) {
                QgsFeature f(positionFields);
                f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(at->lon, at->lat)));
                f.setAttributes(QgsAttributes(QVector<QVariant>{QVariant(t.id), QVariant(t.displayName()), QVariant(kind), QVariant(affiliation), QVariant(stale ? 1 : 0), QVariant(at->timeMs),
                                 std::isfinite(at->course) ? QVariant(at->course) : QVariant()}));
                positions << f;
            }
        }
    }
    m_applying = true;
    auto refill = [](QgsVectorLayer *layer, QList<QgsFeature> &features, QMultiHash<QString, QgsFeatureId> &fids) {
        fids.clear();
        if (!layer)
            return;
        layer->removeSelection();
        layer->dataProvider()->truncate();
        layer->dataProvider()->addFeatures(features);
        for (const QgsFeature &f : features)
            fids.insert(f.attribute(0).toString(), f.id());
        layer->updateExtents();
        layer->triggerRepaint();
    };
    refill(m_lines, lines, m_lineFids);
    refill(m_positions, positions, m_positionFids);
    m_applying = false;
    applySharedSelection();
}

void TracksLayers::appendNewPoints()
{
    if (!m_mission || !m_lines || m_timer->isActive())
        return; // a full rebuild is due anyway
    const qint64 from = m_workstation->timeWindow()->startMs();
    const qint64 to = m_workstation->timeWindow()->endMs();
    core::TrackRepository repo(*m_mission);
    const qint64 before = m_lastChunk;
    QgsGeometryMap changed;
    QSet<QString> touched;
    std::vector<std::pair<QString, GrowingLine>> finished; // full tails, kept as they are
    for (const core::TrackRepository::NewPoint &n : repo.pointsAfterChunk(before, from, to)) {
        m_lastChunk = std::max(m_lastChunk, n.chunk);
        const QString &id = n.trackId;
        auto it = m_growing.find(id);
        if (it == m_growing.end()) {
            // This track's first growth since the rebuild: the tail starts at the line's last vertex.
            GrowingLine g;
            if (const auto last = repo.lastPointUpToChunk(n.trackFid, before, from, to)) {
                g.times.push_back(last->timeMs);
                g.xs << last->lon;
                g.ys << last->lat;
            }
            it = m_growing.insert(id, std::move(g));
        }
        const qint64 t = n.point.timeMs;
        if (!it->times.empty() && t <= it->times.front())
            continue; // older than the tail: the next rebuild puts it in its place
        // In time order (a late fix goes where it belongs); one vertex per instant.
        const auto at = std::upper_bound(it->times.begin(), it->times.end(), t);
        if (at != it->times.begin() && *(at - 1) == t)
            continue;
        const int i = int(at - it->times.begin());
        it->times.insert(at, t);
        it->xs.insert(i, n.point.lon);
        it->ys.insert(i, n.point.lat);
        touched.insert(id);
        if (int(it->times.size()) >= kTailVertices) {
            // Full: this piece stays as it is; the next starts at its last vertex.
            finished.emplace_back(id, *it);
            GrowingLine next;
            next.times.push_back(it->times.back());
            next.xs << it->xs.last();
            next.ys << it->ys.last();
            *it = std::move(next);
        }
    }
    if (touched.isEmpty())
        return;
    const QgsFields lineFields = trackFields(false);
    QHash<QString, QgsAttributes> attributes;
    const auto attributesOf = [&](const QString &id) -> const QgsAttributes * {
        auto a = attributes.find(id);
        if (a == attributes.end()) {
            const std::optional<core::Track> t = repo.track(id);
            if (!t)
                return nullptr;
            a = attributes.insert(id, QgsAttributes(QVector<QVariant>{QVariant(t->id), QVariant(t->displayName()),
                                                                      QVariant(core::trackKindToString(t->kind)),
                                                                      QVariant(core::affiliationToString(t->affiliation)), QVariant(0)}));
        }
        return &*a;
    };
    QList<QgsFeature> added;
    std::vector<GrowingLine *> addedFor;
    const auto place = [&](const QString &id, GrowingLine &g) {
        if (g.xs.size() < 2)
            return;
        QgsGeometry line(new QgsLineString(g.xs, g.ys));
        if (g.fid != FID_NULL) {
            changed.insert(g.fid, line);
            return;
        }
        const QgsAttributes *a = attributesOf(id);
        if (!a)
            return;
        QgsFeature f(lineFields);
        f.setGeometry(line);
        f.setAttributes(*a);
        added << f;
        addedFor.push_back(&g);
    };
    for (auto &[id, g] : finished)
        place(id, g);
    for (const QString &id : std::as_const(touched))
        place(id, m_growing[id]);
    if (!changed.isEmpty())
        m_lines->dataProvider()->changeGeometryValues(changed);
    if (!added.isEmpty()) {
        m_lines->dataProvider()->addFeatures(added);
        for (int i = 0; i < added.size(); ++i) {
            m_lineFids.insert(added[i].attribute(0).toString(), added[i].id());
            addedFor[size_t(i)]->fid = added[i].id();
        }
    }
    m_lines->updateExtents();
    m_lines->triggerRepaint();
}

void TracksLayers::applySharedSelection()
{
    const QSet<QString> ids = m_workstation->selection()->ids(kTable);
    m_applying = true;
    auto apply = [&ids](QgsVectorLayer *layer, const QMultiHash<QString, QgsFeatureId> &fids) {
        if (!layer)
            return;
        QgsFeatureIds selected;
        for (const QString &id : ids)
            for (auto it = fids.constFind(id); it != fids.cend() && it.key() == id; ++it)
                selected.insert(it.value());
        if (selected != layer->selectedFeatureIds())
            layer->selectByIds(selected);
    };
    apply(m_lines, m_lineFids);
    apply(m_positions, m_positionFids);
    m_applying = false;
}

void TracksLayers::layerSelectionChanged(QgsVectorLayer *layer)
{
    if (m_applying || !layer)
        return;
    const QMultiHash<QString, QgsFeatureId> &fids = layer == m_lines ? m_lineFids : m_positionFids;
    QSet<QString> ids;
    const QgsFeatureIds selected = layer->selectedFeatureIds();
    for (auto it = fids.cbegin(); it != fids.cend(); ++it)
        if (selected.contains(it.value()))
            ids.insert(it.key());
    m_workstation->selection()->select(kTable, ids, this);
    // The other layer follows (we are the origin, so applySharedSelection is not called for us).
    applySharedSelection();
}

} // namespace vigie::plugins
