// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/acled_writer.h"

#include "incidents/acled_reader.h"
#include "incidents/incident_taxonomy.h"
#include "incidents/incident_values.h"
#include "io/csv_reader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::AcledWriter", text); }
std::string_view view(const QByteArray &b) { return std::string_view(b.constData(), size_t(b.size())); }
} // namespace

QString AcledWriter::name() const { return tr("ACLED CSV"); }

QStringList AcledWriter::row(const Incident &x)
{
    const QJsonObject extra = x.extra();
    auto e = [&](const char *key) { return extra.value(QLatin1String(key)).toString(); };
    auto day = [](qint64 ms) { return ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000; };
    QString eventDate = QString::fromLatin1(IncidentValues::isoDate(x.timeMs));
    if (extra.contains(QStringLiteral("event_date"))) {
        const QString kept = e("event_date");
        const auto parsed = IncidentValues::parseTime(view(kept.toUtf8()));
        if (parsed && day(parsed->ms) == day(x.timeMs))
            eventDate = kept;
    }
    QString year = e("year");
    const QString dateYear = QDateTime::fromMSecsSinceEpoch(x.timeMs, Qt::UTC).toString(QStringLiteral("yyyy"));
    if (year != dateYear && !extra.contains(QStringLiteral("year")))
        year = dateYear;
    QString timePrecision = e("time_precision");
    if (!extra.contains(QStringLiteral("time_precision")))
        timePrecision = x.timePrecision == Incident::TimePrecision::Week    ? QStringLiteral("2")
                      : x.timePrecision == Incident::TimePrecision::Month ? QStringLiteral("3")
                                                                           : QStringLiteral("1");
    QString geoPrecision = e("geo_precision");
    if (!extra.contains(QStringLiteral("geo_precision")))
        geoPrecision = x.locationPrecision == Incident::LocationPrecision::Near        ? QStringLiteral("2")
                     : x.locationPrecision == Incident::LocationPrecision::AdminArea ? QStringLiteral("3")
                                                                                      : QStringLiteral("1");
    QString eventType = x.sourceEventType, subEventType = x.sourceSubEventType;
    if (eventType.isEmpty()) {
        if (const IncidentTaxonomy::Category *c = IncidentTaxonomy::builtin().category(x.category)) {
            eventType = c->acledExport.first;
            subEventType = c->acledExport.second;
        }
    }
    auto coord = [&](const char *key, double v) {
        const QString kept = e(key);
        const auto parsed = IncidentValues::parseDouble(view(kept.toUtf8()));
        return parsed && *parsed == v ? kept : QString::fromLatin1(IncidentValues::formatDouble(v));
    };
    QString fatalities = QString::number(x.fatalities);
    if (extra.contains(QStringLiteral("fatalities"))) {
        const QString kept = e("fatalities");
        const auto parsed = IncidentValues::parseInt(view(kept.toUtf8()));
        if ((parsed && *parsed == x.fatalities) || (kept.trimmed().isEmpty() && x.fatalities == 0))
            fatalities = kept;
    }
    QString civilianTargeting = e("civilian_targeting");
    if (civilianTargeting.isEmpty() && x.target == Incident::Target::Civilians && x.sourceEventType.isEmpty())
        civilianTargeting = QStringLiteral("Civilian targeting");
    QString timestamp = e("timestamp");
    if (timestamp.isEmpty() && !extra.contains(QStringLiteral("timestamp")))
        timestamp = QString::number((x.updatedAtMs ? x.updatedAtMs : x.timeMs) / 1000);

    QStringList out;
    for (const QString &c : AcledReader::columns()) {
        const QByteArray k = c.toLatin1();
        const char *key = k.constData();
        if (c == QLatin1String("event_id_cnty"))
            out << x.externalId;
        else if (c == QLatin1String("event_date"))
            out << eventDate;
        else if (c == QLatin1String("year"))
            out << year;
        else if (c == QLatin1String("time_precision"))
            out << timePrecision;
        else if (c == QLatin1String("event_type"))
            out << eventType;
        else if (c == QLatin1String("sub_event_type"))
            out << subEventType;
        else if (c == QLatin1String("actor1"))
            out << x.actor1;
        else if (c == QLatin1String("actor2"))
            out << x.actor2;
        else if (c == QLatin1String("civilian_targeting"))
            out << civilianTargeting;
        else if (c == QLatin1String("admin1"))
            out << x.admin1;
        else if (c == QLatin1String("admin2"))
            out << x.admin2;
        else if (c == QLatin1String("location"))
            out << x.placeName;
        else if (c == QLatin1String("latitude"))
            out << coord(key, x.lat);
        else if (c == QLatin1String("longitude"))
            out << coord(key, x.lon);
        else if (c == QLatin1String("geo_precision"))
            out << geoPrecision;
        else if (c == QLatin1String("source"))
            out << x.source;
        else if (c == QLatin1String("notes"))
            out << x.description;
        else if (c == QLatin1String("fatalities"))
            out << fatalities;
        else if (c == QLatin1String("timestamp"))
            out << timestamp;
        else
            out << e(key); // disorder_type, assoc actors, inter codes, iso, region, country, admin3, …
    }
    return out;
}

bool AcledWriter::open(const QString &path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        return false;
    }
    m_buffer = AcledReader::columns().join(QLatin1Char(',')).toUtf8() + '\n';
    return true;
}

bool AcledWriter::write(const Incident &incident)
{
    const QStringList cells = row(incident);
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            m_buffer += ',';
        m_buffer += CsvReader::quote(cells[i].toUtf8());
    }
    m_buffer += '\n';
    if (m_buffer.size() > (1 << 20)) {
        if (m_file->write(m_buffer) != m_buffer.size()) {
            m_error = m_file->errorString();
            return false;
        }
        m_buffer.clear();
    }
    return true;
}

bool AcledWriter::close()
{
    if (!m_file)
        return false;
    if (m_file->write(m_buffer) != m_buffer.size() || !m_file->commit()) {
        m_error = m_file->errorString();
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

} // namespace vigie::core
