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
    return QStringLiteral("UNCLASSIFIED");
}

std::optional<Sensitivity> sensitivityFromString(const QString &text)
{
    QString t = text.trimmed().toUpper();
    t.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    t = t.simplified();
    for (Sensitivity s : {Sensitivity::Unclassified, Sensitivity::UnRestricted, Sensitivity::UnConfidential,
                          Sensitivity::StrictlyConfidential})
        if (t == sensitivityToString(s))
            return s;
    return std::nullopt;
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
    return {};
}

} // namespace vigie::core
