// Storage that fails under the server. A disk that fails its fsync or is full (a test-only
// SQLite VFS, LD_PRELOADed into the real server): the server stops acknowledging writes, says
// `writable: false`, goes on serving reads, and loses nothing it acknowledged before. PostgreSQL
// stopped with `-m immediate` under load (a cluster of the test's own): the server answers
// `unavailable` meanwhile, reconnects by itself once the database is back, and nothing it
// acknowledged is missing.
#include "ackedwriter.h"
#include "backend.h"
#include "privatepostgres.h"
#include "rpc/errorcodes.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testclient.h"
#include "testserver.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Unavailable = static_cast<int>(rpc::ErrorCode::Unavailable);

bool pingWritable(TestClient& client)
{
    return client.call(u"system.ping"_s).object().value("writable"_L1).toBool();
}

QString adminToken(TestClient& client)
{
    return client.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword))
        .object()
        .value("token"_L1)
        .toString();
}

// Every acknowledged ticket is there, with its title.
void expectAllPresent(TestClient& client, const std::vector<std::unique_ptr<AckedWriter>>& writers)
{
    for (const auto& writer : writers) {
        const QHash<QString, qint64>& acknowledged = writer->acknowledged();
        for (auto it = acknowledged.constBegin(); it != acknowledged.constEnd(); ++it) {
            const Reply ticket = client.call(u"ticket.get"_s, QJsonObject {{"id"_L1, it.value()}});
            ASSERT_TRUE(ticket.ok())
                << "acknowledged ticket " << it.value() << " is missing: " << ticket.describe();
            ASSERT_EQ(ticket.object().value("title"_L1).toString(), it.key());
        }
    }
}

qsizetype acknowledgedCount(const std::vector<std::unique_ptr<AckedWriter>>& writers)
{
    qsizetype count = 0;
    for (const auto& writer : writers)
        count += writer->acknowledged().size();
    return count;
}

QString sqliteIntegrity(const QString& path)
{
    auto config = server::DatabaseConfig::parse(path);
    auto session = server::SqlSession::open(*config, u"fault-test-check"_s);
    if (!session)
        return session.error();
    server::Statement check = (*session)->prepare(u"PRAGMA integrity_check"_s);
    check.exec();
    return check.next() ? check.text(0) : u"no answer"_s;
}

// The SQLite faults, each a value of FRONTLINE_FAULT_CONTROL's file (tests/support/faultvfs.cpp).
class SqliteFaultTest : public ::testing::TestWithParam<const char*>
{ };

} // namespace

TEST_P(SqliteFaultTest, StopsAcknowledgingKeepsReadingLosesNothingAcknowledged)
{
    TestDatabase database(TestBackend::Sqlite);
    QTemporaryDir control;
    const QString controlFile = control.filePath(u"fault"_s);
    TestServer server(database);
    server.setEnvironment(u"LD_PRELOAD"_s, QStringLiteral(FRONTLINE_FAULT_VFS));
    server.setEnvironment(u"FRONTLINE_FAULT_CONTROL"_s, controlFile);
    ASSERT_TRUE(server.start()) << server.error().toStdString();

    TestClient admin(server.port());
    const QString token = adminToken(admin);
    ASSERT_FALSE(token.isEmpty());
    ASSERT_TRUE(pingWritable(admin));

    std::vector<std::unique_ptr<AckedWriter>> writers;
    for (int i = 0; i < 4; ++i)
        writers.push_back(
            std::make_unique<AckedWriter>(server.port(), token, u"fault-%1"_s.arg(i)));
    ASSERT_TRUE(waitUntil([&] { return acknowledgedCount(writers) >= 100; }, 20000))
        << "the load runs";

    // The disk breaks under the load.
    {
        QFile file(controlFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(GetParam());
    }
    ASSERT_TRUE(waitUntil([&] { return !pingWritable(admin); }, 10000))
        << "system.ping says the server no longer takes writes";
    processEventsFor(200); // answers of commits before the failure may still be on their way
    const qsizetype acknowledgedBefore = acknowledgedCount(writers);
    processEventsFor(500);
    EXPECT_EQ(acknowledgedCount(writers), acknowledgedBefore)
        << "no write is acknowledged once storage failed";
    for (const auto& writer : writers)
        EXPECT_EQ(writer->lastErrorCode(), Unavailable);
    const Reply refused = admin.call(
        u"ticket.create"_s, QJsonObject {{"title"_L1, u"refused"_s}, {"description"_L1, u"x"_s}});
    ASSERT_EQ(refused.code(), Unavailable) << refused.describe();
    EXPECT_EQ(refused.reason(), u"storage_failed"_s);

    // Reads go on, and they hold everything acknowledged before the failure.
    expectAllPresent(admin, writers);
    EXPECT_TRUE(admin.call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 10}}).ok());
    for (auto& writer : writers)
        writer->stop();

    // The operator fixes the disk and restarts: the file is whole and nothing acknowledged is lost.
    server.kill();
    QFile::remove(controlFile);
    EXPECT_EQ(sqliteIntegrity(database.spec()), u"ok"_s);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TestClient after(server.port());
    ASSERT_FALSE(adminToken(after).isEmpty());
    EXPECT_TRUE(pingWritable(after));
    expectAllPresent(after, writers);
    EXPECT_TRUE(
        after
            .call(u"ticket.create"_s,
                  QJsonObject {{"title"_L1, u"after the repair"_s}, {"description"_L1, u"ok"_s}})
            .ok());
}

