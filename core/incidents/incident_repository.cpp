// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidents/incident_repository.h"

#include "incidents/incident_row.h"
#include "incidents/incident_taxonomy.h"
#include "mission/mission_store.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie::core {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigie::core::IncidentRepository", text); }

// The WHERE clause and its parameters for a filter.
struct Where
{
    QString sql;
    QVariantList params;
    QString orderBy = QStringLiteral(" ORDER BY time_ms DESC, fid DESC"); // newest first
};

// With both a time window and a box, SQLite cannot tell which index should lead: a small box
// over years of data wants the R*Tree, a short window over the whole area wants the time index.
// Their costs differ per candidate: led by time, SQLite reads the window's entries of the time
// index, which carries lon and lat, and reads only the rows inside the box (~0.15 µs an entry);
// led by the box, it reads the row of every R*Tree hit to test its time (~1.5 µs). So the box
// leads only when it holds under a tenth of the window's incidents. The window's count is
// estimated from the time span and the row ids (four index seeks), not counted: counting it cost
// as much as the query itself. A wrong estimate costs little: the R*Tree is read at most to a
// tenth of the estimate, which bounds the box-led plan by what the time-led one was expected to cost.
bool spatialLeads(const Database &db, const IncidentFilter &f)
{
    if (!f.bbox || !f.bbox->isValid())
        return false;
    if (!f.fromMs && !f.toMs)
        return true;
    Statement span = db.prepare(QStringLiteral(
        "SELECT (SELECT time_ms FROM incidents ORDER BY time_ms LIMIT 1), (SELECT time_ms FROM incidents ORDER BY time_ms DESC LIMIT 1), "
        "(SELECT max(fid) FROM incidents) - (SELECT min(fid) FROM incidents) + 1"));
    if (!span.step() || span.isNull(0) || span.isNull(2))
        return false;
    const qint64 firstMs = span.int64(0), lastMs = span.int64(1), rows = span.int64(2);
    const qint64 from = std::max(f.fromMs.value_or(firstMs), firstMs), to = std::min(f.toMs.value_or(lastMs), lastMs);
    if (to < from)
        return false; // nothing in the window: the time index says so at once
    const double share = lastMs > firstMs ? double(to - from) / double(lastMs - firstMs) : 1.0;
    const qint64 cap = qint64(std::ceil(share * double(rows) / 10.0));
    Statement r = db.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM idx_incidents_geom WHERE xmin <= ?1 AND "
                                            "xmax >= ?2 AND ymin <= ?3 AND ymax >= ?4 LIMIT ?5)"));
    r.bind(1, f.bbox->east).bind(2, f.bbox->west).bind(3, f.bbox->north).bind(4, f.bbox->south).bind(5, cap + 1);
    const qint64 inBox = r.step() ? r.int64(0) : 0;
    return inBox <= cap;
}

// A value as SQL text, for conditions that cannot carry parameters (a QGIS subset string).
QString sqlLiteral(const QVariant &v)
{
    switch (v.userType()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    }
}

