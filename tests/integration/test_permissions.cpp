// Each role on each method, as a scenario table: "who sends what, what comes back", against the
// in-process server. A requester can never read, list or change another requester's ticket, nor see
// an internal note; someone else's ticket answers exactly like a missing one.
#include "harnessfixture.h"
#include "scenario.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

struct World
{
    qint64 t1 = 0; // raised by r1, routed to G1 (agent1's group), with an internal note
    qint64 t2 = 0; // raised by r2, routed to G2 (agent2's group)
    int t1Version = 0;
    qint64 r1 = 0;
    qint64 r2 = 0;
    qint64 g1 = 0;
};

QJsonObject none(const World&)
{
    return {};
}

class PermissionTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_world.r1 = createUser(u"req1"_s, u"requester"_s);
        m_world.r2 = createUser(u"req2"_s, u"requester"_s);
        const qint64 agent1 = createUser(u"agent1"_s, u"agent"_s);
        const qint64 agent2 = createUser(u"agent2"_s, u"agent"_s);
        createUser(u"manager"_s, u"manager"_s);
        m_world.g1 = createGroup(u"G1"_s, 1);
        const qint64 g2 = createGroup(u"G2"_s, 2);
        addMember(m_world.g1, agent1);
        addMember(g2, agent2);
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Net"_s}, {"default_group"_L1, m_world.g1}})
                        .ok());
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Hw"_s}, {"default_group"_L1, g2}})
                        .ok());
        for (const char* name : {"req1", "req2", "agent1", "agent2", "manager"})
            m_clients[QString::fromLatin1(name)] = connectAs(QString::fromLatin1(name));
        m_world.t1 = createTicket(*m_clients[u"req1"_s],
                                  QJsonObject {{"title"_L1, u"VPN down"_s},
                                               {"description"_L1, u"since 9"_s},
                                               {"category"_L1, u"Net"_s}})
                         .value("id"_L1)
                         .toInteger();
        m_world.t2 = createTicket(*m_clients[u"req2"_s],
                                  QJsonObject {{"title"_L1, u"Screen flickers"_s},
                                               {"description"_L1, u"desk 4"_s},
                                               {"category"_L1, u"Hw"_s}})
                         .value("id"_L1)
                         .toInteger();
        const Reply note =
            m_clients[u"agent1"_s]->call(u"ticket.comment"_s,
                                         QJsonObject {{"id"_L1, m_world.t1},
                                                      {"body"_L1, u"Internal: router 3 flaps"_s},
                                                      {"internal"_L1, true}});
        ASSERT_TRUE(note.ok()) << note.describe();
        m_world.t1Version = m_clients[u"req1"_s]
                                ->call(u"ticket.get"_s, QJsonObject {{"id"_L1, m_world.t1}})
                                .object()
                                .value("version"_L1)
                                .toInt();
    }

    TestClient& client(const QString& who)
    {
        if (who == u"admin"_s)
            return admin();
        if (!m_clients.contains(who))
            m_clients[who] = std::make_unique<TestClient>(server().port());
        return *m_clients[who];
    }

    World m_world;
    std::map<QString, std::unique_ptr<TestClient>> m_clients;
};

