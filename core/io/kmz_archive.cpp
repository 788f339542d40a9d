// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/kmz_archive.h"

#include "io/safe_xml_reader.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::KmzDocument", text); }
} // namespace

KmzDocument KmzDocument::find(const QString &path, const QString &wanted)
{
    KmzDocument doc;
    const QByteArray root = "/vsizip/" + QFileInfo(path).absoluteFilePath().toUtf8();
    const qint64 compressed = QFileInfo(path).size();
    char **list = VSIReadDirRecursive(root.constData());
    QByteArray entry;
    bool chosen = false; // the wanted entry or doc.kml found; the rest is scanned for unsafe names only
    if (list) {
        for (char **it = list; *it; ++it) {
            const QByteArray name(*it);
            if (!name.toLower().endsWith(".kml"))
                continue;
            if (name.startsWith('/') || name.contains("..") || name.contains('\\') || name.contains(':')) {
                doc.skippedUnsafe << tr("unsafe entry name \"%1\" in the archive; ignored").arg(QString::fromUtf8(name));
                continue;
            }
            if (chosen)
                continue;
            if (!wanted.isEmpty()) {
                if (QString::fromUtf8(name) == wanted) {
                    entry = name;
                    chosen = true;
                }
                continue;
            }
            if (name.compare("doc.kml", Qt::CaseInsensitive) == 0) {
                entry = name;
                chosen = true;
            } else if (entry.isEmpty()) {
                entry = name;
            }
        }
        CSLDestroy(list);
    }
    if (entry.isEmpty()) {
        doc.error = wanted.isEmpty() ? tr("no .kml document in the KMZ archive")
                                     : tr("the archive has no entry %1").arg(wanted);
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

QByteArray KmzDocument::readAll(QString *error) const
{
    if (!this->error.isEmpty() || vsiPath.isEmpty()) {
        *error = this->error.isEmpty() ? tr("no KML document in the archive") : this->error;
        return {};
    }
    VSILFILE *fp = VSIFOpenL(vsiPath.constData(), "rb");
    if (!fp) {
        *error = tr("cannot open %1 in the archive").arg(entry);
        return {};
    }
    QByteArray data;
    char buf[65536];
    size_t got;
    while ((got = VSIFReadL(buf, 1, sizeof buf, fp)) > 0) {
        data.append(buf, int(got));
        if (data.size() > kMaxKmlBytes) {
            VSIFCloseL(fp);
            *error = tr("the KML inside the archive is too large; refused");
            return {};
        }
    }
    VSIFCloseL(fp);
    return data;
}

namespace {
// The archive entries a document's NetworkLinks name (relative hrefs only).
QStringList linkedEntries(const QByteArray &data, const QString &base, QStringList &warnings)
{
    QStringList out;
    SafeXmlReader r(data);
    int inLink = 0;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::Invalid)
            break;
        if (t == QXmlStreamReader::EndElement && r.xml().name() == QLatin1String("NetworkLink"))
            --inLink;
        if (t != QXmlStreamReader::StartElement)
            continue;
        if (r.xml().name() == QLatin1String("NetworkLink")) {
            ++inLink;
        } else if (inLink > 0 && r.xml().name() == QLatin1String("href")) {
            QString href = r.readElementText().trimmed();
            if (href.startsWith(QLatin1String("./")))
                href = href.mid(2);
            if (href.isEmpty())
                continue;
            if (href.contains(QLatin1String("://")) || href.startsWith(QLatin1Char('/')) || href.contains(QLatin1String(".."))
                || href.contains(QLatin1Char('\\')) || href.contains(QLatin1Char(':'))) {
                warnings << QCoreApplication::translate("vigie::core::KmzDocument", "a link to \"%1\" is not followed: only documents inside the archive are read").arg(href.left(200));
                continue;
            }
            // Relative to the linking document's folder.
            const int slash = int(base.lastIndexOf(QLatin1Char('/')));
            out << (slash >= 0 ? base.left(slash + 1) : QString()) + href;
        }
    }
    return out;
}
} // namespace

KmzContents KmzContents::read(const QString &path)
{
    KmzContents out;
    const KmzDocument main = KmzDocument::find(path);
    out.warnings = main.skippedUnsafe;
    if (!main.error.isEmpty()) {
        out.error = main.error;
        return out;
    }
    QStringList queue{QString()};
    QStringList seen{main.entry};
    qint64 total = 0;
    constexpr int kMaxDocuments = 256;
    while (!queue.isEmpty() && int(out.documents.size()) < kMaxDocuments) {
        const QString wanted = queue.takeFirst();
        const KmzDocument doc = wanted.isEmpty() ? main : KmzDocument::find(path, wanted);
        QString error;
        QByteArray data = doc.readAll(&error);
        if (error.isEmpty() && total + data.size() > KmzDocument::kMaxKmlBytes)
            error = QCoreApplication::translate("vigie::core::KmzDocument", "the KML inside the archive is too large; refused");
        if (!error.isEmpty()) {
            if (wanted.isEmpty()) {
                out.error = error;
                return out;
            }
            out.warnings << error;
            continue;
        }
        total += data.size();
        for (const QString &linked : linkedEntries(data, doc.entry, out.warnings)) {
            if (!seen.contains(linked)) {
                seen << linked;
                queue << linked;
            }
        }
        out.documents.push_back({doc.entry, std::move(data)});
    }
    return out;
}

} // namespace vigie::core
