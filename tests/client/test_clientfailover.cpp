// Client fail-over above the RPC layer (issue 23, point 4): the client core as the app wires
// it (Session, Directory, the queue model and the queue counts) is given two servers on one
// PostgreSQL. The server it uses is killed (SIGKILL); the controllers go on with the other one:
// the same session resumed there without a new login, the queue read again, and pushes from the
// surviving server arrive.
#include "client/core/queuecontroller.h"
#include "client/core/session.h"
#include "client/core/ticketlistmodel.h"
#include "coreclient.h"
#include "provisioning.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <array>
#include <memory>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ClientFailoverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_database.available())
            GTEST_SKIP() << "two servers share a PostgreSQL database: set FRONTLINE_TEST_PG_URL ("
                         << m_database.unavailableReason().toStdString() << ")";
        for (auto& server : m_servers) {
            server = std::make_unique<TestServer>(m_database);
            ASSERT_TRUE(server->start()) << server->error().toStdString();
        }
        m_admin = std::make_unique<TestClient>(m_servers[1]->port());
        ASSERT_TRUE(
            m_admin->login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
        createUser(*m_admin, u"alex"_s, u"agent"_s);
        createUser(*m_admin, u"rita"_s, u"requester"_s);
    }

    // The desk's two servers, the first one first, as the settings keep them.
    QList<rpc::ServerEndpoint> endpoints() const
    {
        return {{u"127.0.0.1"_s, m_servers[0]->port(), false},
                {u"127.0.0.1"_s, m_servers[1]->port(), false}};
    }

    TestDatabase m_database {TestBackend::Postgres};
    std::array<std::unique_ptr<TestServer>, 2> m_servers;
    std::unique_ptr<TestClient> m_admin; // on the second server
};

} // namespace

TEST_F(ClientFailoverTest, TheControllersGoOnWithTheOtherServerWithoutANewLogin)
{
    auto rita = connectAs(m_servers[1]->port(), u"rita"_s);
    for (int i = 0; i < 3; ++i)
        createTicket(*rita,
                     QJsonObject {{"title"_L1, u"Before %1"_s.arg(i)}, {"description"_L1, u"d"_s}});

    CoreClient alex(m_servers[0]->port());
    alex.settings.setEndpoints(endpoints());
    alex.session.rpc().setEndpoints(alex.settings.endpoints());
    QSignalSpy loggedIn(&alex.session, &Session::loggedIn);
    QSignalSpy lost(&alex.session, &Session::connectionLost);
    QSignalSpy restored(&alex.session, &Session::connectionRestored);
    ASSERT_TRUE(alex.login(u"alex"_s, QString::fromLatin1(UserPassword)));
    ASSERT_EQ(alex.session.endpoint().port, m_servers[0]->port());

    TicketListModel queue(alex.session, alex.directory.workflow());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QueueController counts(alex.session);
    api::TicketFilter open;
    open.open = true;
    const TicketQuery query(open, api::TicketSort::CreatedDesc);
    queue.setQuery(query);
    ASSERT_TRUE(waitUntil([&] { return queue.rowCount() == 3; }));
    QSignalSpy reloaded(&queue, &TicketListModel::firstPageLoaded);

    m_servers[0]->kill();
    ASSERT_TRUE(waitUntil([&] { return restored.size() == 1; }, 15000))
        << "the session goes on with the other server";
    EXPECT_EQ(lost.size(), 1);
    EXPECT_EQ(alex.session.endpoint().port, m_servers[1]->port());
    EXPECT_TRUE(alex.session.isReady());
    EXPECT_EQ(loggedIn.size(), 1) << "resumed with its token, not logged in again";
    EXPECT_EQ(alex.session.user().username, u"alex"_s);
    ASSERT_TRUE(waitUntil([&] { return reloaded.size() >= 1; })) << "the queue is read again";
    EXPECT_EQ(queue.rowCount(), 3);

    // A ticket filed on the surviving server while the client is there: pushed to the queue.
    const qint64 after =
        createTicket(*rita,
                     QJsonObject {{"title"_L1, u"After the kill"_s}, {"description"_L1, u"d"_s}})
            .value("id"_L1)
            .toInteger();
    ASSERT_TRUE(waitUntil([&] { return queue.rowOf(after) >= 0; }))
        << "the push from the surviving server reaches the queue";
    EXPECT_EQ(queue.rowCount(), 4);

    // And calls go on: the queue's count comes from the surviving server too.
    int counted = -1;
    QObject::connect(&counts, &QueueController::counted, &counts,
                     [&](const QString&, const api::TicketCount& count) { counted = count.count; });
    counts.count(u"open"_s, query);
    ASSERT_TRUE(waitUntil([&] { return counted >= 0; }));
    EXPECT_EQ(counted, 4);
}
