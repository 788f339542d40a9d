// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::core {

// An error from the database, with a message fit for a person. Thrown by the thin wrappers
// below; the mission store turns it into MissionError where the user caused it.
class DbError : public std::runtime_error
{
  public:
    DbError(const QString &message, int code)
        : std::runtime_error(message.toStdString()), m_message(message), m_code(code) {}
    QString message() const { return m_message; }
    int code() const { return m_code; }

  private:
    QString m_message;
    int m_code;
};

class Statement;

// Owns one sqlite3 connection. Moves, never copies.
class Database
{
  public:
    // ReadOnlyImmutable: for a file nobody can change (a read-only folder or medium) and whose
    // WAL is empty or absent: SQLite reads it without the -shm/-wal files it cannot create there.
    enum class Mode { ReadWrite, ReadOnly, ReadOnlyImmutable, Create };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the file; throws DbError.
    void open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const;
    sqlite3 *handle() const { return m_db; }

    void exec(const QString &sql);
    Statement prepare(const QString &sql) const;
    // Runs a query expected to yield one value (first column of the first row); null if none.
    QVariant scalar(const QString &sql) const;
    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastError() const;

  private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement. bind() indexes start at 1 as in SQLite.
class Statement
{
  public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // Steps once: true while a row is available, false when done. Throws on error.
    bool step();
    // Steps to completion (for writes) and resets for the next use.
    void run();
    // As run(), but a constraint violation (UNIQUE, NOT NULL, CHECK…) returns false instead of
    // throwing. Bindings are kept. With INSERT OR FAIL the rows before the failing one stay and
    // Database::changes() counts them: bulk writers insert many rows per statement that way and
    // go row by row only where a row fails.
    bool runUnlessConstraint();
    void reset();

    int columnCount() const;
    int parameterCount() const;
    // For code that binds or reads many columns in a hot loop (the incident importer).
    sqlite3_stmt *handle() const { return m_stmt; }
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

  private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Begins a transaction; rolls back in the destructor unless commit() was called.
class Transaction
{
  public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

  private:
    Database &m_db;
    bool m_done = false;
};

} // namespace vigie::core
