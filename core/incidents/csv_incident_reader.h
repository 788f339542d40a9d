// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_column_mapping.h"
#include "incidents/incident_reader.h"

#include <optional>

namespace vigie::core {

// Any CSV file with a header row: columns mapped by an IncidentColumnMapping, given or guessed
// from the header (Vigie's own CSV export reads back unchanged).
class CsvIncidentReader : public IncidentReader
{
  public:
    CsvIncidentReader() = default;
    explicit CsvIncidentReader(IncidentColumnMapping mapping) : m_mapping(std::move(mapping)) {}

    QString id() const override { return QStringLiteral("csv"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, const IncidentReadCallbacks &callbacks) const override;

  private:
    std::optional<IncidentColumnMapping> m_mapping;
};

} // namespace vigie::core
