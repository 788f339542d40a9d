// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/plain_xml_scanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vigie::core {

namespace {

using TokenType = QXmlStreamReader::TokenType;

// Byte classes for text, attribute values, comments and processing instructions.
enum Class : uchar { Ordinary, Blank, Lt, Amp, CarriageReturn, Bracket, High, Control };

constexpr std::array<uchar, 256> makeClasses()
{
    std::array<uchar, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = c >= 0x80 ? High : (c < 0x20 || c == 0x7F) ? Control : Ordinary;
    t[' '] = t['\t'] = t['\n'] = Blank;
    t['\r'] = CarriageReturn;
    t['<'] = Lt;
    t['&'] = Amp;
    t[']'] = Bracket;
    return t;
}
constexpr std::array<uchar, 256> kClass = makeClasses();

// ASCII NCName characters. Names with other characters are QXmlStreamReader's to judge.
enum NameClass : uchar { NotName, NameStart, NameChar };
constexpr std::array<uchar, 256> makeNameClasses()
{
    std::array<uchar, 256> t{};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
            t[size_t(c)] = NameStart;
        else if ((c >= '0' && c <= '9') || c == '-' || c == '.')
            t[size_t(c)] = NameChar;
    }
    return t;
}
constexpr std::array<uchar, 256> kName = makeNameClasses();

Q_ALWAYS_INLINE bool isNameStart(char c) { return kName[uchar(c)] == NameStart; }
Q_ALWAYS_INLINE bool isNameChar(char c) { return kName[uchar(c)] != NotName; }
bool isBlankByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNamespace = "http://www.w3.org/2000/xmlns/";

// Characters this scanner passes on. XML allows a few more (C1 controls, noncharacters), but how Qt's
// decoder and parser treat those is theirs to say: a document holding one is declined.
bool isPlainCharacter(char32_t c)
{
    if (c < 0x20)
        return c == '\t' || c == '\n' || c == '\r';
    return c != 0x7F && !(c >= 0x80 && c <= 0x9F) && !(c >= 0xD800 && c <= 0xDFFF) && !(c >= 0xFDD0 && c <= 0xFDEF) &&
           (c & 0xFFFE) != 0xFFFE && c <= 0x10FFFF;
}

// The hot loops, 16 bytes at a time where SSE2 is (every x86-64): text in these files is mostly
// indentation and short values between tags.
#if defined(__SSE2__)
Q_ALWAYS_INLINE unsigned bytesEqual(__m128i v, char c) { return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)))); }
// Bytes below 0x20 or from 0x80 on (signed: negative), and DEL.
Q_ALWAYS_INLINE unsigned controlOrHigh(__m128i v)
{
    return unsigned(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)))) | bytesEqual(v, 0x7F);
}
#endif

// Past the bytes of an attribute value that are its value as they are: to the closing quote, or to
// the next byte that is not Ordinary or ' ' (or is ']', harmless, found by the scalar loop alike).
Q_ALWAYS_INLINE const char *skipPlainValue(const char *p, const char *limit, char quote)
{
#if defined(__SSE2__)
    while (limit - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned special = controlOrHigh(v) | bytesEqual(v, quote) | bytesEqual(v, '<') | bytesEqual(v, '&');
        if (special)
            return p + __builtin_ctz(special);
        p += 16;
    }
#endif
    while (p < limit && *p != quote && kClass[uchar(*p)] == Ordinary)
        ++p;
    return p;
}

// The length of the UTF-8 sequence at p (whose first byte is >= 0x80), or 0 if it is not a
// well-formed, shortest-form sequence of a plain character that ends before limit.
int utf8Length(const char *p, const char *limit)
{
    const uchar c0 = uchar(p[0]);
    const ptrdiff_t left = limit - p;
    const auto cont = [&](int i) { return i < left && (uchar(p[i]) & 0xC0) == 0x80; };
    char32_t c;
    int n;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        if (!cont(1))
            return 0;
        c = char32_t(c0 & 0x1F) << 6 | (uchar(p[1]) & 0x3F);
        n = 2;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        c = char32_t(c0 & 0x0F) << 12 | char32_t(uchar(p[1]) & 0x3F) << 6 | (uchar(p[2]) & 0x3F);
        if (c < 0x800)
            return 0;
        n = 3;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        c = char32_t(c0 & 0x07) << 18 | char32_t(uchar(p[1]) & 0x3F) << 12 | char32_t(uchar(p[2]) & 0x3F) << 6 | (uchar(p[3]) & 0x3F);
        if (c < 0x10000)
            return 0;
        n = 4;
    } else {
        return 0;
    }
    return isPlainCharacter(c) ? n : 0;
}

