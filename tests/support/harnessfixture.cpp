#include "harnessfixture.h"

#include "testserver.h"

using namespace Qt::StringLiterals;

namespace frontline::test {

void HarnessFixture::SetUp()
{
    m_database = std::make_unique<TestDatabase>(GetParam());
    FRONTLINE_REQUIRE_DATABASE(*m_database);
    m_server = std::make_unique<InProcessServer>(*m_database, clockOffset());
    m_server->setArguments(serverArguments());
    ASSERT_TRUE(m_server->start()) << m_server->error().toStdString();
    m_admin = std::make_unique<TestClient>(m_server->port());
    const Reply login = m_admin->login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword));
    ASSERT_TRUE(login.ok()) << login.describe();
}

void HarnessFixture::TearDown()
{
    m_admin.reset();
    m_server.reset();
    m_database.reset();
}

void HarnessFixture::restartServer(const std::function<void()>& meanwhile)
{
    m_admin.reset();
    m_server->stop();
    if (meanwhile)
        meanwhile();
    ASSERT_TRUE(m_server->start()) << m_server->error().toStdString();
    m_admin = std::make_unique<TestClient>(m_server->port());
    const Reply login = m_admin->login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword));
    ASSERT_TRUE(login.ok()) << login.describe();
}

} // namespace frontline::test
