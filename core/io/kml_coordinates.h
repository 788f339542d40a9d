// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cmath>
#include <functional>
#include <vector>

namespace vigie::core {

// One KML position: longitude and latitude in degrees (WGS 84), altitude in metres or NaN.
struct KmlCoordinate
{
    double lon = 0;
    double lat = 0;
    double alt = std::nan("");
};

// One tuple "lon,lat[,alt]" (separator ',' as in <coordinates>) or "lon lat alt" (separator ' '
// as in gx:coord). False when it has fewer than two numbers or lies outside WGS 84's range.
bool parseKmlTuple(QStringView tuple, QChar separator, KmlCoordinate &out);

// The text of a <coordinates> element: tuples separated by white space. Appends each well-formed
// tuple to `out` and hands each malformed one (cut to 64 characters) to `onBad`; returns how many
// were malformed.
int parseKmlCoordinates(QStringView text, std::vector<KmlCoordinate> &out,
                        const std::function<void(const QString &badTuple)> &onBad = {});

} // namespace vigie::core