// Whether [p, end) is UTF-8 of plain characters, as utf8Length() takes them.
bool isPlainUtf8(const char *p, const char *end)
{
    while (p < end) {
#if defined(__SSE2__)
        if (end - p >= 16) {
            const unsigned high = unsigned(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p))));
            if (!high) {
                p += 16;
                continue;
            }
            p += __builtin_ctz(high);
        }
#endif
        if (uchar(*p) < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Length(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The reference at p (an '&'): its length, its character in *c; 0 unless it is one of the five
// predefined entities or a character reference ("&#65;", "&#x41;") to a plain character.
int reference(const char *p, const char *limit, char32_t *c)
{
    const size_t left = size_t(limit - p);
    const auto is = [&](std::string_view s) { return left >= s.size() && std::memcmp(p, s.data(), s.size()) == 0; };
    if (is("&lt;"))
        return *c = '<', 4;
    if (is("&gt;"))
        return *c = '>', 4;
    if (is("&amp;"))
        return *c = '&', 5;
    if (is("&quot;"))
        return *c = '"', 6;
    if (is("&apos;"))
        return *c = '\'', 6;
    if (left < 4 || p[1] != '#')
        return 0;
    const bool hex = p[2] == 'x'; // QXmlStreamReader reads "&#X41;" as a malformed decimal
    const char *q = p + (hex ? 3 : 2);
    char32_t v = 0;
    int digits = 0;
    for (; q < limit && digits <= 8; ++q, ++digits) {
        const char d = *q;
        int value;
        if (d >= '0' && d <= '9')
            value = d - '0';
        else if (hex && d >= 'a' && d <= 'f')
            value = d - 'a' + 10;
        else if (hex && d >= 'A' && d <= 'F')
            value = d - 'A' + 10;
        else
            break;
        v = v * (hex ? 16 : 10) + char32_t(value);
    }
    if (digits == 0 || digits > 8 || q == limit || *q != ';' || !isPlainCharacter(v))
        return 0;
    *c = v;
    return int(q + 1 - p);
}

// The value of text or of an attribute as QXmlStreamReader reports it: references replaced, a
// CR LF read as one line feed, and in attribute values each line feed or tab read as a space
// (character references excepted). The bytes were checked by the scanner.
void appendDecoded(std::string &out, const char *b, const char *e, bool attribute)
{
    const char *run = b;
    while (b < e) {
        const char c = *b;
        if (c == '&') {
            out.append(run, b);
            char32_t ch = 0;
            const int n = reference(b, e, &ch);
            if (n > 0)
                appendUtf8(out, ch);
            else
                out += c; // cannot happen: checked when scanned
            b += std::max(n, 1);
            run = b;
        } else if (c == '\r') {
            out.append(run, b);
            out += attribute ? ' ' : '\n';
            b += b + 1 < e && b[1] == '\n' ? 2 : 1;
            run = b;
        } else if (attribute && (c == '\n' || c == '\t')) {
            out.append(run, b);
            out += ' ';
            run = ++b;
        } else {
            ++b;
        }
    }
    out.append(run, e);
}

// Skips blanks; false at a carriage return not followed by a line feed (which QXmlStreamReader
// reads as a line end of its own: declined).
Q_ALWAYS_INLINE bool skipBlanks(const char *&p, const char *limit)
{
    while (p < limit) {
        const char c = *p;
        if (c == ' ' || c == '\n' || c == '\t') {
            ++p;
        } else if (c == '\r') {
            if (p + 1 >= limit || p[1] != '\n')
                return false;
            p += 2;
        } else {
            break;
        }
    }
    return true;
}

enum class Name { Ok, Cut, Bad };

// QXmlStreamReader refuses names of 4096 characters or more (before it sees whether the data ends):
// a name longer than this is declined.
constexpr ptrdiff_t kMaxName = 1024;

// [prefix:]local, ASCII NCNames, at p; p moves past it.
Q_ALWAYS_INLINE Name readQName(const char *&p, const char *limit, std::string_view *qname, std::string_view *prefix,
                               std::string_view *local)
{
    const char *start = p;
    const char *stop = std::min(limit, start + kMaxName + 1);
    const auto ncname = [&]() {
        if (p == limit)
            return Name::Cut;
        if (!isNameStart(*p))
            return Name::Bad;
        ++p;
        while (p < stop && isNameChar(*p))
            ++p;
        if (p - start > kMaxName)
            return Name::Bad;
        return p == limit ? Name::Cut : Name::Ok;
    };
    Name r = ncname();
    if (r != Name::Ok)
        return r;
    if (*p != ':') {
        if (uchar(*p) >= 0x80)
            return Name::Bad; // a name going on beyond ASCII
        // Each from a value in registers: copying one just stored costs a store-forwarding stall.
        const std::string_view name(start, size_t(p - start));
        *qname = name;
        *local = name;
        *prefix = std::string_view();
        return Name::Ok;
    }
    const char *colon = p++;
    if ((r = ncname()) != Name::Ok)
        return r;
    if (*p == ':' || uchar(*p) >= 0x80)
        return Name::Bad;
    *qname = std::string_view(start, size_t(p - start));
    *prefix = std::string_view(start, size_t(colon - start));
    *local = std::string_view(colon + 1, size_t(p - colon - 1));
    return Name::Ok;
}

// Names are short: a loop beats a call to memcmp.
Q_ALWAYS_INLINE bool sameBytes(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char c = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] - 'A' + 'a') : a[i];
        if (c != lowerB[i])
            return false;
    }
    return true;
}

