// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mission/mission_store.h"
#include "sites/protected_site.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigie::core {

// Someone else changed (or deleted) the site since it was read: reload and retry.
class SiteVersionConflict : public MissionError
{
  public:
    SiteVersionConflict(const QString &message, int currentVersion)
        : MissionError(MissionError::Kind::Invalid, message), m_currentVersion(currentVersion) {}
    int currentVersion() const { return m_currentVersion; } // 0 if the site was deleted

  private:
    int m_currentVersion;
};

// The protected sites of one mission (table protected_sites). Every write goes through
// MissionStore::write: one transaction, one audit row. Deletes are soft.
class SiteRepository
{
  public:
    explicit SiteRepository(MissionStore &store) : m_store(store) {}

    // Stores a new site (a fresh UUID unless site.id is set) and returns it as stored.
    // Throws MissionError (Invalid) with the reason if the site is not valid.
    ProtectedSite add(const ProtectedSite &site);
    // Stores all sites in one transaction with one "import" audit row; all or nothing.
    QList<ProtectedSite> addAll(const QList<ProtectedSite> &sites, const QString &source);
    // site.version must be the version that was read; throws SiteVersionConflict if it is not
    // the stored one any more. Returns the site as stored (version + 1).
    ProtectedSite update(const ProtectedSite &site);
    // Soft delete; same version check as update().
    void remove(const QString &id, int expectedVersion);

    std::optional<ProtectedSite> get(const QString &id) const;
    // Live sites, by name.
    QList<ProtectedSite> list() const;

  private:
    static void insert(Database &db, ProtectedSite &site);
    [[noreturn]] void throwConflict(Database &db, const QString &id, int expected) const;

    MissionStore &m_store;
};

} // namespace vigie::core
