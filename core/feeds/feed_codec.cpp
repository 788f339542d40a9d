// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_codec.h"

#include "io/iso_date_time.h"
#include "tracks/cot_event.h"
#include "tracks/cot_type.h"
#include "tracks/nmea_track_reader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace vigie::core {

namespace {

QByteArray trimmed(const QByteArray &b)
{
    return b.trimmed();
}

// Line-framed formats (NMEA, gpsd JSON): a datagram may hold several lines.
class LineCodec : public FeedCodec
{
  public:
    void datagram(const QByteArray &data, FeedCodecOutput &out) override
    {
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype nl = data.indexOf('\n', start);
            if (nl < 0)
                nl = data.size();
            const QByteArray line = data.mid(start, nl - start);
            start = nl + 1;
            message(line, out);
        }
    }

  protected:
    qsizetype messageEnd(const QByteArray &buf, qsizetype from) const override
    {
        const qsizetype nl = buf.indexOf('\n', from);
        return nl < 0 ? -1 : nl + 1;
    }
};

class CotCodec : public FeedCodec
{
  public:
    void datagram(const QByteArray &data, FeedCodecOutput &out) override { message(data, out); }

  protected:
    qsizetype messageEnd(const QByteArray &buf, qsizetype from) const override
    {
        const qsizetype end = buf.indexOf("</event>", from);
        return end < 0 ? -1 : end + 8;
    }
    qsizetype endMarkerLength() const override { return 8; }

    void message(const QByteArray &raw, FeedCodecOutput &out) override
    {
        // Between events a stream carries newlines (and an <?xml?> line that belongs to the next).
        const qsizetype lt = raw.indexOf('<');
        if (lt < 0) {
            if (!trimmed(raw).isEmpty()) {
                out.received(raw);
                out.rejected(QCoreApplication::translate("vigie::core::FeedCodec", "not a CoT event"));
            }
            return;
        }
        const QByteArray xml = lt == 0 ? raw : raw.mid(lt);
        out.received(xml);
        QString error;
        std::optional<CotEvent> ev = CotEvent::decode(xml, &error);
        if (!ev) {
            out.rejected(error);
            return;
        }
        if (!CotType::isAtom(ev->type)) {
            out.ignored(); // chat, drawings, alarms: not a moving thing
            return;
        }
        FeedFix f;
        f.header = ev->toTrack();
        f.point = ev->toPoint();
        f.staleMs = ev->staleMs;
        out.fix(std::move(f));
    }
};

class NmeaCodec : public LineCodec, private TrackSink
{
  public:
    explicit NmeaCodec(const QString &origin)
    {
        Track header;
        header.sourceId = QStringLiteral("nmea@") + origin;
        header.sourceFormat = QStringLiteral("nmea");
        header.callsign = origin;
        m_header = header;
        m_stream = std::make_unique<NmeaSentenceStream>(header, static_cast<TrackSink &>(*this));
    }

    void finish(FeedCodecOutput &out) override
    {
        m_out = &out;
        m_stream->finish();
        m_out = nullptr;
    }

  protected:
    void message(const QByteArray &raw, FeedCodecOutput &out) override
    {
        const QByteArray line = trimmed(raw);
        if (line.isEmpty())
            return;
        out.received(line);
        ++m_line;
        if (!line.startsWith('$')) {
            out.rejected(QCoreApplication::translate("vigie::core::FeedCodec", "not an NMEA sentence"));
            return;
        }
        m_out = &out;
        m_stream->sentence(std::string_view(line.constData(), size_t(line.size())), m_line);
        m_out = nullptr;
    }

  private:
    // TrackSink, for the NMEA parser.
    int track(const Track &) override { return 0; }
    void point(int, const TrackPoint &p) override
    {
        if (!m_out)
            return;
        FeedFix f;
        f.header = m_header;
        f.point = p;
        m_out->fix(std::move(f));
    }
    void rejected(const ReadIssue &issue) override
    {
        if (m_out)
            m_out->rejected(issue.reason);
    }
    void skippedLine() override
    {
        if (m_out)
            m_out->ignored(); // proprietary $P…, other talkers
    }

    Track m_header;
    std::unique_ptr<NmeaSentenceStream> m_stream;
    FeedCodecOutput *m_out = nullptr;
    qint64 m_line = 0;
};

