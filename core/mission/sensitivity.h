// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace vigie::core {

// UN information sensitivity levels (ST/SGB/2007/6), ordered from least to most sensitive so
// that levels compare with < and >.
enum class Sensitivity { Unclassified = 0, UnRestricted = 1, UnConfidential = 2, StrictlyConfidential = 3 };

// "UNCLASSIFIED", "UN RESTRICTED", "UN CONFIDENTIAL", "STRICTLY CONFIDENTIAL" (the stored form).
QString sensitivityToString(Sensitivity s);
// Accepts the stored form in any case, with '_' or '-' for spaces; nullopt if unknown.
std::optional<Sensitivity> sensitivityFromString(const QString &text);
// The translated label for a person.
QString sensitivityLabel(Sensitivity s);

} // namespace vigie::core
