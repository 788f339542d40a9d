// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/mgrs.h"

#include <GeographicLib/Constants.hpp>
#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <QCoreApplication>

#include <cmath>
#include <string>

namespace vigie::core::mgrs {

QString fromLatLon(const GeoPoint &p, int precision, bool space)
{
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || p.lat < -90.0 || p.lat > 90.0)
        return QString();
    try {
        int zone = 0;
        bool northp = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(p.lat, p.lon, zone, northp, x, y);
        std::string out;
        GeographicLib::MGRS::Forward(zone, northp, x, y, p.lat, precision, out);
        const QString compact = QString::fromStdString(out);
        return space ? spaced(compact) : compact;
    } catch (const GeographicLib::GeographicErr &) {
        return QString();
    }
}

std::optional<GeoPoint> toLatLon(const QString &reference, QString *error, bool centre, int *precisionOut)
{
    QString compact = reference;
    compact.remove(QLatin1Char(' '));
    compact = compact.toUpper();
    try {
        int zone = 0, prec = 0;
        bool northp = true;
        double x = 0, y = 0;
        GeographicLib::MGRS::Reverse(compact.toStdString(), zone, northp, x, y, prec, centre);
        GeoPoint p;
        GeographicLib::UTMUPS::Reverse(zone, northp, x, y, p.lat, p.lon);
        if (precisionOut)
            *precisionOut = prec;
        return p;
    } catch (const GeographicLib::GeographicErr &e) {
        if (error)
            *error = QCoreApplication::translate("vigie::core::mgrs", "\"%1\" is not a valid MGRS reference (%2).")
                         .arg(reference.trimmed(), QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

QString spaced(const QString &compact)
{
    // Zone+band is 2–3 characters in UTM ("4Q", "31P") and 1 in UPS ("Z").
    int i = 0;
    while (i < compact.size() && compact.at(i).isDigit())
        ++i;
    const int prefix = i + 1;
    if (compact.size() < prefix + 2)
        return compact;
    const QString digits = compact.mid(prefix + 2);
    QString out = compact.left(prefix) + QLatin1Char(' ') + compact.mid(prefix, 2);
    if (!digits.isEmpty()) {
        const int half = digits.size() / 2;
        out += QLatin1Char(' ') + digits.left(half) + QLatin1Char(' ') + digits.mid(half);
    }
    return out;
}

QString utmFromLatLon(const GeoPoint &p)
{
    try {
        int zone = 0;
        bool northp = true;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(p.lat, p.lon, zone, northp, x, y);
        const QString hemi = northp ? QStringLiteral("N") : QStringLiteral("S");
        const QString zoneText = zone == 0 ? QStringLiteral("UPS ") + hemi : QString::number(zone) + hemi;
        return QStringLiteral("%1 %2 %3").arg(zoneText).arg(std::llround(std::floor(x))).arg(std::llround(std::floor(y)));
    } catch (const GeographicLib::GeographicErr &) {
        return QString();
    }
}

} // namespace vigie::core::mgrs
