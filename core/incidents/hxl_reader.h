// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "incidents/incident_reader.h"

namespace vigie::core {

// HXL-tagged CSV (Humanitarian Exchange Language): junk and human header rows are skipped up to
// the first row whose non-empty cells all are hashtags; columns are matched by tag and
// attributes (attribute order free, extra attributes such as +es allowed). Tagged columns with no
// field of their own go to Incident::extraJson under their hashtag.
class HxlReader : public IncidentReader
{
  public:
    QString id() const override { return QStringLiteral("hxl"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("csv")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, const IncidentReadCallbacks &callbacks) const override;

    // True when every non-empty cell starts with '#' and at least one does.
    static bool isHashtagRow(const QStringList &cells);
};

} // namespace vigie::core
