// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The disk's part of an import, measured in the same run: how long this machine takes to write
// a given number of bytes into a folder and make them durable (fsync), as any store that
// survives a power cut must. A floor no importer writing those bytes can go under.
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace vigie::bench {

// Seconds to write `bytes` (1 MB writes of non-zero data) to a scratch file in dir and fsync it;
// the file is removed. -1 if the folder is not writable.
inline double durableWriteSeconds(const QString &dir, qint64 bytes)
{
    const QString path = dir + QStringLiteral("/disk-floor.tmp");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    const QByteArray chunk(1 << 20, '\x5a');
    QElapsedTimer t;
    t.start();
    for (qint64 done = 0; done < bytes; done += chunk.size())
        f.write(chunk.constData(), std::min<qint64>(chunk.size(), bytes - done));
    f.flush();
    ::fsync(f.handle());
    const double s = double(t.nsecsElapsed()) / 1e9;
    f.close();
    QFile::remove(path);
    return s;
}

// Prints the floor for a store of `storeBytes` next to the time the target allows (if > 0).
inline void printDiskFloor(const QString &dir, qint64 storeBytes, double targetSeconds)
{
    const double once = durableWriteSeconds(dir, storeBytes);
    if (once < 0)
        return;
    std::printf("disk floor: writing the store's %.0f MB once, with fsync, takes %.2f s here (%.0f MB/s); "
                "in WAL mode SQLite writes them twice (log, then checkpoint): %.2f s",
                storeBytes / 1e6, once, storeBytes / 1e6 / std::max(once, 1e-9), 2 * once);
    if (targetSeconds > 0)
        std::printf("; the 10x target allows %.2f s", targetSeconds);
    std::printf("\n");
}

} // namespace vigie::bench
