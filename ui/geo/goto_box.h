// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"

#include <QLineEdit>

namespace vigie::ui {

// "Go to [MGRS / lat lon ____]": understands MGRS, decimal degrees and DMS (core::parseCoordinate).
// On Enter it emits goTo() with the position and a suggested map scale, or error() with why not.
class GotoBox : public QLineEdit
{
    Q_OBJECT
  public:
    explicit GotoBox(QWidget *parent = nullptr);

    // Parses the text and emits; returns whether it was a position.
    bool submit();

  signals:
    // scale: 1:25 000 for a precise position, coarser for a coarse MGRS square.
    void goTo(const vigie::core::GeoPoint &point, double scale);
    void error(const QString &message);
};

} // namespace vigie::ui
