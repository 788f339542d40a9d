// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/sensitivity.h"

#include <QCoreApplication>

namespace vigie::core {

QString sensitivityToString(Sensitivity s)
{
    switch (s) {
    case Sensitivity::Unclassified: return QStringLiteral("UNCLASSIFIED");
    case Sensitivity::UnRestricted: return QStringLiteral("UN RESTRICTED");
    case Sensitivity::UnConfidential: return QStringLiteral("UN CONFIDENTIAL");
    case Sensitivity::StrictlyConfidential: return QStringLiteral("STRICTLY CONFIDENTIAL");
    }
    return QString();
}

std::optional<Sensitivity> sensitivityFromString(const QString &text)
{
    QString t = text.trimmed().toUpper();
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    t.replace(QLatin1Char('-'), QLatin1Char(' '));
    for (int i = 0; i <= int(Sensitivity::StrictlyConfidential); ++i)
        if (t == sensitivityToString(Sensitivity(i)))
            return Sensitivity(i);
    return std::nullopt;
}

QStringList sensitivityNames()
{
    QStringList out;
    for (int i = 0; i <= int(Sensitivity::StrictlyConfidential); ++i)
        out << sensitivityToString(Sensitivity(i));
    return out;
}

QString sensitivityLabel(Sensitivity s)
{
    switch (s) {
    case Sensitivity::Unclassified: return QCoreApplication::translate("vigie::core::Sensitivity", "UNCLASSIFIED");
    case Sensitivity::UnRestricted: return QCoreApplication::translate("vigie::core::Sensitivity", "UN RESTRICTED");
    case Sensitivity::UnConfidential: return QCoreApplication::translate("vigie::core::Sensitivity", "UN CONFIDENTIAL");
    case Sensitivity::StrictlyConfidential:
        return QCoreApplication::translate("vigie::core::Sensitivity", "STRICTLY CONFIDENTIAL");
    }
    return QString();
}

} // namespace vigie::core
