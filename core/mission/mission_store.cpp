// SPDX-License-Identifier: GPL-2.0-or-later
#include "mission/mission_store.h"

#include "mission/schema.h"
#include "vigie_version.h"

#include <sqlite3.h>
#include <spatialite.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <mutex>

namespace vigie::core {

namespace {


void initSpatialiteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { spatialite_initialize(); });
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool hasSqliteHeader(const QString &path, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return false;
    }
    const QByteArray head = f.read(16);
    if (head.isEmpty()) {
        *why = QCoreApplication::translate("vigie::core::MissionStore", "the file is empty");
        return false;
    }
    if (head != QByteArray("SQLite format 3\0", 16)) {
        *why = QCoreApplication::translate("vigie::core::MissionStore", "it is not a SQLite database");
        return false;
    }
    return true;
}

} // namespace

int MissionStore::currentSchemaVersion() { return migrations().back().toVersion; }

MissionStore::MissionStore(QString path) : m_path(std::move(path)) {}

MissionStore::~MissionStore()
{
    if (m_db.isOpen() && !m_readOnly) {
        // Fold the WAL back into the main file so the mission travels as one file (USB, e-mail).
        try {
            m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        } catch (const DbError &) {
        }
    }
    m_db.close();
    if (m_spatialiteCache)
        spatialite_cleanup_ex(m_spatialiteCache);
}

void MissionStore::configureConnection()
{
    initSpatialiteOnce();
    m_spatialiteCache = spatialite_alloc_connection();
    spatialite_init_ex(m_db.handle(), m_spatialiteCache, 0);
    if (!m_readOnly) {
        m_db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        // Durability (an edit the GUI confirmed must survive a power cut):
        // - WAL: a commit appends its pages to mission.vigie-wal; a crash at any moment leaves the
        //   main file untouched and the log's last frames without a commit marker, which SQLite
        //   ignores on the next open. So an interrupted import or migration is all-or-nothing,
        //   and readers (QGIS layers on the same file) never block the writer.
        // - synchronous=FULL: in WAL mode NORMAL syncs the log only at checkpoints, so a power
        //   cut may lose the last transactions even though write() had returned. FULL fsyncs the
        //   WAL at every commit, before COMMIT returns: once write() returns, the change is on
        //   the disk (tests/core/mission/test_crash_safety checks the sync happens before write()
        //   returns). The cost, one fsync per transaction, is small: imports are one transaction
        //   per file and the feeds commit in batches.
        // - Checkpoints (automatic at 1000 pages, and TRUNCATE when the store closes) copy the
        //   WAL into the main file; with FULL they sync the WAL before and the main file after,
        //   and a crash in the middle is redone from the intact WAL on the next open.
        // - The backup before a migration (VACUUM INTO) is written with these same sync settings
        //   before the migration's transaction starts.
        // Set on every connection (the setting is not stored in the file).
        m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // Sorts and temporary indexes of big imports stay in memory; set here because SQLite refuses
    // the change inside a transaction.
    m_db.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    // Up to 64 MiB of pages kept by this connection (the default is 2 MiB): the panel's and the
    // map's repeated window + box queries over a large log read the same few thousand scattered
    // pages again and again; with the small cache each one is a system call every time.
    m_db.exec(QStringLiteral("PRAGMA cache_size=-65536"));
}

std::unique_ptr<MissionStore> MissionStore::create(const QString &path, const QString &name, const GeoBox &aor)
{
    if (QFileInfo::exists(path))
        throw MissionError(MissionError::Kind::AlreadyExists,
                           QCoreApplication::translate("vigie::core::MissionStore", "%1 already exists; choose another name or open it.").arg(path));
    if (name.trimmed().isEmpty())
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::MissionStore", "A mission needs a name."));
    std::unique_ptr<MissionStore> store(new MissionStore(QFileInfo(path).absoluteFilePath()));
    try {
        store->m_db.open(store->m_path, Database::Mode::Create);
        store->configureConnection();
        Transaction tx(store->m_db);
        for (const Migration &m : migrations())
            m.apply(store->m_db);
        store->m_db.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        store->m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(currentSchemaVersion()));
        Database &db = store->m_db;
        store->setMeta(db, QStringLiteral("id"), newUuid());
        store->setMeta(db, QStringLiteral("name"), name.trimmed());
        store->setMeta(db, QStringLiteral("created_at_ms"), QString::number(QDateTime::currentMSecsSinceEpoch()));
        store->setMeta(db, QStringLiteral("created_by"), currentUser());
        store->setMeta(db, QStringLiteral("created_with"), QStringLiteral("Vigie " VIGIE_VERSION_STRING));
        if (aor.isValid())
            store->setMeta(db, QStringLiteral("aor"), aor.toString());
        store->appendAudit(db, {QStringLiteral("create"), QStringLiteral("mission_meta"), QString(),
                                QStringLiteral("mission \"%1\" created").arg(name.trimmed())});
        tx.commit();
    } catch (const DbError &e) {
        store.reset();
        removeDatabaseFiles(QFileInfo(path).absoluteFilePath());
        throw MissionError(MissionError::Kind::Io, QCoreApplication::translate("vigie::core::MissionStore", "Could not create %1: %2").arg(path, e.message()));
    }
    return store;
}

