#pragma once

#include "core/result.h"
#include "storage/databaseconfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <list>
#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;

namespace frontline::server {

class SqliteStatement;

// An SQL failure inside the storage layer. Caught at the job boundary (writer, reader), where
// it becomes a JSON-RPC error; never crosses the event loop.
class DbException : public std::runtime_error
{
public:
    DbException(const QSqlError& error, const QString& sql, Backend backend);

    const QSqlError& sqlError() const { return m_error; }
    bool isConstraintViolation() const { return m_constraint; }
    bool isUniqueViolation() const { return m_unique; }
    QString describe() const;

private:
    QSqlError m_error;
    QString m_sql;
    bool m_constraint = false;
    bool m_unique = false;
};

class SqlSession;

// A prepared statement taken from the session's cache. Binds by position, throws DbException
// on failure and releases the statement's cursor when it goes out of scope. It shares the
// statement with the cache, so a statement evicted while in use stays valid until it is done.
// On SQLite it runs on SQLite's own API (SqliteStatement), on PostgreSQL through Qt's driver.
class Statement
{
public:
    // `prepared` false: a PostgreSQL text run as it is (one round trip), prepared only if
    // values are bound to it.
    Statement(SqlSession& session, std::shared_ptr<QSqlQuery> query, const QString& sql,
              bool prepared = true);
    Statement(SqlSession& session, std::shared_ptr<SqliteStatement> statement, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const QVariant& value);
    Statement& bindNullable(const std::optional<qint64>& value);
    Statement& bindText(const QString& value) { return bind(value); }
    void exec();
    bool next();
    int rowsAffected() const;
    // The id of the row an INSERT made: SQLite's last insert rowid (RETURNING costs SQLite a
    // temporary result), the RETURNING column on PostgreSQL.
    qint64 insertedId();

    QVariant value(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    std::optional<qint64> optionalInt64(int column) const;

private:
    SqlSession& m_session;
    std::shared_ptr<QSqlQuery> m_query; // PostgreSQL
    std::shared_ptr<SqliteStatement> m_lite; // SQLite
    QString m_sql;
    int m_position = 0;
    bool m_prepared = true;
};

// One database connection owned by one thread, with the dialect differences in one place and
// a cache of prepared statements (the difference between ~5 us and ~50 us per statement). The
// cache keeps the StatementCacheCapacity most recently used texts: a caller that builds
// statement texts from data can slow itself down, never grow the server's memory.
class SqlSession
{
public:
    static constexpr qsizetype StatementCacheCapacity = 256;

    // Opens a new named connection in the calling thread and applies the durability settings.
    static Result<std::unique_ptr<SqlSession>, QString> open(const DatabaseConfig& config,
                                                             const QString& connectionName);
    ~SqlSession();
    SqlSession(const SqlSession&) = delete;
    SqlSession& operator=(const SqlSession&) = delete;

    Backend backend() const { return m_backend; }
    qsizetype cachedStatementCount() const { return m_statements.size(); }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    // PostgreSQL's connection under Qt's driver (its libpq handle for COPY); none on SQLite.
    QSqlDatabase database() const { return m_db.value_or(QSqlDatabase()); }

    Statement prepare(const QString& sql);
    // A statement for this one use, not cached (a text built from data each time). On
    // PostgreSQL a text without values runs as it is, in one round trip.
    Statement prepareOnce(const QString& sql);
    // An INSERT whose new id insertedId() returns: `sql` without RETURNING; on PostgreSQL
    // " RETURNING id" is appended.
    Statement prepareInsert(const QString& sql);
    // Runs a statement without caching it (DDL, pragmas, transaction control).
    void execute(const QString& sql);
    // Replaces the dialect tokens {{ID}} and {{BLOB}} of schema statements.
    QString translate(QString sql) const;

    // BEGIN IMMEDIATE on SQLite: the writer takes the lock up front. On PostgreSQL, both
    // begins connect again once when the connection was lost since the last transaction.
    void begin();
    void beginRead(); // a consistent snapshot for a read job
    void commit();
    void rollback() noexcept;
    void savepoint(const QString& name);
    void releaseSavepoint(const QString& name);
    void rollbackToSavepoint(const QString& name) noexcept;

    [[noreturn]] void fail(const QSqlError& error, const QString& sql) const;

private:
    SqlSession(QString connectionName, Backend backend);
    QString openSqlite(const DatabaseConfig& config);
    Statement prepareNew(const QString& sql, bool cached);
    struct CachedStatement;
    Statement statementOf(const QString& sql, const CachedStatement& cached);
    void control(const QString& sql);
    void beginPostgres(const QString& sql);
    QString connectPostgres(); // opens m_db and applies the session settings; an error or empty
    bool reconnect();

    QString m_connectionName;
    QString m_describe; // the database, for messages (no password)
    Backend m_backend;
    struct CachedStatement
    {
        std::shared_ptr<QSqlQuery> query;
        std::shared_ptr<SqliteStatement> lite;
        std::list<QString>::iterator use; // its place in m_recent
    };
    QHash<QString, CachedStatement> m_statements;
    std::list<QString> m_recent; // most recently used first
    std::optional<QSqlDatabase> m_db; // PostgreSQL
    sqlite3* m_sqlite = nullptr; // SQLite
};

} // namespace frontline::server