// Who: anonymous (no login), req1, req2 (requesters), agent1, agent2, manager, admin.
const QList<Scenario<World>>& scenarios()
{
    using W = const World&;
    const Expected Ok = Expected::ok();
    const Expected Unauthenticated = Expected::error(rpc::ErrorCode::Unauthenticated);
    const Expected NotFound = Expected::error(rpc::ErrorCode::NotFound);
    const auto Forbidden = [](const char* field = nullptr) {
        return Expected::error(rpc::ErrorCode::Forbidden, field);
    };
    static const QList<Scenario<World>> table {
        // Without a session only ping and the auth methods answer.
        {"anonymous", "system.ping", none, Ok},
        {"anonymous", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Unauthenticated},
        {"anonymous", "ticket.list", none, Unauthenticated},
        {"anonymous", "ticket.create",
         [](W) {
             return QJsonObject {{"title"_L1, u"x"_s}, {"description"_L1, u"y"_s}};
         },
         Unauthenticated},
        {"anonymous", "user.create", none, Unauthenticated},
        {"anonymous", "events.subscribe",
         [](W) {
             return QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}};
         },
         Unauthenticated},

        // A requester: their own tickets only, no internal notes, no administration.
        {"req1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Ok},
        {"req1", "ticket.history",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Ok},
        {"req1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         NotFound},
        {"req1", "ticket.history",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         NotFound},
        {"req1", "ticket.comment",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}, {"body"_L1, u"hi"_s}};
         },
         NotFound},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}, {"version"_L1, 1}, {"title"_L1, u"mine now"_s}};
         },
         NotFound},
        {"req1", "ticket.transition",
         [](W w) {
             return QJsonObject {
                 {"id"_L1, w.t2}, {"status"_L1, u"cancelled"_s}, {"note"_L1, u"x"_s}};
         },
         NotFound},
        {"req1", "ticket.comment",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"body"_L1, u"psst"_s}, {"internal"_L1, true}};
         },
         Forbidden("internal")},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"assignee"_L1, 1}};
         },
         Forbidden("assignee")},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"priority"_L1, 1}};
         },
         Forbidden("priority")},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"group"_L1, w.g1}};
         },
         Forbidden("group")},
        {"req1", "ticket.create",
         [](W w) {
             return QJsonObject {
                 {"title"_L1, u"as r2"_s}, {"description"_L1, u"x"_s}, {"requester"_L1, w.r2}};
         },
         Forbidden("requester")},
        {"req1", "ticket.create",
         [](W w) {
             return QJsonObject {
                 {"title"_L1, u"routed"_s}, {"description"_L1, u"x"_s}, {"group"_L1, w.g1}};
         },
         Forbidden("group")},
        {"req1", "ticket.transition",
         [](W w) {
             return QJsonObject {
                 {"id"_L1, w.t1}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"fixed it myself"_s}};
         },
         Forbidden("status")},
        {"req1", "user.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}};
         },
         Ok},
        {"req1", "user.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r2}};
         },
         NotFound},
        {"req1", "user.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}, {"role"_L1, u"admin"_s}};
         },
         Forbidden("role")},
        {"req1", "user.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}, {"display_name"_L1, u"Ray One"_s}};
         },
         Ok},
        {"req1", "user.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r2}, {"display_name"_L1, u"Hacked"_s}};
         },
         Forbidden()},
        {"req1", "user.list", none, Forbidden()},
        {"req1", "user.create", none, Forbidden()},
        {"req1", "group.list", none, Forbidden()},
        {"req1", "category.list", none, Ok},
        {"req1", "workflow.get", none, Ok},
        {"req1", "config.get",
         [](W) {
             return QJsonObject {{"key"_L1, u"lifecycles"_s}};
         },
         Forbidden()},
        {"req2", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         NotFound},

        // Agents: their groups' queues.
        {"agent1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Ok},
        {"agent1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         NotFound},
        {"agent2", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Ok},
        {"agent2", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         NotFound},
        {"agent2", "ticket.comment",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"body"_L1, u"x"_s}};
         },
         NotFound},
        {"agent1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"priority"_L1, 1}};
         },
         Ok},
        {"agent1", "user.list", none, Ok},
        {"agent1", "group.list", none, Ok},
        {"agent1", "user.create", none, Forbidden()},
        {"agent1", "user.disable",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}};
         },
         Forbidden()},
        {"agent1", "group.add_member",
         [](W w) {
             return QJsonObject {{"group"_L1, w.g1}, {"user"_L1, w.r1}};
         },
         Forbidden()},
        {"agent1", "config.set",
         [](W) {
             return QJsonObject {{"key"_L1, u"priority_matrix"_s}, {"value"_L1, QJsonObject {}}};
         },
         Forbidden()},

        // Managers see everything but do not configure.
        {"manager", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Ok},
        {"manager", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Ok},
        {"manager", "user.create", none, Forbidden()},
        {"manager", "config.get",
         [](W) {
             return QJsonObject {{"key"_L1, u"lifecycles"_s}};
         },
         Forbidden()},

        // Admins configure.
        {"admin", "config.get",
         [](W) {
             return QJsonObject {{"key"_L1, u"priority_matrix"_s}};
         },
         Ok},
        {"admin", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Ok},
    };
    return table;
}

} // namespace

