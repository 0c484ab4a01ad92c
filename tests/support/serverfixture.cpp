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

qint64 ServerFixture::createUser(const QString& username, const QString& role)
{
    const Reply reply =
        m_admin->call(u"user.create"_s,
                      QJsonObject {{"username"_L1, username},
                                   {"password"_L1, QString::fromLatin1(Password)},
                                   {"display_name"_L1, username.toUpper()},
                                   {"email"_L1, QString(username + u"@example.com"_s)},
                                   {"role"_L1, role}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

qint64 ServerFixture::createGroup(const QString& name, int tier)
{
    const Reply reply =
        m_admin->call(u"group.create"_s, QJsonObject {{"name"_L1, name}, {"tier"_L1, tier}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

void ServerFixture::addMember(qint64 group, qint64 user)
{
    const Reply reply =
        m_admin->call(u"group.add_member"_s, QJsonObject {{"group"_L1, group}, {"user"_L1, user}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
}

std::unique_ptr<TestClient> ServerFixture::connectAs(const QString& username,
                                                     const QString& password)
{
    auto client = std::make_unique<TestClient>(m_server->port());
    const Reply login = client->login(username, password);
    EXPECT_TRUE(login.ok()) << username.toStdString() << ": " << login.describe();
    return client;
}

QJsonObject ServerFixture::createTicket(TestClient& client, const QJsonObject& params)
{
    const Reply reply = client.call(u"ticket.create"_s, params);
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object();
}

} // namespace frontline::test
