// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

namespace vigie::core {

// Parsing and formatting of the values incident files carry, shared by the readers and writers.
// Works on UTF-8 bytes to keep the bulk import path free of conversions.
class IncidentValues
{
  public:
    struct ParsedTime
    {
        qint64 ms = 0;
        bool hasTimeOfDay = false;
    };
    // ISO 8601 dates and date-times ("2026-11-24", "2026-11-24T15:30:00Z", "…+01:00",
    // "2026-11-24 15:30"), ACLED's older "24 November 2026" / "24-Nov-2026", "24/11/2026"
    // (day first), and Unix seconds when `allowEpoch`. Times without an offset are UTC.
    static std::optional<ParsedTime> parseTime(std::string_view text, bool allowEpoch = false);
    static std::optional<double> parseDouble(std::string_view text);
    static std::optional<qint64> parseInt(std::string_view text);
    // Days since 1970-01-01 for a proleptic Gregorian date; nullopt if the date does not exist.
    static std::optional<qint64> daysFromCivil(int y, int m, int d);
    // "2026-11-24" (UTC).
    static QByteArray isoDate(qint64 ms);
    // "2026-11-24T15:30:00Z", with ".123" only when there are milliseconds.
    static QByteArray isoDateTime(qint64 ms);
    // The shortest text that reads back to the same double ("16.2717", "-0.0447", "15").
    static QByteArray formatDouble(double v);
    // Appends "key":"value" (JSON-escaped) to a JSON object under construction (`out` starts as
    // empty; close it with closeJsonObject).
    static void appendJsonMember(QByteArray &out, std::string_view key, std::string_view value);
    static void closeJsonObject(QByteArray &out);
    static std::string_view trimmed(std::string_view v);

    // Row → Incident steps shared by the tabular readers (ACLED, HXL, CSV through a column
    // mapping). Each returns why the row is refused, in words for a person; empty when fine.
    // Latitude and longitude texts (trimmed here) into incident.lat / lon: refused when missing,
    // malformed or out of range.
    static QString readPosition(std::string_view latText, std::string_view lonText, Incident &incident);
    // The category's default severity, raised by the toll: 10 or more dead → 5, 3 or more → at
    // least 4, 1 or more → at least 3.
    static int severityFor(const QString &category, qint64 fatalities);
};

} // namespace vigie::core
