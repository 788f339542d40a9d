// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_column_mapping.h"

#include "incidents/incident_taxonomy.h"
#include "incidents/incident_values.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace vigie::core {

namespace {

enum Field {
    FId, FTime, FTimePrecision, FLat, FLon, FArea, FLocPrecision, FPlace, FAdmin1, FAdmin2, FCategory, FEventType,
    FSubEventType, FSeverity, FFatalities, FInjured, FAbducted, FActor1, FActor2, FTarget, FSource, FAdmiralty,
    FStatus, FDescription, FSensitivity, FExternalId, FCreatedBy, FCreatedAt, FUpdatedBy, FUpdatedAt, FVersion,
    FExtra, NFields
};

std::vector<const QString *> fields(const IncidentColumnMapping &m)
{
    return {&m.id,        &m.time,         &m.timePrecision,   &m.lat,        &m.lon,
            &m.areaWkt,   &m.locationPrecision, &m.placeName,  &m.admin1,     &m.admin2,
            &m.category,  &m.sourceEventType, &m.sourceSubEventType, &m.severity, &m.fatalities,
            &m.injured,   &m.abducted,     &m.actor1,          &m.actor2,     &m.target,
            &m.source,    &m.admiralty,    &m.status,          &m.description, &m.sensitivity,
            &m.externalId, &m.createdBy,   &m.createdAt,       &m.updatedBy,  &m.updatedAt,
            &m.version,   &m.extra};
}

// Names tried by guess(), in order; the first of each list is what Vigie's exports write, the
// 10-character ones are what a Shapefile makes of them.
const std::vector<std::vector<const char *>> &aliases()
{
    static const std::vector<std::vector<const char *>> a = {
        {"id", "uuid"},
        {"time", "datetime", "date_time", "timestamp_utc", "date", "event_date", "when", "timestamp", "begin"},
        {"time_precision", "time_preci"},
        {"lat", "latitude", "y"},
        {"lon", "longitude", "long", "lng", "x"},
        {"area_wkt", "wkt"},
        {"location_precision", "geo_precision", "location_p"},
        {"place_name", "place", "location", "name", "loc_name"},
        {"admin1", "adm1", "region_name"},
        {"admin2", "adm2"},
        {"category", "type", "incident_type", "event_type"},
        {"source_event_type", "source_eve"},
        {"source_sub_event_type", "sub_event_type", "subtype", "source_sub"},
        {"severity"},
        {"fatalities", "killed", "deaths"},
        {"injured", "wounded"},
        {"abducted", "kidnapped"},
        {"actor1", "actor", "perpetrator"},
        {"actor2", "victim"},
        {"target"},
        {"source"},
        {"admiralty", "reliability", "grading"},
        {"status"},
        {"description", "notes", "details", "summary", "comment", "descriptio"},
        {"sensitivity", "classification", "marking", "sensitivit"},
        {"external_id", "event_id", "event_id_cnty", "ref", "reference", "external_i"},
        {"created_by"},
        {"created_at"},
        {"updated_by"},
        {"updated_at"},
        {"version"},
        {"extra"},
    };
    return a;
}

std::string_view utf8View(const QByteArray &b) { return std::string_view(b.constData(), size_t(b.size())); }
} // namespace

IncidentColumnMapping IncidentColumnMapping::guess(const QStringList &columns)
{
    IncidentColumnMapping m;
    const std::vector<const QString *> f = fields(m);
    QStringList used;
    for (size_t i = 0; i < f.size(); ++i)
        for (const char *alias : aliases()[i]) {
            const QString a = QString::fromLatin1(alias);
            bool found = false;
            for (const QString &c : columns)
                if (c.trimmed().compare(a, Qt::CaseInsensitive) == 0 && !used.contains(c)) {
                    *const_cast<QString *>(f[i]) = c;
                    used << c;
                    found = true;
                    break;
                }
            if (found)
                break;
        }
    // ACLED-style files: event_type is the source type, sub_event_type decides the category.
    if (m.category.compare(QLatin1String("event_type"), Qt::CaseInsensitive) == 0 && !m.sourceSubEventType.isEmpty()) {
        m.sourceEventType = m.category;
    }
    return m;
}

