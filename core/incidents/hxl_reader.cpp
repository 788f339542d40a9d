// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/hxl_reader.h"

#include "incidents/incident_taxonomy.h"
#include "incidents/incident_values.h"
#include "io/csv_reader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::HxlReader", text); }

struct Tag
{
    QString name; // "#geo"
    QSet<QString> attributes;
    QString text; // as written, normalised to lower case without spaces
};

Tag parseTag(const QString &cell)
{
    Tag t;
    QString s = cell.trimmed().toLower();
    s.remove(QLatin1Char(' '));
    t.text = s;
    const QStringList parts = s.split(QLatin1Char('+'));
    t.name = parts.value(0);
    for (int i = 1; i < parts.size(); ++i)
        if (!parts[i].isEmpty())
            t.attributes.insert(parts[i]);
    return t;
}

enum Field {
    EventId, Date, DateEnd, EventType, SubEventType, Actor1, Actor2, Admin1, Admin2, Location, Lat, Lon,
    GeoPrecision, Description, Killed, Injured, Source, NFields
};

// One field: the hashtag, attributes it needs, attributes that exclude a column. Candidates in
// order of preference.
struct Spec
{
    Field field;
    const char *name;
    std::vector<const char *> with;
    std::vector<const char *> without;
};

const std::vector<Spec> &specs()
{
    static const std::vector<Spec> s = {
        {EventId, "#event", {"id"}, {}},
        {Date, "#date", {"occurred"}, {}},
        {Date, "#date", {"start"}, {}},
        {Date, "#date", {}, {"end", "reported", "updated"}},
        {Date, "#date", {"reported"}, {}},
        {DateEnd, "#date", {"end"}, {}},
        {SubEventType, "#event", {"type", "sub"}, {}},
        {EventType, "#event", {"type"}, {"sub"}},
        {Actor1, "#group", {"name", "first"}, {}},
        {Actor2, "#group", {"name", "second"}, {}},
        {Admin1, "#adm1", {"name"}, {}},
        {Admin1, "#adm1", {}, {"code"}},
        {Admin2, "#adm2", {"name"}, {}},
        {Admin2, "#adm2", {}, {"code"}},
        {Location, "#loc", {"name"}, {}},
        {Lat, "#geo", {"lat"}, {}},
        {Lon, "#geo", {"lon"}, {}},
        {GeoPrecision, "#geo", {"precision"}, {}},
        {Description, "#description", {}, {}},
        {Killed, "#affected", {"killed"}, {}},
        {Injured, "#affected", {"injured"}, {}},
        {Source, "#meta", {"source"}, {}},
    };
    return s;
}

bool matches(const Tag &t, const Spec &s)
{
    if (t.name != QLatin1String(s.name))
        return false;
    for (const char *a : s.with)
        if (!t.attributes.contains(QLatin1String(a)))
            return false;
    for (const char *a : s.without)
        if (t.attributes.contains(QLatin1String(a)))
            return false;
    return true;
}
} // namespace

QString HxlReader::name() const { return tr("HXL-tagged CSV"); }

bool HxlReader::isHashtagRow(const QStringList &cells)
{
    bool any = false;
    for (const QString &c : cells) {
        const QString t = c.trimmed();
        if (t.isEmpty())
            continue;
        if (!t.startsWith(QLatin1Char('#')) || t.size() < 2)
            return false;
        any = true;
    }
    return any;
}

int HxlReader::identify(const QString &path, const QByteArray &head) const
{
    // A line, among the first ones, made of hashtags, in a text file.
    if (!looksLikeText(head))
        return 0;
    int lines = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (++lines > 25)
            break;
        const QByteArray l = line.trimmed();
        if (!l.contains('#'))
            continue;
        const char sep = CsvReader::sniffSeparator(l);
        bool any = false, all = true;
        for (const QByteArray &cell : l.split(sep)) {
            const QByteArray c = cell.trimmed();
            if (c.isEmpty())
                continue;
            if (c.startsWith('#') && c.size() > 1)
                any = true;
            else
                all = false;
        }
        if (any && all)
            return 90;
    }
    return 0;
}

