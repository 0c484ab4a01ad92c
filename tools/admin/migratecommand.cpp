#include "migratecommand.h"

#include "storage/migrations.h"
#include "storage/sqlsession.h"
#include "tablecatalog.h"
#include "tablechecksum.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace frontline::admin {
namespace {

using server::DbException;
using server::SqlSession;

QString quoted(const QString& name)
{
    return u'"' + name + u'"';
}

struct ForeignKey
{
    QString table;
    QString name;
    QString definition;
};

QList<ForeignKey> foreignKeys(SqlSession& target)
{
    QList<ForeignKey> keys;
    server::Statement query = target.prepare(
        uR"(SELECT c.relname, f.conname, pg_get_constraintdef(f.oid) FROM pg_constraint f
            JOIN pg_class c ON c.oid = f.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
            WHERE f.contype = 'f' ORDER BY c.relname, f.conname)"_s);
    query.exec();
    while (query.next())
        keys.append({query.text(0), query.text(1), query.text(2)});
    return keys;
}

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    QStringList quotedColumns;
    for (const QString& column : columns)
        quotedColumns.append(quoted(column));
    const QString one = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO "_s + quoted(table) + u" ("_s + quotedColumns.join(u", "_s)
        + u") VALUES "_s + QStringList(rows, one).join(u", "_s);
}

// Copies one table's rows, `batch` rows to a statement, a transaction every `perCommit` rows.
qint64 copyTable(SqlSession& source, SqlSession& target, const TableInfo& table,
                 const QStringList& columns, int batch)
{
    QStringList select;
    for (const QString& column : columns)
        select.append(quoted(column));
    QStringList order;
    for (const QString& column : table.primaryKey.isEmpty() ? columns : table.primaryKey)
        order.append(quoted(column));
    QSqlQuery rows(source.database());
    rows.setForwardOnly(true);
    const QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + quoted(table.name)
        + u" ORDER BY "_s + order.join(u", "_s);
    if (!rows.exec(sql))
        source.fail(rows.lastError(), sql);
    const QString full = insertStatement(table.name, columns, batch);
    constexpr qint64 perCommit = 20000;
    qint64 copied = 0;
    qint64 uncommitted = 0;
    QList<QVariantList> pending;
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        server::Statement insert = target.prepare(
            pending.size() == batch ? full
                                    : insertStatement(table.name, columns, int(pending.size())));
        for (const QVariantList& row : std::as_const(pending))
            for (const QVariant& value : row)
                insert.bind(value);
        insert.exec();
        copied += pending.size();
        uncommitted += pending.size();
        pending.clear();
        if (uncommitted >= perCommit) {
            target.commit();
            target.begin();
            uncommitted = 0;
        }
    };
    target.begin();
    while (rows.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row.append(rows.value(i));
        pending.append(row);
        if (pending.size() == batch)
            flush();
    }
    if (rows.lastError().isValid())
        source.fail(rows.lastError(), sql);
    flush();
    target.commit();
    return copied;
}

} // namespace

QString MigrateCommand::brief() const
{
    return tr("Move a SQLite desk to PostgreSQL, every table compared");
}

QString MigrateCommand::summary() const
{
    return tr("Move a SQLite desk to an empty PostgreSQL database: creates the schema with the "
              "server's migrations, copies every table in dependency order, fixes the "
              "sequences, then compares rows and checksum per table. Stop the server first.");
}

void MigrateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"from"_s, tr("The SQLite desk: sqlite:<file> or a file."), tr("database")});
    parser.addOption({u"to"_s, tr("The empty PostgreSQL database: postgresql://..."), tr("url")});
    parser.addOption({u"batch"_s, tr("Rows per INSERT statement."), tr("rows"), u"500"_s});
}

