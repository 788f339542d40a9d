// SPDX-License-Identifier: GPL-2.0-or-later
#include "alerts/rules/incident_count_rule.h"

#include "sites/protected_site.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace vigie::core {

QString IncidentCountRule::label() const
{
    return QCoreApplication::translate("vigie::core::IncidentCountRule", "Incidents near a site");
}

QString IncidentCountRule::validate(const QJsonObject &p) const
{
    const QJsonValue n = p.value(QStringLiteral("min_count"));
    if (!n.isDouble() || n.toDouble() < 1 || std::floor(n.toDouble()) != n.toDouble())
        return QCoreApplication::translate("vigie::core::IncidentCountRule", "min_count must be a whole number of at least 1");
    const QJsonValue r = p.value(QStringLiteral("radius_km"));
    if (!r.isDouble() || !(r.toDouble() > 0))
        return QCoreApplication::translate("vigie::core::IncidentCountRule", "radius_km must be more than 0");
    const QJsonValue h = p.value(QStringLiteral("hours"));
    if (!h.isDouble() || !(h.toDouble() > 0))
        return QCoreApplication::translate("vigie::core::IncidentCountRule", "hours must be more than 0");
    const QJsonValue c = p.value(QStringLiteral("categories"));
    if (!c.isUndefined() && !c.isNull()) {
        if (!c.isArray())
            return QCoreApplication::translate("vigie::core::IncidentCountRule", "categories must be a list of names");
        for (const QJsonValue v : c.toArray())
            if (!v.isString())
                return QCoreApplication::translate("vigie::core::IncidentCountRule", "categories must be a list of names");
    }
    return QString();
}

std::optional<AlertFinding> IncidentCountRule::evaluate(const QJsonObject &p, const ProtectedSite &site,
                                                        const AlertInputs &inputs) const
{
    const int minCount = p.value(QStringLiteral("min_count")).toInt();
    const double radiusM = p.value(QStringLiteral("radius_km")).toDouble() * 1000.0;
    const double hours = p.value(QStringLiteral("hours")).toDouble();
    QStringList categories;
    for (const QJsonValue v : p.value(QStringLiteral("categories")).toArray())
        categories.append(v.toString().trimmed().toLower());
    const qint64 end = inputs.windowEndMs;
    const qint64 start = end - qint64(std::llround(hours * 3600.0 * 1000.0));

    AlertFinding f;
    f.windowStartMs = start;
    f.windowEndMs = end;
    for (const IncidentSample &i : inputs.incidents) {
        if (i.timeMs < start || i.timeMs > end)
            continue;
        if (!categories.isEmpty() && !categories.contains(i.category.trimmed().toLower()))
            continue;
        if (geodesicDistanceM(site.lat, site.lon, i.lat, i.lon) > radiusM)
            continue;
        f.evidence.append(i.id);
    }
    if (f.evidence.size() < minCount)
        return std::nullopt;
    f.evidence.sort();
    f.measures = QJsonObject{{QStringLiteral("count"), f.evidence.size()},
                             {QStringLiteral("threshold"), minCount},
                             {QStringLiteral("radius_km"), radiusM / 1000.0},
                             {QStringLiteral("hours"), hours},
                             {QStringLiteral("categories"), QJsonArray::fromStringList(categories)}};
    f.summary = QStringLiteral("%1 incidents within %2 km of %3 in %4 h (threshold %5)")
                    .arg(f.evidence.size())
                    .arg(radiusM / 1000.0)
                    .arg(site.name)
                    .arg(hours)
                    .arg(minCount);
    return f;
}

} // namespace vigie::core
