// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

namespace vigie::core {

// KML and KMZ: gx:Track (when + gx:coord), and LineString / Point placemarks with TimeStamp or
// TimeSpan. Placemarks with the same name are one track (a tracker's export often writes one
// Point placemark per fix). A LineString with a TimeSpan gets times spread over its vertices by
// distance, marked "kml:estimated". KMZ is read through GDAL's /vsizip/: doc.kml or the first
// .kml at any level, with entry names that would escape the archive refused and size limits
// against zip bombs (KmzDocument, shared with the incident reader).
class KmlTrackReader : public TrackReader
{
  public:
    QString id() const override { return QStringLiteral("kml"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("kml"), QStringLiteral("kmz")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, TrackSink &sink) const override;
};

} // namespace vigie::core
