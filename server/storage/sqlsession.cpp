#include "sqlsession.h"

#include "logging.h"
#include "storage/sqlitestatement.h"

#include <QDir>
#include <QFileInfo>

#include <mutex>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace frontline::server {

DbException::DbException(const QSqlError& error, const QString& sql, Backend backend)
    : std::runtime_error(error.text().toStdString())
    , m_error(error)
    , m_sql(sql)
{
    const QString code = error.nativeErrorCode();
    if (backend == Backend::Sqlite) {
        // SQLITE_CONSTRAINT is 19; extended codes keep it in the low byte (2067: UNIQUE,
        // 1555: PRIMARY KEY, 787: FOREIGN KEY, 275: CHECK).
        const int native = code.toInt();
        m_constraint = (native & 0xff) == 19;
        m_unique = native == 2067 || native == 1555
            || (m_constraint && error.databaseText().contains(u"UNIQUE"_s));
    } else {
        // SQLSTATE class 23: integrity constraint violation; 23505: unique_violation.
        m_constraint = code.startsWith(u"23"_s);
        m_unique = code == u"23505"_s;
    }
}

QString DbException::describe() const
{
    return m_error.text() + u" [native "_s + m_error.nativeErrorCode() + u"] in: "_s
        + m_sql.left(200);
}

Statement::Statement(SqlSession& session, std::shared_ptr<QSqlQuery> query, const QString& sql,
                     bool prepared)
    : m_session(session)
    , m_query(std::move(query))
    , m_sql(sql)
    , m_prepared(prepared)
{ }

Statement::Statement(SqlSession& session, std::shared_ptr<SqliteStatement> statement,
                     const QString& sql)
    : m_session(session)
    , m_lite(std::move(statement))
    , m_sql(sql)
{ }

Statement::~Statement()
{
    if (m_lite)
        m_lite->finish();
    else
        m_query->finish();
}

Statement& Statement::bind(const QVariant& value)
{
    if (m_lite) {
        m_lite->bind(++m_position, value);
        return *this;
    }
    if (!m_prepared) {
        if (!m_query->prepare(m_sql))
            m_session.fail(m_query->lastError(), m_sql);
        m_prepared = true;
    }
    // The SQL drivers store a null QString as NULL; text is never NULL unless asked for
    // (a null QVariant).
    if (value.metaType() == QMetaType::fromType<QString>() && !value.isNull()
        && value.toString().isNull())
        m_query->bindValue(m_position++, QString(u""_s));
    else
        m_query->bindValue(m_position++, value);
    return *this;
}

Statement& Statement::bindNullable(const std::optional<qint64>& value)
{
    return bind(value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>()));
}

void Statement::exec()
{
    m_position = 0;
    if (m_lite) {
        QSqlError error;
        if (!m_lite->exec(&error))
            m_session.fail(error, m_sql);
        return;
    }
    if (!(m_prepared ? m_query->exec() : m_query->exec(m_sql)))
        m_session.fail(m_query->lastError(), m_sql);
}

bool Statement::next()
{
    if (!m_lite) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_session.fail(m_query->lastError(), m_sql);
        return false;
    }
    QSqlError error;
    if (m_lite->next(&error))
        return true;
    if (error.type() != QSqlError::NoError)
        m_session.fail(error, m_sql);
    return false;
}

int Statement::rowsAffected() const
{
    return m_lite ? m_lite->changes() : m_query->numRowsAffected();
}

qint64 Statement::insertedId()
{
    if (m_lite)
        return m_lite->lastInsertId();
    if (!m_query->next())
        m_session.fail(m_query->lastError(), m_sql);
    return m_query->value(0).toLongLong();
}

QVariant Statement::value(int column) const
{
    return m_lite ? m_lite->value(column) : m_query->value(column);
}

qint64 Statement::int64(int column) const
{
    return m_lite ? m_lite->int64(column) : m_query->value(column).toLongLong();
}

