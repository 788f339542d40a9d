// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"
#include "io/column_field.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace vigie::core {

// Which source column (by name, case-insensitive) holds which incident field, for generic CSV
// files and OGR attribute tables. Empty = not in the source. guess() fills it from common names
// (and from the names Vigie's own exports use, so an export reads back unchanged).
struct IncidentColumnMapping
{
    QString id;             // a UUID; kept when valid (merging missions), else a new one is made
    QString time;           // date or date-time (ISO 8601, "24 November 2026", "24/11/2026", Unix seconds)
    QString timePrecision;  // exact/day/week/month
    QString lat;
    QString lon;
    QString areaWkt;
    QString locationPrecision;
    QString placeName;
    QString admin1;
    QString admin2;
    QString category;       // a category id, label, or ACLED (sub-)event type
    QString sourceEventType;
    QString sourceSubEventType;
    QString severity;
    QString fatalities;
    QString injured;
    QString abducted;
    QString actor1;
    QString actor2;
    QString target;
    QString source;
    QString admiralty;      // "B2"
    QString status;
    QString description;
    QString sensitivity;
    QString externalId;
    QString createdBy;
    QString createdAt;
    QString updatedBy;
    QString updatedAt;
    QString version;
    QString extra;          // a JSON object
    // Source columns that are presentation, not data (KML's extrude, tessellate, …): not kept in extra.
    QStringList ignored;
    // Used when the source has no category column or its value is empty.
    QString defaultCategory = QStringLiteral("other");

    static IncidentColumnMapping guess(const QStringList &columns);

    // The fields a person maps by hand (a dialog's rows, the CLI's --map), in a sensible order;
    // their keys are the column names Vigie's own exports write ("time", "lat", "place_name"…).
    static QList<ColumnField> fieldInfos();
    // The source column of a field by key (empty: none); setColumn returns false for an unknown key.
    QString column(const QString &key) const;
    bool setColumn(const QString &key, const QString &column);

    // Resolves the names against a header. Columns no field uses go into extra under their name.
    class Bound
    {
      public:
        // Why the mapping cannot read rows (no time or no position column); empty when usable.
        // `hasGeometry`: positions come from the feature geometry (OGR), not from columns.
        QString problem(bool hasGeometry) const;
        // Fills `incident` from a row's cells (UTF-8 text via `cell(i)`); returns the reason the
        // row is rejected, or an empty string. `positionKnown`: the caller already set lat/lon
        // (from a feature geometry), so empty coordinate cells are not an error.
        QString apply(const std::function<QString(int)> &cell, Incident &incident, bool positionKnown = false) const;

      private:
        friend struct IncidentColumnMapping;
        std::vector<int> m_index; // per field, the column or -1
        std::vector<std::pair<int, QString>> m_unmapped;
        QString m_defaultCategory;
    };
    Bound bind(const QStringList &columns) const;
};

} // namespace vigie::core
