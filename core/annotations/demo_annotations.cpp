// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations/demo_annotations.h"

#include "annotations/annotation_repository.h"
#include "mission/mission_store.h"

#include <QUuid>

namespace vigie::core {

void addDemoAnnotations(MissionStore &store, quint32 seed)
{
    const QUuid ns(QStringLiteral("{6b1f6c1e-8a51-4d3c-9a8e-5f0c2b7d9e10}"));
    const qint64 t0 = 1793779200000; // 2026-11-03T08:00:00Z
    int n = 0;
    const auto make = [&](Annotation::Kind kind, SimpleGeometry g, const QString &text) {
        Annotation a;
        a.id = QUuid::createUuidV5(ns, QStringLiteral("%1/%2").arg(seed).arg(n)).toString(QUuid::WithoutBraces);
        a.kind = kind;
        a.geometry = std::move(g);
        a.style.text = text;
        a.author = QStringLiteral("demo");
        a.createdAtMs = a.updatedAtMs = t0 + 3600000LL * n++;
        a.version = 1;
        return a;
    };
    QList<Annotation> all;

    Annotation camp = make(Annotation::Kind::Symbol, SimpleGeometry::point({16.2525, -0.0055}), QStringLiteral("Camp Gao"));
    camp.style.symbolName = QStringLiteral("team_site");
    camp.style.symbolSize = 28;
    camp.style.strokeColor = QStringLiteral("#1f4e79");
    all << camp;

    Annotation ts = make(Annotation::Kind::Symbol, SimpleGeometry::point({15.6620, 0.5010}), QStringLiteral("TS Ansongo"));
    ts.style.symbolName = QStringLiteral("team_site");
    ts.style.strokeColor = QStringLiteral("#1f4e79");
    all << ts;

    Annotation cp = make(Annotation::Kind::Symbol, SimpleGeometry::point({16.2050, -0.0850}), QStringLiteral("CP Wabaria bridge"));
    cp.style.symbolName = QStringLiteral("checkpoint");
    cp.note = QStringLiteral("Manned 0600-1800Z by the host nation.");
    all << cp;

    Annotation axis = make(Annotation::Kind::Arrow,
                           SimpleGeometry::lineString({{16.2300, -0.0200}, {16.0500, 0.1600}, {15.8400, 0.3400}, {15.6800, 0.4850}}),
                           QStringLiteral("Axis ROUGE"));
    axis.style.strokeColor = QStringLiteral("#1f77b4");
    axis.style.strokeWidth = 4;
    all << axis;

    Annotation nogo = make(Annotation::Kind::Polygon,
                           SimpleGeometry::polygon({{16.4200, 0.1500}, {16.4600, 0.3300}, {16.3300, 0.4200}, {16.2400, 0.2600}, {16.3000, 0.1300}}),
                           QStringLiteral("NO-GO: suspected IED belt"));
    nogo.sensitivity = Sensitivity::UnConfidential;
    nogo.style.fillOpacity = 0.3;
    all << nogo;

    Annotation rings = make(Annotation::Kind::RangeRings, SimpleGeometry::point({16.2525, -0.0055}), QString());
    rings.radiiMetres = {5000, 10000, 20000};
    rings.style.strokeColor = QStringLiteral("#333333");
    rings.style.strokeWidth = 1.5;
    rings.style.fillOpacity = 0;
    all << rings;

    AnnotationRepository(store).importAnnotations(all, QStringLiteral("demo"));
}

} // namespace vigie::core