std::unique_ptr<MissionStore> MissionStore::open(const QString &path, OpenMode mode)
{
    return openChecked(path, mode, true);
}

std::unique_ptr<MissionStore> MissionStore::openConnection(const QString &path, OpenMode mode)
{
    return openChecked(path, mode, false);
}

std::unique_ptr<MissionStore> MissionStore::openChecked(const QString &path, OpenMode mode, bool firstOpen)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        throw MissionError(MissionError::Kind::NotFound, QCoreApplication::translate("vigie::core::MissionStore", "%1 does not exist.").arg(path));
    if (fi.isDir())
        throw MissionError(MissionError::Kind::NotAMission, QCoreApplication::translate("vigie::core::MissionStore", "%1 is a folder, not a mission file.").arg(path));
    QString why;
    if (!hasSqliteHeader(path, &why))
        throw MissionError(MissionError::Kind::NotAMission, QCoreApplication::translate("vigie::core::MissionStore", "%1 is not a Vigie mission: %2.").arg(path, why));

    std::unique_ptr<MissionStore> store(new MissionStore(fi.absoluteFilePath()));
    // WAL needs to create its -wal and -shm files beside the mission.
    const bool dirWritable = QFileInfo(fi.absolutePath()).isWritable();
    const bool writable = mode == OpenMode::ReadWrite && fi.isWritable() && dirWritable;
    store->m_readOnly = !writable;
    // Read-only, a WAL database needs its -shm and -wal files: if the folder is read-only too (a
    // CD, a write-protected stick, a shared folder) and they are not there, SQLite cannot create
    // them and refuses the file. With no log, nothing is missing from the main file: it is read
    // as immutable. A non-empty log without its -shm there cannot be read safely: refused below.
    const QFileInfo wal(store->m_path + QStringLiteral("-wal"));
    const bool immutable = !writable && !dirWritable && (!wal.exists() || wal.size() == 0)
        && !QFileInfo::exists(store->m_path + QStringLiteral("-shm"));
    if (!writable && !dirWritable && wal.size() > 0 && !QFileInfo::exists(store->m_path + QStringLiteral("-shm")))
        throw MissionError(MissionError::Kind::ReadOnly,
                           QCoreApplication::translate("vigie::core::MissionStore",
                                                       "%1 has changes still in its log file (%2) and its folder is read-only, so they "
                                                       "cannot be read. Copy the mission together with that file to a writable folder "
                                                       "and open the copy. Nothing was changed.")
                               .arg(path, wal.fileName()));
    int version = 0;
    try {
        store->m_db.open(store->m_path, writable ? Database::Mode::ReadWrite
                                        : immutable ? Database::Mode::ReadOnlyImmutable
                                                    : Database::Mode::ReadOnly);
        const qint64 appId = store->m_db.scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
        if (appId != kApplicationId)
            throw MissionError(MissionError::Kind::NotAMission,
                               QCoreApplication::translate("vigie::core::MissionStore", "%1 is a SQLite database but not a Vigie mission.").arg(path));
        version = store->m_db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
        if (version > currentSchemaVersion())
            throw MissionError(MissionError::Kind::TooNew,
                               QCoreApplication::translate("vigie::core::MissionStore", "%1 was written by a newer Vigie (mission schema %2; this build reads up to %3). "
                                  "It was not changed; open it with a newer Vigie.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(currentSchemaVersion()));
        if (version < 1)
            throw MissionError(MissionError::Kind::Corrupt, QCoreApplication::translate("vigie::core::MissionStore", "%1 is an unfinished mission (no schema).").arg(path));
        if (!firstOpen && version != currentSchemaVersion() && mode == OpenMode::ReadWrite)
            throw MissionError(MissionError::Kind::Invalid,
                               QCoreApplication::translate("vigie::core::MissionStore", "%1 is at mission schema %2, not %3: open it in the workstation first.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(currentSchemaVersion()));
        const QString check = firstOpen ? store->m_db.scalar(QStringLiteral("PRAGMA quick_check")).toString() : QStringLiteral("ok");
        if (check != QLatin1String("ok"))
            throw MissionError(MissionError::Kind::Corrupt,
                               QCoreApplication::translate("vigie::core::MissionStore", "%1 is damaged (%2). It was not changed; restore it from a backup.").arg(path, check));
        store->configureConnection();
    } catch (const DbError &e) {
        throw MissionError(MissionError::Kind::Corrupt,
                           QCoreApplication::translate("vigie::core::MissionStore", "%1 cannot be read as a mission: %2. It was not changed.").arg(path, e.message()));
    }

    // A mission opened read-only on purpose (a backup, a file from another station) is shown as
    // it is, unmigrated: schemaVersion() tells the caller which tables it has.
    if (version < currentSchemaVersion() && mode == OpenMode::ReadWrite) {
        if (store->m_readOnly)
            throw MissionError(MissionError::Kind::ReadOnly,
                               QCoreApplication::translate("vigie::core::MissionStore", "%1 needs upgrading to mission schema %2 but is read-only.")
                                   .arg(path)
                                   .arg(currentSchemaVersion()));
        try {
            // A copy of the old file first: a migration never drops data, and this proves it.
            QString backup = store->m_path + QStringLiteral(".v%1.bak").arg(version);
            QFile::remove(backup);
            Statement st = store->m_db.prepare(QStringLiteral("VACUUM INTO ?1"));
            st.bind(1, backup);
            st.run();
            store->m_backupPath = backup;
            Transaction tx(store->m_db);
            for (const Migration &m : migrations())
                if (m.toVersion > version)
                    m.apply(store->m_db);
            store->m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(currentSchemaVersion()));
            store->appendAudit(store->m_db, {QStringLiteral("migrate"), QStringLiteral("mission_meta"), QString(),
                                             QStringLiteral("schema %1 → %2 (backup %3)")
                                                 .arg(version)
                                                 .arg(currentSchemaVersion())
                                                 .arg(QFileInfo(backup).fileName())});
            tx.commit();
        } catch (const DbError &e) {
            throw MissionError(MissionError::Kind::Io,
                               QCoreApplication::translate("vigie::core::MissionStore", "%1 could not be upgraded: %2. It was not changed.").arg(path, e.message()));
        }
    }
    return store;
}

QString MissionStore::meta(const QString &key) const
{
    Statement st = m_db.prepare(QStringLiteral("SELECT value FROM mission_meta WHERE key = ?1"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void MissionStore::setMeta(Database &db, const QString &key, const QString &value)
{
    Statement st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO mission_meta(key, value) VALUES (?1, ?2)"));
    st.bind(1, key).bind(2, value);
    st.run();
}

QString MissionStore::id() const { return meta(QStringLiteral("id")); }
QString MissionStore::name() const { return meta(QStringLiteral("name")); }
QString MissionStore::description() const { return meta(QStringLiteral("description")); }

QDateTime MissionStore::createdAt() const
{
    return QDateTime::fromMSecsSinceEpoch(meta(QStringLiteral("created_at_ms")).toLongLong(), Qt::UTC);
}

GeoBox MissionStore::areaOfResponsibility() const
{
    const auto box = GeoBox::fromString(meta(QStringLiteral("aor")));
    return box ? *box : GeoBox();
}

void MissionStore::setName(const QString &name)
{
    if (name.trimmed().isEmpty())
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::MissionStore", "A mission needs a name."));
    const QString old = this->name();
    write({QStringLiteral("update"), QStringLiteral("mission_meta"), QStringLiteral("name"),
           QStringLiteral("name \"%1\" → \"%2\"").arg(old, name.trimmed())},
          [&](Database &db, AuditRecord &) { setMeta(db, QStringLiteral("name"), name.trimmed()); });
}

void MissionStore::setAreaOfResponsibility(const GeoBox &box)
{
    write({QStringLiteral("update"), QStringLiteral("mission_meta"), QStringLiteral("aor"),
           QStringLiteral("area of responsibility %1").arg(box.isValid() ? box.toString() : QStringLiteral("cleared"))},
          [&](Database &db, AuditRecord &) { setMeta(db, QStringLiteral("aor"), box.isValid() ? box.toString() : QString()); });
}

void MissionStore::setDescription(const QString &text)
{
    write({QStringLiteral("update"), QStringLiteral("mission_meta"), QStringLiteral("description"),
           QStringLiteral("description changed")},
          [&](Database &db, AuditRecord &) { setMeta(db, QStringLiteral("description"), text); });
}

int MissionStore::schemaVersion() const { return m_db.scalar(QStringLiteral("PRAGMA user_version")).toInt(); }

std::vector<std::pair<QString, qint64>> MissionStore::tableCounts() const
{
    std::vector<std::pair<QString, qint64>> out;
    for (const QString &table : dataTablesUpTo(schemaVersion())) {
        bool soft = false;
        Statement info = m_db.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?1) WHERE name = 'deleted_at_ms'"));
        info.bind(1, table);
        soft = info.step();
        const QString sql = soft ? QStringLiteral("SELECT count(*) FROM \"%1\" WHERE deleted_at_ms IS NULL")
                                 : QStringLiteral("SELECT count(*) FROM \"%1\"");
        out.emplace_back(table, m_db.scalar(sql.arg(table)).toLongLong());
    }
    // A person counts points, not the chunks they are stored in (schema 8).
    if (schemaVersion() >= 8)
        out.emplace_back(QStringLiteral("track_points"),
                         m_db.scalar(QStringLiteral("SELECT coalesce(sum(point_count), 0) FROM track_chunks")).toLongLong());
    return out;
}

QList<AuditEntry> MissionStore::auditLog(int limit) const
{
    QList<AuditEntry> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT id, at_ms, user, action, tbl, row_id, summary FROM audit_log ORDER BY id DESC LIMIT ?1"));
    st.bind(1, limit);
    while (st.step()) {
        AuditEntry e;
        e.id = st.int64(0);
        e.at = QDateTime::fromMSecsSinceEpoch(st.int64(1), Qt::UTC);
        e.user = st.text(2);
        e.action = st.text(3);
        e.table = st.text(4);
        e.rowId = st.text(5);
        e.summary = st.text(6);
        out.append(e);
    }
    return out;
}

qint64 MissionStore::auditCount() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(); }

QList<Basemap> MissionStore::basemaps() const
{
    QList<Basemap> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT id, name, uri, provider, sort_order, added_at_ms FROM basemaps "
                                               "WHERE deleted_at_ms IS NULL ORDER BY sort_order, added_at_ms"));
    while (st.step()) {
        Basemap b;
        b.id = st.text(0);
        b.name = st.text(1);
        b.uri = st.text(2);
        b.provider = st.text(3);
        b.sortOrder = int(st.int64(4));
        b.addedAt = QDateTime::fromMSecsSinceEpoch(st.int64(5), Qt::UTC);
        out.append(b);
    }
    return out;
}

QString MissionStore::addBasemap(const QString &name, const QString &uri, const QString &provider)
{
    if (provider != QLatin1String("gdal") && provider != QLatin1String("ogr"))
        throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::MissionStore", "Unknown basemap provider \"%1\".").arg(provider));
    const QString id = newUuid();
    write({QStringLiteral("create"), QStringLiteral("basemaps"), id, QStringLiteral("basemap \"%1\" (%2)").arg(name, uri)},
          [&](Database &db, AuditRecord &) {
              const qint64 order = db.scalar(QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM basemaps")).toLongLong();
              Statement st = db.prepare(QStringLiteral(
                  "INSERT INTO basemaps(id, name, uri, provider, sort_order, added_at_ms, added_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
              st.bind(1, id).bind(2, name).bind(3, uri).bind(4, provider).bind(5, order);
              st.bind(6, QDateTime::currentMSecsSinceEpoch()).bind(7, currentUser());
              st.run();
          });
    return id;
}

void MissionStore::removeBasemap(const QString &id)
{
    write({QStringLiteral("delete"), QStringLiteral("basemaps"), id, QStringLiteral("basemap removed")},
          [&](Database &db, AuditRecord &rec) {
              Statement st = db.prepare(QStringLiteral(
                  "UPDATE basemaps SET deleted_at_ms = ?1 WHERE id = ?2 AND deleted_at_ms IS NULL RETURNING name"));
              st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, id);
              if (!st.step())
                  throw MissionError(MissionError::Kind::Invalid, QCoreApplication::translate("vigie::core::MissionStore", "No basemap with id %1.").arg(id));
              rec.summary = QStringLiteral("basemap \"%1\" removed").arg(st.text(0));
              while (st.step()) {
              }
          });
}

void MissionStore::write(AuditRecord record, const std::function<void(Database &, AuditRecord &)> &body)
{
    if (m_readOnly)
        throw MissionError(MissionError::Kind::ReadOnly, QCoreApplication::translate("vigie::core::MissionStore", "%1 is open read-only; nothing was changed.").arg(m_path));
    try {
        Transaction tx(m_db);
        body(m_db, record);
        appendAudit(m_db, record);
        tx.commit();
    } catch (const DbError &e) {
        const bool full = (e.code() & 0xff) == SQLITE_FULL;
        throw MissionError(full ? MissionError::Kind::DiskFull : MissionError::Kind::Io,
                           full ? QCoreApplication::translate("vigie::core::MissionStore", "The disk is full: nothing of this change was saved (%1).").arg(record.summary)
                                : QCoreApplication::translate("vigie::core::MissionStore", "Could not save (%1): %2. Nothing of this change was saved.").arg(record.summary, e.message()));
    }
    emit changed(record.table);
}

void MissionStore::appendAudit(Database &db, const AuditRecord &record)
{
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO audit_log(at_ms, user, action, tbl, row_id, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    st.bind(1, QDateTime::currentMSecsSinceEpoch()).bind(2, currentUser()).bind(3, record.action);
    st.bind(4, record.table).bind(5, record.rowId).bind(6, record.summary);
    st.run();
}

QString MissionStore::currentUser()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

QString MissionStore::newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace vigie::core