constexpr size_t kMaxAttributes = 64;
} // namespace

PlainXmlScanner::PlainXmlScanner(std::string_view data, SafeXmlReader::Limits limits)
    : m_begin(data.data()), m_content(data.data()), m_end(data.data() + data.size()), m_p(data.data()), m_limits(limits),
      m_lineCounted(data.data())
{
    m_attributes.resize(kMaxAttributes);
    m_textBytes.assign(size_t(std::max(limits.maxDepth, 0)) + 2, 0);
    m_open.resize(m_textBytes.size());
    if (data.size() < 4) {
        decline("shorter than 4 bytes"); // QXmlStreamReader does not even start
        return;
    }
    if (std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p = m_content = m_begin + 3; // Qt's decoder drops the byte order mark: columns start after it
    if (size_t(m_end - m_p) >= 5 && std::memcmp(m_p, "<?xml", 5) == 0)
        readDeclaration();
}

PlainXmlScanner::TokenType PlainXmlScanner::decline(const char *why)
{
    if (m_state == State::Reading) {
        m_state = State::Declined;
        m_declineReason = why;
    }
    m_type = QXmlStreamReader::Invalid;
    return m_type;
}

PlainXmlScanner::TokenType PlainXmlScanner::fail(const char *at, const QString &reason)
{
    // QXmlStreamReader decodes the file a chunk ahead of where it parses: bytes it cannot decode
    // after this error could stop it before it gets here.
    if (!isPlainUtf8(at, m_end))
        return decline("not UTF-8 after the first error");
    m_p = at;
    raiseError(reason);
    m_type = QXmlStreamReader::Invalid;
    return m_type;
}

void PlainXmlScanner::raiseError(const QString &reason)
{
    if (m_state == State::Failed || m_state == State::Declined)
        return;
    m_state = State::Failed;
    m_error = reason;
    m_errorLine = lineNumber();
    m_errorColumn = columnNumber();
}

QString PlainXmlScanner::errorString() const
{
    // A decline is no error of the document: the caller reads it another way and says nothing.
    return m_state == State::Failed ? SafeXmlReader::positioned(m_errorLine, m_errorColumn, m_error) : QString();
}

qint64 PlainXmlScanner::lineAt(qint64 offset) const
{
    // From where the last count stopped, forwards or backwards: reports come in order, close together.
    const char *at = m_begin + offset;
    if (at >= m_lineCounted)
        m_linesBefore += std::count(m_lineCounted, at, '\n');
    else
        m_linesBefore -= std::count(at, m_lineCounted, '\n');
    m_lineCounted = at;
    return m_linesBefore + 1;
}

qint64 PlainXmlScanner::columnNumber() const
{
    const char *lineStart = m_p;
    while (lineStart > m_content && lineStart[-1] != '\n')
        --lineStart;
    qint64 units = 0;
    for (const char *q = lineStart; q < m_p; ++q) {
        const uchar c = uchar(*q);
        units += (c & 0xC0) != 0x80; // one per character…
        units += c >= 0xF0;          // …two beyond the BMP (a surrogate pair)
    }
    return units;
}

// <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?>, at the start: QXmlStreamReader takes
// other versions and encodings in its own ways.
bool PlainXmlScanner::readDeclaration()
{
    const char *limit = tokenLimit(m_p);
    const char *p = m_p + 5;
    const auto no = [this](const char *why) {
        decline(why);
        return false;
    };
    int stage = 0; // 1 after version, 2 after encoding, 3 after standalone
    for (;;) {
        const char *before = p;
        if (!skipBlanks(p, limit) || p == limit)
            return no("XML declaration");
        if (*p == '?') {
            if (stage == 0 || p + 1 == limit || p[1] != '>')
                return no("XML declaration");
            m_p = p + 2;
            return true;
        }
        std::string_view qname, prefix, local;
        if (p == before || readQName(p, limit, &qname, &prefix, &local) != Name::Ok || !prefix.empty() || !skipBlanks(p, limit) ||
            p == limit || *p != '=')
            return no("XML declaration");
        ++p;
        if (!skipBlanks(p, limit) || p == limit || (*p != '"' && *p != '\''))
            return no("XML declaration");
        const char quote = *p++;
        const char *v = p;
        while (p < limit && *p != quote && kClass[uchar(*p)] == Ordinary)
            ++p;
        if (p == limit || *p != quote)
            return no("XML declaration");
        const std::string_view value(v, size_t(p - v));
        ++p;
        if (stage == 0 && local == "version" && value == "1.0")
            stage = 1;
        else if (stage == 1 && local == "encoding" && equalsIgnoringCase(value, "utf-8"))
            stage = 2;
        else if ((stage == 1 || stage == 2) && local == "standalone" && (value == "yes" || value == "no"))
            stage = 3;
        else
            return no("XML declaration: version, encoding or standalone");
    }
}

PlainXmlScanner::TokenType PlainXmlScanner::endOfData()
{
    if (m_depth > 0)
        return fail(m_end, SafeXmlReader::truncatedReason());
    if (!m_rootClosed)
        return decline("no root element");
    m_state = State::Ended;
    m_type = QXmlStreamReader::EndDocument;
    return m_type;
}

PlainXmlScanner::TokenType PlainXmlScanner::ranOut(const char *limit)
{
    if (limit != m_end)
        return decline("a token near the size limit");
    // Inside the root, QXmlStreamReader waits for more and SafeXmlReader calls the file truncated;
    // elsewhere its outcomes vary.
    if (m_depth == 0)
        return decline("cut short outside the root element");
    return fail(m_end, SafeXmlReader::truncatedReason());
}

PlainXmlScanner::TokenType PlainXmlScanner::unfinished()
{
    // QXmlStreamReader looks for the end of these in a way of its own, and when there is none it
    // reports the line where the search began or one in between: not worth imitating.
    return decline("a comment or processing instruction that does not end");
}

PlainXmlScanner::TokenType PlainXmlScanner::next(bool skipBlankText)
{
    if (m_state != State::Reading)
        return m_state == State::Ended ? QXmlStreamReader::EndDocument : QXmlStreamReader::Invalid;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        const Open &o = m_open[size_t(m_depth)];
        m_qname = o.qname;
        m_local = o.qname.substr(o.localStart);
        m_prefixes.resize(o.prefixesBefore);
        if (--m_depth == 0)
            m_rootClosed = true;
        m_type = QXmlStreamReader::EndElement;
        return m_type;
    }
    if (m_p == m_end)
        return endOfData();
    if (*m_p != '<') {
        const TokenType t = readText();
        if (!skipBlankText || t != QXmlStreamReader::Characters || !m_textBlank)
            return t;
        if (m_p == m_end) // cannot be: blank text that reaches the end is no token
            return endOfData();
    }
    if (m_end - m_p < 2)
        return ranOut(m_end);
    switch (m_p[1]) {
    case '/': return readEndTag();
    case '!': return readComment();
    case '?': return readProcessingInstruction();
    default: return readStartTag();
    }
}

