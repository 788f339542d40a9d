// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>

namespace vigie::core {

// Fast, allocation-free date-time arithmetic for the readers: xs:dateTime / ISO 8601 parsing to
// UTC epoch milliseconds, and civil date conversions. QDateTime is correct but far too slow for
// millions of fixes.
class IsoDateTime
{
  public:
    static constexpr qint64 kNoTime = INT64_MIN;

    // Parses "YYYY-MM-DD[Thh:mm[:ss[.fraction]]][Z|±hh[:]mm]" (also a space instead of 'T').
    // No zone means UTC. Any number of fraction digits (kept to ms). Returns kNoTime if malformed.
    static qint64 parse(std::string_view text);
    // Days since 1970-01-01 of a proleptic Gregorian date (no range check).
    static qint64 daysFromCivil(int y, unsigned m, unsigned d);
    // 2026-11-24T10:15:30.250Z (ms only when non-zero).
    static QByteArray format(qint64 epochMs);
};

} // namespace vigie::core
