// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <climits>

namespace vigie::core {

// A count for Qt's int APIs (the %n of plural forms, signals), kept within 0…INT_MAX. Give the
// result a local int before translate(): lupdate loses a call written in the count's place.
inline int clampCount(qint64 n) { return int(std::min<qint64>(std::max<qint64>(n, 0), INT_MAX)); }

} // namespace vigie::core
