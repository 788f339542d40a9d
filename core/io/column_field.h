// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vigie::core {

// A field a person maps to one of a file's columns (a column dialog's row, a --map key).
struct ColumnField
{
    QString key;   // what Vigie's own files name the column ("time", "lat"…), and --map's key
    QString label; // for a person, translated
    bool required = false;
};

} // namespace vigie::core
