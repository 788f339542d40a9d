// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Fixture generators shared by the tracks tests and the import benchmark: the project makes its
// own files rather than copying other tools' samples.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cmath>
#include <cstdio>

namespace vigie::test {

inline QByteArray nmeaSentence(const QByteArray &body)
{
    unsigned sum = 0;
    for (char c : body)
        sum ^= uchar(c);
    char tail[8];
    std::snprintf(tail, sizeof tail, "*%02X\r\n", sum);
    return QByteArray("$").append(body).append(tail);
}

inline QByteArray nmeaLat(double lat)
{
    const double a = std::fabs(lat);
    const int d = int(a);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d%07.4f,%c", d, (a - d) * 60.0, lat < 0 ? 'S' : 'N');
    return buf;
}

inline QByteArray nmeaLon(double lon)
{
    const double a = std::fabs(lon);
    const int d = int(a);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%03d%07.4f,%c", d, (a - d) * 60.0, lon < 0 ? 'W' : 'E');
    return buf;
}

// Fix i of a synthetic patrol leaving Gao eastwards at 1 Hz from 2026-11-20 (crossing midnight
// when started late). Returns GGA + RMC for that second.
inline QByteArray nmeaFix(qint64 i, qint64 startSecOfDay = 0)
{
    const double lat = 16.2717 + 0.00001 * double(i % 20000) - 0.05 * std::sin(double(i) / 5000.0);
    const double lon = -0.0447 + 0.00002 * double(i % 20000);
    const qint64 sec = startSecOfDay + i;
    const qint64 day = 20 + sec / 86400;
    const qint64 s = sec % 86400;
    char t[16], date[16];
    std::snprintf(t, sizeof t, "%02d%02d%02d.00", int(s / 3600), int(s / 60 % 60), int(s % 60));
    std::snprintf(date, sizeof date, "%02d1126", int(day));
    QByteArray out;
    out += nmeaSentence(QByteArray("GPGGA,") + QByteArray(t) + ',' + nmeaLat(lat) + ',' + nmeaLon(lon) + ",1,08,0.9,265.4,M,20.1,M,,");
    out += nmeaSentence(QByteArray("GPRMC,") + QByteArray(t) + ",A," + nmeaLat(lat) + ',' + nmeaLon(lon) + ",012.3,084.5," + QByteArray(date) + ",,,A");
    return out;
}

// Writes `count` fixes (GGA + RMC each, ~140 bytes per fix) to path; false on I/O error.
inline bool writeNmeaFile(const QString &path, qint64 count, qint64 startSecOfDay = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray buf;
    for (qint64 i = 0; i < count; ++i) {
        buf += nmeaFix(i, startSecOfDay);
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
    return true;
}

// The same fixes as GPX 1.1 (one trk, one trkseg).
inline bool writeGpxFile(const QString &path, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"vigie-test\" "
            "xmlns=\"http://www.topografix.com/GPX/1/1\">\n<trk><name>Patrol</name><trkseg>\n");
    QByteArray buf;
    for (qint64 i = 0; i < count; ++i) {
        const double lat = 16.2717 + 0.00001 * double(i % 20000) - 0.05 * std::sin(double(i) / 5000.0);
        const double lon = -0.0447 + 0.00002 * double(i % 20000);
        const qint64 sec = i;
        char line[256];
        std::snprintf(line, sizeof line,
                      "<trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>265.4</ele><time>2026-11-%02dT%02d:%02d:%02dZ</time></trkpt>\n", lat,
                      lon, int(20 + sec / 86400), int(sec % 86400 / 3600), int(sec / 60 % 60), int(sec % 60));
        buf += line;
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    buf += "</trkseg></trk>\n</gpx>\n";
    f.write(buf);
    return true;
}

} // namespace vigie::test
