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

// A field of Mapping: its key (what --map and the dialog use), label and the names tried by guess().
struct FieldSpec
{
    const char *key;
    QString CsvTrackReader::Mapping::*member;
    const char *label;
    bool required;
    std::initializer_list<const char *> guesses;
};
const FieldSpec kFields[] = {
    {"time", &CsvTrackReader::Mapping::time, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Time (or date and time)"), false,
     {"time", "timestamp", "datetime", "date_time", "utc", "time_utc", "when"}},
    {"date", &CsvTrackReader::Mapping::date, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Date (when the time column has none)"), false, {"date"}},
    {"lat", &CsvTrackReader::Mapping::lat, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Latitude"), true, {"lat", "latitude", "y"}},
    {"lon", &CsvTrackReader::Mapping::lon, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Longitude"), true,
     {"lon", "lng", "long", "longitude", "x"}},
    {"altitude", &CsvTrackReader::Mapping::altitude, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Altitude (m)"), false,
     {"alt", "altitude", "ele", "elevation", "hae"}},
    {"speed", &CsvTrackReader::Mapping::speed, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Speed (m/s)"), false,
     {"speed", "speed_ms", "speed_m_s"}},
    {"course", &CsvTrackReader::Mapping::course, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Course (degrees)"), false,
     {"course", "heading", "bearing", "cog"}},
    {"id", &CsvTrackReader::Mapping::id, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Track or device id"), false,
     {"track_id", "track", "id", "uid", "device", "device_id", "imei"}},
    {"callsign", &CsvTrackReader::Mapping::callsign, QT_TRANSLATE_NOOP("vigie::core::CsvTrackReader", "Callsign"), false,
     {"callsign", "name", "unit"}},
};

const FieldSpec *spec(const QString &key)
{
    for (const FieldSpec &f : kFields)
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
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

QList<ColumnField> CsvTrackReader::Mapping::fieldInfos()
{
    QList<ColumnField> out;
    for (const FieldSpec &f : kFields)
        out.append({QLatin1String(f.key), QCoreApplication::translate("vigie::core::CsvTrackReader", f.label), f.required});
    return out;
}

QString CsvTrackReader::Mapping::column(const QString &key) const
{
    const FieldSpec *f = spec(key);
    return f ? this->*(f->member) : QString();
}

bool CsvTrackReader::Mapping::setColumn(const QString &key, const QString &column)
{
    const FieldSpec *f = spec(key);
    if (!f)
        return false;
    this->*(f->member) = column;
    return true;
}

QString CsvTrackReader::Mapping::problem() const
{
    QStringList missing;
    if (time.isEmpty() && date.isEmpty())
        missing << QCoreApplication::translate("vigie::core::CsvTrackReader", "a time or date column");
    if (lat.isEmpty())
        missing << QCoreApplication::translate("vigie::core::CsvTrackReader", "a latitude column");
    if (lon.isEmpty())
        missing << QCoreApplication::translate("vigie::core::CsvTrackReader", "a longitude column");
    return missing.join(QStringLiteral(", "));
}

CsvTrackReader::Mapping CsvTrackReader::guess(const QStringList &header, const Mapping &given)
{
    QStringList lower;
    for (const QString &h : header)
        lower << h.trimmed().toLower();
    Mapping out;
    out.exact = true;
    for (const FieldSpec &f : kFields) {
        const QString wanted = given.*(f.member);
        if (!wanted.isEmpty() || given.exact) {
            const int i = wanted.isEmpty() ? -1 : int(lower.indexOf(wanted.trimmed().toLower()));
            out.*(f.member) = i >= 0 ? header[i].trimmed() : QString();
            continue;
        }
        for (const char *g : f.guesses) {
            const int i = int(lower.indexOf(QLatin1String(g)));
            if (i >= 0) {
                out.*(f.member) = header[i].trimmed();
                break;
            }
        }
    }
    return out;
}

CsvTrackReader::Mapping CsvTrackReader::guess(const QStringList &header) { return guess(header, Mapping()); }

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
    // The header is the first record that is not an empty line, as readCsvPreview() shows it.
    const auto next = [&](bool header) {
        const CsvReader::Result r = header ? csv.nextNonBlank(record) : csv.next(record);
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
    if (!next(true))
        throw TrackReadError({path, 0, 0, QCoreApplication::translate("vigie::core::CsvTrackReader", "the file is empty")});
    QStringList header;
    for (const std::string &f : row)
        header << QString::fromStdString(f);
    for (QString &h : header)
        h = h.trimmed().toLower();
    // Column indexes from the (given or guessed) names; the header is lower case.
    const Mapping m = guess(header, m_mapping);
    const auto indexOf = [&header](const QString &name) { return name.isEmpty() ? -1 : int(header.indexOf(name.trimmed().toLower())); };
    const int cTime = indexOf(m.time), cDate = indexOf(m.date), cLat = indexOf(m.lat), cLon = indexOf(m.lon);
    const int cAlt = indexOf(m.altitude), cSpeed = indexOf(m.speed), cCourse = indexOf(m.course), cId = indexOf(m.id),
              cCall = indexOf(m.callsign);
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
    while (next(false)) {
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