PlainXmlScanner::TokenType PlainXmlScanner::readText()
{
    const char *limit = tokenLimit(m_p);
    const char *p = m_p;
    bool plain = true, blank = true;
    for (;;) {
        // To the next byte that is not Ordinary or Blank, noting whether anything but blanks came
        // before it. Text in these files is mostly indentation or a short value: 16 bytes at once.
#if defined(__SSE2__)
        if (limit - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const unsigned blanks = bytesEqual(v, ' ') | bytesEqual(v, '\n') | bytesEqual(v, '\t');
            const unsigned special = (controlOrHigh(v) & ~blanks) | bytesEqual(v, '<') | bytesEqual(v, '&') | bytesEqual(v, ']');
            const unsigned ordinary = ~(special | blanks) & 0xFFFF;
            if (!special) {
                blank = blank && !ordinary;
                p += 16;
                continue;
            }
            const unsigned i = unsigned(__builtin_ctz(special));
            blank = blank && !(ordinary & ((1u << i) - 1));
            p += i;
        } else
#endif
        {
            while (p < limit && kClass[uchar(*p)] <= Blank) {
                blank = blank && kClass[uchar(*p)] == Blank;
                ++p;
            }
            if (p == limit)
                break;
        }
        const char c = *p;
        if (c == '<')
            break;
        switch (kClass[uchar(c)]) {
        case Amp: {
            char32_t ch;
            const int n = reference(p, limit, &ch);
            if (n == 0)
                return decline("an entity other than the predefined five, or a bad character reference");
            p += n;
            plain = blank = false;
            continue;
        }
        case CarriageReturn:
            if (p + 1 >= limit || p[1] != '\n')
                return decline("a carriage return without a line feed");
            p += 2;
            plain = false;
            continue;
        case Bracket:
            if (limit - p < 3 || (p[1] == ']' && p[2] == '>'))
                return decline("]]> in text, or ] at the end");
            ++p;
            blank = false;
            continue;
        case High: {
            const int n = utf8Length(p, limit);
            if (n == 0)
                return decline("not UTF-8, or a character QXmlStreamReader may treat differently");
            p += n;
            blank = false;
            continue;
        }
        default: return decline("a control character");
        }
    }
    if (m_depth == 0 && !blank)
        return decline("text outside the root element");
    if (p == limit) {
        // No '<' after it: QXmlStreamReader reports no text then, only how the document ends.
        if (m_depth == 0 && limit == m_end) {
            m_p = p;
            return endOfData();
        }
        return ranOut(limit);
    }
    qint64 &inElement = m_textBytes[size_t(m_depth)];
    inElement += p - m_p;
    if (inElement > m_limits.maxTokenBytes / 2)
        return decline("an element's text near the size limit");
    m_textBegin = m_p;
    m_textEnd = p;
    m_textPlain = plain;
    m_textBlank = blank;
    m_p = p;
    m_type = QXmlStreamReader::Characters;
    return m_type;
}

