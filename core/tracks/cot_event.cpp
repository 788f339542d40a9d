// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/cot_event.h"

#include "io/iso_date_time.h"
#include "io/safe_xml_reader.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <string_view>

namespace vigie::core {

namespace {
qint64 parseTime(const QXmlStreamAttributes &a, const char *name)
{
    const QByteArray v = a.value(QLatin1String(name)).toLatin1();
    return IsoDateTime::parse(std::string_view(v.constData(), size_t(v.size())));
}

// 9999999 (or 999999) and NaN mean "unknown" in CoT.
double measure(const QXmlStreamAttributes &a, const char *name)
{
    bool ok = false;
    const double v = a.value(QLatin1String(name)).toDouble(&ok);
    if (!ok || !std::isfinite(v) || std::fabs(v) >= 999999.0)
        return std::numeric_limits<double>::quiet_NaN();
    return v;
}
// The fast path of decode(): a bounded scanner for the events senders actually send — ASCII
// tags and attributes, an optional <?xml?> declaration, no entity, character reference, comment,
// CDATA, DOCTYPE, namespace prefix or text. It takes only documents that are plainly well-formed
// and complete events, and declines (nullopt) everything else, which then goes through
// SafeXmlReader with its limits and its errors; so it never accepts what the XML reader refuses,
// and never reads outside the buffer. QXmlStreamReader cost ~4x more per event (a reader, its
// QStrings and attribute vectors for every datagram).
class FastCotScanner
{
  public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;
    static constexpr int kMaxDepth = 16;
    static constexpr int kMaxAttributes = 32;

    explicit FastCotScanner(const QByteArray &xml) : m_p(xml.constData()), m_end(xml.constData() + xml.size()) {}

    std::optional<CotEvent> scan()
    {
        if (m_end - m_p > kMaxBytes)
            return std::nullopt;
        for (const char *q = m_p; q < m_end; ++q) {
            const uchar c = uchar(*q);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0x7F || c == '&')
                return std::nullopt;
        }
        if (startsWith("<?xml") && !declaration())
            return std::nullopt;
        CotEvent ev;
        bool sawEvent = false, sawPoint = false, closed = false;
        std::string_view stack[kMaxDepth];
        int depth = 0;
        for (;;) {
            skipSpace();
            if (m_p == m_end)
                break;
            if (*m_p != '<' || closed || m_end - m_p < 2)
                return std::nullopt; // text, or anything after the root
            ++m_p;
            if (*m_p == '/') {
                ++m_p;
                const std::string_view name = readName();
                skipSpace();
                if (name.empty() || depth == 0 || stack[depth - 1] != name || !eat('>'))
                    return std::nullopt;
                closed = --depth == 0;
                continue;
            }
            const std::string_view name = readName();
            if (name.empty())
                return std::nullopt; // <! or <? or a bad name
            int n = 0;
            bool selfClosing = false;
            if (!attributes(&n, &selfClosing))
                return std::nullopt;
            const int level = depth + 1;
            if (level == 1) {
                if (name != "event")
                    return std::nullopt;
                sawEvent = true;
                ev.uid = text(n, "uid");
                ev.type = text(n, "type");
                ev.how = text(n, "how");
                ev.timeMs = time(n, "time");
                ev.startMs = time(n, "start");
                ev.staleMs = time(n, "stale");
            } else if (level == 2 && name == "point") {
                if (!number(n, "lat", &ev.lat) || !number(n, "lon", &ev.lon) || !std::isfinite(ev.lat) || !std::isfinite(ev.lon) ||
                    std::fabs(ev.lat) > 90 || std::fabs(ev.lon) > 180)
                    return std::nullopt;
                if (!measure(n, "hae", &ev.hae) || !measure(n, "ce", &ev.ce) || !measure(n, "le", &ev.le))
                    return std::nullopt;
                sawPoint = true;
            } else if (level == 3 && name == "contact") {
                const QString cs = text(n, "callsign");
                if (!cs.isEmpty())
                    ev.callsign = cs;
            } else if (level == 3 && name == "track") {
                if (!measure(n, "course", &ev.course) || !measure(n, "speed", &ev.speed))
                    return std::nullopt;
                if (ev.speed < 0)
                    ev.speed = std::numeric_limits<double>::quiet_NaN();
            }
            if (selfClosing) {
                closed = level == 1;
            } else {
                if (level > kMaxDepth)
                    return std::nullopt;
                stack[depth++] = name;
            }
        }
        if (!closed || !sawEvent || !sawPoint || ev.uid.isEmpty() ||
            (ev.timeMs == TrackPoint::kNoTime && ev.startMs == TrackPoint::kNoTime))
            return std::nullopt; // the XML reader says what is wrong
        return ev;
    }

