// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/coordinate_parser.h"

#include "geo/mgrs.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <vector>

namespace vigie::core {

namespace {


bool looksLikeMgrs(const QString &compact)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}[C-HJ-NP-X]|[ABYZ])[A-HJ-NP-Z]{2}(\\d{2}){0,5}$"));
    return re.match(compact).hasMatch();
}

// One latitude or longitude: numbers (degrees [minutes [seconds]]) and at most one hemisphere letter.
struct Axis
{
    double value = 0.0;
    QChar hemisphere; // N S E W, or null
    bool dms = false;
};

bool parseAxis(QString text, Axis &out, QString &error)
{
    text = text.trimmed();
    // French users write O (ouest) for W.
    static const QRegularExpression hemiRe(QStringLiteral("^([NSEWO])\\s*|\\s*([NSEWO])$"));
    const QRegularExpressionMatch hm = hemiRe.match(text);
    if (hm.hasMatch()) {
        QChar h = (hm.captured(1).isEmpty() ? hm.captured(2) : hm.captured(1)).at(0);
        if (h == QLatin1Char('O'))
            h = QLatin1Char('W');
        out.hemisphere = h;
        text.remove(hm.capturedStart(), hm.capturedLength());
        text = text.trimmed();
    }
    if (text.isEmpty()) {
        error = QCoreApplication::translate("vigie::core::CoordinateParser", "a coordinate has no number");
        return false;
    }
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        negative = text.startsWith(QLatin1Char('-'));
        text = text.mid(1).trimmed();
    }
    // Numbers, each optionally followed by a unit mark; anything else is an error.
    static const QRegularExpression partRe(
        QStringLiteral("\\G\\s*(\\d+(?:[.,]\\d+)?)\\s*(°|º|D|''|'|′|’|\"|″|:)?"));
    std::vector<double> numbers;
    int pos = 0;
    bool marked = false;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = partRe.match(text, pos);
        if (!m.hasMatch() || m.capturedLength() == 0) {
            error = QCoreApplication::translate("vigie::core::CoordinateParser", "unexpected \"%1\"").arg(text.mid(pos));
            return false;
        }
        QString num = m.captured(1);
        num.replace(QLatin1Char(','), QLatin1Char('.'));
        numbers.push_back(num.toDouble());
        if (!m.captured(2).isEmpty())
            marked = true;
        pos = m.capturedEnd();
    }
    if (numbers.empty() || numbers.size() > 3) {
        error = QCoreApplication::translate("vigie::core::CoordinateParser", "expected degrees, minutes and seconds at most");
        return false;
    }
    double value = numbers[0];
    if (numbers.size() >= 2) {
        if (numbers[1] >= 60.0) {
            error = QCoreApplication::translate("vigie::core::CoordinateParser", "minutes must be below 60");
            return false;
        }
        value += numbers[1] / 60.0;
    }
    if (numbers.size() == 3) {
        if (numbers[2] >= 60.0) {
            error = QCoreApplication::translate("vigie::core::CoordinateParser", "seconds must be below 60");
            return false;
        }
        value += numbers[2] / 3600.0;
    }
    out.dms = numbers.size() > 1 || marked;
    if (negative)
        value = -value;
    if (out.hemisphere == QLatin1Char('S') || out.hemisphere == QLatin1Char('W')) {
        if (negative) {
            error = QCoreApplication::translate("vigie::core::CoordinateParser", "a minus sign and a hemisphere letter together");
            return false;
        }
        value = -value;
    }
    out.value = value;
    return true;
}

// Splits "A B" into the latitude and longitude texts, or returns false.
bool splitPair(const QString &text, QString &first, QString &second)
{
    const QString t = text.trimmed();
    // 1. An explicit separator: ';' always; a comma when followed by a space, or when it is the
    //    only comma and no space is left (so "16,27 -0,04" keeps decimal commas).
    int sep = t.indexOf(QLatin1Char(';'));
    if (sep < 0) {
        static const QRegularExpression commaSpace(QStringLiteral(",\\s+"));
        const QRegularExpressionMatch m = commaSpace.match(t);
        if (m.hasMatch()) {
            first = t.left(m.capturedStart());
            second = t.mid(m.capturedEnd());
            return true;
        }
        if (t.count(QLatin1Char(',')) == 1 && !t.contains(QLatin1Char(' ')))
            sep = t.indexOf(QLatin1Char(','));
    }
    if (sep >= 0) {
        first = t.left(sep);
        second = t.mid(sep + 1);
        return true;
    }
    // 2. Hemisphere letters: suffix style "16 16 18 N 0 2 41 W" splits after the first letter,
    //    prefix style "N 16 16 18 W 0 2 41" before the second.
    static const QRegularExpression letters(QStringLiteral("[NSEWO]"));
    std::vector<int> at;
    for (auto it = letters.globalMatch(t); it.hasNext();)
        at.push_back(it.next().capturedStart());
    if (at.size() == 2) {
        const bool prefix = at[0] == 0;
        const int cut = prefix ? at[1] : at[0] + 1;
        first = t.left(cut);
        second = t.mid(cut);
        return true;
    }
    if (!at.empty())
        return false;
    // 3. Degree marks: the second degree-marked number starts the longitude.
    static const QRegularExpression degMark(QStringLiteral("[-+]?\\d+(?:[.,]\\d+)?\\s*(°|º|D)"));
    std::vector<int> degs;
    for (auto it = degMark.globalMatch(t); it.hasNext();)
        degs.push_back(it.next().capturedStart());
    if (degs.size() == 2) {
        first = t.left(degs[1]);
        second = t.mid(degs[1]);
        return true;
    }
    // 4. Plain numbers separated by spaces or colon groups: split in half.
    const QStringList tokens = t.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (tokens.size() == 2 || tokens.size() == 4 || tokens.size() == 6) {
        const int half = int(tokens.size()) / 2;
        first = tokens.mid(0, half).join(QLatin1Char(' '));
        second = tokens.mid(half).join(QLatin1Char(' '));
        return true;
    }
    return false;
}