PlainXmlScanner::TokenType PlainXmlScanner::readStartTag()
{
    const char *limit = tokenLimit(m_p);
    const char *p = m_p + 1;
    std::string_view qname, prefix, local;
    switch (readQName(p, limit, &qname, &prefix, &local)) {
    case Name::Cut: return ranOut(limit);
    case Name::Bad: return decline("an element name beyond ASCII NCNames");
    case Name::Ok: break;
    }
    size_t n = 0;
    bool empty = false;
    for (;;) {
        const char *before = p;
        if (!skipBlanks(p, limit))
            return decline("a carriage return without a line feed");
        if (p == limit)
            return ranOut(limit);
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 == limit)
                return ranOut(limit);
            if (p[1] != '>')
                return decline("a malformed start tag");
            p += 2;
            empty = true;
            break;
        }
        if (p == before)
            return decline("attributes not separated by blanks");
        if (n == m_attributes.size())
            return decline("too many attributes");
        Attribute &a = m_attributes[n];
        switch (readQName(p, limit, &a.qname, &a.prefix, &a.local)) {
        case Name::Cut: return ranOut(limit);
        case Name::Bad: return decline("an attribute name beyond ASCII NCNames");
        case Name::Ok: break;
        }
        if (!skipBlanks(p, limit))
            return decline("a carriage return without a line feed");
        if (p == limit)
            return ranOut(limit);
        if (*p != '=')
            return decline("an attribute without a value");
        ++p;
        if (!skipBlanks(p, limit))
            return decline("a carriage return without a line feed");
        if (p == limit)
            return ranOut(limit);
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return decline("an attribute value without quotes");
        const char *v = ++p;
        bool plain = true;
        for (;;) {
            p = skipPlainValue(p, limit, quote);
            if (p == limit)
                return ranOut(limit);
            const char c = *p;
            if (c == quote)
                break;
            switch (kClass[uchar(c)]) {
            case Ordinary:
            case Bracket: ++p; continue;
            case Blank:
                plain = plain && c == ' ';
                ++p;
                continue;
            case Lt: return decline("< in an attribute value");
            case Amp: {
                char32_t ch;
                const int r = reference(p, limit, &ch);
                if (r == 0)
                    return decline("an entity other than the predefined five, or a bad character reference");
                p += r;
                plain = false;
                continue;
            }
            case CarriageReturn:
                if (p + 1 >= limit || p[1] != '\n')
                    return decline("a carriage return without a line feed");
                p += 2;
                plain = false;
                continue;
            case High: {
                const int r = utf8Length(p, limit);
                if (r == 0)
                    return decline("not UTF-8, or a character QXmlStreamReader may treat differently");
                p += r;
                continue;
            }
            default: return decline("a control character");
            }
        }
        a.raw = std::string_view(v, size_t(p - v));
        a.plain = plain;
        ++p;
        ++n;
    }
    m_attributeCount = n;
    const size_t prefixesBefore = m_prefixes.size();
    if (!resolveNamespaces(prefix)) {
        m_prefixes.resize(prefixesBefore);
        return decline("a namespace declaration or prefix QXmlStreamReader may refuse");
    }
    if (m_depth == 0 && m_rootClosed)
        return decline("a second root element");
    const int depth = m_depth + 1;
    if (depth > m_limits.maxDepth) {
        m_depth = depth;
        return fail(p, SafeXmlReader::tooDeepReason(m_limits.maxDepth));
    }
    m_depth = depth;
    Open &o = m_open[size_t(depth)];
    o.qname = qname;
    o.localStart = qname.size() - local.size();
    o.prefixesBefore = prefixesBefore;
    m_textBytes[size_t(depth)] = 0;
    m_qname = qname;
    m_local = local;
    m_pendingEnd = empty;
    m_p = p;
    m_type = QXmlStreamReader::StartElement;
    return m_type;
}