  private:
    struct Attribute
    {
        std::string_view name, value;
    };

    static bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
    static bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    bool eat(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool startsWith(std::string_view s) const { return size_t(m_end - m_p) >= s.size() && std::string_view(m_p, s.size()) == s; }

    // A name without a namespace prefix; empty if there is none here.
    std::string_view readName()
    {
        const char *start = m_p;
        if (m_p == m_end || !isNameStart(*m_p))
            return {};
        while (m_p < m_end && isNameChar(*m_p))
            ++m_p;
        if (m_p < m_end && *m_p == ':')
            return {};
        return std::string_view(start, size_t(m_p - start));
    }

    // Attributes up to '>' or '/>': whitespace-separated, no name twice.
    bool attributes(int *count, bool *selfClosing)
    {
        int n = 0;
        for (;;) {
            const bool spaced = m_p < m_end && isSpace(*m_p);
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == '>') {
                ++m_p;
                break;
            }
            if (*m_p == '/') {
                ++m_p;
                if (!eat('>'))
                    return false;
                *selfClosing = true;
                break;
            }
            if (!spaced || n == kMaxAttributes)
                return false;
            std::string_view name, value;
            if (!attribute(&name, &value))
                return false;
            for (int i = 0; i < n; ++i)
                if (m_attrs[i].name == name)
                    return false;
            m_attrs[n++] = {name, value};
        }
        *count = n;
        return true;
    }

