// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vigie::core {

// The KML document inside a KMZ archive, for every reader that opens one (tracks, incidents):
// doc.kml, or else the first .kml entry. Entries whose names could escape the archive (absolute,
// "..", a drive letter, backslashes) are never used, and an entry that would unpack to more than
// kMaxKmlBytes, or more than kMaxRatio times the archive's size, is refused as a zip bomb.
struct KmzDocument
{
    static constexpr qint64 kMaxKmlBytes = 256LL * 1024 * 1024; // uncompressed doc.kml
    static constexpr qint64 kMaxRatio = 200;                    // uncompressed / compressed

    QByteArray vsiPath;        // /vsizip/…/doc.kml, for GDAL; empty on error
    QString entry;             // the entry's name in the archive
    qint64 size = 0;           // its uncompressed size, from the archive's directory
    QStringList skippedUnsafe; // unsafe entry names seen (a warning each, translated)
    QString error;             // why no document can be read (translated); empty when found

    static KmzDocument find(const QString &path);
};

} // namespace vigie::core
