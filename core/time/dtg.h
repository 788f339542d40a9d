// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace vigie::core {

// NATO date-time group, "DDHHMM[SS]Z MON YY" written together: 221530ZNOV26. Month names are the
// English three letters in every language, as the standard has them.
QString toDtg(const QDateTime &utc, bool withSeconds = false);
// Accepts "221530ZNOV26", "221530Z NOV 26", "22153045ZNOV26" and zone letters A–Z (not J):
// A–M without J are UTC+1…+12, N–Y UTC−1…−12, Z UTC. Invalid QDateTime if malformed.
QDateTime fromDtg(const QString &text);

// What a user types for a time: ISO 8601 (2026-11-22T15:30Z; without a zone it is UTC, as in a
// JOC) or a DTG. Invalid QDateTime if neither.
QDateTime parseUserTime(const QString &text);

} // namespace vigie::core
