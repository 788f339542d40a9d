// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/goto_box.h"

#include "geo/coordinate_parser.h"

namespace vigie::ui {

GotoBox::GotoBox(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("gotoBox"));
    setPlaceholderText(tr("Go to MGRS / lat lon"));
    setToolTip(tr("MGRS (31P CT 12345 67890), decimal degrees (16.2717 -0.0447) or DMS (16°16'18\"N 0°02'41\"W); Enter to go"));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(this, &QLineEdit::returnPressed, this, &GotoBox::submit);
    connect(this, &QLineEdit::textEdited, this, [this] { setStyleSheet(QString()); });
}

bool GotoBox::submit()
{
    const core::ParsedCoordinate c = core::parseCoordinate(text());
    if (!c.isValid()) {
        setStyleSheet(QStringLiteral("QLineEdit { background: #fde2e1; }"));
        emit error(c.error);
        return false;
    }
    setStyleSheet(QString());
    // A coarse MGRS square is shown whole: 100 km at precision 0 … 1 m at 5.
    double scale = 25000;
    if (c.format == core::ParsedCoordinate::Format::Mgrs) {
        static const double byPrecision[] = {2000000, 250000, 50000, 25000, 10000, 5000};
        scale = byPrecision[qBound(0, c.mgrsPrecision, 5)];
    }
    emit goTo(c.point, scale);
    return true;
}

} // namespace vigie::ui
