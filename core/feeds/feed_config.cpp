// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_config.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace vigie::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::core::FeedConfig", text);
}
} // namespace

QString feedFormatToString(FeedFormat f)
{
    switch (f) {
    case FeedFormat::Cot:
        return QStringLiteral("cot");
    case FeedFormat::Nmea:
        return QStringLiteral("nmea");
    case FeedFormat::Gpsd:
        return QStringLiteral("gpsd");
    }
    return QString();
}

QString feedTransportToString(FeedTransport t)
{
    return t == FeedTransport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

bool FeedConfig::parse(const QString &text, FeedRole role, FeedConfig *out, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const int sep = text.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return fail(tr("\"%1\" is not a feed address (expected e.g. cot+udp://239.2.3.1:6969)").arg(text));
    const QString scheme = text.left(sep).toLower();
    FeedConfig c;
    c.role = role;
    if (scheme == QLatin1String("gpsd")) {
        c.format = FeedFormat::Gpsd;
        c.transport = FeedTransport::Tcp;
        if (role != FeedRole::Connect)
            return fail(tr("gpsd feeds connect to gpsd: use --connect for \"%1\"").arg(text));
    } else {
        const QStringList parts = scheme.split(QLatin1Char('+'));
        if (parts.size() != 2)
            return fail(tr("unknown feed scheme \"%1\" (expected cot+udp, cot+tcp, nmea+udp, nmea+tcp or gpsd)").arg(scheme));
        if (parts[0] == QLatin1String("cot"))
            c.format = FeedFormat::Cot;
        else if (parts[0] == QLatin1String("nmea"))
            c.format = FeedFormat::Nmea;
        else
            return fail(tr("unknown feed format \"%1\" (expected cot or nmea)").arg(parts[0]));
        if (parts[1] == QLatin1String("udp"))
            c.transport = FeedTransport::Udp;
        else if (parts[1] == QLatin1String("tcp"))
            c.transport = FeedTransport::Tcp;
        else
            return fail(tr("unknown feed transport \"%1\" (expected udp or tcp)").arg(parts[1]));
        if (c.transport == FeedTransport::Udp && role == FeedRole::Connect)
            return fail(tr("UDP feeds listen: use --listen for \"%1\"").arg(text));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("\"%1\" is not a valid address: %2").arg(text, url.errorString()));
    c.host = url.host();
    const int port = url.port(-1);
    if (c.format == FeedFormat::Gpsd) {
        if (c.host.isEmpty())
            c.host = QStringLiteral("127.0.0.1");
        c.port = port < 0 ? kDefaultGpsdPort : quint16(port);
    } else if (c.format == FeedFormat::Cot && c.transport == FeedTransport::Udp && c.host.isEmpty()) {
        c.host = QString::fromLatin1(kDefaultCotGroup);
        c.port = port < 0 ? kDefaultCotPort : quint16(port);
    } else {
        if (port <= 0)
            return fail(tr("\"%1\" needs a port").arg(text));
        c.port = quint16(port);
        if (c.host.isEmpty())
            c.host = role == FeedRole::Listen ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1");
    }
    if (c.port == 0)
        return fail(tr("\"%1\" needs a port between 1 and 65535").arg(text));
    if (c.role == FeedRole::Listen && QHostAddress(c.host).isNull())
        return fail(tr("a feed listens on an IP address, not \"%1\"").arg(c.host));
    const QString iface = QUrlQuery(url).queryItemValue(QStringLiteral("iface")); // cot+udp://239.2.3.1:6969?iface=eth1
    if (!iface.isEmpty())
        c.multicastInterface = iface;
    c.name = c.url();
    *out = c;
    return true;
}

QString FeedConfig::url() const
{
    const QString scheme = format == FeedFormat::Gpsd ? QStringLiteral("gpsd")
                                                       : feedFormatToString(format) + QLatin1Char('+') + feedTransportToString(transport);
    const bool v6 = host.contains(QLatin1Char(':'));
    return QStringLiteral("%1://%2:%3").arg(scheme, v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host).arg(port);
}

bool FeedConfig::isMulticast() const
{
    return transport == FeedTransport::Udp && QHostAddress(host).isMulticast();
}

} // namespace vigie::core
