// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotations/annotation_repository.h"

#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace vigie::core {

namespace {
const QString kColumns = QStringLiteral(
    "id, kind, def_wkt, radii_m, stroke_color, stroke_opacity, stroke_width, fill_color, fill_opacity, "
    "font_family, font_size, label_text, symbol_name, symbol_size, author, created_at_ms, updated_at_ms, "
    "sensitivity, note, version, deleted_at_ms");

QString radiiText(const QList<double> &radii)
{
    QStringList out;
    for (double r : radii)
        out += QString::number(r, 'g', QLocale::FloatingPointShortest);
    return out.join(QLatin1Char(' '));
}

Annotation fromRow(const Statement &st)
{
    Annotation a;
    a.id = st.text(0);
    a.kind = Annotation::kindFromString(st.text(1)).value_or(Annotation::Kind::Symbol);
    a.geometry = SimpleGeometry::fromWkt(st.text(2)).value_or(SimpleGeometry());
    for (const QString &r : st.text(3).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        a.radiiMetres.append(r.toDouble());
    a.style.strokeColor = st.text(4);
    a.style.strokeOpacity = st.real(5);
    a.style.strokeWidth = st.real(6);
    a.style.fillColor = st.text(7);
    a.style.fillOpacity = st.real(8);
    a.style.fontFamily = st.text(9);
    a.style.fontSize = st.real(10);
    a.style.text = st.text(11);
    a.style.symbolName = st.text(12);
    a.style.symbolSize = st.real(13);
    a.author = st.text(14);
    a.createdAtMs = st.int64(15);
    a.updatedAtMs = st.int64(16);
    a.sensitivity = sensitivityFromString(st.text(17)).value_or(Sensitivity::UnRestricted);
    a.note = st.text(18);
    a.version = static_cast<int>(st.int64(19));
    return a;
}

void bindContent(Statement &st, const Annotation &a)
{
    // ?1 id … ?20 version, ?21..?23 the drawn geometry in the column of its shape
    st.bind(1, a.id).bind(2, Annotation::kindToString(a.kind)).bind(3, a.geometry.toWkt());
    if (a.radiiMetres.isEmpty())
        st.bindNull(4);
    else
        st.bind(4, radiiText(a.radiiMetres));
    st.bind(5, a.style.strokeColor).bind(6, a.style.strokeOpacity).bind(7, a.style.strokeWidth);
    st.bind(8, a.style.fillColor).bind(9, a.style.fillOpacity).bind(10, a.style.fontFamily);
    st.bind(11, a.style.fontSize).bind(12, a.style.text).bind(13, a.style.symbolName).bind(14, a.style.symbolSize);
    st.bind(15, a.author).bind(16, a.createdAtMs).bind(17, a.updatedAtMs);
    st.bind(18, sensitivityToString(a.sensitivity)).bind(19, a.note).bind(20, a.version);
    const SimpleGeometry shown = a.displayGeometry();
    const int column = shown.type == SimpleGeometry::Type::Point ? 21 : shown.type == SimpleGeometry::Type::Polygon ? 23 : 22;
    for (int i = 21; i <= 23; ++i)
        if (i == column)
            st.bind(i, shown.toWkt());
        else
            st.bindNull(i);
}

void insertRow(Database &db, const Annotation &a)
{
    Statement st = db.prepare(QStringLiteral("INSERT INTO annotations(%1, point_geom, line_geom, area_geom) VALUES "
                                             "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,NULL,"
                                             "GeomFromText(?21, 4326), CastToMultiLineString(GeomFromText(?22, 4326)), GeomFromText(?23, 4326))")
                                  .arg(kColumns));
    bindContent(st, a);
    st.run();
}

void updateRow(Database &db, const Annotation &a)
{
    Statement st = db.prepare(QStringLiteral(
        "UPDATE annotations SET kind=?2, def_wkt=?3, radii_m=?4, stroke_color=?5, stroke_opacity=?6, stroke_width=?7, "
        "fill_color=?8, fill_opacity=?9, font_family=?10, font_size=?11, label_text=?12, symbol_name=?13, symbol_size=?14, "
        "author=?15, created_at_ms=?16, updated_at_ms=?17, sensitivity=?18, note=?19, version=?20, deleted_at_ms=NULL, "
        "point_geom=GeomFromText(?21, 4326), line_geom=CastToMultiLineString(GeomFromText(?22, 4326)), "
        "area_geom=GeomFromText(?23, 4326) WHERE id=?1"));
    bindContent(st, a);
    st.run();
}

// The stored version and whether the row is deleted; nullopt if there is no such row.
std::optional<std::pair<int, bool>> stateOf(const Database &db, const QString &id)
{
    Statement st = db.prepare(QStringLiteral("SELECT version, deleted_at_ms IS NOT NULL FROM annotations WHERE id=?1"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return std::make_pair(static_cast<int>(st.int64(0)), st.int64(1) != 0);
}

QString summaryOf(const Annotation &a)
{
    QString s = Annotation::kindToString(a.kind);
    const QString label = a.kind == Annotation::Kind::Symbol ? a.style.symbolName : a.style.text;
    if (!label.isEmpty())
        s += QStringLiteral(" \"%1\"").arg(label.left(40));
    return s;
}

void checkValid(const Annotation &a)
{
    const QString why = a.validate();
    if (!why.isEmpty())
        throw AnnotationError(AnnotationError::Kind::Invalid, why);
}

[[noreturn]] void notFound(const QString &id)
{
    throw AnnotationError(AnnotationError::Kind::NotFound,
                          QCoreApplication::translate("vigie::core::AnnotationRepository", "The annotation %1 is not in this mission.").arg(id));
}

void checkVersion(const QString &id, int stored, int expected)
{
    if (stored != expected)
        throw AnnotationError(AnnotationError::Kind::Conflict,
                              QCoreApplication::translate("vigie::core::AnnotationRepository",
                                                          "The annotation was changed meanwhile (version %1, not %2); nothing was saved. Look at it again and redo the change.")
                                  .arg(stored)
                                  .arg(expected));
}
} // namespace

Annotation AnnotationRepository::add(Annotation a)
{
    checkValid(a);
    if (a.id.isEmpty())
        a.id = MissionStore::newUuid();
    a.author = MissionStore::currentUser();
    a.createdAtMs = a.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    a.version = 1;
    m_store.write({QStringLiteral("create"), QString::fromLatin1(kTable), a.id, summaryOf(a)},
                  [&](Database &db, AuditRecord &) { insertRow(db, a); });
    return a;
}

Annotation AnnotationRepository::update(const Annotation &annotation)
{
    checkValid(annotation);
    Annotation a = annotation;
    m_store.write({QStringLiteral("update"), QString::fromLatin1(kTable), a.id, summaryOf(a)},
                  [&](Database &db, AuditRecord &) {
                      const auto state = stateOf(db, a.id);
                      if (!state || state->second)
                          notFound(a.id);
                      checkVersion(a.id, state->first, a.version);
                      const Annotation old = *get(a.id);
                      a.author = old.author; // the creator stays the author; the audit says who changed it
                      a.createdAtMs = old.createdAtMs;
                      a.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
                      a.version = state->first + 1;
                      updateRow(db, a);
                  });
    return a;
}

int AnnotationRepository::remove(const QString &id, int expectedVersion)
{
    int version = 0;
    m_store.write({QStringLiteral("delete"), QString::fromLatin1(kTable), id, QString()}, [&](Database &db, AuditRecord &rec) {
        const auto state = stateOf(db, id);
        if (!state || state->second)
            notFound(id);
        checkVersion(id, state->first, expectedVersion);
        rec.summary = summaryOf(*get(id)) + QStringLiteral(" deleted");
        version = state->first + 1;
        Statement st = db.prepare(QStringLiteral("UPDATE annotations SET deleted_at_ms=?2, version=?3, updated_at_ms=?2 WHERE id=?1"));
        st.bind(1, id).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, version);
        st.run();
    });
    return version;
}

Annotation AnnotationRepository::restore(const QString &id, int expectedVersion)
{
    m_store.write({QStringLiteral("restore"), QString::fromLatin1(kTable), id, QString()}, [&](Database &db, AuditRecord &rec) {
        const auto state = stateOf(db, id);
        if (!state || !state->second)
            notFound(id);
        checkVersion(id, state->first, expectedVersion);
        Statement st = db.prepare(QStringLiteral("UPDATE annotations SET deleted_at_ms=NULL, version=version+1, updated_at_ms=?2 WHERE id=?1"));
        st.bind(1, id).bind(2, QDateTime::currentMSecsSinceEpoch());
        st.run();
        rec.summary = summaryOf(*get(id)) + QStringLiteral(" restored");
    });
    return *get(id);
}

std::optional<Annotation> AnnotationRepository::get(const QString &id, bool includeDeleted) const
{
    Statement st = m_store.database().prepare(QStringLiteral("SELECT %1 FROM annotations WHERE id=?1").arg(kColumns));
    st.bind(1, id);
    if (!st.step() || (!includeDeleted && !st.isNull(20)))
        return std::nullopt;
    return fromRow(st);
}

bool AnnotationRepository::isDeleted(const QString &id) const
{
    const auto state = stateOf(m_store.database(), id);
    return state && state->second;
}

QList<Annotation> AnnotationRepository::list(bool includeDeleted) const
{
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM annotations %2 ORDER BY created_at_ms, fid")
            .arg(kColumns, includeDeleted ? QString() : QStringLiteral("WHERE deleted_at_ms IS NULL")));
    QList<Annotation> out;
    while (st.step())
        out.append(fromRow(st));
    return out;
}

AnnotationImportResult AnnotationRepository::importAnnotations(const QList<Annotation> &annotations, const QString &source)
{
    AnnotationImportResult result;
    m_store.write({QStringLiteral("import"), QString::fromLatin1(kTable), QString(), QString()}, [&](Database &db, AuditRecord &rec) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < annotations.size(); ++i) {
            Annotation a = annotations[i];
            const QString why = a.validate();
            if (!why.isEmpty())
                throw AnnotationError(AnnotationError::Kind::Invalid,
                                      QCoreApplication::translate("vigie::core::AnnotationRepository", "Annotation %1 of %2: %3 Nothing was imported.")
                                          .arg(i + 1)
                                          .arg(source, why));
            if (a.id.isEmpty())
                a.id = MissionStore::newUuid();
            if (a.author.isEmpty())
                a.author = MissionStore::currentUser();
            if (a.createdAtMs <= 0)
                a.createdAtMs = now;
            if (a.updatedAtMs <= 0)
                a.updatedAtMs = a.createdAtMs;
            a.version = qMax(1, a.version);
            const auto state = stateOf(db, a.id);
            if (!state) {
                insertRow(db, a);
                ++result.added;
            } else if (state->first < a.version) {
                updateRow(db, a);
                ++result.updated;
            } else {
                ++result.skipped;
            }
        }
        rec.summary = QStringLiteral("%1 annotations from %2: %3 added, %4 updated, %5 skipped")
                          .arg(annotations.size())
                          .arg(source)
                          .arg(result.added)
                          .arg(result.updated)
                          .arg(result.skipped);
    });
    return result;
}

} // namespace vigie::core