// literal: values written into the SQL (no parameters), for a subset string.
Where whereFor(const IncidentFilter &f, bool useRtree = true, bool literal = false)
{
    QStringList conds;
    QVariantList params;
    auto p = [&](const QVariant &v) {
        if (literal)
            return sqlLiteral(v);
        params << v;
        return QStringLiteral("?%1").arg(params.size());
    };
    if (!f.includeDeleted)
        conds << QStringLiteral("deleted_at_ms IS NULL");
    const QString timeCol = useRtree && f.bbox && f.bbox->isValid() ? QStringLiteral("+time_ms") : QStringLiteral("time_ms");
    if (f.fromMs)
        conds << QStringLiteral("%1 >= %2").arg(timeCol, p(*f.fromMs));
    if (f.toMs)
        conds << QStringLiteral("%1 <= %2").arg(timeCol, p(*f.toMs));
    if (f.bbox && f.bbox->isValid()) {
        const GeoBox &b = *f.bbox;
        // The R*Tree stores single-precision boxes rounded outwards: it narrows the search, the
        // exact test on lat/lon decides.
        if (useRtree)
            conds << QStringLiteral("fid IN (SELECT pkid FROM idx_incidents_geom WHERE xmin <= %1 AND xmax >= %2 "
                                    "AND ymin <= %3 AND ymax >= %4)")
                         .arg(p(b.east), p(b.west), p(b.north), p(b.south));
        conds << QStringLiteral("lon BETWEEN %1 AND %2 AND lat BETWEEN %3 AND %4")
                     .arg(p(b.west), p(b.east), p(b.south), p(b.north));
    }
    if (!f.categories.isEmpty()) {
        QStringList in;
        for (const QString &c : f.categories)
            in << p(c);
        conds << QStringLiteral("category IN (%1)").arg(in.join(QLatin1Char(',')));
    }
    if (f.minSeverity > 1)
        conds << QStringLiteral("severity >= %1").arg(p(f.minSeverity));
    if (!f.statuses.isEmpty()) {
        QStringList in;
        for (Incident::Status s : f.statuses)
            in << p(statusToString(s));
        conds << QStringLiteral("status IN (%1)").arg(in.join(QLatin1Char(',')));
    }
    if (f.maxSensitivity) {
        QStringList in;
        for (int s = 0; s <= int(*f.maxSensitivity); ++s)
            in << p(sensitivityToString(Sensitivity(s)));
        conds << QStringLiteral("sensitivity IN (%1)").arg(in.join(QLatin1Char(',')));
    }
    if (!f.text.trimmed().isEmpty()) {
        QString t = f.text.trimmed();
        t.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString param = p(QLatin1Char('%') + t + QLatin1Char('%'));
        QStringList ors;
        for (const char *col : {"description", "place_name", "admin1", "admin2", "actor1", "actor2", "source",
                                "external_id"})
            ors << QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(QLatin1String(col), param);
        conds << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    Where w;
    w.sql = conds.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
    w.params = params;
    return w;
}

void bindAll(Statement &st, const QVariantList &params)
{
    for (int i = 0; i < params.size(); ++i)
        st.bind(i + 1, params[i]);
}

MissionError invalid(const QString &message) { return MissionError(MissionError::Kind::Invalid, message); }

void checkValid(const Incident &inc)
{
    const QString why = inc.validate();
    if (!why.isEmpty())
        throw invalid(QCoreApplication::translate("vigie::core::IncidentRepository", "The incident cannot be saved: %1.").arg(why));
    if (!IncidentTaxonomy::builtin().contains(inc.category))
        throw invalid(QCoreApplication::translate("vigie::core::IncidentRepository", "The incident cannot be saved: unknown category \"%1\".").arg(inc.category));
}

QString describe(const Incident &inc)
{
    const QString place = inc.placeName.isEmpty()
        ? QStringLiteral("%1, %2").arg(inc.lat, 0, 'f', 4).arg(inc.lon, 0, 'f', 4)
        : inc.placeName;
    return QStringLiteral("%1 at %2 on %3")
        .arg(inc.category, place,
             QDateTime::fromMSecsSinceEpoch(inc.timeMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")));
}
} // namespace

IncidentRepository::IncidentRepository(MissionStore &store) : m_store(store) {}

QString IncidentRepository::add(Incident &inc)
{
    checkValid(inc);
    Incident x = inc;
    if (x.id.isEmpty())
        x.id = MissionStore::newUuid();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    x.createdAtMs = now;
    x.updatedAtMs = now;
    x.createdBy = MissionStore::currentUser();
    x.updatedBy = x.createdBy;
    x.version = 1;
    m_store.write({QStringLiteral("create"), QStringLiteral("incidents"), x.id, QStringLiteral("incident ") + describe(x)},
                  [&](Database &db, AuditRecord &) {
                      if (!x.externalId.isEmpty()) {
                          Statement dup = db.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE external_id = ?1"));
                          dup.bind(1, x.externalId);
                          if (dup.step())
                              throw invalid(tr("An incident with external id %1 is already in the mission.")
                                                .arg(x.externalId));
                      }
                      Statement st = db.prepare(IncidentRow::insertSql());
                      IncidentRow::bind(st.handle(), x);
                      st.run();
                  });
    inc = x;
    return x.id;
}

void IncidentRepository::update(Incident &inc)
{
    checkValid(inc);
    Incident x = inc;
    x.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    x.updatedBy = MissionStore::currentUser();
    x.version = inc.version + 1;
    m_store.write(
        {QStringLiteral("update"), QStringLiteral("incidents"), x.id, QStringLiteral("incident ") + describe(x)},
        [&](Database &db, AuditRecord &) {
            Statement cur = db.prepare(
                QStringLiteral("SELECT version, created_at_ms, created_by, deleted_at_ms FROM incidents WHERE id = ?1"));
            cur.bind(1, x.id);
            if (!cur.step())
                throw invalid(tr("No incident with id %1.").arg(x.id));
            if (!cur.isNull(3))
                throw MissionError(MissionError::Kind::Conflict,
                                   tr("The incident %1 was deleted; your changes were not saved.").arg(x.id));
            const int stored = int(cur.int64(0));
            if (stored != inc.version)
                throw MissionError(MissionError::Kind::Conflict,
                                   tr("The incident was changed by someone else since you opened it (version %1, "
                                      "yours is %2); your changes were not saved. Reload it and edit again.")
                                       .arg(stored)
                                       .arg(inc.version));
            // Who created it and when is history, not an editable field.
            x.createdAtMs = cur.int64(1);
            x.createdBy = cur.text(2);
            Statement del = db.prepare(QStringLiteral("SELECT fid FROM incidents WHERE id = ?1"));
            del.bind(1, x.id);
            del.step();
            const qint64 fid = del.int64(0);
            QStringList sets;
            const QStringList cols = IncidentRow::columns().split(QStringLiteral(", "));
            for (int i = 0; i < cols.size(); ++i)
                sets << QStringLiteral("%1 = ?%2").arg(cols[i]).arg(i + 1);
            sets << QStringLiteral("geom = ?%1").arg(cols.size() + 1);
            Statement st = db.prepare(QStringLiteral("UPDATE incidents SET %1 WHERE fid = ?%2")
                                          .arg(sets.join(QStringLiteral(", ")))
                                          .arg(cols.size() + 2));
            IncidentRow::bind(st.handle(), x);
            st.bind(cols.size() + 2, fid);
            st.run();
        });
    inc = x;
}

void IncidentRepository::remove(const QString &id, int expectedVersion)
{
    m_store.write({QStringLiteral("delete"), QStringLiteral("incidents"), id, QStringLiteral("incident deleted")},
                  [&](Database &db, AuditRecord &rec) {
                      Statement cur = db.prepare(QStringLiteral(
                          "SELECT version, category, place_name, time_ms FROM incidents WHERE id = ?1 AND deleted_at_ms IS NULL"));
                      cur.bind(1, id);
                      if (!cur.step())
                          throw invalid(tr("No incident with id %1.").arg(id));
                      if (expectedVersion >= 0 && cur.int64(0) != expectedVersion)
                          throw MissionError(MissionError::Kind::Conflict,
                                             tr("The incident was changed by someone else since you opened it; it "
                                                "was not deleted."));
                      rec.summary = QStringLiteral("incident %1 at %2 on %3 deleted")
                                        .arg(cur.text(1), cur.text(2),
                                             QDateTime::fromMSecsSinceEpoch(cur.int64(3), Qt::UTC)
                                                 .toString(QStringLiteral("yyyy-MM-dd")));
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE incidents SET deleted_at_ms = ?1, updated_at_ms = ?1, updated_by = ?2, "
                          "version = version + 1 WHERE id = ?3"));
                      st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, MissionStore::currentUser()).bind(3, id);
                      st.run();
                  });
}

