// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_row.h"

#include "mission/point_blob.h"

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <vector>

namespace vigie::core {

namespace {
const char *const kColumns[] = {"id",          "time_ms",      "time_precision", "lat",
                                "lon",         "area_wkt",     "location_precision",
                                "place_name",  "admin1",       "admin2",         "category",
                                "source_event_type", "source_sub_event_type",    "severity",
                                "fatalities",  "injured",      "abducted",       "actor1",
                                "actor2",      "target",       "source",         "source_reliability",
                                "info_credibility", "status",  "description",    "sensitivity",
                                "external_id", "extra",        "created_at_ms",  "created_by",
                                "updated_at_ms", "updated_by", "version"};
constexpr int kCount = int(sizeof kColumns / sizeof *kColumns);

// UTF-16 → UTF-8 into a reused buffer: no allocation per field once warm. Written through a
// pointer into room made beforehand (three bytes per UTF-16 unit at most), not byte by byte.
void appendUtf8(std::string &out, const QString &s)
{
    const QChar *p = s.constData();
    const int n = s.size();
    const size_t begin = out.size();
    out.resize(begin + 3 * size_t(n));
    char *o = &out[begin];
    for (int i = 0; i < n; ++i) {
        uint c = p[i].unicode();
        if (c < 0x80) {
            *o++ = char(c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1].unicode()))
            c = QChar::surrogateToUcs4(ushort(c), p[++i].unicode()); // two units, four bytes
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        if (c < 0x800) {
            *o++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *o++ = char(0xE0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *o++ = char(0xF0 | (c >> 18));
            *o++ = char(0x80 | ((c >> 12) & 0x3F));
            *o++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *o++ = char(0x80 | (c & 0x3F));
    }
    out.resize(size_t(o - out.data()));
}

// The text of one row's bindings, converted first and bound after, so that the buffer no longer
// moves when SQLite is given pointers into it (SQLITE_STATIC: no copy). Valid until the next
// bind() on this thread, which is after the statement has been stepped.
struct Arena
{
    std::string bytes;
    struct Item
    {
        int index;
        size_t begin;
        size_t size;
        bool blob;
    };
    std::vector<Item> items;
    void text(int index, const QString &s)
    {
        const size_t begin = bytes.size();
        appendUtf8(bytes, s);
        items.push_back({index, begin, bytes.size() - begin, false});
    }
    void raw(int index, const char *p, size_t n, bool blob)
    {
        const size_t begin = bytes.size();
        bytes.append(p, n);
        items.push_back({index, begin, n, blob});
    }
};
thread_local Arena t_arena;

inline void bindText(sqlite3_stmt *st, int i, const QString &s)
{
    if (s.isEmpty())
        sqlite3_bind_null(st, i);
    else
        t_arena.text(i, s);
}
inline void bindConst(sqlite3_stmt *st, int i, const char *s)
{
    if (!*s)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}
inline QString text(sqlite3_stmt *st, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, i)) : QString();
}
// An enum column read by comparing its bytes with the stored names (no QString per row);
// `fallback` for NULL or a name it does not know.
template <typename E, size_t N> E enumColumn(sqlite3_stmt *st, int i, const char *const (&names)[N], E fallback)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    if (!p)
        return fallback;
    for (size_t k = 0; k < N; ++k)
        if (*names[k] && std::strcmp(p, names[k]) == 0)
            return E(k);
    return fallback;
}
const char *const kTimePrecisionNames[] = {"exact", "day", "week", "month"};
const char *const kLocationPrecisionNames[] = {"exact", "near", "admin_area"};
const char *const kTargetNames[] = {"", "civilians", "peacekeepers", "security_forces", "humanitarian", "infrastructure"};
const char *const kStatusNames[] = {"reported", "confirmed", "closed"};
const char *const kSensitivityNames[] = {"UNCLASSIFIED", "UN RESTRICTED", "UN CONFIDENTIAL", "STRICTLY CONFIDENTIAL"};
} // namespace

QString IncidentRow::columns()
{
    QStringList c;
    for (const char *n : kColumns)
        c << QLatin1String(n);
    return c.join(QStringLiteral(", "));
}

int IncidentRow::columnCount() { return kCount; }

QString IncidentRow::insertSql()
{
    QStringList params;
    for (int i = 1; i <= kCount + 1; ++i)
        params << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT INTO incidents(%1, geom) VALUES (%2)").arg(columns(), params.join(QStringLiteral(", ")));
}

namespace {
// The enums are in the order of their stored names.
const char *timePrecisionName(Incident::TimePrecision p) { return kTimePrecisionNames[int(p)]; }
const char *locationPrecisionName(Incident::LocationPrecision p) { return kLocationPrecisionNames[int(p)]; }
const char *targetName(Incident::Target t) { return kTargetNames[int(t)]; }
const char *statusName(Incident::Status s) { return kStatusNames[int(s)]; }
const char *sensitivityName(Sensitivity s) { return kSensitivityNames[int(s)]; }
const char *const kReliability[] = {"A", "B", "C", "D", "E", "F"};
} // namespace

