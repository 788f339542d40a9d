// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_reader.h"

namespace vigie::core {

// ACLED conflict event exports (CSV). Auto-maps the ACLED header (any column order, extra
// columns kept); inter codes may be old numbers or new text. Columns without a field of their
// own go into Incident::extraJson under their ACLED name, so that AcledWriter reproduces the row.
class AcledReader : public IncidentReader
{
  public:
    // The ACLED export header, in ACLED's order.
    static const QStringList &columns();
    // "1".."8" (old numeric inter codes) → the text ACLED uses now ("State forces", …); text
    // passes through.
    static QString interText(const QString &code);

    QString id() const override { return QStringLiteral("acled"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("csv"), QStringLiteral("txt")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, const IncidentReadCallbacks &callbacks) const override;
};

} // namespace vigie::core