int IncidentRepository::restore(const QString &id, int expectedVersion)
{
    int version = 0;
    m_store.write({QStringLiteral("restore"), QStringLiteral("incidents"), id, QStringLiteral("incident restored")},
                  [&](Database &db, AuditRecord &) {
                      Statement cur = db.prepare(QStringLiteral(
                          "SELECT version FROM incidents WHERE id = ?1 AND deleted_at_ms IS NOT NULL"));
                      cur.bind(1, id);
                      if (!cur.step())
                          throw invalid(tr("No deleted incident with id %1.").arg(id));
                      if (expectedVersion >= 0 && cur.int64(0) != expectedVersion)
                          throw MissionError(MissionError::Kind::Conflict,
                                             tr("The incident was changed by someone else since you deleted it; it "
                                                "was not restored."));
                      version = int(cur.int64(0)) + 1;
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE incidents SET deleted_at_ms = NULL, updated_at_ms = ?1, updated_by = ?2, "
                          "version = version + 1 WHERE id = ?3"));
                      st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, MissionStore::currentUser()).bind(3, id);
                      st.run();
                  });
    return version;
}

std::optional<Incident> IncidentRepository::get(const QString &id) const
{
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM incidents WHERE id = ?1").arg(IncidentRow::columns()));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return IncidentRow::read(st.handle());
}

std::optional<Incident> IncidentRepository::getByExternalId(const QString &externalId) const
{
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM incidents WHERE external_id = ?1").arg(IncidentRow::columns()));
    st.bind(1, externalId);
    if (!st.step())
        return std::nullopt;
    return IncidentRow::read(st.handle());
}

