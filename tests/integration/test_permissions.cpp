// Each role on each method, as a table: "who sends what, what comes back". A requester can
// never read, list or change another requester's ticket, nor see an internal note; someone
// else's ticket answers exactly like a missing one.
#include "serverfixture.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

enum class Expect { Ok, Unauthenticated, Forbidden, NotFound };

struct World
{
    qint64 t1 = 0; // raised by r1, routed to G1 (agent1's group), with an internal note
    qint64 t2 = 0; // raised by r2, routed to G2 (agent2's group)
    int t1Version = 0;
    qint64 r1 = 0;
    qint64 r2 = 0;
    qint64 g1 = 0;
};

struct Scenario
{
    const char* who; // anonymous, r1, r2, agent1, agent2, manager, admin
    const char* method;
    std::function<QJsonObject(const World&)> params;
    Expect expect;
    const char* field = nullptr; // for Forbidden: the field the error names
};

QJsonObject none(const World&)
{
    return {};
}

class PermissionTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
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

const QList<Scenario>& scenarios()
{
    using W = const World&;
    static const QList<Scenario> table {
        // Without a session only ping and the auth methods answer.
        {"anonymous", "system.ping", none, Expect::Ok},
        {"anonymous", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::Unauthenticated},
        {"anonymous", "ticket.list", none, Expect::Unauthenticated},
        {"anonymous", "ticket.create",
         [](W) {
             return QJsonObject {{"title"_L1, u"x"_s}, {"description"_L1, u"y"_s}};
         },
         Expect::Unauthenticated},
        {"anonymous", "user.create", none, Expect::Unauthenticated},
        {"anonymous", "events.subscribe",
         [](W) {
             return QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}};
         },
         Expect::Unauthenticated},

        // A requester: their own tickets only, no internal notes, no administration.
        {"req1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::Ok},
        {"req1", "ticket.history",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::Ok},
        {"req1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Expect::NotFound},
        {"req1", "ticket.history",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Expect::NotFound},
        {"req1", "ticket.comment",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}, {"body"_L1, u"hi"_s}};
         },
         Expect::NotFound},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}, {"version"_L1, 1}, {"title"_L1, u"mine now"_s}};
         },
         Expect::NotFound},
        {"req1", "ticket.transition",
         [](W w) {
             return QJsonObject {
                 {"id"_L1, w.t2}, {"status"_L1, u"cancelled"_s}, {"note"_L1, u"x"_s}};
         },
         Expect::NotFound},
        {"req1", "ticket.comment",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"body"_L1, u"psst"_s}, {"internal"_L1, true}};
         },
         Expect::Forbidden, "internal"},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"assignee"_L1, 1}};
         },
         Expect::Forbidden, "assignee"},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"priority"_L1, 1}};
         },
         Expect::Forbidden, "priority"},
        {"req1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"group"_L1, w.g1}};
         },
         Expect::Forbidden, "group"},
        {"req1", "ticket.create",
         [](W w) {
             return QJsonObject {
                 {"title"_L1, u"as r2"_s}, {"description"_L1, u"x"_s}, {"requester"_L1, w.r2}};
         },
         Expect::Forbidden, "requester"},
        {"req1", "ticket.create",
         [](W w) {
             return QJsonObject {
                 {"title"_L1, u"routed"_s}, {"description"_L1, u"x"_s}, {"group"_L1, w.g1}};
         },
         Expect::Forbidden, "group"},
        {"req1", "ticket.transition",
         [](W w) {
             return QJsonObject {
                 {"id"_L1, w.t1}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"fixed it myself"_s}};
         },
         Expect::Forbidden, "status"},
        {"req1", "user.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}};
         },
         Expect::Ok},
        {"req1", "user.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r2}};
         },
         Expect::NotFound},
        {"req1", "user.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}, {"role"_L1, u"admin"_s}};
         },
         Expect::Forbidden, "role"},
        {"req1", "user.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}, {"display_name"_L1, u"Ray One"_s}};
         },
         Expect::Ok},
        {"req1", "user.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r2}, {"display_name"_L1, u"Hacked"_s}};
         },
         Expect::Forbidden},
        {"req1", "user.list", none, Expect::Forbidden},
        {"req1", "user.create", none, Expect::Forbidden},
        {"req1", "group.list", none, Expect::Forbidden},
        {"req1", "category.list", none, Expect::Ok},
        {"req1", "workflow.get", none, Expect::Ok},
        {"req1", "config.get",
         [](W) {
             return QJsonObject {{"key"_L1, u"lifecycles"_s}};
         },
         Expect::Forbidden},
        {"req2", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::NotFound},

        // Agents: their groups' queues.
        {"agent1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::Ok},
        {"agent1", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Expect::NotFound},
        {"agent2", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Expect::Ok},
        {"agent2", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::NotFound},
        {"agent2", "ticket.comment",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"body"_L1, u"x"_s}};
         },
         Expect::NotFound},
        {"agent1", "ticket.update",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}, {"version"_L1, w.t1Version}, {"priority"_L1, 1}};
         },
         Expect::Ok},
        {"agent1", "user.list", none, Expect::Ok},
        {"agent1", "group.list", none, Expect::Ok},
        {"agent1", "user.create", none, Expect::Forbidden},
        {"agent1", "user.disable",
         [](W w) {
             return QJsonObject {{"id"_L1, w.r1}};
         },
         Expect::Forbidden},
        {"agent1", "group.add_member",
         [](W w) {
             return QJsonObject {{"group"_L1, w.g1}, {"user"_L1, w.r1}};
         },
         Expect::Forbidden},
        {"agent1", "config.set",
         [](W) {
             return QJsonObject {{"key"_L1, u"priority_matrix"_s}, {"value"_L1, QJsonObject {}}};
         },
         Expect::Forbidden},

        // Managers see everything but do not configure.
        {"manager", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t1}};
         },
         Expect::Ok},
        {"manager", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Expect::Ok},
        {"manager", "user.create", none, Expect::Forbidden},
        {"manager", "config.get",
         [](W) {
             return QJsonObject {{"key"_L1, u"lifecycles"_s}};
         },
         Expect::Forbidden},

        // Admins configure.
        {"admin", "config.get",
         [](W) {
             return QJsonObject {{"key"_L1, u"priority_matrix"_s}};
         },
         Expect::Ok},
        {"admin", "ticket.get",
         [](W w) {
             return QJsonObject {{"id"_L1, w.t2}};
         },
         Expect::Ok},
    };
    return table;
}