bool PlainXmlScanner::isDeclared(std::string_view prefix) const
{
    // "xml" is bound from the start, but leaving it to QXmlStreamReader costs nothing.
    return std::find(m_prefixes.rbegin(), m_prefixes.rend(), prefix) != m_prefixes.rend();
}

// What QXmlStreamReader (namespace processing on) checks and refuses: reserved or empty namespace
// names, undeclared prefixes, an attribute twice. Declining goes further (a prefix or the default
// namespace declared twice in one tag, which it takes): URIs do not matter to a reader going by
// local names, only whether the declarations are valid.
bool PlainXmlScanner::resolveNamespaces(std::string_view elementPrefix)
{
    const size_t before = m_prefixes.size();
    bool defaultDeclared = false;
    for (size_t i = 0; i < m_attributeCount; ++i) {
        Attribute &a = m_attributes[i];
        a.declaration = false;
        if (a.prefix.empty() && a.local == "xmlns") {
            if (defaultDeclared || !a.plain || a.raw == kXmlNamespace || a.raw == kXmlnsNamespace)
                return false;
            defaultDeclared = a.declaration = true;
        } else if (a.prefix == "xmlns") {
            if (!a.plain || a.raw.empty() || a.raw == kXmlNamespace || a.raw == kXmlnsNamespace || a.local == "xml" || a.local == "xmlns")
                return false;
            if (std::find(m_prefixes.begin() + ptrdiff_t(before), m_prefixes.end(), a.local) != m_prefixes.end())
                return false;
            m_prefixes.push_back(a.local);
            a.declaration = true;
        }
    }
    if (!elementPrefix.empty() && !isDeclared(elementPrefix))
        return false;
    for (size_t i = 0; i < m_attributeCount; ++i) {
        const Attribute &a = m_attributes[i];
        if (a.declaration)
            continue;
        if (!a.prefix.empty() && !isDeclared(a.prefix))
            return false;
        for (size_t j = 0; j < i; ++j)
            if (!m_attributes[j].declaration && m_attributes[j].local == a.local)
                return false;
    }
    return true;
}

