// SPDX-License-Identifier: GPL-2.0-or-later
#include "time/dtg.h"

#include <QRegularExpression>

namespace vigie::core {

namespace {
const char *const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

int zoneOffsetHours(QChar zone)
{
    const char z = zone.toLatin1();
    if (z == 'Z')
        return 0;
    if (z >= 'A' && z <= 'I')
        return z - 'A' + 1;
    if (z >= 'K' && z <= 'M')
        return z - 'K' + 10;
    if (z >= 'N' && z <= 'Y')
        return -(z - 'N' + 1);
    return 99;
}
} // namespace

QString toDtg(const QDateTime &t, bool withSeconds)
{
    if (!t.isValid())
        return QString();
    const QDateTime u = t.toUTC();
    QString s = QStringLiteral("%1%2%3").arg(u.date().day(), 2, 10, QLatin1Char('0')).arg(u.time().hour(), 2, 10, QLatin1Char('0')).arg(u.time().minute(), 2, 10, QLatin1Char('0'));
    if (withSeconds)
        s += QStringLiteral("%1").arg(u.time().second(), 2, 10, QLatin1Char('0'));
    s += QLatin1Char('Z') + QLatin1String(kMonths[u.date().month() - 1]) +
         QStringLiteral("%1").arg(u.date().year() % 100, 2, 10, QLatin1Char('0'));
    return s;
}

QDateTime fromDtg(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})(\\d{2})?\\s*([A-IK-Z])\\s*([A-Z]{3})\\s*(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return QDateTime();
    int month = 0;
    for (int i = 0; i < 12; ++i)
        if (m.captured(6) == QLatin1String(kMonths[i]))
            month = i + 1;
    const int offset = zoneOffsetHours(m.captured(5).at(0));
    if (month == 0 || offset == 99)
        return QDateTime();
    const QDate date(2000 + m.captured(7).toInt(), month, m.captured(1).toInt());
    const QTime time(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).isEmpty() ? 0 : m.captured(4).toInt());
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    // Local time in zone X = UTC + offset, so UTC = local − offset.
    return QDateTime(date, time, Qt::UTC).addSecs(-offset * 3600);
}

QDateTime parseUserTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    if (!t.isValid())
        t = fromDtg(text);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace vigie::core
