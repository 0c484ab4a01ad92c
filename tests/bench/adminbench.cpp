// frontline-admin-bench: how long frontline-admin takes on a large desk — SQLite backup and
// verified restore, SQLite -> PostgreSQL migration (copy and per-table comparison), PostgreSQL
// backup and verified restore. The desk is seeded straight through the storage layer
// (BenchSeeder: tickets with their creation events). Needs FRONTLINE_TEST_PG_URL.
//
//   frontline-admin-bench [tickets ...]        (default: 100000)
#include "admintool.h"
#include "backend.h"
#include "benchseeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace frontline;

namespace {

double timed(const QStringList& arguments, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    const test::AdminRun run = test::runAdmin(arguments, 6 * 3600 * 1000);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (run.exitCode != 0) {
        out << "FAILED: frontline-admin " << arguments.join(u' ') << "\n"
            << QString::fromStdString(run.describe()) << Qt::endl;
        std::exit(1);
    }
    return seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<qint64> sizes;
    for (const QString& argument : QCoreApplication::arguments().mid(1))
        sizes.append(argument.toLongLong());
    if (sizes.isEmpty())
        sizes = {100000};
    if (test::postgresAdminUrl().isEmpty()) {
        out << "FRONTLINE_TEST_PG_URL is not set" << Qt::endl;
        return 2;
    }
    for (qint64 tickets : sizes) {
        test::TestDatabase sqlite(test::TestBackend::Sqlite);
        server::DatabaseConfig config;
        config.sqlitePath = sqlite.spec();
        QElapsedTimer timer;
        timer.start();
        const QString error = bench::BenchSeeder::seed(config, tickets, u"bench-password"_s);
        if (!error.isEmpty()) {
            out << "cannot seed: " << error << Qt::endl;
            return 1;
        }
        out << tickets << " tickets seeded in " << double(timer.elapsed()) / 1000.0 << " s, "
            << QFileInfo(sqlite.spec()).size() / (1024 * 1024) << " MiB" << Qt::endl;

        QTemporaryDir folder;
        const QString sqliteBackup = folder.filePath(u"sqlite.backup"_s);
        out << "  sqlite backup:   "
            << timed({u"backup"_s, u"--database"_s, sqlite.spec(), u"--out"_s, sqliteBackup}, out)
            << " s" << Qt::endl;
        test::TestDatabase sqliteRestored(test::TestBackend::Sqlite);
        out << "  sqlite restore:  "
            << timed(
                   {u"restore"_s, u"--in"_s, sqliteBackup, u"--database"_s, sqliteRestored.spec()},
                   out)
            << " s (verified)" << Qt::endl;
        test::TestDatabase postgres(test::TestBackend::Postgres);
        out << "  migrate to pg:   "
            << timed({u"migrate"_s, u"--from"_s, sqlite.spec(), u"--to"_s, postgres.spec()}, out)
            << " s (copy and compare)" << Qt::endl;
        const QString pgBackup = folder.filePath(u"pg.backup"_s);
        out << "  pg backup:       "
            << timed({u"backup"_s, u"--database"_s, postgres.spec(), u"--out"_s, pgBackup}, out)
            << " s" << Qt::endl;
        test::TestDatabase pgRestored(test::TestBackend::Postgres);
        out << "  pg restore:      "
            << timed({u"restore"_s, u"--in"_s, pgBackup, u"--database"_s, pgRestored.spec()}, out)
            << " s (verified)" << Qt::endl;
    }
    return 0;
}
