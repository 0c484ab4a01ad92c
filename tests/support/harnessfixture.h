#pragma once

#include "backend.h"
#include "inprocessserver.h"
#include "provisioning.h"
#include "testclient.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace frontline::test {

// The in-process server on each backend, with an admin client and helpers to make users: the
// same face as ServerFixture (which runs the real process), and a clock the test moves.
class HarnessFixture : public ::testing::TestWithParam<TestBackend>
{
public:
    static constexpr const char* Password = UserPassword;

protected:
    void SetUp() override;
    void TearDown() override;

    // frontline-server options for the server, before it starts.
    virtual QStringList serverArguments() const { return {}; }
    // Where the server's clock starts, relative to the system clock.
    virtual qint64 clockOffset() const { return 0; }

    TestClient& admin() { return *m_admin; }
    InProcessServer& server() { return *m_server; }
    TestDatabase& database() { return *m_database; }
    server::ManualClock& clock() { return m_server->clock(); }

    // Stops the server, runs `meanwhile` (e.g. moves the clock), starts it again on the same
    // database and logs the admin client in again. Other clients are disconnected.
    void restartServer(const std::function<void()>& meanwhile = {});

    qint64 createUser(const QString& username, const QString& role)
    {
        return test::createUser(*m_admin, username, role);
    }
    qint64 createGroup(const QString& name, int tier)
    {
        return test::createGroup(*m_admin, name, tier);
    }
    void addMember(qint64 group, qint64 user) { test::addMember(*m_admin, group, user); }
    std::unique_ptr<TestClient> connectAs(const QString& username,
                                          const QString& password = QString::fromLatin1(Password))
    {
        return test::connectAs(m_server->port(), username, password);
    }
    QJsonObject createTicket(TestClient& client, const QJsonObject& params)
    {
        return test::createTicket(client, params);
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<TestClient> m_admin;
};

} // namespace frontline::test
