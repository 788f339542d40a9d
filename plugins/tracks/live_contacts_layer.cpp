// SPDX-License-Identifier: GPL-2.0-or-later
#include "live_contacts_layer.h"

#include "mission/mission_store.h"
#include "tracks_layers.h"
#include "workstation/workstation.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QDateTime>

namespace vigie::plugins {

LiveContactsLayer::LiveContactsLayer(ui::Workstation *workstation, QObject *parent) : QObject(parent), m_workstation(workstation)
{
    connect(workstation, &ui::Workstation::missionChanged, this, &LiveContactsLayer::setMission);
    setMission(workstation->mission());
}

LiveContactsLayer::~LiveContactsLayer() = default;

void LiveContactsLayer::setMission(core::MissionStore *mission)
{
    m_mission = mission;
    m_shown = false;
    if (m_mission && !m_layer) {
        // The project owns the layer; removed by the user, it comes back with the next mission.
        m_layer = TracksLayers::makePositionsLayer(tr("Live contacts"), TracksLayers::CallsignLabels::Symbol);
        m_layer->setObjectName(QStringLiteral("liveContactsLayer"));
        m_workstation->addLayer(m_layer);
    }
    rebuild();
}

void LiveContactsLayer::rebuild(qint64 nowMs)
{
    if (!m_layer)
        return;
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<QgsFeature> features;
    int stale = 0;
    // What the layer would show; unchanged, the layer is left alone: no redraw of the map.
    QByteArray signature;
    if (m_mission && m_mission->schemaVersion() >= 6) {
        const QgsFields fields = TracksLayers::positionFields();
        core::Statement st = m_mission->database().prepare(QStringLiteral(
            "SELECT coalesce(t.id, lc.source_id), coalesce(nullif(lc.callsign, ''), nullif(t.callsign, ''), lc.source_id), "
            "coalesce(t.kind, 'unknown'), coalesce(t.affiliation, 'unknown'), lc.t_ms, lc.stale_ms, lc.lat, lc.lon, lc.course_deg "
            "FROM live_contacts lc LEFT JOIN tracks t ON t.id = lc.track_id AND t.deleted_at_ms IS NULL "
            "ORDER BY lc.source_id"));
        while (st.step()) {
            const bool hasTime = !st.isNull(4);
            const qint64 t = hasTime ? st.int64(4) : 0;
            const bool isStale = !st.isNull(5) ? st.int64(5) < nowMs : (!hasTime || nowMs - t > TracksLayers::kStaleMs);
            stale += isStale ? 1 : 0;
            QgsFeature f(fields);
            f.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(st.real(7), st.real(6))));
            f.setAttributes(QgsAttributes(QVector<QVariant>{QVariant(st.text(0)), QVariant(st.text(1)), QVariant(st.text(2)),
                                                            QVariant(st.text(3)), QVariant(isStale ? 1 : 0),
                                                            hasTime ? QVariant(t) : QVariant(), st.isNull(8) ? QVariant() : QVariant(st.real(8))}));
            features << f;
            signature += st.text(0).toUtf8() + '\x1f' + st.text(1).toUtf8() + '\x1f' + st.text(3).toUtf8() + '\x1f' +
                         QByteArray::number(t) + (isStale ? "s" : "l") + QByteArray::number(st.real(6), 'g', 17) + ',' +
                         QByteArray::number(st.real(7), 'g', 17) + ',' + (st.isNull(8) ? QByteArray() : QByteArray::number(st.real(8))) + '\x1e';
        }
    }
    m_count = features.size();
    m_stale = stale;
    if (m_shown && signature == m_signature && m_layer->featureCount() == features.size())
        return;
    m_signature = signature;
    m_shown = true;
    m_layer->dataProvider()->truncate();
    m_layer->dataProvider()->addFeatures(features);
    m_layer->updateExtents();
    m_layer->triggerRepaint();
}

} // namespace vigie::plugins
