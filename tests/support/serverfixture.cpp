#include "serverfixture.h"

using namespace Qt::StringLiterals;

namespace frontline::test {

void ServerFixture::SetUp()
{
    m_database = std::make_unique<TestDatabase>(GetParam());
    FRONTLINE_REQUIRE_DATABASE(*m_database);
    m_server = std::make_unique<TestServer>(*m_database);
    m_server->setArguments(serverArguments());
    configure(*m_server);
    ASSERT_TRUE(m_server->start()) << m_server->error().toStdString();
    m_admin = std::make_unique<TestClient>(m_server->port());
    const Reply login = m_admin->login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword));
    ASSERT_TRUE(login.ok()) << login.describe();
}

void ServerFixture::TearDown()
{
    m_admin.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_database.reset();
}

} // namespace frontline::test
