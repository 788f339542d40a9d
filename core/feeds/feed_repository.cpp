// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feed_repository.h"

#include "mission/mission_store.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vigie::core {

namespace {
QString roleToString(FeedRole r)
{
    return r == FeedRole::Connect ? QStringLiteral("connect") : QStringLiteral("listen");
}

QString displayName(const SavedFeed &f)
{
    return f.name.isEmpty() ? f.config.url() : f.name;
}

const char *const kColumns = "id, name, url, role, running, sort_order";

bool readRow(Statement &st, SavedFeed *out, QString *problem)
{
    SavedFeed f;
    f.id = st.text(0);
    f.name = st.text(1);
    const QString url = st.text(2);
    const FeedRole role = st.text(3) == QLatin1String("connect") ? FeedRole::Connect : FeedRole::Listen;
    f.running = st.int64(4) != 0;
    f.sortOrder = int(st.int64(5));
    QString error;
    if (!FeedConfig::parse(url, role, &f.config, &error)) {
        if (problem)
            *problem = QCoreApplication::translate("vigie::core::FeedRepository", "feed \"%1\": %2").arg(f.name, error);
        return false;
    }
    if (!f.name.isEmpty())
        f.config.name = f.name;
    *out = f;
    return true;
}
} // namespace

QString SavedFeed::storedUrl() const
{
    QString url = config.url();
    if (!config.multicastInterface.isEmpty())
        url += QStringLiteral("?iface=") + config.multicastInterface;
    return url;
}

QList<SavedFeed> FeedRepository::feeds(QStringList *problems) const
{
    QList<SavedFeed> out;
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM feeds WHERE deleted_at_ms IS NULL ORDER BY sort_order, created_at_ms").arg(QLatin1String(kColumns)));
    while (st.step()) {
        SavedFeed f;
        QString problem;
        if (readRow(st, &f, &problem))
            out << f;
        else if (problems)
            *problems << problem;
    }
    return out;
}

std::optional<SavedFeed> FeedRepository::feed(const QString &id) const
{
    Statement st = m_store.database().prepare(
        QStringLiteral("SELECT %1 FROM feeds WHERE id = ?1 AND deleted_at_ms IS NULL").arg(QLatin1String(kColumns)));
    st.bind(1, id);
    SavedFeed f;
    if (st.step() && readRow(st, &f, nullptr))
        return f;
    return std::nullopt;
}

SavedFeed FeedRepository::add(const SavedFeed &feed)
{
    SavedFeed f = feed;
    f.id = MissionStore::newUuid();
    m_store.write({QStringLiteral("create"), QStringLiteral("feeds"), f.id,
                   QCoreApplication::translate("vigie::core::FeedRepository", "feed added: %1 (%2)").arg(displayName(f), f.storedUrl())},
                  [&](Database &db, AuditRecord &) {
                      f.sortOrder = int(db.scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM feeds")).toLongLong());
                      Statement st = db.prepare(QStringLiteral(
                          "INSERT INTO feeds(id, name, url, role, running, sort_order, created_at_ms, created_by) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
                      // An empty name is "", not NULL (a null QString binds NULL).
                      st.bind(1, f.id).bind(2, f.name.toUtf8().constData()).bind(3, f.storedUrl()).bind(4, roleToString(f.config.role));
                      st.bind(5, f.running ? 1 : 0).bind(6, f.sortOrder);
                      st.bind(7, QDateTime::currentMSecsSinceEpoch()).bind(8, MissionStore::currentUser());
                      st.run();
                  });
    return f;
}

void FeedRepository::update(const SavedFeed &feed)
{
    m_store.write({QStringLiteral("update"), QStringLiteral("feeds"), feed.id,
                   QCoreApplication::translate("vigie::core::FeedRepository", "feed changed: %1 (%2)").arg(displayName(feed), feed.storedUrl())},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral(
                          "UPDATE feeds SET name = ?2, url = ?3, role = ?4, running = ?5 WHERE id = ?1 AND deleted_at_ms IS NULL"));
                      st.bind(1, feed.id).bind(2, feed.name.toUtf8().constData()).bind(3, feed.storedUrl()).bind(4, roleToString(feed.config.role));
                      st.bind(5, feed.running ? 1 : 0);
                      st.run();
                      if (db.changes() == 0)
                          throw MissionError(MissionError::Kind::Invalid,
                                             QCoreApplication::translate("vigie::core::FeedRepository", "the feed %1 no longer exists").arg(displayName(feed)));
                  });
}

void FeedRepository::remove(const QString &id)
{
    const std::optional<SavedFeed> f = feed(id);
    if (!f)
        return;
    m_store.write({QStringLiteral("delete"), QStringLiteral("feeds"), id,
                   QCoreApplication::translate("vigie::core::FeedRepository", "feed removed: %1").arg(displayName(*f))},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral("UPDATE feeds SET deleted_at_ms = ?2, running = 0 WHERE id = ?1"));
                      st.bind(1, id).bind(2, QDateTime::currentMSecsSinceEpoch());
                      st.run();
                  });
}

void FeedRepository::setRunning(const QString &id, bool running)
{
    const std::optional<SavedFeed> f = feed(id);
    if (!f || f->running == running)
        return;
    m_store.write({running ? QStringLiteral("feed_start") : QStringLiteral("feed_stop"), QStringLiteral("feeds"), id,
                   running ? QCoreApplication::translate("vigie::core::FeedRepository", "feed started: %1").arg(displayName(*f))
                           : QCoreApplication::translate("vigie::core::FeedRepository", "feed stopped: %1").arg(displayName(*f))},
                  [&](Database &db, AuditRecord &) {
                      Statement st = db.prepare(QStringLiteral("UPDATE feeds SET running = ?2 WHERE id = ?1"));
                      st.bind(1, id).bind(2, running ? 1 : 0);
                      st.run();
                  });
}

} // namespace vigie::core