QString Statement::text(int column) const
{
    return m_lite ? m_lite->text(column) : m_query->value(column).toString();
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (m_lite) {
        if (m_lite->isNull(column))
            return std::nullopt;
        return m_lite->int64(column);
    }
    const QVariant value = m_query->value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

SqlSession::SqlSession(QString connectionName, Backend backend)
    : m_connectionName(std::move(connectionName))
    , m_backend(backend)
{ }

namespace {

// Qt keeps the process's named connections behind one QReadWriteLock, and the writer, the
// readers and the workers open and close theirs at the same moments (start, stop). Contended,
// that lock borrows a private from a free list whose std::mutex ThreadSanitizer once reported
// as unlocked after being destroyed (a reader's ~SqlSession at shutdown, one CI run in four).
// Adding and removing connections one at a time keeps Qt's lock uncontended.
std::mutex& connectionsMutex()
{
    static std::mutex mutex;
    return mutex;
}

QSqlDatabase addConnection(const QString& driver, const QString& name)
{
    std::lock_guard lock(connectionsMutex());
    return QSqlDatabase::addDatabase(driver, name);
}

} // namespace

Result<std::unique_ptr<SqlSession>, QString> SqlSession::open(const DatabaseConfig& config,
                                                              const QString& connectionName)
{
    std::unique_ptr<SqlSession> session(new SqlSession(connectionName, config.backend));
    if (config.backend == Backend::Sqlite) {
        if (const QString error = session->openSqlite(config); !error.isEmpty())
            return error;
    } else {
        QSqlDatabase db = addConnection(u"QPSQL"_s, connectionName);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.user);
        db.setPassword(config.password);
        if (!config.connectOptions.isEmpty())
            db.setConnectOptions(config.connectOptions);
        session->m_db = db;
        session->m_describe = config.describe();
        if (const QString error = session->connectPostgres(); !error.isEmpty())
            return error;
    }
    return session;
}

