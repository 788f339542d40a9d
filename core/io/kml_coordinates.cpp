// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/kml_coordinates.h"

namespace vigie::core {

namespace {
bool isSpace(QChar c) { return c.isSpace(); }
} // namespace

bool parseKmlTuple(QStringView tuple, QChar separator, KmlCoordinate &out)
{
    double values[3] = {0, 0, std::nan("")};
    int count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= tuple.size() && count < 3; ++i) {
        if (i < tuple.size() && tuple[i] != separator)
            continue;
        const QStringView part = tuple.mid(start, i - start).trimmed();
        start = i + 1;
        if (part.isEmpty()) {
            if (separator == QLatin1Char(' '))
                continue; // several spaces in a gx:coord
            return false;
        }
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            if (count == 2)
                break; // an unreadable altitude is dropped, the position kept
            return false;
        }
        values[count++] = v;
    }
    if (count < 2)
        return false;
    if (values[1] < -90 || values[1] > 90 || values[0] < -180 || values[0] > 180)
        return false;
    out.lon = values[0];
    out.lat = values[1];
    out.alt = values[2];
    return true;
}

int parseKmlCoordinates(QStringView text, std::vector<KmlCoordinate> &out, const std::function<void(const QString &)> &onBad)
{
    int bad = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && isSpace(text[i]))
            ++i;
        const qsizetype begin = i;
        while (i < n && !isSpace(text[i]))
            ++i;
        if (begin == i)
            break;
        const QStringView tuple = text.mid(begin, i - begin);
        KmlCoordinate c;
        if (parseKmlTuple(tuple, QLatin1Char(','), c)) {
            out.push_back(c);
        } else {
            ++bad;
            if (onBad)
                onBad(tuple.left(64).toString());
        }
    }
    return bad;
}

} // namespace vigie::core
