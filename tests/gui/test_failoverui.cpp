// The agent client given two servers on one PostgreSQL (--server a:p,b:p): when the server it
// uses is killed, the connection banner says the connection is lost, and goes away once the
// client goes on with the other server — logged in as before, the queue still there.
#include "client/app/appcontroller.h"
#include "client/app/connectionbanner.h"
#include "client/app/mainwindow.h"
#include "client/core/session.h"
#include "client/widgets/logindialog.h"
#include "provisioning.h"
#include "testserver.h"

#include <QLabel>
#include <QTemporaryDir>

#include <array>
#include <memory>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class FailoverUiTest : public ::testing::Test
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
        TestClient admin(m_servers[1]->port());
        ASSERT_TRUE(admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
        createUser(admin, u"alex"_s, u"agent"_s);
    }

    void TearDown() override { m_app.reset(); }

    TestDatabase m_database {TestBackend::Postgres};
    std::array<std::unique_ptr<TestServer>, 2> m_servers;
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;
};

} // namespace

TEST_F(FailoverUiTest, TheBannerShowsTheLostConnectionAndGoesAwayOnTheOtherServer)
{
    AppController::Options options;
    options.settingsPath = m_dir.filePath(u"alex.ini"_s);
    options.dataDir = m_dir.path();
    options.endpoint = rpc::ServerEndpoint {u"127.0.0.1"_s, m_servers[0]->port(), false};
    options.alternates = {rpc::ServerEndpoint {u"127.0.0.1"_s, m_servers[1]->port(), false}};
    options.username = u"alex"_s;
    options.password = QString::fromLatin1(UserPassword);
    options.useKeychain = false;
    m_app = std::make_unique<AppController>(options);
    m_app->start();
    ASSERT_TRUE(waitUntil([&] { return m_app->mainWindow() != nullptr; }, 15000));
    Session& session = *m_app->session();
    ASSERT_TRUE(waitUntil([&] { return session.isReady(); }));
    auto* banner = m_app->mainWindow()->findChild<ConnectionBanner*>();
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isHidden());
    auto* message = banner->findChild<QLabel*>(u"bannerMessageLabel"_s);
    ASSERT_TRUE(message);

    // What the banner said while the session was offline (it refreshes on the same signal,
    // connected before this one).
    bool shownOffline = false;
    QString said;
    QObject::connect(&session, &Session::stateChanged, banner, [&](Session::State state) {
        if (state != Session::State::Offline)
            return;
        shownOffline = !banner->isHidden();
        said = message->text();
    });

    m_servers[0]->kill();
    ASSERT_TRUE(waitUntil(
        [&] { return session.isReady() && session.endpoint().port == m_servers[1]->port(); },
        15000))
        << "the client goes on with the other server";
    EXPECT_TRUE(shownOffline) << "the lost connection was shown";
    EXPECT_TRUE(said.contains(u"connection to the server is lost"_s)) << said.toStdString();
    EXPECT_TRUE(waitUntil([&] { return banner->isHidden(); })) << "and the banner went away";
    EXPECT_EQ(session.user().username, u"alex"_s);
    EXPECT_TRUE(!m_app->loginDialog() || m_app->loginDialog()->isHidden())
        << "no login asked for: the same session goes on";
}
