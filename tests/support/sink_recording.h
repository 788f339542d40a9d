// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A track sink that writes down every call it gets, in order, one line each: for comparing two
// readings of a file call by call (the GPX reader's fast path and its XML path, in the tests and
// in the fuzz target).

#include "tracks/track_reader.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <map>

namespace vigie::test {

class RecordingSink : public vigie::core::TrackSink
{
  public:
    QStringList calls;

    int track(const vigie::core::Track &t) override
    {
        calls << QStringLiteral("track %1 | %2 | %3 | kind %4").arg(t.sourceId, t.sourceFormat, t.callsign).arg(int(t.kind));
        auto it = m_handles.find(t.sourceId);
        if (it == m_handles.end())
            it = m_handles.emplace(t.sourceId, int(m_handles.size())).first;
        return it->second;
    }
    void point(int track, const vigie::core::TrackPoint &p) override
    {
        calls << QStringLiteral("point %1: %2 %3 alt %4 speed %5 course %6 acc %7 time %8 %9")
                     .arg(track)
                     .arg(number(p.lat), number(p.lon), number(p.altitude), number(p.speed), number(p.course), number(p.horizontalAccuracy))
                     .arg(p.timeMs)
                     .arg(p.source);
    }
    void rejected(const vigie::core::ReadIssue &i) override { calls << issue(QStringLiteral("rejected"), i); }
    void skippedLine() override { calls << QStringLiteral("skipped line"); }
    void badChecksum(const vigie::core::ReadIssue &i) override { calls << issue(QStringLiteral("bad checksum"), i); }
    // The offsets differ between parsers (a file position, a byte offset); when and how often not.
    void progress(qint64 done, qint64 total) override
    {
        calls << (done == total ? QStringLiteral("progress: done") : QStringLiteral("progress"));
    }

    // Where the two parsers may word the same error differently: Qt's message for an end tag that
    // does not match, and Vigie's. Everything else, position included, must be the same.
    static QStringList comparable(QStringList calls)
    {
        static const QRegularExpression vigie(QStringLiteral("the end tag </[^>]*> does not match the start tag <[^>]*>$"));
        for (QString &c : calls)
            c.replace(vigie, QStringLiteral("<tag mismatch>")).replace(QLatin1String("Opening and ending tag mismatch."), QLatin1String("<tag mismatch>"));
        return calls;
    }

  private:
    static QString number(double v)
    {
        if (std::isnan(v))
            return QStringLiteral("nan");
        return (v == 0 && std::signbit(v) ? QStringLiteral("-") : QString()) + QString::number(v, 'g', 17);
    }
    static QString issue(const QString &what, const vigie::core::ReadIssue &i)
    {
        return QStringLiteral("%1 %2 line %3 column %4: %5").arg(what, i.file).arg(i.line).arg(i.column).arg(i.reason);
    }
    std::map<QString, int> m_handles;
};

} // namespace vigie::test
