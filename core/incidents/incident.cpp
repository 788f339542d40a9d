// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::Incident", text); }

template <typename E, size_t N>
std::optional<E> lookup(const QString &s, const std::pair<E, const char *> (&table)[N])
{
    const QString t = s.trimmed().toLower();
    for (const auto &e : table)
        if (t == QLatin1String(e.second))
            return e.first;
    return std::nullopt;
}
template <typename E, size_t N> QString name(E v, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &e : table)
        if (v == e.first)
            return QString::fromLatin1(e.second);
    return QString();
}

using TP = Incident::TimePrecision;
using LP = Incident::LocationPrecision;
using TG = Incident::Target;
using ST = Incident::Status;
const std::pair<TP, const char *> kTimePrecisions[] = {
    {TP::Exact, "exact"}, {TP::Day, "day"}, {TP::Week, "week"}, {TP::Month, "month"}};
const std::pair<LP, const char *> kLocationPrecisions[] = {
    {LP::Exact, "exact"}, {LP::Near, "near"}, {LP::AdminArea, "admin_area"}};
const std::pair<TG, const char *> kTargets[] = {{TG::None, ""},
                                                {TG::Civilians, "civilians"},
                                                {TG::Peacekeepers, "peacekeepers"},
                                                {TG::SecurityForces, "security_forces"},
                                                {TG::Humanitarian, "humanitarian"},
                                                {TG::Infrastructure, "infrastructure"}};
const std::pair<ST, const char *> kStatuses[] = {
    {ST::Reported, "reported"}, {ST::Confirmed, "confirmed"}, {ST::Closed, "closed"}};
} // namespace

QString timePrecisionToString(TP p) { return name(p, kTimePrecisions); }
std::optional<TP> timePrecisionFromString(const QString &s) { return lookup(s, kTimePrecisions); }
QString locationPrecisionToString(LP p) { return name(p, kLocationPrecisions); }
std::optional<LP> locationPrecisionFromString(const QString &s) { return lookup(s, kLocationPrecisions); }
QString targetToString(TG t) { return name(t, kTargets); }
std::optional<TG> targetFromString(const QString &s) { return lookup(s, kTargets); }
QString statusToString(ST s) { return name(s, kStatuses); }
std::optional<ST> statusFromString(const QString &s) { return lookup(s, kStatuses); }

QJsonObject Incident::extra() const
{
    if (extraJson.isEmpty())
        return {};
    return QJsonDocument::fromJson(extraJson).object();
}

void Incident::setExtra(const QJsonObject &object)
{
    extraJson = object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString Incident::extraValue(const QString &key) const
{
    if (extraJson.isEmpty())
        return {};
    return extra().value(key).toString();
}

QString Incident::admiraltyCode() const
{
    QString out;
    if (!sourceReliability.isNull())
        out += sourceReliability;
    if (informationCredibility > 0)
        out += QString::number(informationCredibility);
    return out;
}

bool Incident::setAdmiraltyCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    QChar rel;
    int cred = 0;
    int i = 0;
    if (i < c.size() && c[i] >= QLatin1Char('A') && c[i] <= QLatin1Char('F'))
        rel = c[i++];
    if (i < c.size() && c[i] >= QLatin1Char('1') && c[i] <= QLatin1Char('6'))
        cred = c[i++].digitValue();
    if (i != c.size())
        return false;
    sourceReliability = rel;
    informationCredibility = cred;
    return true;
}

QString Incident::validate() const
{
    if (!std::isfinite(lat) || !std::isfinite(lon) || lat < -90.0 || lat > 90.0 || lon < -180.0 || lon > 180.0)
        return tr("coordinates out of range (latitude %1, longitude %2)").arg(lat).arg(lon);
    if (category.isEmpty())
        return tr("no category");
    if (severity < 1 || severity > 5)
        return tr("severity %1 is not between 1 and 5").arg(severity);
    if (fatalities < 0 || injured < 0 || abducted < 0)
        return tr("negative casualty count");
    if (!sourceReliability.isNull() && (sourceReliability < QLatin1Char('A') || sourceReliability > QLatin1Char('F')))
        return tr("source reliability must be A to F");
    if (informationCredibility < 0 || informationCredibility > 6)
        return tr("information credibility must be 1 to 6");
    return {};
}

bool Incident::operator==(const Incident &o) const
{
    return id == o.id && timeMs == o.timeMs && timePrecision == o.timePrecision && lat == o.lat && lon == o.lon
        && areaWkt == o.areaWkt && locationPrecision == o.locationPrecision && placeName == o.placeName
        && admin1 == o.admin1 && admin2 == o.admin2 && category == o.category
        && sourceEventType == o.sourceEventType && sourceSubEventType == o.sourceSubEventType
        && severity == o.severity && fatalities == o.fatalities && injured == o.injured && abducted == o.abducted
        && actor1 == o.actor1 && actor2 == o.actor2 && target == o.target && source == o.source
        && sourceReliability == o.sourceReliability && informationCredibility == o.informationCredibility
        && status == o.status && description == o.description && sensitivity == o.sensitivity
        && externalId == o.externalId && createdBy == o.createdBy && createdAtMs == o.createdAtMs
        && updatedBy == o.updatedBy && updatedAtMs == o.updatedAtMs && version == o.version
        && extra() == o.extra();
}

} // namespace vigie::core
