#pragma once

#include "core/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace frontline::server {
class SqlSession;
}

namespace frontline::admin {

// One table of the desk as the database describes it: what a backup manifest counts and
// checksums, and what a migration copies.
struct TableInfo
{
    QString name;
    QStringList columns; // in declaration order, generated columns left out
    QStringList primaryKey; // empty: the table has none (rows are ordered by every column)
    QSet<QString> textColumns; // PostgreSQL: ordered with COLLATE "C" (SQLite's byte order)
    QSet<QString> identityColumns; // PostgreSQL: columns with a sequence to fix after a copy
    QSet<QString> references; // tables this one refers to (foreign keys, not itself)
};

// The tables of a database in dependency order (a table after those it refers to; cycles
// broken by name). SQLite's full-text index tables (virtual and shadow) are left out: they
// are derived from the tables they index.
Result<QList<TableInfo>, QString> readTables(server::SqlSession& session);

// The highest applied migration (0 for a database without a schema).
Result<int, QString> schemaVersion(server::SqlSession& session);

// A table's or column's name as a quoted SQL identifier (the names are the database's own, from
// readTables: none has a double quote in it).
inline QString quotedName(const QString& name)
{
    return u'"' + name + u'"';
}

} // namespace frontline::admin
