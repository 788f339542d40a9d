// SPDX-License-Identifier: GPL-2.0-or-later
#include "tracks/csv_track_reader.h"

#include "io/csv_reader.h"
#include "io/iso_date_time.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <charconv>
#include <cmath>

namespace vigie::core {

namespace {

int findColumn(const QStringList &header, const QString &wanted, std::initializer_list<const char *> guesses)
{
    if (!wanted.isEmpty())
        return header.indexOf(wanted.trimmed().toLower());
    for (const char *g : guesses) {
        const int i = header.indexOf(QLatin1String(g));
        if (i >= 0)
            return i;
    }
    return -1;
}

bool number(const std::string &s, double &out)
{
    if (s.empty())
        return false;
    const char *b = s.data();
    if (*b == '+')
        ++b;
    const auto r = std::from_chars(b, s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

qint64 parseTime(const std::string &s)
{
    double v;
    if (number(s, v) && std::isfinite(v))
        return v > 1e11 ? qint64(std::llround(v)) : qint64(std::llround(v * 1000.0)); // Unix ms or s
    return IsoDateTime::parse(s);
}

} // namespace

QString CsvTrackReader::name() const { return QCoreApplication::translate("vigie::core::CsvTrackReader", "CSV (time, lat, lon)"); }

int CsvTrackReader::identify(const QString &path, const QByteArray &head) const
{
    const QByteArray first = head.left(head.indexOf('\n')).toLower();
    const bool lat = first.contains("lat"), lon = first.contains("lon") || first.contains("lng");
    const QString ext = QFileInfo(path).suffix().toLower();
    if (lat && lon)
        return ext == QLatin1String("csv") || ext == QLatin1String("tsv") ? 80 : 40;
    return ext == QLatin1String("csv") ? 30 : 0;
}

void CsvTrackReader::read(const QString &path, TrackSink &sink) const
{
    CsvReader csv(path);
    if (!csv.open())
        throw TrackReadError({path, 0, 0, csv.errorString()});
    std::vector<std::string> row;
    CsvRecord record;
    qint64 recordLine = 0;
    QString recordFlaw;
    // The shared tokenizer yields records; this reader works on rows of strings.
    const auto next = [&]() {
        const CsvReader::Result r = csv.next(record);
        if (r == CsvReader::Result::Error)
            throw TrackReadError({path, csv.errorLine(), 0, csv.errorString()});
        if (r == CsvReader::Result::End)
            return false;
        row.clear();
        for (int i = 0; i < record.size(); ++i)
            row.emplace_back(record.view(i));
        recordLine = record.line;
        recordFlaw = record.flawText();
        return true;
    };
    if (!next())
        throw TrackReadError({path, 0, 0, QCoreApplication::translate("vigie::core::CsvTrackReader", "the file is empty")});
    QStringList header;
    for (const std::string &f : row)
        header << QString::fromStdString(f);
    for (QString &h : header)
        h = h.trimmed().toLower();
    const Mapping &m = m_mapping;
    const int cTime = findColumn(header, m.time, {"time", "timestamp", "datetime", "date_time", "utc", "time_utc", "when"});
    const int cDate = findColumn(header, m.date, {"date"});
    const int cLat = findColumn(header, m.lat, {"lat", "latitude", "y"});
    const int cLon = findColumn(header, m.lon, {"lon", "lng", "long", "longitude", "x"});
    const int cAlt = findColumn(header, m.altitude, {"alt", "altitude", "ele", "elevation", "hae"});
    const int cSpeed = findColumn(header, m.speed, {"speed", "speed_ms", "speed_m_s"});
    const int cCourse = findColumn(header, m.course, {"course", "heading", "bearing", "cog"});
    const int cId = findColumn(header, m.id, {"track_id", "track", "id", "uid", "device", "device_id", "imei"});
    const int cCall = findColumn(header, m.callsign, {"callsign", "name", "unit"});
    if (cLat < 0 || cLon < 0 || (cTime < 0 && cDate < 0))
        throw TrackReadError({path, 1, 0,
                              QCoreApplication::translate("vigie::core::CsvTrackReader",
                                                          "no time, latitude and longitude columns found in the header (%1)")
                                  .arg(header.join(QStringLiteral(", ")))});
    const QString fileName = QFileInfo(path).fileName();
    const QString source = QStringLiteral("csv");
    QHash<QString, int> handles;
    const auto handleFor = [&](const QString &id, const QString &callsign) {
        auto it = handles.find(id);
        if (it != handles.end())
            return *it;
        Track t;
        t.sourceFormat = QStringLiteral("csv");
        t.sourceId = id.isEmpty() ? fileName : id;
        t.callsign = !callsign.isEmpty() ? callsign : (id.isEmpty() ? QFileInfo(path).completeBaseName() : id);
        const int h = sink.track(t);
        handles.insert(id, h);
        return h;
    };
    const auto cell = [&](int c) -> const std::string & {
        static const std::string empty;
        return c >= 0 && size_t(c) < row.size() ? row[size_t(c)] : empty;
    };
    qint64 n = 0;
    while (next()) {
        const qint64 line = recordLine;
        if (!recordFlaw.isEmpty()) {
            sink.rejected({path, line, 0, recordFlaw});
            continue;
        }
        TrackPoint p;
        p.source = source;
        if (!number(cell(cLat), p.lat) || !number(cell(cLon), p.lon) || !p.isValidPosition()) {
            sink.rejected({path, line, 0, QCoreApplication::translate("vigie::core::CsvTrackReader", "invalid latitude or longitude")});
            continue;
        }
        std::string timeText = cTime >= 0 ? cell(cTime) : std::string();
        if (cDate >= 0 && cDate != cTime)
            timeText = cell(cDate) + (timeText.empty() ? std::string() : "T" + timeText);
        p.timeMs = parseTime(timeText);
        if (p.timeMs == TrackPoint::kNoTime) {
            sink.rejected({path, line, 0,
                           QCoreApplication::translate("vigie::core::CsvTrackReader", "invalid time \"%1\"").arg(QString::fromStdString(timeText))});
            continue;
        }
        double v;
        if (number(cell(cAlt), v))
            p.altitude = v;
        if (number(cell(cSpeed), v))
            p.speed = v;
        if (number(cell(cCourse), v))
            p.course = v;
        const QString id = cId >= 0 ? QString::fromStdString(cell(cId)).trimmed() : QString();
        const QString cs = cCall >= 0 ? QString::fromStdString(cell(cCall)).trimmed() : QString();
        sink.point(handleFor(id, cs), p);
        if ((++n & 0x3FFF) == 0) {
            sink.progress(csv.bytesRead(), csv.size());
            if (sink.isCancelled())
                return;
        }
    }
}

} // namespace vigie::core