// gpsd's JSON protocol: one object per line; fixes are class "TPV".
class GpsdCodec : public LineCodec
{
  public:
    explicit GpsdCodec(const QString &origin) : m_origin(origin) {}
    QByteArray handshake() const override { return QByteArrayLiteral("?WATCH={\"enable\":true,\"json\":true}\n"); }

  protected:
    void message(const QByteArray &raw, FeedCodecOutput &out) override
    {
        const QByteArray line = trimmed(raw);
        if (line.isEmpty())
            return;
        out.received(line);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            out.rejected(QCoreApplication::translate("vigie::core::FeedCodec", "not a gpsd JSON report: %1").arg(pe.error != QJsonParseError::NoError ? pe.errorString() : QCoreApplication::translate("vigie::core::FeedCodec", "not an object")));
            return;
        }
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("class")).toString() != QLatin1String("TPV")) {
            out.ignored(); // VERSION, DEVICES, WATCH, SKY, …
            return;
        }
        if (o.value(QLatin1String("mode")).toInt() < 2) {
            out.ignored(); // no fix yet
            return;
        }
        const QJsonValue lat = o.value(QLatin1String("lat")), lon = o.value(QLatin1String("lon"));
        if (!lat.isDouble() || !lon.isDouble()) {
            out.rejected(QCoreApplication::translate("vigie::core::FeedCodec", "TPV report with a fix but without lat/lon"));
            return;
        }
        FeedFix f;
        f.point.lat = lat.toDouble();
        f.point.lon = lon.toDouble();
        if (!f.point.isValidPosition()) {
            out.rejected(QCoreApplication::translate("vigie::core::FeedCodec", "TPV report with an invalid position %1, %2").arg(f.point.lat).arg(f.point.lon));
            return;
        }
        const QByteArray time = o.value(QLatin1String("time")).toString().toLatin1();
        if (!time.isEmpty()) {
            f.point.timeMs = IsoDateTime::parse(std::string_view(time.constData(), size_t(time.size())));
            if (f.point.timeMs == IsoDateTime::kNoTime) {
                out.rejected(QCoreApplication::translate("vigie::core::FeedCodec", "TPV report with a malformed time \"%1\"").arg(QString::fromLatin1(time)));
                return;
            }
        }
        const auto num = [&](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
        };
        f.point.altitude = num("altHAE");
        if (std::isnan(f.point.altitude))
            f.point.altitude = num("alt");
        f.point.speed = num("speed");
        f.point.course = num("track");
        f.point.horizontalAccuracy = num("eph");
        if (std::isnan(f.point.horizontalAccuracy)) {
            const double x = num("epx"), y = num("epy");
            if (!std::isnan(x) && !std::isnan(y))
                f.point.horizontalAccuracy = std::sqrt(x * x + y * y);
        }
        f.point.source = QStringLiteral("gpsd");
        const QString device = o.value(QLatin1String("device")).toString();
        f.header.sourceId = QStringLiteral("gpsd@") + m_origin + (device.isEmpty() ? QString() : QLatin1Char(':') + device);
        f.header.sourceFormat = QStringLiteral("gpsd");
        f.header.callsign = device.isEmpty() ? m_origin : device;
        out.fix(std::move(f));
    }

  private:
    QString m_origin;
};

} // namespace

std::unique_ptr<FeedCodec> FeedCodec::create(FeedFormat format, const QString &origin)
{
    switch (format) {
    case FeedFormat::Cot:
        return std::make_unique<CotCodec>();
    case FeedFormat::Nmea:
        return std::make_unique<NmeaCodec>(origin);
    case FeedFormat::Gpsd:
        return std::make_unique<GpsdCodec>(origin);
    }
    return nullptr;
}

bool FeedCodec::stream(const QByteArray &bytes, int maxMessageBytes, FeedCodecOutput &out)
{
    m_buffer.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = messageEnd(m_buffer, std::max(start, m_scanned));
        if (end < 0)
            break;
        message(m_buffer.mid(start, end - start), out);
        start = end;
        m_scanned = start;
    }
    if (start > 0)
        m_buffer.remove(0, start);
    m_scanned = std::max<qsizetype>(0, m_buffer.size() - endMarkerLength() + 1);
    if (m_buffer.size() > maxMessageBytes) {
        m_buffer.clear();
        m_buffer.squeeze();
        m_scanned = 0;
        return false;
    }
    return true;
}

} // namespace vigie::core