void HxlReader::read(const QString &path, const IncidentReadCallbacks &cb) const
{
    CsvReader csv(path);
    openCsvIncidents(csv);
    CsvRecord rec;
    QStringList tags;
    for (;;) {
        const CsvReader::Result r = csv.next(rec);
        if (r == CsvReader::Result::Error)
            throw IncidentReadError(path, rec.line, csv.errorString());
        if (r == CsvReader::Result::End)
            throw IncidentReadError(path, 0, tr("no HXL hashtag row (a row of #tags such as #date, #geo+lat)"));
        QStringList cells;
        for (int i = 0; i < rec.size(); ++i)
            cells << rec.text(i);
        if (isHashtagRow(cells)) {
            tags = cells;
            break;
        }
    }
    const qint64 tagLine = rec.line;
    std::vector<Tag> parsed;
    for (const QString &t : tags)
        parsed.push_back(parseTag(t));
    int col[NFields];
    std::fill(std::begin(col), std::end(col), -1);
    std::vector<bool> used(parsed.size(), false);
    for (const Spec &s : specs()) {
        if (col[s.field] >= 0)
            continue;
        for (size_t i = 0; i < parsed.size(); ++i)
            if (!used[i] && matches(parsed[i], s)) {
                col[s.field] = int(i);
                used[i] = true;
                break;
            }
    }
    if (col[Date] < 0)
        throw IncidentReadError(path, tagLine, tr("no #date column"));
    if (col[Lat] < 0 || col[Lon] < 0)
        throw IncidentReadError(path, tagLine, tr("no #geo+lat and #geo+lon columns"));
    if (cb.header)
        cb.header(tags);

    const IncidentTaxonomy &tax = IncidentTaxonomy::builtin();
    const int width = int(tags.size());
    forEachCsvRecord(csv, rec, cb, [&](const SourceRow &row) {
        auto reject = [&](const QString &why) { return cb.reject ? cb.reject(row, why) : true; };
        // HXL tools pad or trim trailing empty cells; only extra non-empty cells are an error.
        bool overflow = false;
        for (int i = width; i < rec.size(); ++i)
            overflow = overflow || !rec.view(i).empty();
        if (overflow)
            return reject(tr("%1 fields where the hashtag row has %2").arg(rec.size()).arg(width));
        auto v = [&](Field f) { return col[f] >= 0 ? IncidentValues::trimmed(rec.view(col[f])) : std::string_view(); };
        auto s = [&](Field f) {
            const std::string_view x = v(f);
            return QString::fromUtf8(x.data(), int(x.size()));
        };
        Incident inc;
        const auto t = IncidentValues::parseTime(v(Date));
        if (!t)
            return reject(v(Date).empty() ? tr("no date") : tr("bad date \"%1\"").arg(s(Date)));
        inc.timeMs = t->ms;
        inc.timePrecision = t->hasTimeOfDay ? Incident::TimePrecision::Exact : Incident::TimePrecision::Day;
        if (const QString why = IncidentValues::readPosition(v(Lat), v(Lon), inc); !why.isEmpty())
            return reject(why);
        bool bad = false;
        for (auto [f, out] : {std::pair<Field, int *>{Killed, &inc.fatalities}, {Injured, &inc.injured}}) {
            if (v(f).empty())
                continue;
            const auto n = IncidentValues::parseInt(v(f));
            if (!n || *n < 0 || *n > 1000000) {
                bad = true;
                if (!reject(tr("bad count \"%1\"").arg(s(f))))
                    return false;
                break;
            }
            *out = int(*n);
        }
        if (bad)
            return true;
        const std::string_view gp = v(GeoPrecision);
        inc.locationPrecision = gp == "2" ? Incident::LocationPrecision::Near
            : gp == "3"                   ? Incident::LocationPrecision::AdminArea
                                          : Incident::LocationPrecision::Exact;
        inc.externalId = s(EventId);
        inc.sourceEventType = s(EventType);
        inc.sourceSubEventType = s(SubEventType);
        if (tax.knowsAcled(inc.sourceEventType, inc.sourceSubEventType))
            inc.category = tax.categoryForAcled(inc.sourceEventType, inc.sourceSubEventType);
        else if (const auto c = tax.resolve(inc.sourceSubEventType))
            inc.category = *c;
        else if (const auto c2 = tax.resolve(inc.sourceEventType))
            inc.category = *c2;
        else
            inc.category = tax.fallbackCategory();
        inc.severity = IncidentValues::severityFor(inc.category, inc.fatalities);
        inc.actor1 = s(Actor1);
        inc.actor2 = s(Actor2);
        inc.admin1 = s(Admin1);
        inc.admin2 = s(Admin2);
        inc.placeName = s(Location);
        inc.description = s(Description);
        inc.source = s(Source);
        QJsonObject extra;
        for (size_t i = 0; i < parsed.size() && int(i) < rec.size(); ++i)
            if (!used[i] && !parsed[i].text.isEmpty() && !rec.view(int(i)).empty())
                extra.insert(parsed[i].text, rec.text(int(i)));
        if (col[DateEnd] >= 0 && !v(DateEnd).empty())
            extra.insert(parsed[size_t(col[DateEnd])].text, s(DateEnd));
        inc.setExtra(extra);
        return !cb.record || cb.record(inc, row);
    });
}

} // namespace vigie::core
