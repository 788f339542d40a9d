// SPDX-License-Identifier: GPL-2.0-or-later
#include "sites/site_repository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vigie::core {

namespace {

const char *const kSelect = "SELECT id, name, kind, Y(geom), X(geom), radius_m, population, sensitivity, note, "
                            "created_by, created_at_ms, updated_by, updated_at_ms, version FROM protected_sites ";

ProtectedSite readSite(const Statement &st)
{
    ProtectedSite s;
    s.id = st.text(0);
    s.name = st.text(1);
    s.kind = siteKindFromString(st.text(2)).value_or(SiteKind::Other);
    s.lat = st.real(3);
    s.lon = st.real(4);
    s.radiusM = st.real(5);
    if (!st.isNull(6))
        s.population = st.int64(6);
    s.sensitivity = sensitivityFromString(st.text(7)).value_or(Sensitivity::UnRestricted);
    s.note = st.text(8);
    s.createdBy = st.text(9);
    s.createdAtMs = st.int64(10);
    s.updatedBy = st.text(11);
    s.updatedAtMs = st.int64(12);
    s.version = int(st.int64(13));
    return s;
}

void requireValid(const ProtectedSite &site)
{
    const QString why = site.validate();
    if (!why.isEmpty())
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::SiteRepository", "Site \"%1\" cannot be saved: %2.").arg(site.name, why));
}

QVariant populationValue(const ProtectedSite &s) { return s.population ? QVariant(*s.population) : QVariant(); }

} // namespace

void SiteRepository::insert(Database &db, ProtectedSite &site)
{
    if (site.id.isEmpty())
        site.id = MissionStore::newUuid();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    site.createdBy = site.updatedBy = MissionStore::currentUser();
    site.createdAtMs = site.updatedAtMs = now;
    site.version = 1;
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO protected_sites(id, name, kind, geom, radius_m, population, sensitivity, note, created_at_ms, "
        "created_by, updated_at_ms, updated_by, version) "
        "VALUES (?1, ?2, ?3, MakePoint(?4, ?5, 4326), ?6, ?7, ?8, ?9, ?10, ?11, ?10, ?11, 1)"));
    st.bind(1, site.id).bind(2, site.name.trimmed()).bind(3, siteKindToString(site.kind));
    st.bind(4, site.lon).bind(5, site.lat).bind(6, site.radiusM).bind(7, populationValue(site));
    st.bind(8, sensitivityToString(site.sensitivity)).bind(9, site.note).bind(10, now).bind(11, site.createdBy);
    st.run();
    site.name = site.name.trimmed();
}

ProtectedSite SiteRepository::add(const ProtectedSite &site)
{
    requireValid(site);
    ProtectedSite out = site;
    if (out.id.isEmpty())
        out.id = MissionStore::newUuid();
    m_store.write({QStringLiteral("create"), QStringLiteral("protected_sites"), out.id,
                   QStringLiteral("protected site \"%1\" (%2)").arg(site.name.trimmed(), siteKindToString(site.kind))},
                  [&](Database &db, AuditRecord &) { insert(db, out); });
    return out;
}

QList<ProtectedSite> SiteRepository::addAll(const QList<ProtectedSite> &sites, const QString &source)
{
    for (const ProtectedSite &s : sites)
        requireValid(s);
    QList<ProtectedSite> out = sites;
    m_store.write({QStringLiteral("import"), QStringLiteral("protected_sites"), QString(),
                   QStringLiteral("%1 protected sites imported from %2").arg(sites.size()).arg(source)},
                  [&](Database &db, AuditRecord &) {
                      for (ProtectedSite &s : out)
                          insert(db, s);
                  });
    return out;
}

void SiteRepository::throwConflict(Database &db, const QString &id, int expected) const
{
    Statement st = db.prepare(QStringLiteral("SELECT version, deleted_at_ms FROM protected_sites WHERE id = ?1"));
    st.bind(1, id);
    if (!st.step())
        throw MissionError(MissionError::Kind::Invalid,
                           QCoreApplication::translate("vigie::core::SiteRepository", "No protected site with id %1.").arg(id));
    if (!st.isNull(1))
        throw SiteVersionConflict(
            QCoreApplication::translate("vigie::core::SiteRepository", "This protected site was deleted by someone else; nothing was changed."), 0);
    const int current = int(st.int64(0));
    throw SiteVersionConflict(QCoreApplication::translate("vigie::core::SiteRepository",
                                                          "This protected site was changed by someone else (version %1, you edited version %2); "
                                                          "reload it and apply your change again.")
                                  .arg(current)
                                  .arg(expected),
                              current);
}

ProtectedSite SiteRepository::update(const ProtectedSite &site)
{
    requireValid(site);
    ProtectedSite out = site;
    m_store.write({QStringLiteral("update"), QStringLiteral("protected_sites"), site.id,
                   QStringLiteral("protected site \"%1\" (version %2)").arg(site.name.trimmed()).arg(site.version + 1)},
                  [&](Database &db, AuditRecord &) {
                      const qint64 now = QDateTime::currentMSecsSinceEpoch();
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE protected_sites SET name = ?3, kind = ?4, geom = MakePoint(?5, ?6, 4326), radius_m = ?7, "
                          "population = ?8, sensitivity = ?9, note = ?10, updated_at_ms = ?11, updated_by = ?12, "
                          "version = version + 1 WHERE id = ?1 AND version = ?2 AND deleted_at_ms IS NULL"));
                      st.bind(1, site.id).bind(2, site.version).bind(3, site.name.trimmed()).bind(4, siteKindToString(site.kind));
                      st.bind(5, site.lon).bind(6, site.lat).bind(7, site.radiusM).bind(8, populationValue(site));
                      st.bind(9, sensitivityToString(site.sensitivity)).bind(10, site.note).bind(11, now);
                      st.bind(12, MissionStore::currentUser());
                      st.run();
                      if (db.changes() != 1)
                          throwConflict(db, site.id, site.version);
                      out.name = site.name.trimmed();
                      out.version = site.version + 1;
                      out.updatedAtMs = now;
                      out.updatedBy = MissionStore::currentUser();
                  });
    return out;
}

void SiteRepository::remove(const QString &id, int expectedVersion)
{
    m_store.write({QStringLiteral("delete"), QStringLiteral("protected_sites"), id, QStringLiteral("protected site deleted")},
                  [&](Database &db, AuditRecord &rec) {
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE protected_sites SET deleted_at_ms = ?3, deleted_by = ?4 "
                          "WHERE id = ?1 AND version = ?2 AND deleted_at_ms IS NULL RETURNING name"));
                      st.bind(1, id).bind(2, expectedVersion).bind(3, QDateTime::currentMSecsSinceEpoch());
                      st.bind(4, MissionStore::currentUser());
                      if (!st.step())
                          throwConflict(db, id, expectedVersion);
                      rec.summary = QStringLiteral("protected site \"%1\" deleted").arg(st.text(0));
                      while (st.step()) {
                      }
                  });
}

std::optional<ProtectedSite> SiteRepository::get(const QString &id) const
{
    Statement st = m_store.database().prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?1 AND deleted_at_ms IS NULL"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readSite(st);
}

QList<ProtectedSite> SiteRepository::list() const
{
    QList<ProtectedSite> out;
    Statement st = m_store.database().prepare(QLatin1String(kSelect) + QStringLiteral("WHERE deleted_at_ms IS NULL ORDER BY name, id"));
    while (st.step())
        out.append(readSite(st));
    return out;
}

} // namespace vigie::core
