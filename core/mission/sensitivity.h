// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace vigie::core {

// The protective marking of a record (incident, track, annotation). Ordered: a higher value is
// more sensitive, so "may this be shown at level X" is `marking <= X`.
enum class Sensitivity : int {
    Unclassified = 0,
    UnRestricted = 1,
    UnConfidential = 2,
    StrictlyConfidential = 3,
};

// The canonical marking as printed on banners and stored: "UNCLASSIFIED", "UN RESTRICTED",
// "UN CONFIDENTIAL", "STRICTLY CONFIDENTIAL".
QString sensitivityToString(Sensitivity s);
// Accepts the canonical form case-insensitively, with '_' or '-' for spaces; nullopt otherwise.
std::optional<Sensitivity> sensitivityFromString(const QString &text);
// The translated marking for display.
QString sensitivityLabel(Sensitivity s);

} // namespace vigie::core
