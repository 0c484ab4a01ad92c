#include "tablecatalog.h"

#include "storage/sqlsession.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::admin {
namespace {

using server::SqlSession;
using server::Statement;

QList<TableInfo> sqliteTables(SqlSession& session)
{
    QStringList names;
    {
        // PRAGMA table_list (SQLite 3.37) tells virtual and shadow tables apart.
        Statement list = session.prepare(u"SELECT name, type FROM pragma_table_list "
                                         "WHERE schema = 'main' ORDER BY name"_s);
        list.exec();
        while (list.next()) {
            const QString name = list.text(0);
            if (list.text(1) == u"table"_s && !name.startsWith(u"sqlite_"_s))
                names.append(name);
        }
    }
    QList<TableInfo> tables;
    for (const QString& name : std::as_const(names)) {
        TableInfo table;
        table.name = name;
        QMap<int, QString> key;
        Statement columns = session.prepare(
            u"SELECT name, type, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid"_s);
        columns.bind(name).exec();
        while (columns.next()) {
            if (columns.integer(3) != 0)
                continue; // generated or hidden
            table.columns.append(columns.text(0));
            if (columns.text(1).toUpper().contains(u"TEXT"_s))
                table.textColumns.insert(columns.text(0));
            if (columns.integer(2) > 0)
                key.insert(columns.integer(2), columns.text(0));
        }
        table.primaryKey = key.values();
        Statement references =
            session.prepare(u"SELECT \"table\" FROM pragma_foreign_key_list(?)"_s);
        references.bind(name).exec();
        while (references.next())
            if (references.text(0) != name)
                table.references.insert(references.text(0));
        tables.append(table);
    }
    return tables;
}

QList<TableInfo> postgresTables(SqlSession& session)
{
    QMap<QString, TableInfo> byName;
    {
        Statement columns =
            session.prepare(uR"(SELECT table_name, column_name, data_type, is_identity, is_generated
                FROM information_schema.columns WHERE table_schema = current_schema()
                ORDER BY table_name, ordinal_position)"_s);
        columns.exec();
        while (columns.next()) {
            if (columns.text(4) != u"NEVER"_s)
                continue;
            TableInfo& table = byName[columns.text(0)];
            table.name = columns.text(0);
            const QString column = columns.text(1);
            table.columns.append(column);
            const QString type = columns.text(2);
            if (type == u"text"_s || type.startsWith(u"character"_s))
                table.textColumns.insert(column);
            if (columns.text(3) == u"YES"_s)
                table.identityColumns.insert(column);
        }
    }
    {
        Statement keys = session.prepare(uR"(SELECT c.relname, a.attname
                FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
                JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                WHERE i.indisprimary ORDER BY c.relname, k.position)"_s);
        keys.exec();
        while (keys.next())
            if (byName.contains(keys.text(0)))
                byName[keys.text(0)].primaryKey.append(keys.text(1));
    }
    {
        Statement references = session.prepare(uR"(SELECT c.relname, r.relname FROM pg_constraint f
                JOIN pg_class c ON c.oid = f.conrelid
                JOIN pg_class r ON r.oid = f.confrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
                WHERE f.contype = 'f')"_s);
        references.exec();
        while (references.next())
            if (byName.contains(references.text(0)) && references.text(0) != references.text(1))
                byName[references.text(0)].references.insert(references.text(1));
    }
    return byName.values();
}

// Kahn's algorithm over the references, by name among the ready ones; a cycle is broken at
// the first remaining table by name.
QList<TableInfo> inDependencyOrder(QList<TableInfo> tables)
{
    QList<TableInfo> ordered;
    QSet<QString> done;
    QSet<QString> present;
    for (const TableInfo& table : std::as_const(tables))
        present.insert(table.name);
    while (!tables.isEmpty()) {
        qsizetype pick = -1;
        for (qsizetype i = 0; i < tables.size() && pick < 0; ++i) {
            bool ready = true;
            for (const QString& other : std::as_const(tables.at(i).references))
                if (present.contains(other) && !done.contains(other))
                    ready = false;
            if (ready)
                pick = i;
        }
        if (pick < 0)
            pick = 0;
        done.insert(tables.at(pick).name);
        ordered.append(tables.takeAt(pick));
    }
    return ordered;
}

} // namespace

Result<QList<TableInfo>, QString> readTables(SqlSession& session)
{
    try {
        QList<TableInfo> tables =
            session.isSqlite() ? sqliteTables(session) : postgresTables(session);
        std::sort(tables.begin(), tables.end(),
                  [](const TableInfo& a, const TableInfo& b) { return a.name < b.name; });
        return inDependencyOrder(tables);
    } catch (const server::DbException& e) {
        return u"cannot read the tables: "_s + e.describe();
    }
}

Result<int, QString> schemaVersion(SqlSession& session)
{
    try {
        bool exists = false;
        {
            Statement probe = session.prepare(
                session.isSqlite()
                    ? u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"_s
                    : u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                      "current_schema() AND table_name = 'schema_migrations'"_s);
            probe.exec();
            exists = probe.next() && probe.int64(0) > 0;
        }
        if (!exists)
            return 0;
        Statement version =
            session.prepare(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
        version.exec();
        return version.next() ? version.integer(0) : 0;
    } catch (const server::DbException& e) {
        return u"cannot read the schema version: "_s + e.describe();
    }
}

} // namespace frontline::admin
