#include "backupcommand.h"

#include "sqlitecopy.h"
#include "storage/sqlsession.h"
#include "tablechecksum.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace frontline::admin {

QString BackupCommand::brief() const
{
    return tr("Back up a running desk, with a manifest of every table");
}

QString BackupCommand::summary() const
{
    return tr("Back up a running desk: SQLite through its online backup API, PostgreSQL with "
              "pg_dump -Fc. Writes <file> and <file>.manifest.json (schema version, rows and "
              "checksum per table), which restore verifies.");
}

void BackupCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOptions(parser);
    parser.addOption({u"out"_s, tr("The backup file to write."), tr("file")});
    parser.addOption({u"force"_s, tr("Replace an existing backup file.")});
}

int BackupCommand::execute(const QCommandLineParser& parser)
{
    QString error;
    const QString spec = databaseSpec(parser, &error);
    if (spec.isEmpty()) {
        err(error);
        return ExitUsage;
    }
    if (!require(parser, u"out"_s))
        return ExitUsage;
    auto config = parseDatabase(spec);
    if (!config) {
        err(tr("Invalid --database: %1").arg(config.error()));
        return ExitUsage;
    }
    const QString outFile = parser.value(u"out"_s);
    if (QFile::exists(outFile) && !parser.isSet(u"force"_s)) {
        err(tr("%1 exists; choose another file or add --force").arg(outFile));
        return ExitFailed;
    }
    QElapsedTimer timer;
    timer.start();
    const int code = config->backend == server::Backend::Sqlite
        ? backupSqlite(*config, outFile)
        : backupPostgres(spec, *config, outFile);
    if (code == ExitOk)
        out(tr("Backup written to %1 (manifest %2) in %3 s")
                .arg(outFile, Manifest::pathFor(outFile))
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return code;
}

int BackupCommand::backupSqlite(const server::DatabaseConfig& config, const QString& outFile)
{
    if (!QFile::exists(config.sqlitePath)) {
        err(tr("No database at %1").arg(config.sqlitePath));
        return ExitFailed;
    }
    const QString partial = outFile + u".partial"_s;
    QFile::remove(partial);
    if (auto copied = sqliteCopy(config.sqlitePath, partial); !copied) {
        err(copied.error());
        QFile::remove(partial);
        return ExitFailed;
    }
    // The manifest describes the copy itself: what the snapshot holds, not the live desk.
    Result<Manifest, QString> manifest = u"not read"_s;
    {
        server::DatabaseConfig copy;
        copy.sqlitePath = partial;
        auto session = open(copy, u"frontline-admin-backup"_s);
        if (!session) {
            err(session.error());
            return ExitFailed;
        }
        manifest = describeDatabase(**session);
        // Fold the copy's WAL back into the file: the backup is one self-contained file.
        try {
            (*session)->execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            (*session)->execute(u"PRAGMA journal_mode=DELETE"_s);
        } catch (const server::DbException& e) {
            err(e.describe());
            return ExitFailed;
        }
    }
    if (!manifest) {
        err(manifest.error());
        return ExitFailed;
    }
    QFile::remove(outFile);
    if (!QFile::rename(partial, outFile)) {
        err(tr("Cannot rename %1 to %2").arg(partial, outFile));
        return ExitFailed;
    }
    if (auto written = manifest->write(Manifest::pathFor(outFile)); !written) {
        err(written.error());
        return ExitFailed;
    }
    return ExitOk;
}

int BackupCommand::backupPostgres(const QString& spec, const server::DatabaseConfig& config,
                                  const QString& outFile)
{
    auto session = open(config, u"frontline-admin-backup"_s);
    if (!session) {
        err(session.error());
        return ExitFailed;
    }
    server::SqlSession& db = **session;
    // pg_dump reads the snapshot this transaction exported, so the manifest and the dump
    // describe the same instant of a desk that goes on writing.
    QString snapshot;
    try {
        db.beginRead();
        server::Statement exported = db.prepare(u"SELECT pg_export_snapshot()"_s);
        exported.exec();
        if (exported.next())
            snapshot = exported.text(0);
    } catch (const server::DbException& e) {
        err(e.describe());
        return ExitFailed;
    }
    auto manifest = describeDatabase(db, true);
    if (!manifest) {
        db.rollback();
        err(manifest.error());
        return ExitFailed;
    }
    const QString partial = outFile + u".partial"_s;
    QProcess dump;
    dump.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dump.start(u"pg_dump"_s,
               {u"--format=custom"_s, u"--snapshot="_s + snapshot, u"--file="_s + partial,
                u"--dbname="_s + spec});
    const bool finished = dump.waitForFinished(-1);
    db.rollback();
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        err(tr("pg_dump failed (%1); is postgresql-client installed?")
                .arg(dump.error() == QProcess::FailedToStart
                         ? tr("not found")
                         : tr("exit code %1").arg(dump.exitCode())));
        QFile::remove(partial);
        return ExitFailed;
    }
    QFile::remove(outFile);
    if (!QFile::rename(partial, outFile)) {
        err(tr("Cannot rename %1 to %2").arg(partial, outFile));
        return ExitFailed;
    }
    if (auto written = manifest->write(Manifest::pathFor(outFile)); !written) {
        err(written.error());
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace frontline::admin
