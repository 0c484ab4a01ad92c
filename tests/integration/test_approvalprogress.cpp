// Where a ticket's approval chain stands, as ticket.get shows it (issue 21): each step in
// order with its kind, state, approvers' names, decision time and comment — the requester sees
// that much, staff also the approvals' ids — on both databases.
#include "harnessfixture.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ApprovalProgressTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_mia = createUser(u"mia"_s, u"manager"_s);
        m_ann = createUser(u"ann"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_bob = createUser(u"bob"_s, u"agent"_s);
        m_carl = createUser(u"carl"_s, u"agent"_s);
        m_finance = createGroup(u"Finance"_s, 1);
        addMember(m_finance, m_bob);
        addMember(m_finance, m_carl);
        const Reply managed =
            admin().call(u"user.update"_s, QJsonObject {{"id"_L1, m_ann}, {"manager"_L1, m_mia}});
        ASSERT_TRUE(managed.ok()) << managed.describe();
        m_annClient = connectAs(u"ann"_s);
        m_agent = connectAs(u"alex"_s);
    }

    QJsonObject get(TestClient& who, qint64 id)
    {
        const Reply reply = who.call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    QJsonArray steps(TestClient& who, qint64 id)
    {
        return get(who, id).value("approvals"_L1).toArray();
    }

    qint64 pendingOf(TestClient& who)
    {
        const Reply reply = who.call(u"approval.list"_s);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        EXPECT_EQ(reply.items().size(), 1);
        return reply.items().isEmpty() ? 0 : reply.items()[0].toObject().value("id"_L1).toInteger();
    }

    qint64 m_mia = 0, m_ann = 0, m_alex = 0, m_bob = 0, m_carl = 0, m_finance = 0;
    std::unique_ptr<TestClient> m_annClient;
    std::unique_ptr<TestClient> m_agent;
};

QStringList names(const QJsonObject& step)
{
    QStringList list;
    for (const QJsonValue& name : step.value("approvers"_L1).toArray())
        list.append(name.toString());
    list.sort();
    return list;
}

TEST_P(ApprovalProgressTest, RequesterAndAgentFollowEachStepOfTheChain)
{
    const qint64 id = createTicket(*m_annClient,
                                   QJsonObject {{"title"_L1, u"New laptop"_s},
                                                {"description"_L1, u"Mine broke"_s},
                                                {"type"_L1, u"service_request"_s}})
                          .value("id"_L1)
                          .toInteger();
    EXPECT_FALSE(get(*m_annClient, id).contains("approvals"_L1)) << "no chain, no approvals";

    const Reply started = m_agent->call(
        u"approval.request"_s,
        QJsonObject {{"ticket"_L1, id},
                     {"steps"_L1,
                      QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}},
                                  QJsonObject {{"kind"_L1, u"group"_s}, {"group"_L1, m_finance}}}},
                     {"note"_L1, u"Budget line 7, internal"_s}});
    ASSERT_TRUE(started.ok()) << started.describe();

    // The requester: the manager's step waits on Mia, the group's has not started.
    QJsonArray seen = steps(*m_annClient, id);
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0].toObject().value("kind"_L1).toString(), u"manager"_s);
    EXPECT_EQ(seen[0].toObject().value("state"_L1).toString(), u"waiting"_s);
    EXPECT_EQ(names(seen[0].toObject()), QStringList {u"MIA"_s});
    EXPECT_TRUE(seen[0].toObject().value("decided_at"_L1).isNull());
    EXPECT_EQ(seen[1].toObject().value("kind"_L1).toString(), u"group"_s);
    EXPECT_EQ(seen[1].toObject().value("state"_L1).toString(), u"not_started"_s);
    EXPECT_TRUE(names(seen[1].toObject()).isEmpty());
    EXPECT_FALSE(seen[0].toObject().contains("approval_ids"_L1))
        << "the requester sees names and decisions, not the approvals' ids";
    // The agent: the same, and the ids approval.decide takes.
    const QJsonArray staff = steps(*m_agent, id);
    ASSERT_EQ(staff.size(), 2);
    const qint64 miaApproval = [&] {
        auto mia = connectAs(u"mia"_s);
        const qint64 pending = pendingOf(*mia);
        EXPECT_EQ(staff[0].toObject().value("approval_ids"_L1).toArray(), QJsonArray {pending});
        const Reply approved = mia->call(u"approval.decide"_s,
                                         QJsonObject {{"id"_L1, pending},
                                                      {"decision"_L1, u"approve"_s},
                                                      {"comment"_L1, u"Fine by me"_s}});
        EXPECT_TRUE(approved.ok()) << approved.describe();
        return pending;
    }();
    ASSERT_NE(miaApproval, 0);

    seen = steps(*m_annClient, id);
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0].toObject().value("state"_L1).toString(), u"approved"_s);
    EXPECT_EQ(seen[0].toObject().value("comment"_L1).toString(), u"Fine by me"_s);
    EXPECT_FALSE(seen[0].toObject().value("decided_at"_L1).toString().isEmpty());
    EXPECT_EQ(seen[1].toObject().value("state"_L1).toString(), u"waiting"_s);
    EXPECT_EQ(names(seen[1].toObject()), (QStringList {u"BOB"_s, u"CARL"_s}))
        << "a group's step names the members it waits on";

    auto bob = connectAs(u"bob"_s);
    const Reply rejected = bob->call(u"approval.decide"_s,
                                     QJsonObject {{"id"_L1, pendingOf(*bob)},
                                                  {"decision"_L1, u"reject"_s},
                                                  {"comment"_L1, u"Not this quarter"_s}});
    ASSERT_TRUE(rejected.ok()) << rejected.describe();
    seen = steps(*m_annClient, id);
    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0].toObject().value("state"_L1).toString(), u"approved"_s);
    EXPECT_EQ(seen[1].toObject().value("state"_L1).toString(), u"rejected"_s);
    EXPECT_EQ(seen[1].toObject().value("comment"_L1).toString(), u"Not this quarter"_s);
    EXPECT_EQ(steps(*m_agent, id)[1].toObject().value("approval_ids"_L1).toArray().size(), 2)
        << "staff see both members' approvals, the one skipped too";
}

INSTANTIATE_TEST_SUITE_P(Backends, ApprovalProgressTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
