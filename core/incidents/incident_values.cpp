// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_values.h"

#include "incidents/incident_taxonomy.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <climits>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace vigie::core {

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (n > 9 || pos + n > s.size()) // ten digits or more would overflow an int: not a date field
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

int monthFromName(std::string_view name)
{
    static const char *const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    static const char *const fr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                     "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    if (name.size() < 3)
        return 0;
    std::string lower(name);
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    for (int i = 0; i < 12; ++i) {
        const std::string_view full(names[i]);
        if (lower == full || (lower.size() == 3 && full.substr(0, 3) == lower) || lower == fr[i])
            return i + 1;
    }
    if (lower == "sept")
        return 9;
    return 0;
}
} // namespace

std::string_view IncidentValues::trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.remove_suffix(1);
    return v;
}

std::optional<qint64> IncidentValues::daysFromCivil(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[m - 1] + (m == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<IncidentValues::ParsedTime> IncidentValues::parseTime(std::string_view s, bool allowEpoch)
{
    s = trimmed(s);
    if (s.empty())
        return std::nullopt;
    int y = 0, mo = 0, d = 0;
    size_t pos = 0;
    if (digits(s, 0, 4, y) && s.size() >= 10 && (s[4] == '-' || s[4] == '/') && digits(s, 5, 2, mo) && s[7] == s[4]
        && digits(s, 8, 2, d)) {
        pos = 10;
    } else {
        // Day first: "24 November 2026", "24-Nov-2026", "24/11/2026", "1 March 2015".
        size_t i = 0;
        while (i < s.size() && i < 2 && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == 0 || i >= s.size() || !digits(s, 0, i, d))
            goto epoch;
        const char sep = s[i];
        if (sep != ' ' && sep != '-' && sep != '/' && sep != '.')
            goto epoch;
        size_t j = i + 1;
        size_t k = j;
        while (k < s.size() && s[k] != sep)
            ++k;
        if (k >= s.size())
            goto epoch;
        const std::string_view monthPart = s.substr(j, k - j);
        int mnum = 0;
        if (!monthPart.empty() && monthPart[0] >= '0' && monthPart[0] <= '9') {
            if (!digits(monthPart, 0, monthPart.size(), mnum) || monthPart.size() > 2)
                return std::nullopt;
        } else {
            mnum = monthFromName(monthPart);
        }
        mo = mnum;
        size_t yl = 0;
        while (k + 1 + yl < s.size() && s[k + 1 + yl] >= '0' && s[k + 1 + yl] <= '9')
            ++yl;
        if (yl != 4 || !digits(s, k + 1, 4, y))
            return std::nullopt;
        pos = k + 5;
        if (pos != s.size())
            return std::nullopt;
    }
    {
        const auto days = daysFromCivil(y, mo, d);
        if (!days)
            return std::nullopt;
        ParsedTime t{*days * 86400000LL, false};
        if (pos == s.size())
            return t;
        if (s[pos] != 'T' && s[pos] != ' ')
            return std::nullopt;
        int hh = 0, mm = 0, ss = 0, ms = 0;
        if (!digits(s, pos + 1, 2, hh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, mm))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, ss))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int n = 0;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    if (n < 3)
                        ms = ms * 10 + (s[pos] - '0');
                    ++n;
                    ++pos;
                }
                for (; n < 3; ++n)
                    ms *= 10;
            }
        }
        if (hh > 23 || mm > 59 || ss > 60)
            return std::nullopt;
        qint64 offsetMin = 0;
        if (pos < s.size()) {
            if (s[pos] == 'Z' && pos + 1 == s.size()) {
                ++pos;
            } else if (s[pos] == '+' || s[pos] == '-') {
                int oh = 0, om = 0;
                const int sign = s[pos] == '-' ? -1 : 1;
                if (!digits(s, pos + 1, 2, oh))
                    return std::nullopt;
                size_t q = pos + 3;
                if (q < s.size() && s[q] == ':')
                    ++q;
                if (q < s.size()) {
                    if (!digits(s, q, 2, om))
                        return std::nullopt;
                    q += 2;
                }
                if (q != s.size())
                    return std::nullopt;
                offsetMin = sign * (oh * 60 + om);
                pos = q;
            } else {
                return std::nullopt;
            }
        }
        t.ms += ((hh * 60LL + mm - offsetMin) * 60 + ss) * 1000 + ms;
        t.hasTimeOfDay = true;
        return t;
    }
