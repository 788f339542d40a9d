// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/nmea_track_reader.h"

#include "io/iso_date_time.h"
#include "io/line_reader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

namespace vigie::core {

namespace {

constexpr double kKnot = 1852.0 / 3600.0; // m/s
constexpr qint64 kDayMs = 86400000;


int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool toDouble(std::string_view s, double &out)
{
    if (s.empty())
        return false;
    const char *b = s.data();
    if (*b == '+')
        ++b;
    const auto r = std::from_chars(b, s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// ddmm.mmmm (or dddmm.mmmm) + hemisphere → degrees.
bool toDegrees(std::string_view value, std::string_view hemi, bool isLat, double &out)
{
    double v;
    if (!toDouble(value, v) || v < 0 || hemi.size() != 1)
        return false;
    const double deg = std::floor(v / 100.0);
    const double min = v - deg * 100.0;
    if (min >= 60.0)
        return false;
    out = deg + min / 60.0;
    const char h = hemi[0];
    if (isLat ? (h == 'S') : (h == 'W'))
        out = -out;
    else if (isLat ? (h != 'N') : (h != 'E'))
        return false;
    return isLat ? out <= 90.0 && out >= -90.0 : out <= 180.0 && out >= -180.0;
}

// hhmmss[.sss] → ms of the day.
bool toTimeOfDay(std::string_view s, qint64 &out)
{
    if (s.size() < 6)
        return false;
    int v[6];
    for (int i = 0; i < 6; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v[i] = s[i] - '0';
    }
    const int h = v[0] * 10 + v[1], m = v[2] * 10 + v[3], sec = v[4] * 10 + v[5];
    if (h > 23 || m > 59 || sec > 60)
        return false;
    qint64 ms = 0;
    if (s.size() > 6) {
        if (s[6] != '.')
            return false;
        int scale = 100;
        for (size_t i = 7; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            ms += (s[i] - '0') * scale;
            scale /= 10;
        }
    }
    out = ((h * 60 + m) * 60 + sec) * 1000LL + ms;
    return true;
}

// ddmmyy → days since 1970 (yy < 80 → 20yy).
bool toDate(std::string_view s, qint64 &days)
{
    if (s.size() != 6)
        return false;
    int v[6];
    for (int i = 0; i < 6; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v[i] = s[i] - '0';
    }
    const int d = v[0] * 10 + v[1], m = v[2] * 10 + v[3], y = v[4] * 10 + v[5];
    if (d < 1 || d > 31 || m < 1 || m > 12)
        return false;
    days = IsoDateTime::daysFromCivil(y < 80 ? 2000 + y : 1900 + y, unsigned(m), unsigned(d));
    return true;
}

struct Fix
{
    bool active = false;
    bool hasPos = false;
    qint64 tod = -1; // ms of day, -1 unknown
    qint64 dateDays = INT64_MIN; // from an RMC/ZDA of this epoch
    TrackPoint p;
};

class Parser
{
  public:
    Parser(const QString &path, TrackSink &sink) : m_path(path), m_sink(sink)
    {
        m_source = QStringLiteral("nmea");
    }

    void run()
    {
        LineReader lines(m_path);
        QString err;
        if (!lines.open(&err))
            throw TrackReadError({m_path, 0, 0, err});
        Track header;
        header.sourceId = QFileInfo(m_path).fileName();
        header.sourceFormat = QStringLiteral("nmea");
        header.callsign = QFileInfo(m_path).completeBaseName();
        m_track = m_sink.track(header);
        std::string_view line;
        qint64 n = 0;
        while (lines.next(line)) {
            m_line = lines.lineNumber();
            sentence(line);
            if ((++n & 0xFFFF) == 0) {
                m_sink.progress(lines.bytesRead(), lines.size());
                if (m_sink.isCancelled())
                    return;
            }
        }
        flush();
        flushUndated(true);
        m_sink.progress(lines.size(), lines.size());
    }

    // For a live stream: one track, lines handed one by one.
    void begin(const Track &header) { m_track = m_sink.track(header); }
    void feed(std::string_view line, qint64 lineNumber)
    {
        m_line = lineNumber;
        sentence(line);
    }
    void end()
    {
        flush();
        flushUndated(true);
    }

  private:
    void reject(const QString &reason) { m_sink.rejected({m_path, m_line, 0, reason}); }

    void sentence(std::string_view line)
    {
        const size_t dollar = line.find('$');
        if (dollar == std::string_view::npos) {
            m_sink.skippedLine(); // binary, AIS (!AIVDM), comments, fragments
            return;
        }
        line.remove_prefix(dollar);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\0'))
            line.remove_suffix(1);
        // Checksum: XOR of everything between '$' and '*'.
        const size_t star = line.rfind('*');
        std::string_view body = line.substr(1, star == std::string_view::npos ? std::string_view::npos : star - 1);
        if (star != std::string_view::npos) {
            if (star + 3 > line.size() || hexValue(line[star + 1]) < 0 || hexValue(line[star + 2]) < 0) {
                m_sink.badChecksum({m_path, m_line, 0,
                                    QCoreApplication::translate("vigie::core::NmeaTrackReader", "malformed checksum")});
                return;
            }
            unsigned sum = 0;
            for (char c : body)
                sum ^= uchar(c);
            const unsigned want = unsigned(hexValue(line[star + 1]) << 4 | hexValue(line[star + 2]));
            if (sum != want) {
                m_sink.badChecksum({m_path, m_line, 0,
                                    QCoreApplication::translate("vigie::core::NmeaTrackReader",
                                                                "bad checksum (%1, computed %2)")
                                        .arg(want, 2, 16, QLatin1Char('0'))
                                        .arg(sum, 2, 16, QLatin1Char('0'))
                                        .toUpper()});
                return;
            }
        }
        if (body.size() < 6 || body[5] != ',') {
            m_sink.skippedLine();
            return;
        }
        const char t0 = body[0], t1 = body[1];
        const bool knownTalker = (t0 == 'G' && (t1 == 'P' || t1 == 'N' || t1 == 'L' || t1 == 'A' || t1 == 'B')) ||
                                 (t0 == 'B' && t1 == 'D');
        if (!knownTalker) {
            m_sink.skippedLine(); // proprietary $P…, other talkers
            return;
        }
        // Split fields (after the address).
        m_fieldCount = 0;
        size_t start = 6;
        for (;;) {
            const size_t comma = body.find(',', start);
            const size_t end = comma == std::string_view::npos ? body.size() : comma;
            if (m_fieldCount < m_fields.size())
                m_fields[m_fieldCount++] = body.substr(start, end - start);
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
        const std::string_view type = body.substr(2, 3);
        if (type == "GGA")
            gga(false);
        else if (type == "GNS")
            gga(true);
        else if (type == "RMC")
            rmc();
        else if (type == "GLL")
            gll();
        else if (type == "VTG")
            vtg();
        else if (type == "ZDA")
            zda();
        // GSA, GSV, … carry no position: valid NMEA, nothing to take.
    }

    std::string_view f(size_t i) const { return i < m_fieldCount ? m_fields[i] : std::string_view(); }

    // Starts or continues the epoch at time of day `tod`.
    Fix &epoch(qint64 tod)
    {
        if (m_fix.active && m_fix.tod != tod)
            flush();
        if (!m_fix.active) {
            m_fix = Fix();
            m_fix.active = true;
            m_fix.tod = tod;
            m_fix.p.source = m_source;
        }
        return m_fix;
    }

    bool position(size_t latIdx, Fix &fix)
    {
        double lat, lon;
        if (!toDegrees(f(latIdx), f(latIdx + 1), true, lat) || !toDegrees(f(latIdx + 2), f(latIdx + 3), false, lon)) {
            reject(QCoreApplication::translate("vigie::core::NmeaTrackReader", "malformed latitude or longitude"));
            return false;
        }
        if (!fix.hasPos) {
            fix.p.lat = lat;
            fix.p.lon = lon;
            fix.hasPos = true;
        }
        return true;
    }

    bool time(std::string_view s, qint64 &tod)
    {
        if (!toTimeOfDay(s, tod)) {
            reject(QCoreApplication::translate("vigie::core::NmeaTrackReader", "malformed time \"%1\"")
                       .arg(QString::fromLatin1(s.data(), int(s.size()))));
            return false;
        }
        return true;
    }

    void gga(bool gns)
    {
        // GGA: time, lat, N/S, lon, E/W, quality, sats, hdop, alt, M, …
        // GNS: time, lat, N/S, lon, E/W, mode chars, sats, hdop, alt, sep, …
        if (f(1).empty() || f(3).empty())
            return; // no fix
        if (gns) {
            const std::string_view mode = f(5);
            if (mode.empty() || mode.find_first_not_of('N') == std::string_view::npos)
                return;
        } else if (f(5).empty() || f(5) == "0") {
            return;
        }
        qint64 tod;
        if (!time(f(0), tod))
            return;
        Fix &fix = epoch(tod);
        if (!position(1, fix))
            return;
        double alt;
        if (toDouble(f(8), alt))
            fix.p.altitude = alt;
    }

    void rmc()
    {
        // time, status, lat, N/S, lon, E/W, speed kn, course, date, …
        if (f(1) != "A")
            return; // void: no fix
        qint64 tod, days;
        if (!time(f(0), tod))
            return;
        if (!toDate(f(8), days)) {
            reject(QCoreApplication::translate("vigie::core::NmeaTrackReader", "malformed date \"%1\"")
                       .arg(QString::fromLatin1(f(8).data(), int(f(8).size()))));
            return;
        }
        Fix &fix = epoch(tod);
        if (!position(2, fix))
            return;
        fix.dateDays = days;
        double v;
        if (toDouble(f(6), v))
            fix.p.speed = v * kKnot;
        if (toDouble(f(7), v))
            fix.p.course = v;
    }

    void gll()
    {
        // lat, N/S, lon, E/W, time, status, mode
        if (f(5) != "A" || f(0).empty())
            return;
        qint64 tod;
        if (!time(f(4), tod))
            return;
        Fix &fix = epoch(tod);
        position(0, fix);
    }

    void vtg()
    {
        // course T, T, course M, M, speed kn, N, speed km/h, K, mode — no time: the current epoch.
        if (!m_fix.active || (m_fieldCount > 8 && f(8) == "N"))
            return;
        double v;
        if (std::isnan(m_fix.p.course) && toDouble(f(0), v))
            m_fix.p.course = v;
        if (std::isnan(m_fix.p.speed)) {
            if (toDouble(f(6), v))
                m_fix.p.speed = v / 3.6;
            else if (toDouble(f(4), v))
                m_fix.p.speed = v * kKnot;
        }
    }

    void zda()
    {
        // time, day, month, year
        int d = 0, m = 0, y = 0;
        const auto num = [](std::string_view s, int &out) {
            return !s.empty() && std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc();
        };
        if (!num(f(1), d) || !num(f(2), m) || !num(f(3), y) || d < 1 || d > 31 || m < 1 || m > 12 || y < 1980 || y > 9999)
            return; // a year past 9999 is noise, and would overflow the epoch milliseconds
        qint64 tod;
        if (!toTimeOfDay(f(0), tod))
            return;
        m_days = IsoDateTime::daysFromCivil(y, unsigned(m), unsigned(d));
        m_lastTod = tod;
    }

    void flush()
    {
        if (!m_fix.active)
            return;
        m_fix.active = false;
        if (!m_fix.hasPos)
            return;
        if (m_fix.dateDays != INT64_MIN) {
            m_days = m_fix.dateDays;
        } else if (m_days != INT64_MIN && m_lastTod >= 0 && m_fix.tod + kDayMs / 2 < m_lastTod) {
            ++m_days; // past midnight before the next RMC says so
        }
        m_lastTod = m_fix.tod;
        if (m_days == INT64_MIN) {
            // No date yet (GGA before the first RMC): keep until one comes, bounded.
            m_undated.push_back(m_fix);
            if (m_undated.size() > 100000)
                flushUndated(true);
            return;
        }
        if (!m_undated.empty())
            flushUndated(false);
        m_fix.p.timeMs = m_days * kDayMs + m_fix.tod;
        m_sink.point(m_track, m_fix.p);
    }

    // Dates the fixes held before the first date, counting back over midnight; without any date
    // they are kept without time rather than invented.
    void flushUndated(bool noDate)
    {
        if (m_undated.empty())
            return;
        if (noDate || m_days == INT64_MIN) {
            for (Fix &fx : m_undated)
                m_sink.point(m_track, fx.p);
        } else {
            qint64 days = m_days;
            qint64 nextTod = m_fix.tod;
            for (auto it = m_undated.rbegin(); it != m_undated.rend(); ++it) {
                if (it->tod > nextTod + kDayMs / 2)
                    --days;
                nextTod = it->tod;
                it->p.timeMs = days * kDayMs + it->tod;
            }
            for (Fix &fx : m_undated)
                m_sink.point(m_track, fx.p);
        }
        m_undated.clear();
    }

    QString m_path;
    TrackSink &m_sink;
    QString m_source;
    int m_track = 0;
    qint64 m_line = 0;
    std::array<std::string_view, 24> m_fields;
    size_t m_fieldCount = 0;
    Fix m_fix;
    qint64 m_days = INT64_MIN;
    qint64 m_lastTod = -1;
    std::vector<Fix> m_undated;
};

} // namespace

QString NmeaTrackReader::name() const { return QCoreApplication::translate("vigie::core::NmeaTrackReader", "NMEA 0183 log"); }

QStringList NmeaTrackReader::extensions() const
{
    return {QStringLiteral("nmea"), QStringLiteral("log"), QStringLiteral("gps"), QStringLiteral("txt")};
}

int NmeaTrackReader::identify(const QString &path, const QByteArray &head) const
{
    QByteArray h = head;
    if (h.startsWith("\xFF\xFE") || h.startsWith("\xFE\xFF"))
        h.replace('\0', QByteArray()); // UTF-16 ASCII text
    for (const char *type : {"GGA,", "RMC,", "GLL,", "GNS,", "VTG,"}) {
        const int at = h.indexOf(type);
        if (at >= 3 && h[at - 3] == '$')
            return 90;
    }
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("nmea") ? 50 : 0;
}

void NmeaTrackReader::read(const QString &path, TrackSink &sink) const
{
    Parser(path, sink).run();
}

struct NmeaSentenceStream::Private
{
    Parser parser;
    Private(const QString &origin, TrackSink &sink) : parser(origin, sink) {}
};

NmeaSentenceStream::NmeaSentenceStream(const Track &header, TrackSink &sink)
    : d(std::make_unique<Private>(header.sourceId, sink))
{
    d->parser.begin(header);
}

NmeaSentenceStream::~NmeaSentenceStream() = default;

void NmeaSentenceStream::sentence(std::string_view line, qint64 lineNumber)
{
    d->parser.feed(line, lineNumber);
}

void NmeaSentenceStream::finish()
{
    d->parser.end();
}

} // namespace vigie::core
