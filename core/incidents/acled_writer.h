// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_writer.h"

#include <QSaveFile>

namespace vigie::core {

// ACLED-compatible CSV: ACLED's header and column order. An incident imported from ACLED is
// written back field for field (the verbatim values AcledReader kept in extraJson take
// precedence where they still agree with the incident); one entered in Vigie gets its category's
// ACLED event and sub-event type.
class AcledWriter : public IncidentWriter
{
  public:
    QString id() const override { return QStringLiteral("acled"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    std::unique_ptr<IncidentWriter> clone() const override { return std::make_unique<AcledWriter>(); }
    bool open(const QString &path) override;
    bool write(const Incident &incident) override;
    bool close() override;

    // One incident as ACLED's columns, in the order of AcledReader::columns().
    static QStringList row(const Incident &incident);

  private:
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
};

} // namespace vigie::core