PlainXmlScanner::TokenType PlainXmlScanner::readEndTag()
{
    const char *limit = tokenLimit(m_p);
    const char *p = m_p + 2;
    if (m_depth > 0) {
        // Nearly always "</" + the open element's name + '>': compared as bytes, no name scanned.
        const Open &o = m_open[size_t(m_depth)];
        const size_t n = o.qname.size();
        if (size_t(limit - p) > n && p[n] == '>' && sameBytes(std::string_view(p, n), o.qname)) {
            m_qname = o.qname;
            m_local = o.qname.substr(o.localStart);
            m_prefixes.resize(o.prefixesBefore);
            if (--m_depth == 0)
                m_rootClosed = true;
            m_p = p + n + 1;
            m_type = QXmlStreamReader::EndElement;
            return m_type;
        }
    }
    std::string_view qname, prefix, local;
    switch (readQName(p, limit, &qname, &prefix, &local)) {
    case Name::Cut: return ranOut(limit);
    case Name::Bad: return decline("an element name beyond ASCII NCNames");
    case Name::Ok: break;
    }
    if (!skipBlanks(p, limit))
        return decline("a carriage return without a line feed");
    if (p == limit)
        return ranOut(limit);
    if (*p != '>')
        return decline("a malformed end tag");
    ++p;
    if (m_depth == 0)
        return decline("an end tag outside the root element");
    const Open &o = m_open[size_t(m_depth)];
    if (!sameBytes(qname, o.qname))
        return fail(p, QCoreApplication::translate("vigie::core::PlainXmlScanner", "the end tag </%1> does not match the start tag <%2>")
                           .arg(QString::fromLatin1(qname.data(), int(qname.size())),
                                QString::fromLatin1(o.qname.data(), int(o.qname.size()))));
    m_qname = qname;
    m_local = local;
    m_prefixes.resize(o.prefixesBefore);
    if (--m_depth == 0)
        m_rootClosed = true;
    m_p = p;
    m_type = QXmlStreamReader::EndElement;
    return m_type;
}

PlainXmlScanner::TokenType PlainXmlScanner::readComment()
{
    if (m_end - m_p < 4)
        return decline("<! at the end");
    const std::string_view rest(m_p, size_t(std::min<ptrdiff_t>(m_end - m_p, 9)));
    if (rest.compare(0, 4, "<!--") != 0)
        return decline(rest.compare(0, 9, "<!DOCTYPE") == 0   ? "a DOCTYPE"
                       : rest.compare(0, 9, "<![CDATA[") == 0 ? "a CDATA section"
                                                              : "a markup declaration");
    const char *limit = tokenLimit(m_p);
    TokenType failed = QXmlStreamReader::Invalid;
    const char *p = markupBodyEnd(m_p + 4, limit, '-', '-', &failed);
    if (!p)
        return failed;
    if (limit - p < 3)
        return unfinished();
    if (p[2] != '>')
        return decline("-- inside a comment");
    m_p = p + 3;
    m_type = QXmlStreamReader::Comment;
    return m_type;
}

