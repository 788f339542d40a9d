// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/geo_types.h"

#include <QCoreApplication>
#include <QStringList>

namespace vigie::core {

QString GeoBox::toString() const
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(QString::number(west, 'g', 10), QString::number(south, 'g', 10), QString::number(east, 'g', 10),
             QString::number(north, 'g', 10));
}

std::optional<GeoBox> GeoBox::fromString(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    auto setError = [error](const QString &msg) {
        if (error)
            *error = msg;
    };
    if (parts.size() != 4) {
        setError(QCoreApplication::translate("vigie::core::GeoBox",
                                             "A box is four numbers west,south,east,north; got \"%1\".")
                     .arg(text));
        return std::nullopt;
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok) {
            setError(QCoreApplication::translate("vigie::core::GeoBox", "\"%1\" is not a number.").arg(parts[i].trimmed()));
            return std::nullopt;
        }
    }
    GeoBox box{v[0], v[1], v[2], v[3]};
    if (!box.isValid()) {
        setError(QCoreApplication::translate(
                     "vigie::core::GeoBox",
                     "The box %1 is empty or outside -180..180 / -90..90 (order: west,south,east,north).")
                     .arg(text));
        return std::nullopt;
    }
    return box;
}

} // namespace vigie::core
