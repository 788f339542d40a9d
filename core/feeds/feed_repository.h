// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feed_config.h"

#include <QList>
#include <QString>

#include <optional>

namespace vigie::core {

class MissionStore;

// A feed configured in a mission (table feeds, schema 6).
struct SavedFeed
{
    QString id;       // UUID; empty until stored
    QString name;     // for a person; the URL when empty
    FeedConfig config;
    bool running = false; // it was recording when last seen: start it when the mission opens
    int sortOrder = 0;

    // "cot+udp://239.2.3.1:6969?iface=eth1": the config as FeedConfig::parse reads it back.
    QString storedUrl() const;
};

// The feeds of one mission. Every write goes through MissionStore::write (one transaction, one
// audit row, changed("feeds")); removal is soft.
class FeedRepository
{
  public:
    explicit FeedRepository(MissionStore &store) : m_store(store) {}

    // In sort order. A row whose URL no longer parses is skipped and named in *problems.
    QList<SavedFeed> feeds(QStringList *problems = nullptr) const;
    std::optional<SavedFeed> feed(const QString &id) const;
    // Returns the feed as stored (new UUID, next sort order).
    SavedFeed add(const SavedFeed &feed);
    void update(const SavedFeed &feed);
    void remove(const QString &id);
    void setRunning(const QString &id, bool running);

  private:
    MissionStore &m_store;
};

} // namespace vigie::core