    // name = "value" or name = 'value'; no '<' in the value (and, checked above, no '&'), no tab or
    // line break either (the XML reader would turn them into spaces).
    bool attribute(std::string_view *name, std::string_view *value)
    {
        *name = readName();
        skipSpace();
        if (name->empty() || !eat('='))
            return false;
        skipSpace();
        if (m_p == m_end || (*m_p != '"' && *m_p != '\''))
            return false;
        const char quote = *m_p++;
        const char *start = m_p;
        while (m_p < m_end && *m_p != quote) {
            if (*m_p == '<' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *value = std::string_view(start, size_t(m_p - start));
        ++m_p;
        return true;
    }

    // <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?>, in this order, at the very
    // start of the document.
    bool declaration()
    {
        m_p += 5;
        const char *close = m_p;
        while (close + 1 < m_end && !(close[0] == '?' && close[1] == '>'))
            ++close;
        if (close + 1 >= m_end)
            return false;
        const char *end = m_end;
        m_end = close;
        const bool ok = declarationAttributes();
        m_end = end;
        m_p = close + 2;
        return ok;
    }
    bool declarationAttributes()
    {
        int stage = 0; // 1 after version, 2 after encoding, 3 after standalone
        for (;;) {
            const bool spaced = m_p < m_end && isSpace(*m_p);
            skipSpace();
            if (m_p == m_end)
                return stage > 0;
            std::string_view name, value;
            if (!spaced || !attribute(&name, &value))
                return false;
            if (stage == 0 && name == "version" && value == "1.0")
                stage = 1;
            else if (stage == 1 && name == "encoding" && (value == "UTF-8" || value == "utf-8"))
                stage = 2;
            else if ((stage == 1 || stage == 2) && name == "standalone" && (value == "yes" || value == "no"))
                stage = 3;
            else
                return false;
        }
    }

    const Attribute *find(int n, std::string_view name) const
    {
        for (int i = 0; i < n; ++i)
            if (m_attrs[i].name == name)
                return &m_attrs[i];
        return nullptr;
    }
    QString text(int n, std::string_view name) const
    {
        const Attribute *a = find(n, name);
        return a ? QString::fromLatin1(a->value.data(), int(a->value.size())).trimmed() : QString();
    }
    qint64 time(int n, std::string_view name) const
    {
        const Attribute *a = find(n, name);
        return IsoDateTime::parse(a ? a->value : std::string_view());
    }
    // False when the value is there but not a plain number (the XML path decides then).
    bool number(int n, std::string_view name, double *out) const
    {
        const Attribute *a = find(n, name);
        if (!a || a->value.empty())
            return false;
        const char *first = a->value.data(), *last = first + a->value.size();
        const auto r = std::from_chars(first, last, *out);
        return r.ec == std::errc() && r.ptr == last;
    }
    // As measure() above: absent, 9999999 or non-finite mean unknown (NaN).
    bool measure(int n, std::string_view name, double *out) const
    {
        *out = std::numeric_limits<double>::quiet_NaN();
        const Attribute *a = find(n, name);
        if (!a)
            return true;
        double v = 0;
        if (!number(n, name, &v))
            return false;
        if (std::isfinite(v) && std::fabs(v) < 999999.0)
            *out = v;
        return true;
    }

    const char *m_p;
    const char *m_end;
    Attribute m_attrs[kMaxAttributes];
};

} // namespace

std::optional<CotEvent> CotEvent::decode(const QByteArray &xml, QString *error, qint64 firstLine)
{
    if (std::optional<CotEvent> fast = FastCotScanner(xml).scan())
        return fast;
    SafeXmlReader r(xml, SafeXmlReader::Limits{64, 4 * 1024 * 1024});
    r.setLineOffset(firstLine - 1);
    CotEvent ev;
    bool sawEvent = false, sawPoint = false;
    const auto fail = [&](const QString &reason) {
        r.raiseError(reason);
        if (error)
            *error = r.errorString();
        return std::nullopt;
    };
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::Invalid)
            break;
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = r.attributes();
        const auto name = r.xml().name();
        if (r.depth() == 1) {
            if (name != QLatin1String("event"))
                return fail(QCoreApplication::translate("vigie::core::CotEvent", "not a CoT event (root <%1>)").arg(name.toString()));
            sawEvent = true;
            ev.uid = a.value(QLatin1String("uid")).toString().trimmed();
            ev.type = a.value(QLatin1String("type")).toString().trimmed();
            ev.how = a.value(QLatin1String("how")).toString().trimmed();
            ev.timeMs = parseTime(a, "time");
            ev.startMs = parseTime(a, "start");
            ev.staleMs = parseTime(a, "stale");
        } else if (r.depth() == 2 && name == QLatin1String("point")) {
            bool okLat = false, okLon = false;
            ev.lat = a.value(QLatin1String("lat")).toDouble(&okLat);
            ev.lon = a.value(QLatin1String("lon")).toDouble(&okLon);
            if (!okLat || !okLon || !std::isfinite(ev.lat) || !std::isfinite(ev.lon) || std::fabs(ev.lat) > 90 ||
                std::fabs(ev.lon) > 180)
                return fail(QCoreApplication::translate("vigie::core::CotEvent", "missing or invalid point lat/lon"));
            ev.hae = measure(a, "hae");
            ev.ce = measure(a, "ce");
            ev.le = measure(a, "le");
            sawPoint = true;
        } else if (r.depth() == 3 && name == QLatin1String("contact")) {
            const QString cs = a.value(QLatin1String("callsign")).toString().trimmed();
            if (!cs.isEmpty())
                ev.callsign = cs;
        } else if (r.depth() == 3 && name == QLatin1String("track")) {
            ev.course = measure(a, "course");
            ev.speed = measure(a, "speed");
            if (ev.speed < 0)
                ev.speed = std::numeric_limits<double>::quiet_NaN();
        }
    }
    if (r.hasError()) {
        if (error)
            *error = r.errorString();
        return std::nullopt;
    }
    if (!sawEvent)
        return fail(QCoreApplication::translate("vigie::core::CotEvent", "no <event> element"));
    if (ev.uid.isEmpty())
        return fail(QCoreApplication::translate("vigie::core::CotEvent", "the event has no uid"));
    if (!sawPoint)
        return fail(QCoreApplication::translate("vigie::core::CotEvent", "the event has no <point>"));
    if (ev.timeMs == TrackPoint::kNoTime && ev.startMs == TrackPoint::kNoTime)
        return fail(QCoreApplication::translate("vigie::core::CotEvent", "the event has no valid time or start"));
    return ev;
}

TrackPoint CotEvent::toPoint() const
{
    TrackPoint p;
    p.timeMs = timeMs != TrackPoint::kNoTime ? timeMs : startMs;
    p.lat = lat;
    p.lon = lon;
    p.altitude = hae;
    p.horizontalAccuracy = ce;
    p.course = course;
    p.speed = speed;
    p.source = how.isEmpty() ? QStringLiteral("cot") : QStringLiteral("cot:") + how;
    return p;
}

Track CotEvent::toTrack() const
{
    Track t;
    t.sourceId = uid;
    t.sourceFormat = QStringLiteral("cot");
    t.callsign = callsign;
    t.setCotType(type);
    return t;
}

} // namespace vigie::core
