// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

namespace vigie::core {

// SpatiaLite's BLOB-Geometry for a POINT in EPSG:4326, what MakePoint(lon, lat, 4326) returns:
// 0x00, 0x01 (little endian), SRID, MBR (4 doubles), 0x7C, class 1 (POINT), X, Y, 0xFE. Written
// by Vigie's bulk writers (incidents, track points) instead of a SQL function call per row.
constexpr int kPointBlobSize = 60;

inline void writePointBlob(char *out, double lon, double lat)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the point BLOB is written little endian");
    const qint32 srid = 4326, pointClass = 1;
    out[0] = 0x00;
    out[1] = 0x01;
    std::memcpy(out + 2, &srid, 4);
    std::memcpy(out + 6, &lon, 8);
    std::memcpy(out + 14, &lat, 8);
    std::memcpy(out + 22, &lon, 8);
    std::memcpy(out + 30, &lat, 8);
    out[38] = 0x7C;
    std::memcpy(out + 39, &pointClass, 4);
    std::memcpy(out + 43, &lon, 8);
    std::memcpy(out + 51, &lat, 8);
    out[59] = char(0xFE);
}

inline QByteArray pointBlob(double lon, double lat)
{
    char b[kPointBlobSize];
    writePointBlob(b, lon, lat);
    return QByteArray(b, kPointBlobSize);
}

} // namespace vigie::core