// SQLite through its own API (SqliteStatement says why), on a connection this session opens.
QString SqlSession::openSqlite(const DatabaseConfig& config)
{
    const QFileInfo file(config.sqlitePath);
    if (!QDir().mkpath(file.absolutePath()))
        return u"cannot create the folder "_s + file.absolutePath();
    const int opened = sqlite3_open_v2(config.sqlitePath.toUtf8().constData(), &m_sqlite,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (opened != SQLITE_OK) {
        const QString reason = m_sqlite ? QString::fromUtf8(sqlite3_errmsg(m_sqlite))
                                        : QString::fromUtf8(sqlite3_errstr(opened));
        return u"cannot open "_s + config.sqlitePath + u": "_s + reason;
    }
    sqlite3_extended_result_codes(m_sqlite, 1);
    sqlite3_busy_timeout(m_sqlite, 10000);
    try {
        // WAL: readers never block the writer. synchronous=FULL: the WAL is synced at every
        // commit, so an acknowledged write survives power loss, not only a crash.
        execute(u"PRAGMA journal_mode=WAL"_s);
        execute(u"PRAGMA synchronous=FULL"_s);
        execute(u"PRAGMA foreign_keys=ON"_s);
        execute(u"PRAGMA temp_store=MEMORY"_s);
        execute(u"PRAGMA cache_size=-16000"_s); // 16 MB page cache per connection
        Statement check = prepareOnce(u"PRAGMA journal_mode"_s);
        check.exec();
        if (!check.next() || check.text(0).toLower() != u"wal"_s)
            return u"SQLite refused WAL mode for "_s + config.sqlitePath;
    } catch (const DbException& e) {
        return u"cannot configure SQLite: "_s + e.describe();
    }
    return {};
}

QString SqlSession::connectPostgres()
{
    if (!m_db->open())
        return u"cannot connect to "_s + m_describe + u": "_s + m_db->lastError().text();
    try {
        execute(u"SET synchronous_commit = on"_s);
        execute(u"SET TIME ZONE 'UTC'"_s);
        execute(u"SET client_min_messages = warning"_s);
    } catch (const DbException& e) {
        return u"cannot configure PostgreSQL: "_s + e.describe();
    }
    return {};
}

bool SqlSession::reconnect()
{
    // The cached statements were prepared on the lost connection.
    m_statements.clear();
    m_recent.clear();
    m_db->close();
    const QString error = connectPostgres();
    if (!error.isEmpty()) {
        qCDebug(lcStorage).noquote() << m_connectionName << error;
        return false;
    }
    qCInfo(lcStorage).noquote() << m_connectionName << "reconnected to" << m_describe;
    return true;
}

SqlSession::~SqlSession()
{
    m_statements.clear();
    m_recent.clear();
    if (m_sqlite) {
        // A statement still held elsewhere keeps the connection until it is finalized.
        sqlite3_close_v2(m_sqlite);
        return;
    }
    if (m_db) {
        m_db->close();
        m_db.reset();
    }
    std::lock_guard lock(connectionsMutex());
    QSqlDatabase::removeDatabase(m_connectionName);
}

Statement SqlSession::prepareNew(const QString& sql, bool cached)
{
    std::shared_ptr<QSqlQuery> query;
    std::shared_ptr<SqliteStatement> lite;
    if (m_sqlite) {
        QSqlError error;
        lite = SqliteStatement::prepare(m_sqlite, sql, cached, &error);
        if (!lite)
            fail(error, sql);
    } else {
        query = std::make_shared<QSqlQuery>(*m_db);
        query->setForwardOnly(true);
        if (cached && !query->prepare(sql))
            fail(query->lastError(), sql);
    }
    if (!cached) // PostgreSQL: PREPARE, EXECUTE and DEALLOCATE would be three round trips
        return m_sqlite ? Statement(*this, std::move(lite), sql)
                        : Statement(*this, std::move(query), sql, false);
    if (m_statements.size() >= StatementCacheCapacity) {
        // The least recently used statement goes; a Statement still using it keeps it alive.
        m_statements.remove(m_recent.back());
        m_recent.pop_back();
    }
    m_recent.push_front(sql);
    auto it = m_statements.insert(sql, CachedStatement {query, lite, m_recent.begin()});
    return statementOf(it.key(), *it);
}

Statement SqlSession::statementOf(const QString& sql, const CachedStatement& cached)
{
    return m_sqlite ? Statement(*this, cached.lite, sql) : Statement(*this, cached.query, sql);
}

Statement SqlSession::prepare(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        return prepareNew(sql, true);
    m_recent.splice(m_recent.begin(), m_recent, it->use);
    return statementOf(it.key(), *it);
}

Statement SqlSession::prepareOnce(const QString& sql)
{
    return prepareNew(sql, false);
}

Statement SqlSession::prepareInsert(const QString& sql)
{
    return prepare(isSqlite() ? sql : sql + u" RETURNING id"_s);
}

void SqlSession::execute(const QString& sql)
{
    if (m_sqlite) {
        Statement statement = prepareOnce(sql);
        statement.exec();
        while (statement.next()) { }
        return;
    }
    QSqlQuery query(*m_db);
    if (!query.exec(sql))
        fail(query.lastError(), sql);
}

QString SqlSession::translate(QString sql) const
{
    if (isSqlite()) {
        sql.replace(u"{{ID}}"_s, u"INTEGER PRIMARY KEY"_s);
        sql.replace(u"{{BLOB}}"_s, u"BLOB"_s);
    } else {
        sql.replace(u"{{ID}}"_s, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        sql.replace(u"{{BLOB}}"_s, u"BYTEA"_s);
    }
    return sql;
}

void SqlSession::control(const QString& sql)
{
    // SQLite prepares transaction control like any statement, which saves a parse per call
    // on the hot path; PostgreSQL cannot prepare it.
    if (isSqlite())
        prepare(sql).exec();
    else
        execute(sql);
}

void SqlSession::begin()
{
    if (isSqlite())
        control(u"BEGIN IMMEDIATE"_s);
    else
        beginPostgres(u"BEGIN"_s);
}

void SqlSession::beginRead()
{
    if (isSqlite())
        control(u"BEGIN DEFERRED"_s);
    else
        beginPostgres(u"BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
}

void SqlSession::beginPostgres(const QString& sql)
{
    try {
        execute(sql);
    } catch (const DbException&) {
        // PostgreSQL went away since the last transaction (a restart, a failover, a cut
        // network): nothing has begun, so nothing is lost by connecting again and beginning
        // on the new connection. If it is still away, the caller gets the first error.
        if (!reconnect())
            throw;
        execute(sql);
    }
}

void SqlSession::commit()
{
    control(u"COMMIT"_s);
}

void SqlSession::rollback() noexcept
{
    if (m_sqlite) {
        if (sqlite3_exec(m_sqlite, "ROLLBACK", nullptr, nullptr, nullptr) != SQLITE_OK)
            qCDebug(lcStorage) << "rollback:" << sqlite3_errmsg(m_sqlite);
        return;
    }
    QSqlQuery query(*m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qCDebug(lcStorage) << "rollback:" << query.lastError().text();
}

void SqlSession::savepoint(const QString& name)
{
    control(u"SAVEPOINT "_s + name);
}

void SqlSession::releaseSavepoint(const QString& name)
{
    control(u"RELEASE SAVEPOINT "_s + name);
}

void SqlSession::rollbackToSavepoint(const QString& name) noexcept
{
    if (m_sqlite) {
        const QByteArray sql = "ROLLBACK TO SAVEPOINT " + name.toUtf8();
        if (sqlite3_exec(m_sqlite, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            qCWarning(lcStorage) << "rollback to savepoint:" << sqlite3_errmsg(m_sqlite);
        return;
    }
    QSqlQuery query(*m_db);
    if (!query.exec(u"ROLLBACK TO SAVEPOINT "_s + name))
        qCWarning(lcStorage) << "rollback to savepoint:" << query.lastError().text();
}

void SqlSession::fail(const QSqlError& error, const QString& sql) const
{
    throw DbException(error, sql, m_backend);
}

} // namespace frontline::server