TEST_P(PermissionTest, EveryRoleOnEveryMethod)
{
    runScenarios(scenarios(), m_world,
                 [this](const QString& who) -> TestClient& { return client(who); });
}

TEST_P(PermissionTest, SomeoneElsesTicketAnswersExactlyLikeAMissingOne)
{
    const Reply hidden =
        client(u"req2"_s).call(u"ticket.get"_s, QJsonObject {{"id"_L1, m_world.t1}});
    const Reply missing =
        client(u"req2"_s).call(u"ticket.get"_s, QJsonObject {{"id"_L1, 987654321}});
    ASSERT_FALSE(hidden.ok());
    EXPECT_EQ(hidden.error->toJson(), missing.error->toJson());
}

TEST_P(PermissionTest, ListsShowOnlyWhatTheCallerMaySee)
{
    const auto idsOf = [](const Reply& reply) {
        QSet<qint64> ids;
        for (const QJsonValue& item : reply.items())
            ids.insert(item.toObject().value("id"_L1).toInteger());
        return ids;
    };
    EXPECT_EQ(idsOf(client(u"req1"_s).call(u"ticket.list"_s)), QSet<qint64> {m_world.t1});
    EXPECT_EQ(idsOf(client(u"req2"_s).call(u"ticket.list"_s)), QSet<qint64> {m_world.t2});
    EXPECT_EQ(idsOf(client(u"req1"_s).call(
                  u"ticket.list"_s,
                  QJsonObject {{"filter"_L1, QJsonObject {{"requester"_L1, m_world.r2}}}})),
              QSet<qint64> {})
        << "filtering by another requester reveals nothing";
    EXPECT_EQ(idsOf(client(u"agent1"_s).call(u"ticket.list"_s)), QSet<qint64> {m_world.t1});
    EXPECT_EQ(idsOf(client(u"agent2"_s).call(u"ticket.list"_s)), QSet<qint64> {m_world.t2});
    EXPECT_EQ(idsOf(client(u"manager"_s).call(u"ticket.list"_s)),
              (QSet<qint64> {m_world.t1, m_world.t2}));
}

TEST_P(PermissionTest, RequestersNeverSeeInternalNotes)
{
    const Reply requesterView =
        client(u"req1"_s).call(u"ticket.history"_s, QJsonObject {{"id"_L1, m_world.t1}});
    ASSERT_TRUE(requesterView.ok());
    for (const QJsonValue& entry : requesterView.items()) {
        EXPECT_FALSE(entry.toObject().value("internal"_L1).toBool());
        EXPECT_FALSE(entry.toObject()
                         .value("comment"_L1)
                         .toObject()
                         .value("body"_L1)
                         .toString()
                         .contains(u"router"_s));
    }
    const Reply agentView =
        client(u"agent1"_s).call(u"ticket.history"_s, QJsonObject {{"id"_L1, m_world.t1}});
    bool sawNote = false;
    for (const QJsonValue& entry : agentView.items())
        sawNote = sawNote || entry.toObject().value("internal"_L1).toBool();
    EXPECT_TRUE(sawNote);
}

INSTANTIATE_TEST_SUITE_P(Backends, PermissionTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
