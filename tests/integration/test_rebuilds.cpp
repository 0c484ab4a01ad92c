// Derived tables rebuilt in the background (issue: serve at once after an upgrade). A desk
// whose KPI rollups an upgrade emptied — or whose history and search index were written
// outside the server — is served at once: tickets answer, system.ping and the reports say
// what is being rebuilt and how far it is, an export waits for it. Once done, the rollups
// equal a rebuild made offline, also when the server was killed in the middle.
#include "api/systemapi.h"
#include "auth/passwordhasher.h"
#include "backend.h"
#include "demo/demoseeder.h"
#include "kpitables.h"
#include "reports/kpirollup.h"
#include "search/searchindexer.h"
#include "services/configservice.h"
#include "testclient.h"
#include "testserver.h"
#include "testsession.h"
#include "workflow/workflowconfig.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using test::Reply;
using test::TestBackend;
using test::TestClient;
using test::TestDatabase;
using test::TestServer;

constexpr auto DemoPassword = "demo password 2026";

class RebuildTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        m_session = openMigrated(*m_database, u"rebuild-test"_s);
        ASSERT_TRUE(m_session);
        // Six months of a desk written outside the server, as an upgrade that empties the
        // rollups (or a bulk import) leaves it: the history is there, the rollups and (SQLite)
        // the search index are not.
        ASSERT_TRUE(PasswordHasher::initialize());
        const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
        auto seeded = DemoSeeder(*m_session, hasher, WorkflowConfig::defaults())
                          .seedIfEmpty(400, QString::fromLatin1(DemoPassword));
        ASSERT_TRUE(seeded.ok()) << seeded.error().toStdString();
        m_events = KpiRollup::pending(*m_session);
        ASSERT_GT(m_events, 2000) << "the desk is too small to show a rebuild";
        m_session.reset(); // the server owns the database from here
    }

    void openSession()
    {
        m_session = test::openSession(*m_database, u"rebuild-test"_s);
        ASSERT_TRUE(m_session);
    }

    // A server that rebuilds slowly: steps of `batch` with a pause, so that a test sees it
    // in the middle whatever the machine's speed.
    std::unique_ptr<TestServer> startServer(const QStringList& pacing)
    {
        auto server = std::make_unique<TestServer>(*m_database);
        server->setArguments(pacing);
        EXPECT_TRUE(server->start()) << server->error().toStdString();
        return server;
    }

    static api::PingResult ping(TestClient& client)
    {
        const Reply reply = client.call(u"system.ping"_s);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return api::PingResult::fromJson(reply.result);
    }

    // Pings until nothing is rebuilt any more; false if that takes over `timeoutMs`.
    static bool waitForRebuilds(TestClient& client, int timeoutMs = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (ping(client).rebuilding.isEmpty())
                return true;
            test::processEventsFor(100);
        }
        return false;
    }

    static QJsonObject lastMonth()
    {
        const QDate today = QDate::currentDate();
        return QJsonObject {{"from"_L1, today.addDays(-29).toString(Qt::ISODate)},
                            {"to"_L1, today.toString(Qt::ISODate)}};
    }

    // The rollups as the server left them must be what a rebuild from the log gives.
    void expectRollupsEqualAnOfflineRebuild()
    {
        openSession();
        ASSERT_EQ(KpiRollup::pending(*m_session), 0);
        const Table served = kpiTable(*m_session);
        const QMap<QString, QString> servedStates = kpiTicketStates(*m_session);
        auto workflow = ConfigService(*m_session, QDateTime::currentMSecsSinceEpoch()).load();
        ASSERT_TRUE(workflow.ok());
        m_session->begin();
        KpiRollup::reset(*m_session);
        // The scheduler's rounds may have added events meanwhile (SLA warnings).
        EXPECT_GE(KpiRollup::catchUp(*m_session, *workflow), m_events);
        m_session->commit();
        const Table rebuilt = kpiTable(*m_session);
        EXPECT_FALSE(rebuilt.empty());
        EXPECT_EQ(served.size(), rebuilt.size());
        EXPECT_TRUE(served == rebuilt) << "the rollups differ from an offline rebuild";
        EXPECT_TRUE(servedStates == kpiTicketStates(*m_session));
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SqlSession> m_session;
    qint64 m_events = 0;
};

