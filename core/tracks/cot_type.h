// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track.h"

#include <QString>

namespace vigie::core {

// What a Cursor-on-Target type string says (see formats.md): atoms "a-<affiliation>-<dimension>-
// <function…>" convert to an affiliation, a kind and a 2525B code; other types say nothing.
class CotType
{
  public:
    static bool isAtom(const QString &type);
    static Affiliation affiliation(const QString &type);
    // Unknown unless the dimension and function say (air → aircraft, air M-F-Q/M-H-Q → UAV, …).
    static TrackKind kind(const QString &type);
    // "S" + affiliation + dimension + "P" + function padded to 6 + "-----"; empty for non-atoms.
    static QString toSidc(const QString &type);
    // A plausible CoT type for a kind and affiliation (for export and the demo).
    static QString fromKind(TrackKind kind, Affiliation affiliation);
};

} // namespace vigie::core
