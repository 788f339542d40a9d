// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/cot_track_reader.h"

#include "tracks/cot_event.h"
#include "tracks/cot_type.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vigie::core {

namespace {
constexpr qint64 kMaxEvent = 4 * 1024 * 1024;
}

QString CotTrackReader::name() const { return QCoreApplication::translate("vigie::core::CotTrackReader", "Cursor-on-Target (CoT) XML"); }

int CotTrackReader::identify(const QString &path, const QByteArray &head) const
{
    const int at = head.indexOf("<event");
    if (at >= 0 && (head.indexOf("uid=", at) > 0 || head.indexOf("type=", at) > 0))
        return 90;
    return QFileInfo(path).suffix().compare(QLatin1String("cot"), Qt::CaseInsensitive) == 0 ? 60 : 0;
}

void CotTrackReader::read(const QString &path, TrackSink &sink) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TrackReadError({path, 0, 0, file.errorString()});
    QByteArray buf;
    qint64 bufLine = 1; // line of buf[0]
    qsizetype scan = 0;
    int events = 0;
    const auto handle = [&](const QByteArray &doc, qint64 line) {
        ++events;
        QString error;
        const auto ev = CotEvent::decode(doc, &error, line);
        if (!ev) {
            sink.rejected({path, 0, 0, error});
            return;
        }
        if (!CotType::isAtom(ev->type)) {
            sink.skippedLine(); // chat, drawings, alarms: not a moving thing
            return;
        }
        const int h = sink.track(ev->toTrack());
        sink.point(h, ev->toPoint());
    };
    bool eof = false;
    while (!eof) {
        const QByteArray chunk = file.read(1024 * 1024);
        eof = chunk.isEmpty();
        buf += chunk;
        for (;;) {
            const qsizetype end = buf.indexOf("</event>", std::max<qsizetype>(0, scan - 8));
            if (end < 0)
                break;
            const qsizetype stop = end + 8;
            // Each document from its first '<' (its <?xml?> line, a DTD which the XML reader
            // then refuses, or the <event> itself); bytes before that are dropped.
            const qsizetype start = buf.indexOf('<');
            if (start >= 0 && start < end) {
                const qint64 line = bufLine + buf.left(start).count('\n');
                handle(buf.mid(start, stop - start), line);
            }
            bufLine += buf.left(stop).count('\n');
            buf.remove(0, stop);
            scan = 0;
            if (sink.isCancelled())
                return;
        }
        scan = buf.size();
        if (buf.size() > kMaxEvent) {
            sink.rejected({path, bufLine, 0,
                           QCoreApplication::translate("vigie::core::CotTrackReader",
                                                       "no </event> within %1 MB; the rest of the file is skipped")
                               .arg(kMaxEvent / (1024 * 1024))});
            return;
        }
        sink.progress(file.pos(), file.size());
    }
    // Trailing bytes: a truncated last event, or nothing but whitespace.
    const QByteArray rest = buf.trimmed();
    if (!rest.isEmpty()) {
        const qsizetype start = rest.indexOf("<event");
        if (start >= 0) {
            QString error;
            CotEvent::decode(rest.mid(start), &error, bufLine);
            sink.rejected({path, 0, 0,
                           error.isEmpty() ? QCoreApplication::translate("vigie::core::CotTrackReader", "truncated event") : error});
        } else if (events == 0) {
            sink.rejected({path, bufLine, 0, QCoreApplication::translate("vigie::core::CotTrackReader", "no CoT <event> in the file")});
        }
    }
}

} // namespace vigie::core