std::vector<Incident> IncidentRepository::query(const IncidentFilter &filter, int limit, int offset) const
{
    const Where w = whereFor(filter, spatialLeads(m_store.database(), filter));
    if (limit < 0 && offset <= 0) {
        // Every match, newest first, sorted here rather than by SQLite: the time index goes on
        // with lon and lat, so SQLite would copy every row, all columns, into its sorter to order
        // the ties of a day (a third of the time of a month's query over a million incidents).
        Statement st = m_store.database().prepare(QStringLiteral("SELECT fid, %1 FROM incidents%2").arg(IncidentRow::columns(), w.sql));
        bindAll(st, w.params);
        struct Key
        {
            qint64 timeMs, fid;
            std::size_t row;
        };
        std::vector<Key> keys;
        std::vector<Incident> rows;
        while (st.step()) {
            rows.push_back(IncidentRow::read(st.handle(), 1));
            keys.push_back({rows.back().timeMs, st.int64(0), rows.size() - 1});
        }
        std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.fid > b.fid; });
        std::vector<Incident> out;
        out.reserve(rows.size());
        for (const Key &k : keys)
            out.push_back(std::move(rows[k.row]));
        return out;
    }
    Statement st = m_store.database().prepare(QStringLiteral("SELECT %1 FROM incidents%2%3 LIMIT %4 OFFSET %5")
                                                  .arg(IncidentRow::columns(), w.sql, w.orderBy)
                                                  .arg(limit < 0 ? -1 : limit)
                                                  .arg(std::max(0, offset)));
    bindAll(st, w.params);
    std::vector<Incident> out;
    while (st.step())
        out.push_back(IncidentRow::read(st.handle()));
    return out;
}

void IncidentRepository::forEach(const IncidentFilter &filter, const std::function<bool(const Incident &)> &visit) const
{
    const Where w = whereFor(filter, spatialLeads(m_store.database(), filter));
    Statement st = m_store.database().prepare(QStringLiteral("SELECT %1 FROM incidents%2%3")
                                                  .arg(IncidentRow::columns(), w.sql, w.orderBy));
    bindAll(st, w.params);
    while (st.step())
        if (!visit(IncidentRow::read(st.handle())))
            break;
}

QString IncidentRepository::sqlCondition(const IncidentFilter &filter)
{
    const Where w = whereFor(filter, false, true);
    return w.sql.isEmpty() ? QString() : w.sql.mid(7); // without " WHERE "
}

qint64 IncidentRepository::count(const IncidentFilter &filter) const
{
    const Where w = whereFor(filter, spatialLeads(m_store.database(), filter));
    Statement st = m_store.database().prepare(QStringLiteral("SELECT count(*) FROM incidents%1").arg(w.sql));
    bindAll(st, w.params);
    return st.step() ? st.int64(0) : 0;
}

std::vector<IncidentCell> IncidentRepository::grid(const IncidentFilter &filter, double cellLon, double cellLat) const
{
    std::vector<IncidentCell> cells;
    if (!(cellLon > 0) || !(cellLat > 0))
        return cells;
    const Where w = whereFor(filter, spatialLeads(m_store.database(), filter));
    // Offsets make every coordinate positive, so the integer cast is a floor.
    const QString sql = QStringLiteral("SELECT CAST((lon + 180.0) / %1 AS INTEGER) AS gx, CAST((lat + 90.0) / %2 AS INTEGER) AS gy, category,"
                                       " count(*), sum(lon), sum(lat), max(severity), sum(fatalities) FROM incidents%3"
                                       " GROUP BY gx, gy, category ORDER BY gx, gy, 4 DESC, category")
                            .arg(cellLon, 0, 'g', 17)
                            .arg(cellLat, 0, 'g', 17)
                            .arg(w.sql);
    Statement st = m_store.database().prepare(sql);
    bindAll(st, w.params);
    qint64 gx = 0, gy = 0;
    double sumLon = 0, sumLat = 0;
    while (st.step()) {
        const qint64 x = st.int64(0), y = st.int64(1);
        const int n = int(st.int64(3));
        if (cells.empty() || x != gx || y != gy) {
            if (!cells.empty()) {
                cells.back().lon = sumLon / cells.back().count;
                cells.back().lat = sumLat / cells.back().count;
            }
            gx = x;
            gy = y;
            sumLon = sumLat = 0;
            IncidentCell c;
            c.category = st.text(2); // the rows of a cell come most frequent category first
            cells.push_back(c);
        }
        IncidentCell &c = cells.back();
        c.count += n;
        sumLon += st.real(4);
        sumLat += st.real(5);
        c.maxSeverity = std::max(c.maxSeverity, int(st.int64(6)));
        c.fatalities += int(st.int64(7));
    }
    if (!cells.empty()) {
        cells.back().lon = sumLon / cells.back().count;
        cells.back().lat = sumLat / cells.back().count;
    }
    return cells;
}

QStringList IncidentRepository::ids(const IncidentFilter &filter, int limit) const
{
    const Where w = whereFor(filter, spatialLeads(m_store.database(), filter));
    Statement st = m_store.database().prepare(QStringLiteral("SELECT id FROM incidents%1%2 LIMIT %3")
                                                  .arg(w.sql, w.orderBy)
                                                  .arg(limit < 0 ? -1 : limit));
    bindAll(st, w.params);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

std::optional<std::pair<qint64, qint64>> IncidentRepository::timeExtent() const
{
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT min(time_ms), max(time_ms) FROM incidents WHERE deleted_at_ms IS NULL"));
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.int64(0), st.int64(1));
}

} // namespace vigie::core
