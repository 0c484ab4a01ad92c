#include "storage/sqlitestatement.h"

#include <algorithm>
#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace frontline::server {

namespace {

// The error of the last call on `db` (its extended result code as the native code, so that
// DbException tells constraint and unique violations apart).
QSqlError sqliteError(sqlite3* db, const QString& what)
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

} // namespace

std::shared_ptr<SqliteStatement> SqliteStatement::prepare(sqlite3* db, const QString& sql,
                                                          bool persistent, QSqlError* error)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    // The length with the terminating NUL (QByteArray keeps one): SQLite need not copy the text.
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()) + 1,
                           persistent ? SQLITE_PREPARE_PERSISTENT : 0, &statement, &tail)
        != SQLITE_OK) {
        *error = sqliteError(db, u"Unable to prepare statement"_s);
        return nullptr;
    }
    if (!statement) { // only white space or comments
        *error = QSqlError(u"Unable to prepare statement"_s, u"no SQL statement"_s,
                           QSqlError::StatementError, QString::number(SQLITE_MISUSE));
        return nullptr;
    }
    const QByteArray rest = tail ? QByteArray(tail).trimmed() : QByteArray();
    if (!rest.isEmpty() && rest != ";") {
        sqlite3_finalize(statement);
        *error =
            QSqlError(u"Unable to prepare statement"_s, u"more than one statement in one text"_s,
                      QSqlError::StatementError, QString::number(SQLITE_MISUSE));
        return nullptr;
    }
    return std::shared_ptr<SqliteStatement>(new SqliteStatement(db, statement));
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (QByteArray& bound : m_bound)
        bound.clear();
    m_boundCount = 0;
    m_bindError = 0;
    m_pendingRow = false;
    m_done = true;
}

void SqliteStatement::bind(int position, const QVariant& value)
{
    if (position == 1)
        finish();
    if (m_bound.size() < std::size_t(position))
        m_bound.resize(std::size_t(position));
    QByteArray& kept = m_bound[std::size_t(position - 1)];
    m_boundCount = std::max(m_boundCount, position);
    const auto check = [&](int result) {
        if (result != SQLITE_OK && m_bindError == 0)
            m_bindError = result;
    };
    // Sizes are ints in SQLite's API: a longer value is refused, never cut short.
    const auto fits = [&](const QByteArray& bytes) {
        if (bytes.size() < std::numeric_limits<int>::max())
            return true;
        check(SQLITE_TOOBIG);
        return false;
    };
    const auto bindText = [&](QByteArray utf8) {
        kept = std::move(utf8);
        if (fits(kept))
            check(sqlite3_bind_text(m_statement, position, kept.constData(), int(kept.size()),
                                    SQLITE_STATIC));
    };
    if (value.isNull()) {
        check(sqlite3_bind_null(m_statement, position));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        bindText(static_cast<const QString*>(value.constData())->toUtf8());
        break;
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
        if (bytes.isNull()) {
            check(sqlite3_bind_null(m_statement, position));
        } else {
            kept = bytes;
            if (fits(kept))
                check(sqlite3_bind_blob(m_statement, position, kept.constData(), int(kept.size()),
                                        SQLITE_STATIC));
        }
        break;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        check(sqlite3_bind_int(m_statement, position, value.toInt()));
        break;
    case QMetaType::Double:
        check(sqlite3_bind_double(m_statement, position, value.toDouble()));
        break;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        check(sqlite3_bind_int64(m_statement, position, value.toLongLong()));
        break;
    default:
        bindText(value.toString().toUtf8());
        break;
    }
}

bool SqliteStatement::exec(QSqlError* error)
{
    sqlite3_reset(m_statement); // a run again, maybe without new values
    m_pendingRow = false;
    m_done = true;
    if (m_bindError != 0) {
        *error = QSqlError(u"Unable to bind parameters"_s,
                           QString::fromUtf8(sqlite3_errstr(m_bindError)),
                           QSqlError::StatementError, QString::number(m_bindError));
        return false;
    }
    if (m_boundCount != sqlite3_bind_parameter_count(m_statement)) {
        *error = QSqlError(u"Unable to execute statement"_s,
                           u"parameter count mismatch: %1 bound, %2 expected"_s.arg(m_boundCount)
                               .arg(sqlite3_bind_parameter_count(m_statement)),
                           QSqlError::StatementError, QString::number(SQLITE_RANGE));
        return false;
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_pendingRow = true;
        m_done = false;
        return true;
    }
    if (result == SQLITE_DONE)
        return true;
    *error = sqliteError(m_db, u"Unable to execute statement"_s);
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::next(QSqlError* error)
{
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_done)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    m_done = true;
    if (result == SQLITE_DONE)
        return false;
    *error = sqliteError(m_db, u"Unable to fetch row"_s);
    sqlite3_reset(m_statement);
    return false;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void* data = sqlite3_column_blob(m_statement, column);
        return QVariant(
            QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QVariant(text(column));
    }
}

qint64 SqliteStatement::int64(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_statement, column);
    case SQLITE_NULL:
        return 0;
    default:
        return value(column).toLongLong();
    }
}

QString SqliteStatement::text(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL:
        return QString();
    default:
        return value(column).toString();
    }
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace frontline::server
