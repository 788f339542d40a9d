// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/acled_reader.h"

#include "incidents/incident_taxonomy.h"
#include "incidents/incident_values.h"
#include "io/csv_reader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::AcledReader", text); }

inline QString str(std::string_view v) { return QString::fromUtf8(v.data(), int(v.size())); }

bool looksLikePeacekeepers(const QString &actor)
{
    static const char *const names[] = {"United Nations", "MINUSMA", "MINUSCA", "MONUSCO", "UNMISS", "UNISFA",
                                        "UNIFIL", "UNFICYP", "UNDOF", "MINURSO", "Peacekeep"};
    for (const char *n : names)
        if (actor.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

const QStringList &AcledReader::columns()
{
    static const QStringList c = QStringLiteral(
                                     "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                                     "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
                                     "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
                                     "location,latitude,longitude,geo_precision,source,source_scale,notes,"
                                     "fatalities,tags,timestamp")
                                     .split(QLatin1Char(','));
    return c;
}

QString AcledReader::interText(const QString &code)
{
    static const char *const names[] = {"State forces", "Rebel group",  "Political militia",    "Identity militia",
                                        "Rioters",      "Protesters",   "Civilians",            "External/Other forces"};
    bool ok = false;
    const int n = code.trimmed().toInt(&ok);
    if (ok && n >= 1 && n <= 8)
        return QString::fromLatin1(names[n - 1]);
    return code.trimmed();
}

QString AcledReader::name() const { return tr("ACLED CSV export"); }

int AcledReader::identify(const QString &path, const QByteArray &head) const
{
    if (!looksLikeText(head))
        return 0;
    const QByteArray firstLine = head.left(head.indexOf('\n')).toLower();
    int hits = 0;
    for (const char *key : {"event_id_cnty", "event_date", "sub_event_type", "latitude", "longitude", "fatalities"})
        if (firstLine.contains(key))
            ++hits;
    return hits >= 4 ? 95 : (hits >= 2 ? 40 : 0);
}

void AcledReader::read(const QString &path, const IncidentReadCallbacks &cb) const
{
    CsvReader csv(path);
    openCsvIncidents(csv);
    CsvRecord rec;
    readCsvHeader(csv, rec);

    // Map the header by name; ACLED has used several column orders and added columns over time.
    enum Col {
        EventId, EventDate, TimePrecision, EventType, SubEventType, Actor1, Actor2, Inter2, CivilianTargeting, Admin1,
        Admin2, Location, Latitude, Longitude, GeoPrecision, Source, Notes, Fatalities, NCols
    };
    static const char *const owned[NCols] = {"event_id_cnty", "event_date", "time_precision", "event_type",
                                             "sub_event_type", "actor1", "actor2", "inter2", "civilian_targeting",
                                             "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                                             "source", "notes", "fatalities"};
    int col[NCols];
    std::fill(std::begin(col), std::end(col), -1);
    QStringList header;
    std::vector<QByteArray> headerNames;
    std::vector<bool> toExtra;
    for (int i = 0; i < rec.size(); ++i) {
        QByteArray name = rec.bytes(i).trimmed().toLower();
        header << QString::fromUtf8(rec.bytes(i));
        bool own = false;
        for (int c = 0; c < NCols; ++c)
            if (name == owned[c] && col[c] < 0) {
                col[c] = i;
                // inter2 and civilian_targeting inform the target but are kept verbatim too.
                own = c != Inter2 && c != CivilianTargeting;
            }
        headerNames.push_back(name);
        toExtra.push_back(!own && !name.isEmpty());
    }
    for (Col required : {EventDate, Latitude, Longitude, EventType})
        if (col[required] < 0)
            throw IncidentReadError(path, rec.line, tr("not an ACLED file: the header has no \"%1\" column")
                                                        .arg(QLatin1String(owned[required])));
    if (cb.header)
        cb.header(header);

    const IncidentTaxonomy &tax = IncidentTaxonomy::builtin();
    const int width = rec.size();
    QHash<QString, QString> categoryCache;
    Incident inc;
    forEachCsvRecord(csv, rec, cb, [&](const SourceRow &row) {
        auto reject = [&](const QString &why) { return cb.reject ? cb.reject(row, why) : true; };
        if (rec.size() != width)
            return reject(tr("%1 fields where the header has %2").arg(rec.size()).arg(width));
        auto v = [&](Col c) { return col[c] >= 0 ? rec.view(col[c]) : std::string_view(); };
        inc = Incident();
        QByteArray extra;
        const auto date = IncidentValues::parseTime(v(EventDate));
        if (!date)
            return reject(tr("bad event_date \"%1\"").arg(str(v(EventDate))));
        inc.timeMs = date->ms;
        if (const QString why = IncidentValues::readPosition(v(Latitude), v(Longitude), inc); !why.isEmpty())
            return reject(why);
        qint64 fatalities = 0;
        const std::string_view fatText = IncidentValues::trimmed(v(Fatalities));
        if (!fatText.empty()) {
            const auto f = IncidentValues::parseInt(fatText);
            if (!f || *f < 0 || *f > 1000000)
                return reject(tr("bad fatalities \"%1\"").arg(str(fatText)));
            fatalities = *f;
        }
        inc.fatalities = int(fatalities);

        // Keep the verbatim text of the owned values that would not print back identically.
        const std::string_view dateText = IncidentValues::trimmed(v(EventDate));
        if (date->hasTimeOfDay || IncidentValues::isoDate(date->ms) != QByteArray(dateText.data(), int(dateText.size())))
            IncidentValues::appendJsonMember(extra, "event_date", v(EventDate));
        if (IncidentValues::formatDouble(inc.lat) != QByteArray(v(Latitude).data(), int(v(Latitude).size())))
            IncidentValues::appendJsonMember(extra, "latitude", v(Latitude));
        if (IncidentValues::formatDouble(inc.lon) != QByteArray(v(Longitude).data(), int(v(Longitude).size())))
            IncidentValues::appendJsonMember(extra, "longitude", v(Longitude));
        if (QByteArray::number(fatalities) != QByteArray(v(Fatalities).data(), int(v(Fatalities).size())))
            IncidentValues::appendJsonMember(extra, "fatalities", v(Fatalities));
        const std::string_view tp = v(TimePrecision);
        if (tp == "2")
            inc.timePrecision = Incident::TimePrecision::Week;
        else if (tp == "3")
            inc.timePrecision = Incident::TimePrecision::Month;
        else
            inc.timePrecision = Incident::TimePrecision::Day;
        if (tp != "1" && tp != "2" && tp != "3")
            IncidentValues::appendJsonMember(extra, "time_precision", tp);
        const std::string_view gp = v(GeoPrecision);
        if (gp == "2")
            inc.locationPrecision = Incident::LocationPrecision::Near;
        else if (gp == "3")
            inc.locationPrecision = Incident::LocationPrecision::AdminArea;
        else
            inc.locationPrecision = Incident::LocationPrecision::Exact;
        if (gp != "1" && gp != "2" && gp != "3")
            IncidentValues::appendJsonMember(extra, "geo_precision", gp);
        for (int i = 0; i < width; ++i)
            if (toExtra[size_t(i)] && !rec.view(i).empty())
                IncidentValues::appendJsonMember(
                    extra, std::string_view(headerNames[size_t(i)].constData(), size_t(headerNames[size_t(i)].size())),
                    rec.view(i));
        IncidentValues::closeJsonObject(extra);
        inc.extraJson = std::move(extra);

        inc.externalId = str(IncidentValues::trimmed(v(EventId)));
        inc.sourceEventType = str(v(EventType));
        inc.sourceSubEventType = str(v(SubEventType));
        inc.actor1 = str(v(Actor1));
        inc.actor2 = str(v(Actor2));
        inc.admin1 = str(v(Admin1));
        inc.admin2 = str(v(Admin2));
        inc.placeName = str(v(Location));
        inc.source = str(v(Source));
        inc.description = str(v(Notes));

        const QString key = inc.sourceEventType + QChar(0x1f) + inc.sourceSubEventType;
        auto cat = categoryCache.constFind(key);
        if (cat == categoryCache.constEnd())
            cat = categoryCache.insert(key, tax.categoryForAcled(inc.sourceEventType, inc.sourceSubEventType));
        inc.category = *cat;

        // Who was hit: ACLED says "Civilian targeting" or codes the second actor.
        const std::string_view inter2 = v(Inter2);
        if (v(CivilianTargeting).size() > 0 || inter2 == "7" || inter2 == "Civilians")
            inc.target = Incident::Target::Civilians;
        else if ((inter2 == "8" || inter2 == "External/Other forces") && looksLikePeacekeepers(inc.actor2))
            inc.target = Incident::Target::Peacekeepers;
        else if (inter2 == "1" || inter2 == "State forces")
            inc.target = Incident::Target::SecurityForces;
        if (inc.target == Incident::Target::Peacekeepers
            && (inc.category == QLatin1String("armed_clash") || inc.category == QLatin1String("ied_explosive")
                || inc.category == QLatin1String("indirect_fire")))
            inc.category = QStringLiteral("attack_on_peacekeepers");

        inc.severity = IncidentValues::severityFor(inc.category, fatalities);
        inc.status = Incident::Status::Reported;
        inc.sensitivity = Sensitivity::Unclassified;
        return !cb.record || cb.record(inc, row);
    });
}

} // namespace vigie::core
