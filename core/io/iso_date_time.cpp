// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/iso_date_time.h"

#include <QByteArray>

namespace vigie::core {

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}
} // namespace

qint64 IsoDateTime::daysFromCivil(int y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

qint64 IsoDateTime::parse(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' || !digits(s, 8, 2, d))
        return kNoTime;
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return kNoTime;
    size_t pos = 10;
    qint64 ms = 0;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        if (!digits(s, pos, 2, h) || pos + 2 >= s.size() || s[pos + 2] != ':' || !digits(s, pos + 3, 2, mi))
            return kNoTime;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, sec))
                return kNoTime;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int scale = 100;
                const size_t start = pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    ms += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == start)
                    return kNoTime;
            }
        }
        if (h > 24 || mi > 59 || sec > 60)
            return kNoTime;
    }
    qint64 offsetMin = 0;
    if (pos < s.size()) {
        const char z = s[pos];
        if ((z == 'Z' || z == 'z') && pos + 1 == s.size()) {
            ++pos;
        } else if (z == '+' || z == '-') {
            int oh, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return kNoTime;
            size_t p = pos + 3;
            if (p < s.size() && s[p] == ':')
                ++p;
            if (p < s.size()) {
                if (!digits(s, p, 2, om))
                    return kNoTime;
                p += 2;
            }
            if (p != s.size() || oh > 14 || om > 59)
                return kNoTime;
            offsetMin = (z == '+' ? 1 : -1) * (oh * 60 + om);
            pos = p;
        } else {
            return kNoTime;
        }
    }
    const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
    return ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + qint64(sec) * 1000 + ms;
}

QByteArray IsoDateTime::format(qint64 epochMs)
{
    qint64 days = epochMs >= 0 ? epochMs / 86400000 : (epochMs - 86399999) / 86400000;
    qint64 rem = epochMs - days * 86400000;
    // civil_from_days
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    const int ms = int(rem % 1000);
    rem /= 1000;
    char buf[40];
    int n;
    if (ms)
        n = qsnprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(y), m, d, int(rem / 3600),
                      int(rem / 60 % 60), int(rem % 60), ms);
    else
        n = qsnprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(y), m, d, int(rem / 3600), int(rem / 60 % 60),
                      int(rem % 60));
    return QByteArray(buf, n);
}

} // namespace vigie::core
