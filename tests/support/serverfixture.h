#pragma once

#include "backend.h"
#include "provisioning.h"
#include "testclient.h"
#include "testserver.h"

#include <QJsonObject>

#include <memory>

namespace frontline::test {

// The real frontline-server process on each backend, with an admin client and helpers to make
// users. For suites where the process itself does not matter, HarnessFixture is quicker.
class ServerFixture : public ::testing::TestWithParam<TestBackend>
{
public:
    static constexpr const char* Password = UserPassword;

protected:
    void SetUp() override;
    void TearDown() override;

    // Extra command-line arguments for the server, before it starts.
    virtual QStringList serverArguments() const { return {}; }
    // Environment for the server, before it starts.
    virtual void configure(TestServer&) const { }

    TestClient& admin() { return *m_admin; }
    TestServer& server() { return *m_server; }
    TestDatabase& database() { return *m_database; }

    // Creates a user (role: requester, agent, manager, admin) with Password; returns the id.
    qint64 createUser(const QString& username, const QString& role)
    {
        return test::createUser(*m_admin, username, role);
    }
    qint64 createGroup(const QString& name, int tier)
    {
        return test::createGroup(*m_admin, name, tier);
    }
    void addMember(qint64 group, qint64 user) { test::addMember(*m_admin, group, user); }
    // A new connection logged in as `username`.
    std::unique_ptr<TestClient> connectAs(const QString& username,
                                          const QString& password = QString::fromLatin1(Password))
    {
        return test::connectAs(m_server->port(), username, password);
    }
    // Creates a ticket as `client` and returns it.
    QJsonObject createTicket(TestClient& client, const QJsonObject& params)
    {
        return test::createTicket(client, params);
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
};

} // namespace frontline::test