const char* expectName(Expect expect)
{
    switch (expect) {
    case Expect::Ok:
        return "ok";
    case Expect::Unauthenticated:
        return "unauthenticated";
    case Expect::Forbidden:
        return "forbidden";
    case Expect::NotFound:
        return "not found";
    }
    return "";
}

} // namespace

TEST_P(PermissionTest, EveryRoleOnEveryMethod)
{
    for (const Scenario& scenario : scenarios()) {
        const Reply reply =
            client(QString::fromLatin1(scenario.who))
                .call(QString::fromLatin1(scenario.method), scenario.params(m_world));
        SCOPED_TRACE(std::string(scenario.who) + " " + scenario.method + " -> " + reply.describe());
        switch (scenario.expect) {
        case Expect::Ok:
            EXPECT_TRUE(reply.ok()) << "expected " << expectName(scenario.expect);
            break;
        case Expect::Unauthenticated:
            EXPECT_EQ(reply.code(), -32001);
            break;
        case Expect::Forbidden:
            EXPECT_EQ(reply.code(), -32002);
            if (scenario.field) {
                EXPECT_EQ(reply.field(), QString::fromLatin1(scenario.field));
            }
            break;
        case Expect::NotFound:
            EXPECT_EQ(reply.code(), -32003);
            break;
        }
    }
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
