// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace vigie::core {

// A WGS 84 position in decimal degrees.
struct GeoPoint
{
    double lat = 0.0;
    double lon = 0.0;
};

// A WGS 84 box in decimal degrees: west, south, east, north.
struct GeoBox
{
    double west = 0.0;
    double south = 0.0;
    double east = 0.0;
    double north = 0.0;

    bool isValid() const
    {
        return west < east && south < north && west >= -180.0 && east <= 180.0 && south >= -90.0 && north <= 90.0;
    }
    bool contains(const GeoPoint &p) const { return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north; }
    GeoPoint center() const { return {(south + north) / 2.0, (west + east) / 2.0}; }

    // "W,S,E,N" with dots as decimal separators (the form the command line and the store use).
    QString toString() const;
    // Parses "W,S,E,N"; nullopt (and a reason in *error) if malformed or out of range.
    static std::optional<GeoBox> fromString(const QString &text, QString *error = nullptr);
};

} // namespace vigie::core