const char *PlainXmlScanner::markupBodyEnd(const char *p, const char *limit, char first, char second, TokenType *failed)
{
    for (;;) {
        if (p == limit) {
            *failed = unfinished();
            return nullptr;
        }
        const char c = *p;
        if (c == first) {
            if (p + 1 == limit) {
                *failed = unfinished();
                return nullptr;
            }
            if (p[1] == second)
                return p;
            ++p;
            continue;
        }
        const char *why = nullptr;
        switch (kClass[uchar(c)]) {
        case Ordinary:
        case Blank:
        case Lt:
        case Amp:
        case Bracket: ++p; continue;
        case CarriageReturn:
            if (p + 1 < limit && p[1] == '\n') {
                p += 2;
                continue;
            }
            why = "a carriage return without a line feed";
            break;
        case High:
            if (const int n = utf8Length(p, limit)) {
                p += n;
                continue;
            }
            why = "not UTF-8, or a character QXmlStreamReader may treat differently";
            break;
        default: why = "a control character";
        }
        *failed = decline(why);
        return nullptr;
    }
}

PlainXmlScanner::TokenType PlainXmlScanner::readProcessingInstruction()
{
    const char *limit = tokenLimit(m_p);
    const char *p = m_p + 2;
    const char *target = p;
    if (p == limit)
        return unfinished();
    if (!isNameStart(*p))
        return decline("a processing instruction's target");
    while (p < limit && p - target <= kMaxName && isNameChar(*p))
        ++p;
    if (p - target > kMaxName)
        return decline("a long name");
    if (p == limit)
        return unfinished();
    if (equalsIgnoringCase(std::string_view(target, size_t(p - target)), "xml"))
        return decline("an XML declaration not at the start");
    if (*p == '?') {
        if (p + 1 == limit)
            return unfinished();
        if (p[1] != '>')
            return decline("a malformed processing instruction");
        m_p = p + 2;
        m_type = QXmlStreamReader::ProcessingInstruction;
        return m_type;
    }
    if (!isBlankByte(*p))
        return decline("a processing instruction's target");
    TokenType failed = QXmlStreamReader::Invalid;
    p = markupBodyEnd(p, limit, '?', '>', &failed);
    if (!p)
        return failed;
    m_p = p + 2;
    m_type = QXmlStreamReader::ProcessingInstruction;
    return m_type;
}

std::string_view PlainXmlScanner::text(std::string *scratch) const
{
    if (m_textPlain)
        return std::string_view(m_textBegin, size_t(m_textEnd - m_textBegin));
    scratch->clear();
    appendDecoded(*scratch, m_textBegin, m_textEnd, false);
    return *scratch;
}

bool PlainXmlScanner::attributeAt(size_t index, std::string_view *qualifiedName, std::string_view *value, std::string *scratch) const
{
    const Attribute &a = m_attributes[index];
    if (a.declaration)
        return false;
    *qualifiedName = a.qname;
    if (a.plain) {
        *value = a.raw;
    } else {
        scratch->clear();
        appendDecoded(*scratch, a.raw.data(), a.raw.data() + a.raw.size(), true);
        *value = *scratch;
    }
    return true;
}

bool PlainXmlScanner::attribute(std::string_view qualifiedName, std::string_view *value, std::string *scratch) const
{
    for (size_t i = 0; i < m_attributeCount; ++i) {
        const Attribute &a = m_attributes[i];
        if (!a.declaration && sameBytes(a.qname, qualifiedName)) {
            std::string_view name;
            return attributeAt(i, &name, value, scratch);
        }
    }
    return false;
}

void PlainXmlScanner::readElementText(std::string_view *out)
{
    // As SafeXmlReader::readElementText: the text directly inside (not in child elements), comments
    // and processing instructions left out, what was read so far when an error stops it. The usual
    // single plain piece is not copied.
    std::string_view single;
    bool buffered = false;
    int level = 1;
    while (level > 0) {
        const TokenType t = readNext();
        if (t == QXmlStreamReader::Characters) {
            if (level != 1)
                continue;
            if (!buffered && single.empty() && m_textPlain) {
                single = std::string_view(m_textBegin, size_t(m_textEnd - m_textBegin));
                continue;
            }
            if (!buffered) {
                m_textBuffer.assign(single.data(), single.size());
                buffered = true;
            }
            appendDecoded(m_textBuffer, m_textBegin, m_textEnd, false);
        } else if (t == QXmlStreamReader::StartElement) {
            ++level;
        } else if (t == QXmlStreamReader::EndElement) {
            --level;
        } else if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    *out = buffered ? std::string_view(m_textBuffer) : single;
}

void PlainXmlScanner::skipCurrentElement()
{
    skipElementWith([this] { return readNextNonBlank(); });
}

} // namespace vigie::core