bool isLatHemi(QChar c) { return c == QLatin1Char('N') || c == QLatin1Char('S'); }
bool isLonHemi(QChar c) { return c == QLatin1Char('E') || c == QLatin1Char('W'); }

} // namespace

ParsedCoordinate parseCoordinate(const QString &input)
{
    ParsedCoordinate result;
    const QString text = input.trimmed().toUpper();
    if (text.isEmpty()) {
        result.error = QCoreApplication::translate("vigie::core::CoordinateParser", "Type a position: MGRS (31P CT 12345 67890), degrees (16.27 -0.04) or DMS (16°16'18\"N 0°2'41\"W).");
        return result;
    }
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s+")));
    if (looksLikeMgrs(compact)) {
        QString err;
        int prec = -1;
        if (auto p = mgrs::toLatLon(compact, &err, true, &prec)) {
            result.format = ParsedCoordinate::Format::Mgrs;
            result.point = *p;
            result.mgrsPrecision = prec;
        } else {
            result.error = err;
        }
        return result;
    }

    QString a, b;
    if (!splitPair(text, a, b)) {
        result.error = QCoreApplication::translate("vigie::core::CoordinateParser", "\"%1\" is not a position: give latitude and longitude, or an MGRS reference.").arg(input.trimmed());
        return result;
    }
    Axis first, second;
    QString err;
    if (!parseAxis(a, first, err) || !parseAxis(b, second, err)) {
        result.error = QCoreApplication::translate("vigie::core::CoordinateParser", "\"%1\" is not a position: %2.").arg(input.trimmed(), err);
        return result;
    }
    // Hemisphere letters fix the order; a pair of two latitudes or two longitudes is an error.
    if ((!first.hemisphere.isNull() && !second.hemisphere.isNull()) &&
        (isLatHemi(first.hemisphere) == isLatHemi(second.hemisphere))) {
        result.error = QCoreApplication::translate("vigie::core::CoordinateParser", "\"%1\" names the same axis twice.").arg(input.trimmed());
        return result;
    }
    Axis lat = first, lon = second;
    if (isLonHemi(first.hemisphere) || isLatHemi(second.hemisphere))
        std::swap(lat, lon);
    if (std::fabs(lat.value) > 90.0) {
        result.error = QCoreApplication::translate("vigie::core::CoordinateParser", "latitude %1 is outside -90..90.").arg(lat.value);
        return result;
    }
    if (std::fabs(lon.value) > 180.0) {
        result.error = QCoreApplication::translate("vigie::core::CoordinateParser", "longitude %1 is outside -180..180.").arg(lon.value);
        return result;
    }
    result.point = {lat.value, lon.value};
    result.format = (lat.dms || lon.dms) ? ParsedCoordinate::Format::Dms : ParsedCoordinate::Format::DecimalDegrees;
    return result;
}

QString formatDecimalDegrees(const GeoPoint &p, int decimals)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::number(std::fabs(p.lat), 'f', decimals), p.lat < 0 ? QStringLiteral("S") : QStringLiteral("N"),
             QString::number(std::fabs(p.lon), 'f', decimals), p.lon < 0 ? QStringLiteral("W") : QStringLiteral("E"));
}

QString formatDms(const GeoPoint &p, int secondDecimals)
{
    auto one = [secondDecimals](double v, QChar pos, QChar neg) {
        const double a = std::fabs(v);
        const double scale = std::pow(10.0, secondDecimals);
        // Round on the seconds so that 59.96" carries into the minute.
        double totalSec = std::round(a * 3600.0 * scale) / scale;
        int deg = int(totalSec / 3600.0);
        totalSec -= deg * 3600.0;
        int min = int(totalSec / 60.0);
        double sec = totalSec - min * 60.0;
        if (sec < 0)
            sec = 0;
        return QStringLiteral("%1°%2'%3\"%4")
            .arg(deg)
            .arg(min, 2, 10, QLatin1Char('0'))
            .arg(sec, secondDecimals + 3, 'f', secondDecimals, QLatin1Char('0'))
            .arg(v < 0 ? neg : pos);
    };
    return one(p.lat, QLatin1Char('N'), QLatin1Char('S')) + QLatin1Char(' ') +
           one(p.lon, QLatin1Char('E'), QLatin1Char('W'));
}

} // namespace vigie::core
