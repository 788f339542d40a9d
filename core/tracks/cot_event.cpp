// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/cot_event.h"

#include "io/iso_date_time.h"
#include "io/safe_xml_reader.h"

#include <QCoreApplication>

#include <cmath>

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
} // namespace

std::optional<CotEvent> CotEvent::decode(const QByteArray &xml, QString *error, qint64 firstLine)
{
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
