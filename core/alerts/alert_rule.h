// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alerts/alert_inputs.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::core {

struct ProtectedSite;

// A rule as stored in alert_rules: a type from the AlertRuleRegistry and its parameters.
struct AlertRuleDefinition
{
    QString id; // UUID; empty until stored
    QString type;
    QString name;
    QJsonObject parameters;
    bool enabled = true;
    QStringList siteIds; // empty: every site
    QString createdBy;
    qint64 createdAtMs = 0;

    bool appliesTo(const QString &siteId) const { return siteIds.isEmpty() || siteIds.contains(siteId); }
};

// What a rule found at one site.
struct AlertFinding
{
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    QJsonObject measures;
    QStringList evidence; // incident ids
    QString summary;
};

// One kind of rule: validates its parameters and evaluates them at a site. Stateless; one instance
// per type lives in the AlertRuleRegistry.
class AlertRuleType
{
  public:
    virtual ~AlertRuleType() = default;
    virtual QString id() const = 0;    // stored in alert_rules.type; never change it
    virtual QString label() const = 0; // translated
    // Empty if the parameters are usable, else the reason (translated).
    virtual QString validate(const QJsonObject &parameters) const = 0;
    virtual bool needsDensity() const { return false; }
    // The finding if the rule fires at this site, nullopt if it does not. Parameters are valid.
    virtual std::optional<AlertFinding> evaluate(const QJsonObject &parameters, const ProtectedSite &site,
                                                 const AlertInputs &inputs) const = 0;
};

// Geodesic distance on WGS 84 (GeographicLib), in metres.
double geodesicDistanceM(double lat1, double lon1, double lat2, double lon2);

} // namespace vigie::core