epoch:
    if (allowEpoch) {
        // Epoch seconds within years 1..9999: anything beyond is not a date (and would overflow).
        if (const auto secs = parseInt(s); secs && *secs >= -62135596800LL && *secs <= 253402300799LL)
            return ParsedTime{*secs * 1000, true};
    }
    return std::nullopt;
}

std::optional<double> IncidentValues::parseDouble(std::string_view text)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    double v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(v)) {
        // A decimal comma ("16,2717", as French spreadsheets write it).
        std::string copy(text);
        const size_t c = copy.find(',');
        if (c == std::string::npos || copy.find(',', c + 1) != std::string::npos || copy.find('.') != std::string::npos)
            return std::nullopt;
        copy[c] = '.';
        const auto r2 = std::from_chars(copy.data(), copy.data() + copy.size(), v);
        if (r2.ec != std::errc() || r2.ptr != copy.data() + copy.size() || !std::isfinite(v))
            return std::nullopt;
    }
    return v;
}

std::optional<qint64> IncidentValues::parseInt(std::string_view text)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    qint64 v = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
        // "3.0", as spreadsheets write integers.
        const auto d = parseDouble(text);
        if (d && *d == std::floor(*d) && std::fabs(*d) < 9e15)
            return qint64(*d);
        return std::nullopt;
    }
    return v;
}


QByteArray IncidentValues::isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate).toLatin1();
}

QByteArray IncidentValues::isoDateTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.toString(ms % 1000 ? Qt::ISODateWithMs : Qt::ISODate).toLatin1();
}

QByteArray IncidentValues::formatDouble(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QByteArray(buf, int(r.ptr - buf));
}

void IncidentValues::appendJsonMember(QByteArray &out, std::string_view key, std::string_view value)
{
    out += out.isEmpty() ? "{\"" : ",\"";
    out.append(key.data(), int(key.size()));
    out += "\":\"";
    for (const char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += esc;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void IncidentValues::closeJsonObject(QByteArray &out)
{
    if (!out.isEmpty())
        out += '}';
}

QString IncidentValues::readPosition(std::string_view latText, std::string_view lonText, Incident &incident)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("vigie::core::IncidentValues", text); };
    const auto str = [](std::string_view v) { return QString::fromUtf8(v.data(), int(v.size())); };
    latText = trimmed(latText);
    lonText = trimmed(lonText);
    const auto lat = parseDouble(latText);
    const auto lon = parseDouble(lonText);
    if (!lat || !lon)
        return latText.empty() || lonText.empty() ? tr("missing coordinates")
                                                  : tr("bad coordinates \"%1\", \"%2\"").arg(str(latText), str(lonText));
    if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)
        return tr("coordinates out of range (latitude %1, longitude %2)").arg(str(latText), str(lonText));
    incident.lat = *lat;
    incident.lon = *lon;
    return {};
}

int IncidentValues::severityFor(const QString &category, qint64 fatalities)
{
    const IncidentTaxonomy::Category *c = IncidentTaxonomy::builtin().category(category);
    int severity = c ? c->defaultSeverity : 3;
    if (fatalities >= 10)
        severity = 5;
    else if (fatalities >= 3)
        severity = std::max(severity, 4);
    else if (fatalities >= 1)
        severity = std::max(severity, 3);
    return severity;
}

} // namespace vigie::core
