// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/kmz_archive.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::KmzDocument", text); }
} // namespace

KmzDocument KmzDocument::find(const QString &path)
{
    KmzDocument doc;
    const QByteArray root = "/vsizip/" + QFileInfo(path).absoluteFilePath().toUtf8();
    const qint64 compressed = QFileInfo(path).size();
    char **list = VSIReadDirRecursive(root.constData());
    QByteArray entry;
    if (list) {
        for (char **it = list; *it; ++it) {
            const QByteArray name(*it);
            if (!name.toLower().endsWith(".kml"))
                continue;
            if (name.startsWith('/') || name.contains("..") || name.contains('\\') || name.contains(':')) {
                doc.skippedUnsafe << tr("unsafe entry name \"%1\" in the archive; ignored").arg(QString::fromUtf8(name));
                continue;
            }
            if (name.compare("doc.kml", Qt::CaseInsensitive) == 0) {
                entry = name;
                break;
            }
            if (entry.isEmpty())
                entry = name;
        }
        CSLDestroy(list);
    }
    if (entry.isEmpty()) {
        doc.error = tr("no .kml document in the KMZ archive");
        return doc;
    }
    doc.entry = QString::fromUtf8(entry);
    const QByteArray full = root + '/' + entry;
    VSIStatBufL st;
    if (VSIStatL(full.constData(), &st) != 0) {
        doc.error = tr("cannot read %1 in the archive").arg(doc.entry);
        return doc;
    }
    doc.size = qint64(st.st_size);
    if (doc.size > kMaxKmlBytes
        || (compressed > 0 && doc.size / std::max<qint64>(compressed, 1) > kMaxRatio && doc.size > 10 * 1024 * 1024)) {
        doc.error = tr("%1 would unpack to %2 MB from a %3 KB archive; refused as a possible zip bomb")
                        .arg(doc.entry)
                        .arg(doc.size / (1024 * 1024))
                        .arg(compressed / 1024);
        return doc;
    }
    doc.vsiPath = full;
    return doc;
}

} // namespace vigie::core
