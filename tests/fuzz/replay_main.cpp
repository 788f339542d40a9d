// SPDX-License-Identifier: GPL-2.0-or-later
// Replays inputs through the normal (non-fuzz) readers, with the fuzz targets' checks:
//   vigie-fuzz-replay FORMAT FILE|DIR...
// Every file (folders are walked, sorted) is run once; the first failure aborts with the file's
// name printed just before. Exit 0 when every input gave records, rejects or a clear error.
#include "fuzz_targets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FORMAT FILE|DIR...\nformats: %s\n", argv[0],
                     qPrintable(vigie::fuzz::formats().join(QLatin1Char(' '))));
        return 2;
    }
    const vigie::fuzz::TargetFn fn = vigie::fuzz::target(QString::fromUtf8(argv[1]));
    if (!fn) {
        std::fprintf(stderr, "unknown format %s; formats: %s\n", argv[1],
                     qPrintable(vigie::fuzz::formats().join(QLatin1Char(' '))));
        return 2;
    }
    QStringList files;
    for (int i = 2; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QStringList inDir;
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                inDir << it.next();
            std::sort(inDir.begin(), inDir.end());
            files << inDir;
        } else if (QFileInfo::exists(arg)) {
            files << arg;
        } else {
            std::fprintf(stderr, "%s: no such file\n", argv[i]);
            return 2;
        }
    }
    int done = 0;
    for (const QString &path : files) {
        if (QFileInfo(path).fileName().startsWith(QLatin1Char('.')))
            continue; // .gitkeep and the like
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(path), qPrintable(f.errorString()));
            return 1;
        }
        const QByteArray data = f.readAll();
        std::fprintf(stderr, "replay %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        vigie::fuzz::runOne(fn, reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
        ++done;
    }
    std::printf("%s: %d inputs replayed, no crash, every error clear\n", argv[1], done);
    return 0;
}