INSTANTIATE_TEST_SUITE_P(Faults, SqliteFaultTest, ::testing::Values("fsync", "full"),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                             return std::string(info.param) == "fsync" ? "FailedFsync" : "FullDisk";
                         });

TEST(PostgresFaultTest, ImmediateStopUnderLoadThenReconnectsLosingNothingAcknowledged)
{
    PrivatePostgres cluster;
    if (!cluster.start())
        GTEST_SKIP() << cluster.error().toStdString();
    // The test databases of this process live in the private cluster.
    const QByteArray sharedUrl = qgetenv("FRONTLINE_TEST_PG_URL");
    qputenv("FRONTLINE_TEST_PG_URL", cluster.adminUrl().toUtf8());
    struct RestoreUrl
    {
        QByteArray url;
        ~RestoreUrl() { qputenv("FRONTLINE_TEST_PG_URL", url); }
    } restore {sharedUrl};

    TestDatabase database(TestBackend::Postgres);
    FRONTLINE_REQUIRE_DATABASE(database);
    TestServer server(database);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TestClient admin(server.port());
    const QString token = adminToken(admin);
    ASSERT_FALSE(token.isEmpty());

    std::vector<std::unique_ptr<AckedWriter>> writers;
    for (int i = 0; i < 4; ++i)
        writers.push_back(std::make_unique<AckedWriter>(server.port(), token, u"pg-%1"_s.arg(i)));
    ASSERT_TRUE(waitUntil([&] { return acknowledgedCount(writers) >= 100; }, 20000))
        << "the load runs";

    ASSERT_TRUE(cluster.stopImmediately()) << cluster.error().toStdString();
    ASSERT_TRUE(waitUntil([&] { return !pingWritable(admin); }, 10000))
        << "system.ping says the server cannot write while PostgreSQL is down";
    const Reply refused = admin.call(
        u"ticket.create"_s, QJsonObject {{"title"_L1, u"refused"_s}, {"description"_L1, u"x"_s}});
    EXPECT_EQ(refused.code(), Unavailable) << refused.describe();
    const qsizetype acknowledgedWhileDown = acknowledgedCount(writers);

    ASSERT_TRUE(cluster.restart()) << cluster.error().toStdString();
    ASSERT_TRUE(waitUntil([&] { return pingWritable(admin); }, 20000))
        << "the server reconnects by itself";
    ASSERT_TRUE(
        waitUntil([&] { return acknowledgedCount(writers) >= acknowledgedWhileDown + 50; }, 20000))
        << "writes are acknowledged again";
    for (auto& writer : writers)
        writer->stop();
    processEventsFor(200);
    expectAllPresent(admin, writers);

    // And they are in the database itself, not only in a connection's view.
    server.kill();
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TestClient after(server.port());
    ASSERT_FALSE(adminToken(after).isEmpty());
    expectAllPresent(after, writers);
}
