// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace vigie::core {

// The sensitivity marking every record carries, lowest first: a page or an export is marked with
// the highest marking of the data on it.
enum class Sensitivity { Unclassified = 0, UnRestricted = 1, UnConfidential = 2, StrictlyConfidential = 3 };

// "UNCLASSIFIED", "UN RESTRICTED", "UN CONFIDENTIAL", "STRICTLY CONFIDENTIAL" (as stored and printed).
QString sensitivityToString(Sensitivity s);
// Case-insensitive; also accepts '_' or '-' for spaces. nullopt if unknown.
std::optional<Sensitivity> sensitivityFromString(const QString &text);
QStringList sensitivityNames();
// The translated label for a person.
QString sensitivityLabel(Sensitivity s);
inline Sensitivity maxSensitivity(Sensitivity a, Sensitivity b) { return int(a) >= int(b) ? a : b; }

} // namespace vigie::core