void IncidentRow::bind(sqlite3_stmt *st, const Incident &x)
{
    Arena &a = t_arena;
    a.bytes.clear();
    a.items.clear();
    int i = 1;
    bindText(st, i++, x.id);
    sqlite3_bind_int64(st, i++, x.timeMs);
    bindConst(st, i++, timePrecisionName(x.timePrecision));
    sqlite3_bind_double(st, i++, x.lat);
    sqlite3_bind_double(st, i++, x.lon);
    bindText(st, i++, x.areaWkt);
    bindConst(st, i++, locationPrecisionName(x.locationPrecision));
    bindText(st, i++, x.placeName);
    bindText(st, i++, x.admin1);
    bindText(st, i++, x.admin2);
    bindText(st, i++, x.category);
    bindText(st, i++, x.sourceEventType);
    bindText(st, i++, x.sourceSubEventType);
    sqlite3_bind_int(st, i++, x.severity);
    sqlite3_bind_int(st, i++, x.fatalities);
    sqlite3_bind_int(st, i++, x.injured);
    sqlite3_bind_int(st, i++, x.abducted);
    bindText(st, i++, x.actor1);
    bindText(st, i++, x.actor2);
    bindConst(st, i++, targetName(x.target));
    bindText(st, i++, x.source);
    const ushort rel = x.sourceReliability.unicode();
    if (rel >= 'A' && rel <= 'F')
        bindConst(st, i++, kReliability[rel - 'A']);
    else if (x.sourceReliability.isNull())
        sqlite3_bind_null(st, i++);
    else
        bindText(st, i++, QString(x.sourceReliability)); // refused by the CHECK constraint, with its message
    if (x.informationCredibility > 0)
        sqlite3_bind_int(st, i++, x.informationCredibility);
    else
        sqlite3_bind_null(st, i++);
    bindConst(st, i++, statusName(x.status));
    bindText(st, i++, x.description);
    bindConst(st, i++, sensitivityName(x.sensitivity));
    bindText(st, i++, x.externalId);
    if (x.extraJson.isEmpty())
        sqlite3_bind_null(st, i++);
    else
        a.raw(i++, x.extraJson.constData(), size_t(x.extraJson.size()), false);
    sqlite3_bind_int64(st, i++, x.createdAtMs);
    bindText(st, i++, x.createdBy);
    sqlite3_bind_int64(st, i++, x.updatedAtMs);
    bindText(st, i++, x.updatedBy);
    sqlite3_bind_int(st, i++, x.version);
    char geom[kPointBlobSize]; // copied into the arena below
    writePointBlob(geom, x.lon, x.lat);
    a.raw(i++, geom, sizeof geom, true);
    // The buffer is complete: hand SQLite pointers into it.
    for (const Arena::Item &s : a.items) {
        const char *p = a.bytes.data() + s.begin;
        if (s.blob)
            sqlite3_bind_blob(st, s.index, p, int(s.size), SQLITE_STATIC);
        else
            sqlite3_bind_text(st, s.index, p, int(s.size), SQLITE_STATIC);
    }
}

Incident IncidentRow::read(sqlite3_stmt *st, int c)
{
    Incident x;
    x.id = text(st, c++);
    x.timeMs = sqlite3_column_int64(st, c++);
    x.timePrecision = enumColumn(st, c++, kTimePrecisionNames, Incident::TimePrecision::Exact);
    x.lat = sqlite3_column_double(st, c++);
    x.lon = sqlite3_column_double(st, c++);
    x.areaWkt = text(st, c++);
    x.locationPrecision = enumColumn(st, c++, kLocationPrecisionNames, Incident::LocationPrecision::Exact);
    x.placeName = text(st, c++);
    x.admin1 = text(st, c++);
    x.admin2 = text(st, c++);
    x.category = text(st, c++);
    x.sourceEventType = text(st, c++);
    x.sourceSubEventType = text(st, c++);
    x.severity = sqlite3_column_int(st, c++);
    x.fatalities = sqlite3_column_int(st, c++);
    x.injured = sqlite3_column_int(st, c++);
    x.abducted = sqlite3_column_int(st, c++);
    x.actor1 = text(st, c++);
    x.actor2 = text(st, c++);
    x.target = enumColumn(st, c++, kTargetNames, Incident::Target::None);
    x.source = text(st, c++);
    const auto *rel = reinterpret_cast<const char *>(sqlite3_column_text(st, c++));
    x.sourceReliability = rel && *rel ? QChar::fromLatin1(*rel) : QChar();
    x.informationCredibility = sqlite3_column_int(st, c++);
    x.status = enumColumn(st, c++, kStatusNames, Incident::Status::Reported);
    x.description = text(st, c++);
    x.sensitivity = enumColumn(st, c++, kSensitivityNames, Sensitivity::Unclassified);
    x.externalId = text(st, c++);
    if (const auto *p = static_cast<const char *>(sqlite3_column_blob(st, c)))
        x.extraJson = QByteArray(p, sqlite3_column_bytes(st, c));
    ++c;
    x.createdAtMs = sqlite3_column_int64(st, c++);
    x.createdBy = text(st, c++);
    x.updatedAtMs = sqlite3_column_int64(st, c++);
    x.updatedBy = text(st, c++);
    x.version = sqlite3_column_int(st, c++);
    return x;
}

} // namespace vigie::core
