#include "restorecommand.h"

#include "sqlitecopy.h"
#include "storage/sqlsession.h"
#include "tablecatalog.h"
#include "tablechecksum.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace frontline::admin {

QString RestoreCommand::brief() const
{
    return tr("Restore a backup and verify it against its manifest");
}

QString RestoreCommand::summary() const
{
    return tr("Restore a backup made by frontline-admin backup into a database (stop the "
              "server first), then verify every table's rows and checksum against the "
              "backup's manifest.");
}

void RestoreCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"in"_s, tr("The backup file."), tr("file")});
    parser.addOption({{u"database"_s, u"db"_s},
                      tr("Where to restore: a SQLite file (or sqlite:<file>) or a "
                         "postgresql:// URL."),
                      tr("database")});
    parser.addOption({u"force"_s, tr("Replace a database that is not empty.")});
}

int RestoreCommand::execute(const QCommandLineParser& parser)
{
    if (!require(parser, u"in"_s) || !require(parser, u"database"_s))
        return ExitUsage;
    auto config = parseDatabase(parser.value(u"database"_s));
    if (!config) {
        err(tr("Invalid --database: %1").arg(config.error()));
        return ExitUsage;
    }
    const QString in = parser.value(u"in"_s);
    auto manifest = Manifest::read(Manifest::pathFor(in));
    if (!manifest) {
        err(manifest.error());
        return ExitFailed;
    }
    const bool toSqlite = config->backend == server::Backend::Sqlite;
    if ((manifest->backend == u"sqlite"_s) != toSqlite) {
        err(tr("%1 is a %2 backup; it restores into the same kind of database (to move a "
               "SQLite desk to PostgreSQL, use frontline-admin migrate)")
                .arg(in, manifest->backend));
        return ExitFailed;
    }
    QElapsedTimer timer;
    timer.start();
    const bool force = parser.isSet(u"force"_s);
    int code = toSqlite ? restoreSqlite(in, *config, force)
                        : restorePostgres(in, parser.value(u"database"_s), *config, force);
    if (code != ExitOk)
        return code;
    const qint64 restoredMs = timer.elapsed();
    code = verify(*config, *manifest);
    if (code == ExitOk)
        out(tr("Restored %1 tables from %2 (backup of %3) in %4 s, verified in %5 s")
                .arg(manifest->tables.size())
                .arg(in, manifest->createdAt)
                .arg(double(restoredMs) / 1000.0, 0, 'f', 1)
                .arg(double(timer.elapsed() - restoredMs) / 1000.0, 0, 'f', 1));
    return code;
}

namespace {

// Tables in the target, or an error text.
Result<qsizetype, QString> tableCount(const server::DatabaseConfig& config)
{
    auto session = server::SqlSession::open(config, u"frontline-admin-probe"_s);
    if (!session)
        return session.error();
    auto tables = readTables(**session);
    if (!tables)
        return tables.error();
    return tables->size();
}

} // namespace

int RestoreCommand::restoreSqlite(const QString& in, const server::DatabaseConfig& config,
                                  bool force)
{
    if (QFile::exists(config.sqlitePath) && QFile(config.sqlitePath).size() > 0) {
        auto count = tableCount(config);
        if (!count) {
            err(count.error());
            return ExitFailed;
        }
        if (*count > 0 && !force) {
            err(tr("%1 is not empty (%2 tables); add --force to replace it")
                    .arg(config.sqlitePath)
                    .arg(*count));
            return ExitFailed;
        }
    }
    if (auto copied = sqliteCopy(in, config.sqlitePath); !copied) {
        err(copied.error());
        return ExitFailed;
    }
    return ExitOk;
}

int RestoreCommand::restorePostgres(const QString& in, const QString& spec,
                                    const server::DatabaseConfig& config, bool force)
{
    auto count = tableCount(config);
    if (!count) {
        err(count.error());
        return ExitFailed;
    }
    if (*count > 0) {
        if (!force) {
            err(tr("%1 is not empty (%2 tables); add --force to replace it")
                    .arg(config.describe())
                    .arg(*count));
            return ExitFailed;
        }
        auto session = open(config, u"frontline-admin-clear"_s);
        if (!session) {
            err(session.error());
            return ExitFailed;
        }
        try {
            (*session)->execute(u"DROP SCHEMA public CASCADE"_s);
            (*session)->execute(u"CREATE SCHEMA public"_s);
        } catch (const server::DbException& e) {
            err(tr("Cannot empty the database: %1").arg(e.describe()));
            return ExitFailed;
        }
    }
    QProcess restore;
    restore.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    restore.start(u"pg_restore"_s,
                  {u"--no-owner"_s, u"--no-privileges"_s, u"--exit-on-error"_s,
                   u"--single-transaction"_s, u"--dbname="_s + spec, in});
    if (!restore.waitForFinished(-1) || restore.exitStatus() != QProcess::NormalExit
        || restore.exitCode() != 0) {
        err(tr("pg_restore failed (%1); is postgresql-client installed?")
                .arg(restore.error() == QProcess::FailedToStart
                         ? tr("not found")
                         : tr("exit code %1").arg(restore.exitCode())));
        return ExitFailed;
    }
    return ExitOk;
}

int RestoreCommand::verify(const server::DatabaseConfig& config, const Manifest& manifest)
{
    auto session = open(config, u"frontline-admin-verify"_s);
    if (!session) {
        err(session.error());
        return ExitFailed;
    }
    auto restored = describeDatabase(**session);
    if (!restored) {
        err(restored.error());
        return ExitFailed;
    }
    QStringList differences = compareSums(manifest.tables, restored->tables);
    if (restored->schemaVersion != manifest.schemaVersion)
        differences.prepend(tr("schema version %1, the backup has %2")
                                .arg(restored->schemaVersion)
                                .arg(manifest.schemaVersion));
    if (differences.isEmpty())
        return ExitOk;
    err(tr("The restored database differs from the backup's manifest:"));
    for (const QString& line : std::as_const(differences))
        err(u"  "_s + line);
    return ExitFindings;
}

} // namespace frontline::admin
