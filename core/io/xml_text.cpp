// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/xml_text.h"

#include "io/iso_date_time.h"

#include <charconv>

namespace vigie::core::xml_text {

namespace {
// The blanks QChar::isSpace knows below 0x80.
bool isAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string_view trimmedAscii(std::string_view s)
{
    while (!s.empty() && isAsciiSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isAsciiSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

bool isAscii(std::string_view s)
{
    for (const char c : s)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

// -?[0-9]+(\.[0-9]+)?, short: what from_chars and Qt both round correctly, hence alike (checked
// over millions of such strings, -0 included). Exponents, signs, "inf", "nan" stay with Qt.
bool isPlainDecimal(std::string_view s)
{
    if (s.size() > 40)
        return false;
    size_t i = !s.empty() && s[0] == '-' ? 1 : 0;
    const size_t intStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == intStart)
        return false;
    if (i == s.size())
        return true;
    if (s[i] != '.')
        return false;
    const size_t fracStart = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    return i > fracStart && i == s.size();
}

constexpr int kMaxTimeChars = 64; // longer is no time (and bounds the copy below)
} // namespace

QString toQString(std::string_view utf8)
{
    QString out;
    while (utf8.size() >= 3 && utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) {
        out += QChar(0xFEFF);
        utf8.remove_prefix(3);
    }
    return out + QString::fromUtf8(utf8.data(), int(utf8.size()));
}

double toDouble(std::string_view utf8, bool *ok)
{
    const std::string_view t = trimmedAscii(utf8);
    if (isPlainDecimal(t)) {
        double v = 0;
        std::from_chars(t.data(), t.data() + t.size(), v);
        *ok = true;
        return v;
    }
    return toQString(utf8).toDouble(ok);
}

qint64 toTime(QStringView text)
{
    char buf[kMaxTimeChars];
    qsizetype b = 0, e = text.size();
    while (b < e && text.at(b).isSpace())
        ++b;
    while (e > b && text.at(e - 1).isSpace())
        --e;
    if (e - b > kMaxTimeChars)
        return IsoDateTime::kNoTime;
    for (qsizetype i = b; i < e; ++i) {
        const ushort c = text.at(i).unicode();
        buf[i - b] = c < 0x80 ? char(c) : '?'; // no time has such a character
    }
    return IsoDateTime::parse(std::string_view(buf, size_t(e - b)));
}

qint64 toTime(std::string_view utf8)
{
    if (!isAscii(utf8)) // blanks beyond ASCII, characters counted as UTF-16: Qt's business
        return toTime(toQString(utf8));
    const std::string_view t = trimmedAscii(utf8);
    if (t.size() > size_t(kMaxTimeChars))
        return IsoDateTime::kNoTime;
    return IsoDateTime::parse(t);
}

} // namespace vigie::core::xml_text
