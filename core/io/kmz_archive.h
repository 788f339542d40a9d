// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

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

    // `wanted`: that entry (a layer a NetworkLink names) instead of the main document.
    static KmzDocument find(const QString &path, const QString &wanted = QString());

    // The document's bytes, read with the kMaxKmlBytes cap whatever the archive's directory
    // claims. On failure returns an empty array and sets `error` (translated).
    QByteArray readAll(QString *error) const;
};

// Every KML document a KMZ holds for a reader: the main one, then the layers its NetworkLinks
// name inside the archive (GDAL's LIBKML driver writes doc.kml that way, one layers/NAME.kml per
// layer). Links to the network or outside the archive are not followed; at most 256 documents and
// kMaxKmlBytes in all.
struct KmzContents
{
    struct Document
    {
        QString entry;
        QByteArray data;
    };
    std::vector<Document> documents;
    QStringList warnings; // unsafe names skipped, links not followed (translated)
    QString error;        // nothing readable (translated); empty on success

    static KmzContents read(const QString &path);
};

} // namespace vigie::core