TEST_P(RebuildTest, TheDeskIsServedAtOnceWhileTheRollupsRebuildAndTheyEndAsAnOfflineRebuild)
{
    auto server = startServer({u"--rebuild-batch"_s, u"100"_s, u"--rebuild-pause"_s, u"100"_s});
    ASSERT_TRUE(server->isRunning());
    TestClient manager(server->port());
    ASSERT_TRUE(manager.login(u"manager"_s, QString::fromLatin1(DemoPassword)).ok());

    // Served: the queue answers while the rollups are far from done.
    const Reply queue = manager.call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 50}});
    ASSERT_TRUE(queue.ok()) << queue.describe();
    EXPECT_EQ(queue.items().size(), 50);
    const api::PingResult during = ping(manager);
    const auto rollups = during.rebuild(api::RebuildProgress::KpiRollups);
    ASSERT_TRUE(rollups.has_value()) << "system.ping does not report the rebuild";
    EXPECT_LT(rollups->done, rollups->total);
    EXPECT_GE(rollups->total, m_events);

    // The dashboard's report answers with what is counted so far and says so.
    const Reply partial = manager.call(u"report.kpis"_s, lastMonth());
    ASSERT_TRUE(partial.ok()) << partial.describe();
    const auto marked = api::RebuildProgress::fromJson(partial.object().value("rebuilding"_L1));
    ASSERT_TRUE(marked.has_value()) << "a partial report is not marked";
    EXPECT_EQ(marked->name, api::RebuildProgress::KpiRollups);
    EXPECT_LT(marked->done, marked->total);
    // A file would hold partial figures without saying so: refused until the rebuild is done.
    const Reply file = manager.call(u"report.export"_s,
                                    QJsonObject {{"format"_L1, u"csv"_s},
                                                 {"from"_L1, lastMonth().value("from"_L1)},
                                                 {"to"_L1, lastMonth().value("to"_L1)}});
    EXPECT_EQ(file.code(), int(rpc::ErrorCode::Unavailable)) << file.describe();
    EXPECT_EQ(file.reason(), u"rebuilding"_s);

    ASSERT_TRUE(waitForRebuilds(manager)) << "the rebuild did not finish";
    const Reply complete = manager.call(u"report.kpis"_s, lastMonth());
    ASSERT_TRUE(complete.ok()) << complete.describe();
    EXPECT_FALSE(complete.object().contains("rebuilding"_L1));
    EXPECT_GT(complete.object().value("volume"_L1).toObject().value("created"_L1).toInteger(), 0);
    EXPECT_TRUE(manager
                    .call(u"report.export"_s,
                          QJsonObject {{"format"_L1, u"csv"_s},
                                       {"from"_L1, lastMonth().value("from"_L1)},
                                       {"to"_L1, lastMonth().value("to"_L1)}})
                    .ok());
    EXPECT_TRUE(server->output().contains(u"KPI rollups: rebuilt"_s))
        << server->output().toStdString();
    server->stop();
    expectRollupsEqualAnOfflineRebuild();
}

TEST_P(RebuildTest, AKillInTheMiddleOfARebuildResumesAndCountsEveryEventOnce)
{
    {
        auto server = startServer({u"--rebuild-batch"_s, u"100"_s, u"--rebuild-pause"_s, u"100"_s});
        ASSERT_TRUE(server->isRunning());
        TestClient client(server->port());
        ASSERT_TRUE(client.login(u"manager"_s, QString::fromLatin1(DemoPassword)).ok());
        // Killed once a few steps are committed, before the rebuild is done.
        QElapsedTimer timer;
        timer.start();
        std::optional<api::RebuildProgress> progress;
        while (timer.elapsed() < 60000) {
            progress = ping(client).rebuild(api::RebuildProgress::KpiRollups);
            ASSERT_TRUE(progress.has_value()) << "the rebuild ended before the kill";
            if (progress->done >= 300)
                break;
            test::processEventsFor(50);
        }
        server->kill();
    }
    openSession();
    const qint64 left = KpiRollup::pending(*m_session);
    EXPECT_GT(left, 0);
    EXPECT_LT(left, m_events);
    m_session.reset();

    // Restarted at full speed: it resumes from the mark.
    auto server = startServer({});
    TestClient client(server->port());
    ASSERT_TRUE(client.login(u"manager"_s, QString::fromLatin1(DemoPassword)).ok());
    ASSERT_TRUE(waitForRebuilds(client));
    server->stop();
    expectRollupsEqualAnOfflineRebuild();
}

// SQLite's full-text index is kept by the server (PostgreSQL indexes each row as it is
// written): rows written outside the server are indexed in the background, and a search finds
// them all the while.
using SearchRebuildTest = RebuildTest;

TEST_P(SearchRebuildTest, SearchFindsEveryTicketWhileTheIndexIsRebuilt)
{
    openSession();
    const qint64 backlog = SearchIndexer::backlog(*m_session);
    EXPECT_GT(backlog, 1000);
    // A ticket that only the unindexed part holds, with a word no other ticket has.
    qint64 id = 0;
    {
        Statement newest = m_session->prepare(u"SELECT MAX(id) FROM tickets"_s);
        newest.exec();
        ASSERT_TRUE(newest.next());
        id = newest.int64(0);
    }
    m_session->begin();
    m_session->prepare(u"UPDATE tickets SET title = 'Quetzalcoatl plotter jams' WHERE id = ?"_s)
        .bind(id)
        .exec();
    m_session->commit();
    m_session.reset();

    auto server = startServer({u"--rebuild-batch"_s, u"200"_s, u"--rebuild-pause"_s, u"100"_s});
    TestClient agent(server->port());
    ASSERT_TRUE(agent.login(u"manager"_s, QString::fromLatin1(DemoPassword)).ok());
    const auto search = [&agent] {
        const Reply found =
            agent.call(u"kb.search"_s, QJsonObject {{"query"_L1, u"quetzalcoatl"_s}});
        EXPECT_TRUE(found.ok()) << found.describe();
        QList<qint64> ids;
        for (const QJsonValue& item : found.items())
            ids.append(item.toObject().value("id"_L1).toInteger());
        return ids;
    };
    const auto index = ping(agent).rebuild(api::RebuildProgress::SearchIndex);
    ASSERT_TRUE(index.has_value()) << "system.ping does not report the index rebuild";
    EXPECT_EQ(search(), QList<qint64> {id});
    ASSERT_TRUE(waitForRebuilds(agent));
    EXPECT_EQ(search(), QList<qint64> {id});
    server->stop();
    openSession();
    EXPECT_EQ(SearchIndexer::backlog(*m_session), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, RebuildTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         test::backendName);
INSTANTIATE_TEST_SUITE_P(Sqlite, SearchRebuildTest, ::testing::Values(TestBackend::Sqlite),
                         test::backendName);

} // namespace
} // namespace frontline::server
