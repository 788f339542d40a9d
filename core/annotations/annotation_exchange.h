// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/annotation_repository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigie::core::annotation_exchange {

// Annotations to and from files another workstation (or another GIS) takes in, with their styles.
//
// GeoJSON: one Feature per annotation; the drawn geometry (a circle as its polygon, range rings as
// a MultiLineString); the style in the simplestyle-spec properties (stroke, stroke-width,
// stroke-opacity, fill, fill-opacity, marker-symbol) and everything else in vigie:* properties
// (vigie:id, vigie:kind, vigie:text, vigie:font-family, vigie:font-size, vigie:symbol-size,
// vigie:centre, vigie:radii, vigie:author, vigie:created, vigie:updated (UTC epoch ms),
// vigie:sensitivity, vigie:note, vigie:version).
//
// KML 2.2: one Placemark per annotation with an inline <Style> (LineStyle, PolyStyle, IconStyle,
// LabelStyle) for other viewers, and the exact values in <ExtendedData> under the same vigie:*
// names, which win over the <Style> when both are present.
//
// Vigie reads back everything it writes unchanged; from foreign files it takes what it can (kind
// from the geometry, defaults for the rest). Errors are AnnotationError(Invalid) naming the file
// and the feature.

QByteArray toGeoJson(const QList<Annotation> &annotations);
QList<Annotation> fromGeoJson(const QByteArray &data, const QString &sourceName);

QByteArray toKml(const QList<Annotation> &annotations, const QString &documentName = QString());
QList<Annotation> fromKml(const QByteArray &data, const QString &sourceName);

// By file extension: .geojson / .json, or .kml. Throw AnnotationError (Invalid) on an unknown
// extension, a file that cannot be read or written, or bad content.
enum class Format { GeoJson, Kml };
Format formatForPath(const QString &path);
void writeFile(const QString &path, const QList<Annotation> &annotations);
QList<Annotation> readFile(const QString &path);

// Whole-mission exchange, for the panel and for `vigie-cli import/export annotations`:
// exportMission writes the mission's live annotations to `path` (format by extension) and appends
// one "export" audit row; returns how many were written. importIntoMission reads `path` and takes
// it in with AnnotationRepository::importAnnotations (one transaction, one "import" audit row).
// Both throw AnnotationError or MissionError with a message for a person; nothing is half done.
int exportMission(MissionStore &mission, const QString &path);
AnnotationImportResult importIntoMission(MissionStore &mission, const QString &path);

} // namespace vigie::core::annotation_exchange
