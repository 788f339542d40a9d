// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_reader.h"

namespace vigie::core {

IncidentReadError::IncidentReadError(const QString &file, qint64 line, const QString &reason)
    : std::runtime_error((line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason)
                                   : QStringLiteral("%1: %2").arg(file, reason))
                             .toStdString()),
      m_file(file), m_line(line), m_reason(reason)
{
}

QString IncidentReadError::message() const { return QString::fromStdString(what()); }

} // namespace vigie::core
