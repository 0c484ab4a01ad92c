#pragma once

#include <QByteArray>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace frontline::server {

// One prepared statement on SQLite's own API, for SqlSession's statement cache. Qt's SQLite
// driver cost the writer more than SQLite itself did for a short statement: each bind formats
// a placeholder name (QString::arg) and looks it up in a hash, text goes in as UTF-16 for SQLite
// to translate, and each row is copied into QVariants before it is read. Here values are bound
// as they are (text as UTF-8) and columns are read where they lie. The values read are those Qt's
// driver gave: INTEGER a qlonglong, REAL a double, TEXT a QString, BLOB a QByteArray, NULL a null
// QString.
class SqliteStatement
{
public:
    // Null and `error` set when SQLite cannot prepare `sql` (or it holds more than one
    // statement). `persistent`: kept in a cache and run many times.
    static std::shared_ptr<SqliteStatement> prepare(sqlite3* db, const QString& sql,
                                                    bool persistent, QSqlError* error);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // `position` counts from 1; binding position 1 starts a new set of values (the last run is
    // reset). A null QVariant (or null QByteArray) is NULL; a QString is text, never NULL.
    void bind(int position, const QVariant& value);
    // Runs the statement up to its first row, with the values bound since the last position 1
    // (run again without binding: the same values); they must be all its parameters, each bound
    // (a value SQLite refused, e.g. too big, fails here). False and `error` set on failure (the
    // statement is reset then).
    bool exec(QSqlError* error);
    // The next row (the first after exec); false at the end, or on failure with `error` set.
    bool next(QSqlError* error);
    // Releases the statement's cursor and bound text (SQLite's locks go with the cursor).
    void finish();

    int changes() const;
    qint64 lastInsertId() const;

    QVariant value(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    std::vector<QByteArray> m_bound; // text and blobs bound without a copy, kept until reset
    int m_boundCount = 0; // values bound in the current set
    int m_bindError = 0; // the first bind refused in the current set (SQLite's code)
    bool m_pendingRow = false; // exec stepped onto the first row; next() returns it
    bool m_done = true;
};

} // namespace frontline::server
