// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "geo/geo_types.h"
#include "mission/sqlite_db.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

namespace vigie::core {

// Why a mission could not be created or opened, in words for the user.
class MissionError : public std::runtime_error
{
  public:
    // DiskFull: a write stopped on SQLITE_FULL and was rolled back (the importers say "disk full:
    // nothing from this file was imported").
    enum class Kind { NotFound, NotAMission, TooNew, Corrupt, AlreadyExists, ReadOnly, Io, Invalid, Conflict, DiskFull };
    MissionError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

  private:
    Kind m_kind;
    QString m_message;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString action;
    QString table;
    QString rowId;
    QString summary;
};

// What a write appends to audit_log. Filled by the caller; the store adds time and user.
struct AuditRecord
{
    QString action;  // "create", "update", "delete", "import", "export", "migrate", …
    QString table;
    QString rowId;   // a UUID, or empty for a whole-table action (an import)
    QString summary; // one line a person can read
};

struct Basemap
{
    QString id;
    QString name;
    QString uri;      // a path, or a GDAL/OGR source string
    QString provider; // "gdal" (raster) or "ogr" (vector)
    int sortOrder = 0;
    QDateTime addedAt;
};

// One mission: a SpatiaLite database file (*.vigie) in WAL mode. The schema version is
// PRAGMA user_version and PRAGMA application_id marks the file as Vigie's. Every write through
// the store runs in one transaction with one audit_log row. Not thread-safe: one store per thread.
class MissionStore : public QObject
{
    Q_OBJECT
  public:
    static constexpr int kApplicationId = 0x56494749; // "VIGI"
    static int currentSchemaVersion();

    enum class OpenMode { ReadWrite, ReadOnly };

    // Creates a new mission file; throws MissionError (AlreadyExists, Io).
    static std::unique_ptr<MissionStore> create(const QString &path, const QString &name,
                                                const GeoBox &areaOfResponsibility = GeoBox());
    // Opens an existing mission, migrating an older schema forward (after a backup copy).
    // A file that is not writable opens read-only. Throws MissionError and leaves the file untouched
    // when it is not a mission, newer than this build, or corrupt.
    static std::unique_ptr<MissionStore> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // Another connection, for a worker thread, to a mission this process has already opened with
    // open(): the same refusals (not a mission, too new) but no integrity check, which reads the
    // whole file (seconds for a mission of a million incidents) and was done by open(), and no
    // migration: read-only, a mission of an older schema opens as it is (as open() shows a mission
    // opened read-only); read-write, it is refused (Invalid).
    static std::unique_ptr<MissionStore> openConnection(const QString &path, OpenMode mode);

    ~MissionStore() override;

    QString path() const { return m_path; }
    QString id() const;
    QString name() const;
    void setName(const QString &name);
    GeoBox areaOfResponsibility() const; // invalid if none set
    void setAreaOfResponsibility(const GeoBox &box);
    QString description() const;
    void setDescription(const QString &text);
    QDateTime createdAt() const;
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // Set when open() migrated the file: the backup copy's path.
    QString migrationBackupPath() const { return m_backupPath; }

    // The tables of the mission's own data, in schema order, with their live (not deleted) rows.
    std::vector<std::pair<QString, qint64>> tableCounts() const;
    // Newest first.
    QList<AuditEntry> auditLog(int limit = 50) const;
    qint64 auditCount() const;

    QList<Basemap> basemaps() const;
    QString addBasemap(const QString &name, const QString &uri, const QString &provider);
    void removeBasemap(const QString &id); // soft delete

    // Runs body in one IMMEDIATE transaction and appends one audit row; all or nothing.
    // The body may refine the record (e.g. the count of rows an import wrote). Throws MissionError
    // (ReadOnly, DiskFull, Io) or whatever the body throws, after rolling back. When it returns,
    // the change is on disk (the WAL was synced: see configureConnection()).
    void write(AuditRecord record, const std::function<void(Database &, AuditRecord &)> &body);

    // Tells this store's listeners that `table` changed through another connection to the same
    // file (a worker thread's own MissionStore, say): emits changed(table). Call it on this
    // store's thread once the other connection has committed.
    void notifyExternalChange(const QString &table) { emit changed(table); }

    // For the readers and models of core/ that keep their own prepared statements.
    Database &database() { return m_db; }
    const Database &database() const { return m_db; }

    QString meta(const QString &key) const;

    static QString currentUser();
    static QString newUuid();

  signals:
    // After a committed write; table is the audit record's table.
    void changed(const QString &table);

  private:
    explicit MissionStore(QString path);
    static std::unique_ptr<MissionStore> openChecked(const QString &path, OpenMode mode, bool firstOpen);
    void configureConnection();
    void setMeta(Database &db, const QString &key, const QString &value);
    void appendAudit(Database &db, const AuditRecord &record);

    QString m_path;
    Database m_db;
    bool m_readOnly = false;
    QString m_backupPath;
    void *m_spatialiteCache = nullptr;
};

} // namespace vigie::core
