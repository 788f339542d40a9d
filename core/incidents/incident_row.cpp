// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_row.h"

#include <sqlite3.h>

#include <cstring>

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

inline void bindText(sqlite3_stmt *st, int i, const QString &s)
{
    if (s.isEmpty()) {
        sqlite3_bind_null(st, i);
        return;
    }
    const QByteArray u = s.toUtf8();
    sqlite3_bind_text(st, i, u.constData(), u.size(), SQLITE_TRANSIENT);
}
inline void bindLatin1(sqlite3_stmt *st, int i, const QString &s)
{
    if (s.isEmpty()) {
        sqlite3_bind_null(st, i);
        return;
    }
    const QByteArray u = s.toLatin1();
    sqlite3_bind_text(st, i, u.constData(), u.size(), SQLITE_TRANSIENT);
}
inline QString text(sqlite3_stmt *st, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, i)) : QString();
}
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

QByteArray IncidentRow::pointBlob(double lon, double lat)
{
    // SpatiaLite BLOB-Geometry, little endian: 0x00, 0x01, srid, MBR (4 doubles), 0x7C,
    // class 1 (POINT), x, y, 0xFE.
    char p[60];
    const qint32 srid = 4326;
    const qint32 cls = 1;
    p[0] = 0x00;
    p[1] = 0x01;
    std::memcpy(p + 2, &srid, 4);
    std::memcpy(p + 6, &lon, 8);
    std::memcpy(p + 14, &lat, 8);
    std::memcpy(p + 22, &lon, 8);
    std::memcpy(p + 30, &lat, 8);
    p[38] = 0x7C;
    std::memcpy(p + 39, &cls, 4);
    std::memcpy(p + 43, &lon, 8);
    std::memcpy(p + 51, &lat, 8);
    p[59] = char(0xFE);
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the point BLOB is written little endian");
    return QByteArray(p, 60);
}

void IncidentRow::bind(sqlite3_stmt *st, const Incident &x)
{
    int i = 1;
    bindLatin1(st, i++, x.id);
    sqlite3_bind_int64(st, i++, x.timeMs);
    bindLatin1(st, i++, timePrecisionToString(x.timePrecision));
    sqlite3_bind_double(st, i++, x.lat);
    sqlite3_bind_double(st, i++, x.lon);
    bindText(st, i++, x.areaWkt);
    bindLatin1(st, i++, locationPrecisionToString(x.locationPrecision));
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
    bindLatin1(st, i++, targetToString(x.target));
    bindText(st, i++, x.source);
    if (x.sourceReliability.isNull())
        sqlite3_bind_null(st, i++);
    else
        bindLatin1(st, i++, QString(x.sourceReliability));
    if (x.informationCredibility > 0)
        sqlite3_bind_int(st, i++, x.informationCredibility);
    else
        sqlite3_bind_null(st, i++);
    bindLatin1(st, i++, statusToString(x.status));
    bindText(st, i++, x.description);
    bindLatin1(st, i++, sensitivityToString(x.sensitivity));
    bindText(st, i++, x.externalId);
    if (x.extraJson.isEmpty())
        sqlite3_bind_null(st, i++);
    else
        sqlite3_bind_text(st, i++, x.extraJson.constData(), x.extraJson.size(), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, i++, x.createdAtMs);
    bindText(st, i++, x.createdBy);
    sqlite3_bind_int64(st, i++, x.updatedAtMs);
    bindText(st, i++, x.updatedBy);
    sqlite3_bind_int(st, i++, x.version);
    const QByteArray geom = pointBlob(x.lon, x.lat);
    sqlite3_bind_blob(st, i++, geom.constData(), geom.size(), SQLITE_TRANSIENT);
}

Incident IncidentRow::read(sqlite3_stmt *st, int c)
{
    Incident x;
    x.id = text(st, c++);
    x.timeMs = sqlite3_column_int64(st, c++);
    x.timePrecision = timePrecisionFromString(text(st, c++)).value_or(Incident::TimePrecision::Exact);
    x.lat = sqlite3_column_double(st, c++);
    x.lon = sqlite3_column_double(st, c++);
    x.areaWkt = text(st, c++);
    x.locationPrecision = locationPrecisionFromString(text(st, c++)).value_or(Incident::LocationPrecision::Exact);
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
    x.target = targetFromString(text(st, c++)).value_or(Incident::Target::None);
    x.source = text(st, c++);
    const QString rel = text(st, c++);
    x.sourceReliability = rel.isEmpty() ? QChar() : rel.at(0);
    x.informationCredibility = sqlite3_column_int(st, c++);
    x.status = statusFromString(text(st, c++)).value_or(Incident::Status::Reported);
    x.description = text(st, c++);
    x.sensitivity = sensitivityFromString(text(st, c++)).value_or(Sensitivity::Unclassified);
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
