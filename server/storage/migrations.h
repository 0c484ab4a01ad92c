#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace frontline::server {

class SqlSession;

// A change to the text SQLite keeps for a table, made in place (SQLite's documented procedure
// for changing a CHECK without copying the table): for a constraint rewritten to an equivalent
// that SQLite evaluates more cheaply, which the rows already satisfy.
struct SqliteTableEdit
{
    QString table;
    QString before;
    QString after;
};

// One step of the schema. Statements use the dialect tokens of SqlSession::translate(); where
// the dialects differ beyond that, a migration lists statements per backend.
struct Migration
{
    int version = 0;
    QString name;
    QStringList common;
    QStringList sqliteOnly;
    QStringList postgresOnly;
    QList<SqliteTableEdit> sqliteTableEdits; // after the statements
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// SQLite's procedure for changing a table's CHECK without copying it, inside the caller's
// transaction: the text of each table is edited in sqlite_master and the schema cookie moved
// on, so that every connection (this one included) reads the schema again. An edit whose new
// text is there already is done; one that finds neither text fails. Returns what went wrong
// (the caller rolls back), or empty. migrate() runs it for a migration's sqliteTableEdits.
QString applySqliteTableEdits(SqlSession& session, const QList<SqliteTableEdit>& edits);

// Brings the schema up to date: each pending migration in its own transaction, recorded in
// schema_migrations. Refuses a database written by a newer Frontline.
Result<int, QString> migrate(SqlSession& session);

} // namespace frontline::server