int MigrateCommand::execute(const QCommandLineParser& parser)
{
    if (!require(parser, u"from"_s) || !require(parser, u"to"_s))
        return ExitUsage;
    auto from = parseDatabase(parser.value(u"from"_s));
    auto to = parseDatabase(parser.value(u"to"_s));
    if (!from || !to) {
        err(tr("Invalid database: %1").arg(!from ? from.error() : to.error()));
        return ExitUsage;
    }
    if (from->backend != server::Backend::Sqlite || to->backend != server::Backend::Postgres) {
        err(tr("migrate moves a SQLite desk (--from) to PostgreSQL (--to)"));
        return ExitUsage;
    }
    m_batch = qBound(1, parser.value(u"batch"_s).toInt(), 2000);
    auto source = open(*from, u"frontline-admin-source"_s);
    if (!source) {
        err(source.error());
        return ExitFailed;
    }
    auto target = open(*to, u"frontline-admin-target"_s);
    if (!target) {
        err(target.error());
        return ExitFailed;
    }
    SqlSession& src = **source;
    SqlSession& dst = **target;

    auto version = schemaVersion(src);
    if (!version) {
        err(version.error());
        return ExitFailed;
    }
    if (*version != server::latestSchemaVersion()) {
        err(tr("The SQLite desk has schema version %1; this tool knows %2. Start the matching "
               "frontline-server on it once (it migrates), or use the matching frontline-admin.")
                .arg(*version)
                .arg(server::latestSchemaVersion()));
        return ExitFailed;
    }
    if (auto existing = readTables(dst); !existing || !existing->isEmpty()) {
        err(existing ? tr("%1 is not empty (%2 tables); migrate needs an empty database")
                           .arg(to->describe())
                           .arg(existing->size())
                     : existing.error());
        return ExitFailed;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto migrated = server::migrate(dst); !migrated) {
        err(tr("Cannot create the schema: %1").arg(migrated.error()));
        return ExitFailed;
    }
    auto targetTables = readTables(dst);
    auto sourceTables = readTables(src);
    if (!targetTables || !sourceTables) {
        err(!targetTables ? targetTables.error() : sourceTables.error());
        return ExitFailed;
    }
    QHash<QString, TableInfo> sourceByName;
    for (const TableInfo& table : std::as_const(*sourceTables))
        sourceByName.insert(table.name, table);

    struct Pair
    {
        TableInfo source;
        TableInfo target;
        QStringList columns;
    };
    QList<Pair> pairs;
    for (const TableInfo& table : std::as_const(*targetTables)) {
        if (!sourceByName.contains(table.name)) {
            out(tr("%1: only in PostgreSQL, left as the migrations made it").arg(table.name));
            continue;
        }
        const TableInfo& other = sourceByName.value(table.name);
        QStringList columns;
        for (const QString& column : table.columns)
            if (other.columns.contains(column))
                columns.append(column);
        pairs.append({other, table, columns});
        sourceByName.remove(table.name);
    }
    for (const TableInfo& table : std::as_const(sourceByName))
        out(tr("%1: SQLite only (the server rebuilds it), not copied").arg(table.name));

    qint64 totalRows = 0;
    try {
        // The references are checked once at the end, when every row is in: rows go in
        // primary-key order, and a table may refer to itself or to a later one.
        const QList<ForeignKey> keys = foreignKeys(dst);
        dst.begin();
        for (const ForeignKey& key : keys)
            dst.execute(
                u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(quoted(key.table), quoted(key.name)));
        // The rows the migrations seeded (the automation account, the schema history) come
        // from the desk instead. DELETE, not TRUNCATE: append-only tables refuse TRUNCATE, and
        // the migrations seed none of them.
        for (const Pair& pair : std::as_const(pairs)) {
            server::Statement seeded =
                dst.prepare(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(quoted(pair.target.name)));
            seeded.exec();
            if (seeded.next() && seeded.boolean(0))
                dst.execute(u"DELETE FROM "_s + quoted(pair.target.name));
        }
        dst.commit();

        src.beginRead();
        for (const Pair& pair : std::as_const(pairs)) {
            QElapsedTimer tableTimer;
            tableTimer.start();
            const qint64 rows = copyTable(src, dst, pair.source, pair.columns, m_batch);
            totalRows += rows;
            if (rows > 0)
                out(tr("%1: %2 rows copied in %3 s")
                        .arg(pair.target.name)
                        .arg(rows)
                        .arg(double(tableTimer.elapsed()) / 1000.0, 0, 'f', 1));
        }
        src.rollback();

        dst.begin();
        for (const ForeignKey& key : keys)
            dst.execute(u"ALTER TABLE %1 ADD CONSTRAINT %2 %3"_s.arg(
                quoted(key.table), quoted(key.name), key.definition));
        for (const Pair& pair : std::as_const(pairs))
            for (const QString& column : pair.target.identityColumns)
                dst.execute(u"SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                            "COALESCE((SELECT MAX(%3) FROM %1), 0) + 1, false)"_s.arg(
                                quoted(pair.target.name), column, quoted(column)));
        dst.commit();
    } catch (const DbException& e) {
        src.rollback();
        dst.rollback();
        err(tr("The copy failed: %1").arg(e.describe()));
        return ExitFailed;
    }
    const qint64 copyMs = timer.elapsed();

    QList<TableSum> left;
    QList<TableSum> right;
    for (const Pair& pair : std::as_const(pairs)) {
        auto a = sumTable(src, pair.source, pair.columns);
        auto b = sumTable(dst, pair.target, pair.columns);
        if (!a || !b) {
            err(!a ? a.error() : b.error());
            return ExitFailed;
        }
        left.append(*a);
        right.append(*b);
    }
    out(formatSums(left, right));
    const QStringList differences = compareSums(left, right);
    out(tr("%1 rows in %2 tables copied in %3 s, compared in %4 s")
            .arg(totalRows)
            .arg(pairs.size())
            .arg(double(copyMs) / 1000.0, 0, 'f', 1)
            .arg(double(timer.elapsed() - copyMs) / 1000.0, 0, 'f', 1));
    if (!differences.isEmpty()) {
        err(tr("PostgreSQL differs from the SQLite desk:"));
        for (const QString& line : differences)
            err(u"  "_s + line);
        return ExitFindings;
    }
    out(tr("Every table matches. Start frontline-server with --db %1").arg(to->describe()));
    return ExitOk;
}

} // namespace frontline::admin
