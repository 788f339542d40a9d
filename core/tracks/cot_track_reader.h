// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "tracks/track_reader.h"

namespace vigie::core {

// Cursor-on-Target XML files: one event or many back to back (as a TCP stream records them, with
// or without <?xml?> lines). Atom events (type a-…) become fixes grouped by uid into tracks;
// other events (chat, drawings, alarms) are skipped and counted.
class CotTrackReader : public TrackReader
{
  public:
    QString id() const override { return QStringLiteral("cot"); }
    QString name() const override;
    QStringList extensions() const override { return {QStringLiteral("cot"), QStringLiteral("xml")}; }
    int identify(const QString &path, const QByteArray &head) const override;
    void read(const QString &path, TrackSink &sink) const override;
};

} // namespace vigie::core
