#include "migratecommand.h"

#include "storage/migrations.h"
#include "storage/sqlsession.h"
#include "tablecatalog.h"
#include "tablechecksum.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace frontline::admin {
namespace {

using server::DbException;
using server::SqlSession;

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

// One value in COPY's text format: \N for NULL, blobs as bytea hex, text with backslash, tab,
// newline and carriage return escaped.
void appendCopyValue(QByteArray& line, const QVariant& value)
{
    if (value.isNull()) {
        line += "\\N";
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        line += "\\\\x";
        line += value.toByteArray().toHex();
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        line += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
        line += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

// libpq's connection under Qt's PostgreSQL driver: COPY is not in QtSql's API.
PGconn* connectionOf(SqlSession& session)
{
    // QPSQL's handle() is a QVariant holding the PGconn* (its type name is "PGconn*" or
    // Qt's spelling of it, depending on the version).
    const QVariant handle = session.database().driver()->handle();
    if (!handle.isValid() || !QByteArray(handle.typeName()).contains("conn"))
        return nullptr;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    return connection && PQstatus(connection) == CONNECTION_OK ? connection : nullptr;
}

class CopyIn
{
public:
    CopyIn(PGconn* connection, const QString& table, const QStringList& columns)
        : m_connection(connection)
    {
        QStringList quotedColumns;
        for (const QString& column : columns)
            quotedColumns.append(quotedName(column));
        m_sql = (u"COPY "_s + quotedName(table) + u" ("_s + quotedColumns.join(u", "_s)
                 + u") FROM STDIN"_s)
                    .toUtf8();
    }
    // Failures are thrown as QString.
    void start()
    {
        PGresult* result = PQexec(m_connection, m_sql.constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!ok)
            throw error(u"COPY could not start"_s);
    }
    void put(const QByteArray& data)
    {
        if (PQputCopyData(m_connection, data.constData(), int(data.size())) != 1)
            throw error(u"COPY data refused"_s);
    }
    void finish()
    {
        if (PQputCopyEnd(m_connection, nullptr) != 1)
            throw error(u"COPY could not end"_s);
        bool ok = true;
        QString message;
        while (PGresult* result = PQgetResult(m_connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                ok = false;
                message = QString::fromUtf8(PQresultErrorMessage(result));
            }
            PQclear(result);
        }
        if (!ok)
            throw message;
    }

private:
    QString error(const QString& what) const
    {
        return what + u": "_s + QString::fromUtf8(PQerrorMessage(m_connection));
    }

    PGconn* m_connection;
    QByteArray m_sql;
};

// Copies one table's rows with COPY, a transaction every `perCommit` rows. Throws DbException
// (the source) or QString (the target).
qint64 copyTable(SqlSession& source, SqlSession& target, const TableInfo& table,
                 const QStringList& columns, qint64 perCommit)
{
    PGconn* connection = connectionOf(target);
    if (!connection)
        throw QString(u"the PostgreSQL driver gives no libpq connection ("_s
                      + QString::fromLatin1(target.database().driver()->handle().typeName())
                      + u')');
    QStringList select;
    for (const QString& column : columns)
        select.append(quotedName(column));
    QStringList order;
    for (const QString& column : table.primaryKey.isEmpty() ? columns : table.primaryKey)
        order.append(quotedName(column));
    const QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + quotedName(table.name)
        + u" ORDER BY "_s + order.join(u", "_s);
    Statement rows = source.prepareOnce(sql);
    rows.exec();
    CopyIn copy(connection, table.name, columns);
    qint64 copied = 0;
    qint64 uncommitted = 0;
    QByteArray buffer;
    target.begin();
    copy.start();
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendCopyValue(buffer, rows.value(i));
        }
        buffer += '\n';
        ++copied;
        ++uncommitted;
        if (buffer.size() > (1 << 20)) {
            copy.put(buffer);
            buffer.clear();
        }
        if (uncommitted >= perCommit) {
            copy.put(buffer);
            buffer.clear();
            copy.finish();
            target.commit();
            target.begin();
            copy.start();
            uncommitted = 0;
        }
    }
    if (!buffer.isEmpty())
        copy.put(buffer);
    copy.finish();
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
    parser.addOption({u"batch"_s, tr("Rows per transaction."), tr("rows"), u"50000"_s});
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
    m_batch = qMax(1, parser.value(u"batch"_s).toInt());
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
            dst.execute(u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(quotedName(key.table),
                                                                   quotedName(key.name)));
        // The rows the migrations seeded (the automation account, the schema history) come
        // from the desk instead. DELETE, not TRUNCATE: append-only tables refuse TRUNCATE, and
        // the migrations seed none of them.
        for (const Pair& pair : std::as_const(pairs)) {
            server::Statement seeded = dst.prepare(
                u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(quotedName(pair.target.name)));
            seeded.exec();
            if (seeded.next() && seeded.boolean(0))
                dst.execute(u"DELETE FROM "_s + quotedName(pair.target.name));
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
                quotedName(key.table), quotedName(key.name), key.definition));
        for (const Pair& pair : std::as_const(pairs))
            for (const QString& column : pair.target.identityColumns)
                dst.execute(u"SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                            "COALESCE((SELECT MAX(%3) FROM %1), 0) + 1, false)"_s.arg(
                                quotedName(pair.target.name), column, quotedName(column)));
        dst.commit();
    } catch (const DbException& e) {
        src.rollback();
        dst.rollback();
        err(tr("The copy failed: %1").arg(e.describe()));
        return ExitFailed;
    } catch (const QString& e) {
        src.rollback();
        dst.rollback();
        err(tr("The copy failed: %1").arg(e));
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
    out(tr("Every table matches. Start frontline-server with the --to URL as its --db (db in "
           "server.conf)."));
    return ExitOk;
}

} // namespace frontline::admin