namespace {
// What a person maps, in the order shown; the others (id, audit columns, extra) are for
// Vigie's own exports, which guess() reads back by name.
struct Mappable
{
    Field field;
    const char *label;
    bool required;
};
const Mappable kMappable[] = {
    {FTime, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Date and time"), true},
    {FTimePrecision, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Time precision"), false},
    {FLat, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Latitude"), true},
    {FLon, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Longitude"), true},
    {FLocPrecision, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Location precision"), false},
    {FArea, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Area (WKT polygon)"), false},
    {FPlace, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Place name"), false},
    {FAdmin1, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Admin 1 (region)"), false},
    {FAdmin2, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Admin 2 (district)"), false},
    {FCategory, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Category"), false},
    {FEventType, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Source event type"), false},
    {FSubEventType, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Source sub-event type"), false},
    {FSeverity, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Severity (1-5)"), false},
    {FFatalities, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Fatalities"), false},
    {FInjured, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Injured"), false},
    {FAbducted, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Abducted"), false},
    {FActor1, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Actor"), false},
    {FActor2, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Second actor"), false},
    {FTarget, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Target"), false},
    {FSource, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Source"), false},
    {FAdmiralty, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Reliability and credibility (e.g. B2)"), false},
    {FStatus, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Status"), false},
    {FDescription, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Description"), false},
    {FSensitivity, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "Sensitivity marking"), false},
    {FExternalId, QT_TRANSLATE_NOOP("vigie::core::IncidentColumnMapping", "External id (for duplicates)"), false},
};

int fieldIndex(const QString &key)
{
    for (int i = 0; i < NFields; ++i)
        if (key.compare(QLatin1String(aliases()[size_t(i)].front()), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}
} // namespace

QList<ColumnField> IncidentColumnMapping::fieldInfos()
{
    QList<ColumnField> out;
    for (const Mappable &m : kMappable)
        out.append({QLatin1String(aliases()[size_t(m.field)].front()),
                    QCoreApplication::translate("vigie::core::IncidentColumnMapping", m.label), m.required});
    return out;
}

QString IncidentColumnMapping::column(const QString &key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? QString() : *fields(*this)[size_t(i)];
}

bool IncidentColumnMapping::setColumn(const QString &key, const QString &column)
{
    const int i = fieldIndex(key);
    if (i < 0)
        return false;
    *const_cast<QString *>(fields(*this)[size_t(i)]) = column;
    return true;
}

IncidentColumnMapping::Bound IncidentColumnMapping::bind(const QStringList &columns) const
{
    Bound b;
    b.m_defaultCategory = defaultCategory;
    const std::vector<const QString *> f = fields(*this);
    b.m_index.assign(f.size(), -1);
    std::vector<bool> used(size_t(columns.size()), false);
    for (size_t i = 0; i < f.size(); ++i) {
        if (f[i]->isEmpty())
            continue;
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].trimmed().compare(f[i]->trimmed(), Qt::CaseInsensitive) == 0) {
                b.m_index[i] = c;
                used[size_t(c)] = true;
                break;
            }
    }
    for (int c = 0; c < columns.size(); ++c)
        if (!used[size_t(c)] && !columns[c].trimmed().isEmpty() && !ignored.contains(columns[c].trimmed(), Qt::CaseInsensitive))
            b.m_unmapped.emplace_back(c, columns[c].trimmed());
    return b;
}

QString IncidentColumnMapping::Bound::problem(bool hasGeometry) const
{
    if (m_index[FTime] < 0)
        return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "no time or date column");
    if (!hasGeometry && (m_index[FLat] < 0 || m_index[FLon] < 0))
        return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "no latitude and longitude columns");
    return {};
}

QString IncidentColumnMapping::Bound::apply(const std::function<QString(int)> &cell, Incident &x, bool positionKnown) const
{
    auto get = [&](int field) -> QString { return m_index[size_t(field)] >= 0 ? cell(m_index[size_t(field)]).trimmed() : QString(); };
    auto has = [&](int field) { return m_index[size_t(field)] >= 0; };

    if (has(FId)) {
        const QUuid u = QUuid::fromString(get(FId));
        if (!u.isNull())
            x.id = u.toString(QUuid::WithoutBraces);
    }
    const QString timeText = get(FTime);
    if (timeText.isEmpty())
        return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "no date");
    const QByteArray timeUtf8 = timeText.toUtf8();
    const auto t = IncidentValues::parseTime(utf8View(timeUtf8), true);
    if (!t)
        return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad date \"%1\"").arg(timeText);
    x.timeMs = t->ms;
    x.timePrecision = t->hasTimeOfDay ? Incident::TimePrecision::Exact : Incident::TimePrecision::Day;
    if (has(FTimePrecision) && !get(FTimePrecision).isEmpty()) {
        const auto p = timePrecisionFromString(get(FTimePrecision));
        if (!p)
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad time precision \"%1\"").arg(get(FTimePrecision));
        x.timePrecision = *p;
    }
    {
        const QString latText = get(FLat), lonText = get(FLon);
        if (latText.isEmpty() && lonText.isEmpty()) {
            if (!positionKnown)
                return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "missing coordinates");
        } else if (latText.isEmpty() || lonText.isEmpty()) {
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "missing coordinates");
        } else {
            const QByteArray la = latText.toUtf8(), lo = lonText.toUtf8();
            if (const QString why = IncidentValues::readPosition(utf8View(la), utf8View(lo), x); !why.isEmpty())
                return why;
        }
    }
    if (has(FArea))
        x.areaWkt = get(FArea);
    if (!get(FLocPrecision).isEmpty()) {
        const QString p = get(FLocPrecision);
        if (p == QLatin1String("1"))
            x.locationPrecision = Incident::LocationPrecision::Exact;
        else if (p == QLatin1String("2"))
            x.locationPrecision = Incident::LocationPrecision::Near;
        else if (p == QLatin1String("3"))
            x.locationPrecision = Incident::LocationPrecision::AdminArea;
        else if (const auto lp = locationPrecisionFromString(p))
            x.locationPrecision = *lp;
        else
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad location precision \"%1\"").arg(p);
    }
    x.placeName = get(FPlace);
    x.admin1 = get(FAdmin1);
    x.admin2 = get(FAdmin2);
    x.sourceEventType = get(FEventType);
    x.sourceSubEventType = get(FSubEventType);

    const IncidentTaxonomy &tax = IncidentTaxonomy::builtin();
    const QString cat = get(FCategory);
    if (!x.sourceEventType.isEmpty() && tax.knowsAcled(x.sourceEventType, x.sourceSubEventType) && (cat.isEmpty() || cat == x.sourceEventType))
        x.category = tax.categoryForAcled(x.sourceEventType, x.sourceSubEventType);
    else if (!cat.isEmpty()) {
        if (const auto id = tax.resolve(cat))
            x.category = *id;
        else
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "unknown category \"%1\"").arg(cat);
    } else if (!x.sourceSubEventType.isEmpty() && tax.resolve(x.sourceSubEventType)) {
        x.category = *tax.resolve(x.sourceSubEventType);
    } else {
        x.category = m_defaultCategory;
    }
    const IncidentTaxonomy::Category *c = tax.category(x.category);
    x.severity = c ? c->defaultSeverity : 3;

    auto intField = [&](int field, int &out, int lo, int hi, const QString &what) -> QString {
        const QString s = get(field);
        if (s.isEmpty())
            return {};
        const QByteArray u = s.toUtf8();
        const auto v = IncidentValues::parseInt(utf8View(u));
        if (!v || *v < lo || *v > hi)
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad %1 \"%2\"").arg(what, s);
        out = int(*v);
        return {};
    };
    QString why;
    if (!(why = intField(FSeverity, x.severity, 1, 5, QStringLiteral("severity"))).isEmpty()
        || !(why = intField(FFatalities, x.fatalities, 0, 1000000, QStringLiteral("fatalities"))).isEmpty()
        || !(why = intField(FInjured, x.injured, 0, 1000000, QStringLiteral("injured"))).isEmpty()
        || !(why = intField(FAbducted, x.abducted, 0, 1000000, QStringLiteral("abducted"))).isEmpty()
        || !(why = intField(FVersion, x.version, 0, INT_MAX, QStringLiteral("version"))).isEmpty())
        return why;
    x.actor1 = get(FActor1);
    x.actor2 = get(FActor2);
    if (!get(FTarget).isEmpty()) {
        const auto tg = targetFromString(get(FTarget).replace(QLatin1Char(' '), QLatin1Char('_')));
        if (!tg)
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad target \"%1\"").arg(get(FTarget));
        x.target = *tg;
    }
    x.source = get(FSource);
    if (!x.setAdmiraltyCode(get(FAdmiralty)))
        return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad admiralty code \"%1\" (expected a letter A–F and a digit 1–6, e.g. B2)").arg(get(FAdmiralty));
    if (!get(FStatus).isEmpty()) {
        const auto s = statusFromString(get(FStatus));
        if (!s)
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad status \"%1\"").arg(get(FStatus));
        x.status = *s;
    }
    x.description = has(FDescription) ? cell(m_index[FDescription]) : QString(); // keep its spacing
    if (!get(FSensitivity).isEmpty()) {
        const auto s = sensitivityFromString(get(FSensitivity));
        if (!s)
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad sensitivity \"%1\"").arg(get(FSensitivity));
        x.sensitivity = *s;
    }
    x.externalId = get(FExternalId);
    x.createdBy = get(FCreatedBy);
    x.updatedBy = get(FUpdatedBy);
    for (auto [field, out] : {std::pair<int, qint64 *>{FCreatedAt, &x.createdAtMs}, {FUpdatedAt, &x.updatedAtMs}}) {
        const QByteArray u = get(field).toUtf8();
        if (u.isEmpty())
            continue;
        const auto tt = IncidentValues::parseTime(utf8View(u), true);
        if (!tt)
            return QCoreApplication::translate("vigie::core::IncidentColumnMapping", "bad date \"%1\"").arg(QString::fromUtf8(u));
        *out = tt->ms;
    }
    QJsonObject extra;
    if (has(FExtra) && !get(FExtra).isEmpty()) {
        const QJsonDocument d = QJsonDocument::fromJson(get(FExtra).toUtf8());
        // A cut or hand-edited value (Shapefile attributes stop at 254 bytes) is kept as text
        // rather than losing the row.
        if (d.isObject())
            extra = d.object();
        else
            extra.insert(QStringLiteral("extra_text"), get(FExtra));
    }
    for (const auto &[col, name] : m_unmapped) {
        const QString v = cell(col);
        if (!v.isEmpty() && !extra.contains(name))
            extra.insert(name, v);
    }
    x.setExtra(extra);
    return {};
}

} // namespace vigie::core
