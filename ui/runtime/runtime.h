// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vigie::ui {

// Organisation and application names (QSettings and QStandardPaths follow them).
void setApplicationIdentity();
// QGIS with Debian's prefix (/usr), its providers and its resources; call once after the
// QgsApplication exists. Headless use sets QT_QPA_PLATFORM=offscreen beforehand.
void startQgis();
void stopQgis();

// Where `vigie --demo` keeps the demo mission (built on first use).
QString demoMissionPath();

} // namespace vigie::ui
