// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_stats.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vigie::core {

QString feedStateToString(FeedState s)
{
    switch (s) {
    case FeedState::Stopped:
        return QStringLiteral("stopped");
    case FeedState::Connecting:
        return QStringLiteral("connecting");
    case FeedState::Listening:
        return QStringLiteral("listening");
    case FeedState::Connected:
        return QStringLiteral("connected");
    case FeedState::BackingOff:
        return QStringLiteral("backing_off");
    case FeedState::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString feedStateLabel(FeedState s)
{
    switch (s) {
    case FeedState::Stopped:
        return QCoreApplication::translate("vigie::core::FeedStats", "stopped");
    case FeedState::Connecting:
        return QCoreApplication::translate("vigie::core::FeedStats", "connecting");
    case FeedState::Listening:
        return QCoreApplication::translate("vigie::core::FeedStats", "listening");
    case FeedState::Connected:
        return QCoreApplication::translate("vigie::core::FeedStats", "connected");
    case FeedState::BackingOff:
        return QCoreApplication::translate("vigie::core::FeedStats", "backing off");
    case FeedState::Error:
        return QCoreApplication::translate("vigie::core::FeedStats", "error");
    }
    return QString();
}

QJsonObject FeedStats::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("state"), feedStateToString(state));
    o.insert(QStringLiteral("received"), received);
    o.insert(QStringLiteral("stored"), stored);
    o.insert(QStringLiteral("duplicates"), duplicates);
    o.insert(QStringLiteral("rejected"), rejected);
    o.insert(QStringLiteral("ignored"), ignored);
    o.insert(QStringLiteral("bytes"), bytes);
    o.insert(QStringLiteral("rate"), rate);
    o.insert(QStringLiteral("last_message_at"),
             lastMessageMs > 0 ? QDateTime::fromMSecsSinceEpoch(lastMessageMs, Qt::UTC).toString(Qt::ISODateWithMs) : QString());
    o.insert(QStringLiteral("last_message"), lastMessage);
    o.insert(QStringLiteral("last_error"), lastError);
    o.insert(QStringLiteral("peers"), peers);
    o.insert(QStringLiteral("reconnects"), reconnects);
    if (nextRetryMs > 0)
        o.insert(QStringLiteral("next_retry_at"), QDateTime::fromMSecsSinceEpoch(nextRetryMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return o;
}

QString FeedStats::humanLine() const
{
    QString line = QCoreApplication::translate("vigie::core::FeedStats",
                                               "%1  %2  received %3, stored %4, duplicates %5, rejected %6, ignored %7, %8 msg/s")
                       .arg(name, feedStateLabel(state))
                       .arg(received)
                       .arg(stored)
                       .arg(duplicates)
                       .arg(rejected)
                       .arg(ignored)
                       .arg(rate, 0, 'f', 1);
    if (!lastError.isEmpty())
        line += QCoreApplication::translate("vigie::core::FeedStats", "; last error: %1").arg(lastError);
    return line;
}

} // namespace vigie::core
