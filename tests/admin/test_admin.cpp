// frontline-admin against real desks: the real server process writes, the real tool backs up,
// restores, checks and migrates, and the restored or migrated desk is asked the same questions.
#include "admintool.h"
#include "backend.h"
#include "provisioning.h"
#include "testclient.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace frontline::test {
namespace {

QString adminPassword()
{
    return QString::fromLatin1(TestServer::AdminPassword);
}

std::unique_ptr<TestClient> loginAdmin(const TestServer& server)
{
    auto client = std::make_unique<TestClient>(server.port());
    const Reply login = client->login(u"admin"_s, adminPassword());
    EXPECT_TRUE(login.ok()) << login.describe();
    return client;
}

QJsonValue must(TestClient& client, const QString& method, const QJsonObject& params)
{
    const Reply reply = client.call(method, params);
    EXPECT_TRUE(reply.ok()) << method.toStdString() << ": " << reply.describe();
    return reply.result;
}

// A ticket with a conversation, a change and a file: every kind of row the event log ties.
qint64 busyTicket(TestClient& admin, const QString& title)
{
    const QJsonObject ticket = createTicket(
        admin, {{"title"_L1, title}, {"description"_L1, u"The printer on floor 3 jams"_s}});
    const qint64 id = ticket.value("id"_L1).toInteger();
    must(admin, u"ticket.comment"_s, {{"id"_L1, id}, {"body"_L1, u"Tried a new toner"_s}});
    must(admin, u"ticket.comment"_s,
         {{"id"_L1, id}, {"body"_L1, u"Internal: vendor called"_s}, {"internal"_L1, true}});
    const QJsonObject current = must(admin, u"ticket.get"_s, {{"id"_L1, id}}).toObject();
    must(admin, u"ticket.update"_s,
         {{"id"_L1, id}, {"version"_L1, current.value("version"_L1)}, {"urgency"_L1, u"high"_s}});
    const QByteArray file = "log line 1\nlog line 2\n";
    must(admin, u"attachment.add"_s,
         {{"ticket"_L1, id},
          {"name"_L1, u"printer.log"_s},
          {"size"_L1, file.size()},
          {"data"_L1, QString::fromLatin1(file.toBase64())}});
    return id;
}

// The server has caught up with its derived tables (KPI rollups, search index): system.ping
// lists nothing under `rebuilding`.
bool caughtUp(TestClient& client)
{
    return waitUntil(
        [&client] {
            const Reply ping = client.call(u"system.ping"_s);
            return ping.ok() && ping.object().value("rebuilding"_L1).toArray().isEmpty();
        },
        120000);
}

// What a user of the desk sees of these tickets, method by method.
QJsonObject answers(TestClient& admin, const QList<qint64>& tickets, bool withReports)
{
    QJsonObject seen;
    seen.insert(u"ticket.list"_s, must(admin, u"ticket.list"_s, {{"limit"_L1, 100}}));
    for (qint64 id : tickets) {
        const QString key = QString::number(id);
        seen.insert(u"ticket.get "_s + key, must(admin, u"ticket.get"_s, {{"id"_L1, id}}));
        seen.insert(u"ticket.history "_s + key, must(admin, u"ticket.history"_s, {{"id"_L1, id}}));
        seen.insert(u"attachment.list "_s + key,
                    must(admin, u"attachment.list"_s, {{"ticket"_L1, id}}));
    }
    if (withReports) {
        seen.insert(u"kb.search"_s, must(admin, u"kb.search"_s, {{"query"_L1, u"password"_s}}));
        const QDate today = QDate::currentDate();
        seen.insert(u"report.kpis"_s,
                    must(admin, u"report.kpis"_s,
                         {{"from"_L1, today.addDays(-60).toString(Qt::ISODate)},
                          {"to"_L1, today.toString(Qt::ISODate)}}));
    }
    return seen;
}

void expectSameAnswers(const QJsonObject& before, const QJsonObject& after)
{
    for (auto it = before.begin(); it != before.end(); ++it)
        EXPECT_EQ(it.value(), after.value(it.key()))
            << it.key().toStdString() << "\nbefore: "
            << QJsonDocument::fromVariant(it.value().toVariant()).toJson().left(3000).toStdString()
            << "\nafter: "
            << QJsonDocument::fromVariant(after.value(it.key()).toVariant())
                   .toJson()
                   .left(3000)
                   .toStdString();
}

class AdminBackup : public ::testing::TestWithParam<TestBackend>
{ };

// Issue 23.5: an online backup of a desk that goes on writing, restored into a fresh database
// and verified; the restored desk answers as the original did for every ticket in the backup.
TEST_P(AdminBackup, RunningDeskIsBackedUpAndRestoredWithTheSameAnswers)
{
    TestDatabase original(GetParam());
    FRONTLINE_REQUIRE_DATABASE(original);
    TestServer server(original);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    auto admin = loginAdmin(server);
    QList<qint64> before;
    for (int i = 0; i < 5; ++i)
        before.append(busyTicket(*admin, u"Printer %1"_s.arg(i)));
    const QJsonObject seen = answers(*admin, before, false);

    QTemporaryDir folder;
    const QString backup = folder.filePath(u"desk.backup"_s);
    QProcess running;
    running.start(adminProgram(),
                  {u"backup"_s, u"--database"_s, original.spec(), u"--out"_s, backup});
    ASSERT_TRUE(running.waitForStarted());
    int during = 0;
    while (running.state() != QProcess::NotRunning || during == 0) {
        createTicket(*admin,
                     {{"title"_L1, u"Written during the backup"_s}, {"description"_L1, u"load"_s}});
        ++during;
        running.waitForFinished(1);
    }
    running.waitForFinished();
    ASSERT_EQ(running.exitCode(), 0) << running.readAllStandardError().toStdString();
    ASSERT_TRUE(QFile::exists(backup + u".manifest.json"_s));

    TestDatabase restored(GetParam());
    FRONTLINE_REQUIRE_DATABASE(restored);
    const AdminRun restore =
        runAdmin({u"restore"_s, u"--in"_s, backup, u"--database"_s, restored.spec()});
    ASSERT_EQ(restore.exitCode, 0) << restore.describe();
    EXPECT_TRUE(restore.output.contains(u"verified"_s)) << restore.describe();

    const AdminRun again =
        runAdmin({u"restore"_s, u"--in"_s, backup, u"--database"_s, restored.spec()});
    EXPECT_EQ(again.exitCode, 3) << "a database that is not empty is refused without --force";
    EXPECT_TRUE(again.errors.contains(u"--force"_s)) << again.describe();

    TestServer second(restored);
    ASSERT_TRUE(second.start()) << second.error().toStdString();
    auto restoredAdmin = loginAdmin(second);
    const QJsonObject after = answers(*restoredAdmin, before, false);
    for (qint64 id : before) {
        const QString key = QString::number(id);
        for (const QString& what : {u"ticket.get "_s, u"ticket.history "_s, u"attachment.list "_s})
            EXPECT_EQ(seen.value(what + key), after.value(what + key))
                << QString(what + key).toStdString();
    }
    const QSet<qint64> listed =
        idsOf(after.value(u"ticket.list"_s).toObject().value("items"_L1).toArray());
    for (qint64 id : before)
        EXPECT_TRUE(listed.contains(id)) << id;
    EXPECT_EQ(runAdmin({u"check"_s, u"--database"_s, restored.spec()}).exitCode, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminBackup,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

// Issue 23.5's Done-when: a SQLite desk with demo data and tickets with comments, files and
// events moves to PostgreSQL, every table counted and checksummed, and a server on PostgreSQL
// answers ticket.list, ticket.get, ticket.history, kb.search and report.kpis as before.
TEST(AdminMigrate, SqliteDeskMovesToPostgresAndServesTheSameAnswers)
{
    TestDatabase sqlite(TestBackend::Sqlite);
    TestDatabase postgres(TestBackend::Postgres);
    FRONTLINE_REQUIRE_DATABASE(postgres);
    QJsonObject before;
    QList<qint64> tickets;
    {
        TestServer server(sqlite);
        server.setArguments({u"--demo"_s, u"--demo-tickets"_s, u"300"_s});
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        auto admin = loginAdmin(server);
        for (int i = 0; i < 3; ++i)
            tickets.append(busyTicket(*admin, u"Migrated printer %1"_s.arg(i)));
        tickets.append({1, 2, 150});
        ASSERT_TRUE(caughtUp(*admin));
        before = answers(*admin, tickets, true);
        // Nothing compared is trivially empty.
        EXPECT_FALSE(before.value(u"kb.search"_s).toObject().value("items"_L1).toArray().isEmpty());
        EXPECT_GT(before.value(u"report.kpis"_s)
                      .toObject()
                      .value("volume"_L1)
                      .toObject()
                      .value("created"_L1)
                      .toInt(),
                  0);
        server.stop();
    }
    const AdminRun migrate = runAdmin(
        {u"migrate"_s, u"--from"_s, u"sqlite:"_s + sqlite.spec(), u"--to"_s, postgres.spec()});
    ASSERT_EQ(migrate.exitCode, 0) << migrate.describe();
    EXPECT_TRUE(migrate.output.contains(u"Every table matches"_s)) << migrate.describe();
    EXPECT_TRUE(migrate.output.contains(u"ticket_events"_s))
        << "the table of sums lists the event log";

    const AdminRun twice =
        runAdmin({u"migrate"_s, u"--from"_s, sqlite.spec(), u"--to"_s, postgres.spec()});
    EXPECT_EQ(twice.exitCode, 3) << "an existing PostgreSQL desk is never overwritten";

    TestServer server(postgres);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    auto admin = loginAdmin(server);
    ASSERT_TRUE(caughtUp(*admin));
    expectSameAnswers(before, answers(*admin, tickets, true));
    // The sequences continue after the copied rows.
    const qint64 next =
        createTicket(*admin, {{"title"_L1, u"After the move"_s}, {"description"_L1, u"new"_s}})
            .value("id"_L1)
            .toInteger();
    EXPECT_GT(next, tickets.constFirst());
    EXPECT_EQ(runAdmin({u"check"_s, u"--database"_s, postgres.spec()}).exitCode, 0);
}

// A healthy desk has no findings; a damaged file and a broken event log are found.
TEST(AdminCheck, FindsACorruptedFileAndABrokenEventLog)
{
    TestDatabase database(TestBackend::Sqlite);
    {
        TestServer server(database);
        ASSERT_TRUE(server.start()) << server.error().toStdString();
        auto admin = loginAdmin(server);
        for (int i = 0; i < 40; ++i)
            busyTicket(*admin, u"Ticket %1 with a long enough title to fill pages"_s.arg(i));
        server.stop();
    }
    const AdminRun healthy = runAdmin({u"check"_s, u"--database"_s, database.spec()});
    ASSERT_EQ(healthy.exitCode, 0) << healthy.describe();

    QTemporaryDir folder;
    const QString broken = folder.filePath(u"events.db"_s);
    ASSERT_TRUE(QFile::copy(database.spec(), broken));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"break-events"_s);
        db.setDatabaseName(broken);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"DROP TRIGGER ticket_events_no_delete"_s));
        ASSERT_TRUE(query.exec(u"DELETE FROM ticket_events WHERE kind = 'created' AND ticket_id = "
                               "(SELECT MIN(id) FROM tickets)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"break-events"_s);
    const AdminRun events = runAdmin({u"check"_s, u"--database"_s, broken});
    EXPECT_EQ(events.exitCode, 1) << events.describe();
    EXPECT_TRUE(events.output.contains(u"FAIL ticket without its 'created' event: 1"_s))
        << events.describe();

    const QString corrupt = folder.filePath(u"corrupt.db"_s);
    ASSERT_TRUE(QFile::copy(database.spec(), corrupt));
    {
        QFile file(corrupt);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        ASSERT_GT(pages, 8);
        // Garbage over three pages in the middle of the file, from their b-tree page headers on.
        for (qint64 page = pages / 2; page < pages / 2 + 3; ++page) {
            file.seek(page * 4096);
            file.write(QByteArray(1024, '\x5a'));
        }
    }
    const AdminRun damaged = runAdmin({u"check"_s, u"--database"_s, corrupt});
    EXPECT_EQ(damaged.exitCode, 1) << damaged.describe();
    EXPECT_TRUE(damaged.output.contains(u"FAIL"_s)) << damaged.describe();
}

// The server's own CSV import, from the command line: a dry run writes nothing.
TEST(AdminImport, UsersFromCsvWithADryRunFirst)
{
    TestDatabase database(TestBackend::Sqlite);
    TestServer server(database);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    auto admin = loginAdmin(server);
    QTemporaryDir folder;
    const QString csv = folder.filePath(u"users.csv"_s);
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("username,display_name,email,role\nnora.new,Nora New,nora@example.com,agent\n");
    }
    const auto hasNora = [&admin] {
        const QJsonArray users =
            must(*admin, u"user.list"_s, {}).toObject().value("items"_L1).toArray();
        for (const QJsonValue& user : users)
            if (user.toObject().value("username"_L1).toString() == u"nora.new"_s)
                return true;
        return false;
    };
    const AdminRun dry = runAdmin({u"import"_s, u"users"_s, u"--csv"_s, csv, u"--database"_s,
                                   database.spec(), u"--dry-run"_s});
    ASSERT_EQ(dry.exitCode, 0) << dry.describe();
    EXPECT_TRUE(dry.output.contains(u"\"created\": 1"_s)) << dry.describe();
    EXPECT_FALSE(hasNora());
    const AdminRun real =
        runAdmin({u"import"_s, u"users"_s, u"--csv"_s, csv, u"--database"_s, database.spec()});
    ASSERT_EQ(real.exitCode, 0) << real.describe();
    EXPECT_TRUE(hasNora());
    EXPECT_EQ(runAdmin({u"import"_s, u"groups"_s, u"--csv"_s, csv}).exitCode, 2);
}

} // namespace
} // namespace frontline::test
