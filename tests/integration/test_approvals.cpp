// Approval chains (issue 21, point 3) against the in-process server on both databases: a
// two-step chain (the requester's manager, then any of a group) approved; one rejected; one
// delegated; one that waits too long (a reminder, then an escalation) on the manual clock;
// n of m; the SLA clock paused while a chain waits; non-approvers and bad steps refused.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"
#include "testhelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject managerStep()
{
    return {{"kind"_L1, u"manager"_s}};
}

QJsonObject groupStep(qint64 group, const QString& rule = u"any"_s, int n = 0)
{
    QJsonObject step {{"kind"_L1, u"group"_s}, {"group"_L1, group}, {"rule"_L1, rule}};
    if (n > 0)
        step.insert("n"_L1, n);
    return step;
}

QJsonObject userStep(qint64 user)
{
    return {{"kind"_L1, u"user"_s}, {"user"_L1, user}};
}

class ApprovalTest : public HarnessFixture
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
        m_dave = createUser(u"dave"_s, u"agent"_s);
        m_finance = createGroup(u"Finance"_s, 1);
        addMember(m_finance, m_bob);
        addMember(m_finance, m_carl);
        addMember(m_finance, m_dave);
        const Reply managed =
            admin().call(u"user.update"_s, QJsonObject {{"id"_L1, m_ann}, {"manager"_L1, m_mia}});
        ASSERT_TRUE(managed.ok()) << managed.describe();
        // The manager is part of the user as everyone reads it, the requester too.
        const QJsonObject manager = managed.object().value("manager"_L1).toObject();
        ASSERT_EQ(manager.value("id"_L1).toInteger(), m_mia);
        ASSERT_EQ(manager.value("username"_L1).toString(), u"mia"_s);
        m_annClient = connectAs(u"ann"_s);
        m_agent = connectAs(u"alex"_s);
    }

    qint64 fileTicket(const QString& type)
    {
        return createTicket(*m_annClient,
                            QJsonObject {{"title"_L1, u"New laptop"_s},
                                         {"description"_L1, u"Mine is broken"_s},
                                         {"type"_L1, type}})
            .value("id"_L1)
            .toInteger();
    }

    Reply request(qint64 ticket, const QJsonArray& steps, TestClient* who = nullptr)
    {
        return (who ? who : m_agent.get())
            ->call(u"approval.request"_s,
                   QJsonObject {{"ticket"_L1, ticket},
                                {"steps"_L1, steps},
                                {"note"_L1, u"Standard laptop, budget approved"_s}});
    }

    QJsonArray pending(TestClient& who)
    {
        const Reply reply = who.call(u"approval.list"_s);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.items();
    }

    Reply decide(TestClient& who, qint64 approval, const QString& decision,
                 const QString& comment = QString())
    {
        QJsonObject params {{"id"_L1, approval}, {"decision"_L1, decision}};
        if (!comment.isEmpty())
            params.insert("comment"_L1, comment);
        return who.call(u"approval.decide"_s, params);
    }

    QJsonObject ticket(qint64 id)
    {
        const Reply reply = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    QStringList historyFields(qint64 id)
    {
        const Reply reply = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        QStringList fields;
        for (const QJsonValue& entry : reply.items()) {
            const QJsonObject o = entry.toObject();
            if (o.contains("field"_L1))
                fields.append(o.value("field"_L1).toString());
            for (const QJsonValue& change : o.value("changes"_L1).toArray())
                fields.append(change.toObject().value("field"_L1).toString());
        }
        return fields;
    }

    qint64 m_mia = 0, m_ann = 0, m_alex = 0, m_bob = 0, m_carl = 0, m_dave = 0, m_finance = 0;
    std::unique_ptr<TestClient> m_annClient;
    std::unique_ptr<TestClient> m_agent;
};

TEST_P(ApprovalTest, TwoStepChainApprovedByTheManagerThenAnyOfTheGroup)
{
    const qint64 id = fileTicket(u"service_request"_s);
    auto mia = connectAs(u"mia"_s);
    auto bob = connectAs(u"bob"_s);
    auto carl = connectAs(u"carl"_s);
    ASSERT_TRUE(bob->call(u"events.subscribe"_s,
                          QJsonObject {{"topics"_L1, QJsonArray {u"notifications"_s}}})
                    .ok());

    const Reply started = request(id, {managerStep(), groupStep(m_finance)});
    ASSERT_TRUE(started.ok()) << started.describe();
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"awaiting_approval"_s)
        << "the ticket shows that it waits for an approval";
    const QJsonArray first = pending(*mia);
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].toObject().value("ticket"_L1).toObject().value("title"_L1).toString(),
              u"New laptop"_s);
    EXPECT_EQ(first[0].toObject().value("step_count"_L1).toInt(), 2);
    EXPECT_TRUE(pending(*bob).isEmpty()) << "the group's step has not started yet";

    const Reply approved =
        decide(*mia, first[0].toObject().value("id"_L1).toInteger(), u"approve"_s, u"Fine"_s);
    ASSERT_TRUE(approved.ok()) << approved.describe();
    EXPECT_EQ(approved.object().value("state"_L1).toString(), u"approved"_s);
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"awaiting_approval"_s);
    // Nobody approves it past the chain through the lifecycle, not even an admin.
    const Reply bypass = admin().call(
        u"ticket.transition"_s,
        QJsonObject {{"id"_L1, id}, {"status"_L1, u"approved"_s}, {"note"_L1, u"Fine"_s}});
    EXPECT_EQ(bypass.code(), Conflict);
    EXPECT_EQ(bypass.reason(), u"approval_pending"_s);
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"awaiting_approval"_s);
    EXPECT_TRUE(bob->waitForNotification(u"approval.changed"_s))
        << "the group's members hear of the approval waiting on them";

    const QJsonArray second = pending(*bob);
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].toObject().value("step"_L1).toInt(), 1);
    ASSERT_EQ(pending(*carl).size(), 1);
    ASSERT_TRUE(decide(*bob, second[0].toObject().value("id"_L1).toInteger(), u"approve"_s).ok());

    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"approved"_s);
    EXPECT_TRUE(pending(*carl).isEmpty()) << "any one of the group settles the step";
    const QStringList fields = historyFields(id);
    EXPECT_EQ(fields.count(u"approval.decision"_s), 2);
    EXPECT_EQ(fields.count(u"approval"_s), 2) << "started and approved, in the event log";
}

TEST_P(ApprovalTest, RejectionEndsTheChainAndMovesTheTicketBackWithTheComment)
{
    const qint64 id = fileTicket(u"incident"_s);
    auto mia = connectAs(u"mia"_s);
    ASSERT_TRUE(request(id, {managerStep(), groupStep(m_finance)}).ok());
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"new"_s)
        << "a lifecycle without an approval state keeps its state";
    const qint64 approval = pending(*mia)[0].toObject().value("id"_L1).toInteger();

    const Reply bare = decide(*mia, approval, u"reject"_s);
    EXPECT_EQ(bare.code(), InvalidParams);
    EXPECT_EQ(bare.field(), u"comment"_s) << "a rejection says why";
    const Reply rejected = decide(*mia, approval, u"reject"_s, u"Not in this year's budget"_s);
    ASSERT_TRUE(rejected.ok()) << rejected.describe();
    EXPECT_EQ(decide(*mia, approval, u"approve"_s).code(), Conflict) << "a decision is final";

    const QJsonObject after = ticket(id);
    EXPECT_EQ(after.value("status"_L1).toString(), u"new"_s);
    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}});
    EXPECT_TRUE(QString::fromUtf8(QJsonDocument(history.object()).toJson())
                    .contains(u"Not in this year's budget"_s));
    auto bob = connectAs(u"bob"_s);
    EXPECT_TRUE(pending(*bob).isEmpty()) << "a rejected chain starts no further step";

    // A chain on a service request goes back to the state it left.
    const qint64 request2 = fileTicket(u"service_request"_s);
    ASSERT_TRUE(request(request2, {managerStep()}).ok());
    const qint64 second = pending(*mia)[0].toObject().value("id"_L1).toInteger();
    ASSERT_TRUE(decide(*mia, second, u"reject"_s, u"No"_s).ok());
    EXPECT_EQ(ticket(request2).value("status"_L1).toString(), u"new"_s);
}

TEST_P(ApprovalTest, DelegatedApprovalsGoToTheDelegateWhileTheApproverIsAway)
{
    auto mia = connectAs(u"mia"_s);
    auto dave = connectAs(u"dave"_s);
    const qint64 waiting = fileTicket(u"service_request"_s);
    ASSERT_TRUE(request(waiting, {managerStep()}).ok());
    ASSERT_EQ(pending(*mia).size(), 1);

    const QString until =
        QDateTime::fromMSecsSinceEpoch(clock().now() + 7 * 24 * 60 * Minute, Qt::UTC)
            .toString(Qt::ISODateWithMs);
    const Reply away =
        mia->call(u"approval.delegate"_s, QJsonObject {{"to"_L1, m_dave}, {"until"_L1, until}});
    ASSERT_TRUE(away.ok()) << away.describe();
    EXPECT_TRUE(pending(*mia).isEmpty()) << "the pending approval went to the delegate";
    QJsonArray handed = pending(*dave);
    ASSERT_EQ(handed.size(), 1);
    EXPECT_EQ(handed[0].toObject().value("delegated_from"_L1).toInteger(), m_mia);

    const qint64 later = fileTicket(u"service_request"_s);
    ASSERT_TRUE(request(later, {managerStep()}).ok());
    handed = pending(*dave);
    ASSERT_EQ(handed.size(), 2) << "a new approval goes to the delegate while it lasts";
    const qint64 approval = handed[1].toObject().value("id"_L1).toInteger();
    EXPECT_EQ(decide(*mia, approval, u"approve"_s).code(), Forbidden)
        << "while away, the approver's own approvals are the delegate's";
    ASSERT_TRUE(decide(*dave, approval, u"approve"_s).ok());
    EXPECT_EQ(ticket(later).value("status"_L1).toString(), u"approved"_s);

    ASSERT_TRUE(mia->call(u"approval.delegate"_s, QJsonObject {{"to"_L1, QJsonValue()}}).ok());
    EXPECT_EQ(pending(*mia).size(), 1) << "back: what is still pending returns";
    EXPECT_TRUE(pending(*dave).isEmpty());

    // An auditor sees who decided in whose place, from when to when: both changes, newest first.
    const Reply audit = admin().call(
        u"audit.list"_s, QJsonObject {{"action"_L1, u"approval.delegate"_s}, {"actor"_L1, m_mia}});
    ASSERT_TRUE(audit.ok()) << audit.describe();
    const QJsonArray entries = audit.object().value("items"_L1).toArray();
    ASSERT_EQ(entries.size(), 2);
    const QJsonObject ended = entries[0].toObject().value("details"_L1).toObject();
    EXPECT_EQ(ended.value("to"_L1).toObject().value("before"_L1).toInteger(), m_dave);
    EXPECT_TRUE(ended.value("to"_L1).toObject().value("after"_L1).isNull());
    const QJsonObject began = entries[1].toObject().value("details"_L1).toObject();
    EXPECT_EQ(began.value("to"_L1).toObject().value("after"_L1).toInteger(), m_dave);
    EXPECT_EQ(QDateTime::fromString(began.value("until"_L1).toObject().value("after"_L1).toString(),
                                    Qt::ISODate),
              QDateTime::fromString(until, Qt::ISODate));
    EXPECT_EQ(entries[1].toObject().value("target_id"_L1).toInteger(), m_mia);
}

TEST_P(ApprovalTest, WaitingTooLongRemindsThenEscalates)
{
    const qint64 eve = createUser(u"eve"_s, u"admin"_s);
    const Reply configured =
        admin().call(u"config.set"_s,
                     QJsonObject {{"key"_L1, u"approvals"_s},
                                  {"value"_L1,
                                   QJsonObject {{"remind_after_minutes"_L1, 60},
                                                {"escalate_after_minutes"_L1, 180},
                                                {"escalate_to"_L1, eve}}}});
    ASSERT_TRUE(configured.ok()) << configured.describe();
    const qint64 id = fileTicket(u"service_request"_s);
    ASSERT_TRUE(request(id, {userStep(m_bob)}).ok());
    auto bob = connectAs(u"bob"_s);
    auto eveClient = connectAs(u"eve"_s);
    const auto notificationKinds = [&](TestClient& who) {
        QStringList kinds;
        for (const QJsonValue& n :
             who.call(u"notification.list"_s).object().value("notifications"_L1).toArray())
            kinds.append(n.toObject().value("kind"_L1).toString());
        return kinds;
    };
    EXPECT_FALSE(notificationKinds(*bob).contains(u"approval_reminder"_s));

    clock().advance(61 * Minute);
    ASSERT_TRUE(
        waitUntil([&] { return notificationKinds(*bob).contains(u"approval_reminder"_s); }, 20000))
        << "the approver is reminded after the configured wait";
    EXPECT_TRUE(historyFields(id).contains(u"approval.reminded"_s));
    EXPECT_TRUE(pending(*eveClient).isEmpty());

    clock().advance(120 * Minute);
    ASSERT_TRUE(waitUntil([&] { return pending(*eveClient).size() == 1; }, 20000))
        << "escalated to the configured user after the longer wait";
    EXPECT_TRUE(pending(*bob).isEmpty());
    EXPECT_EQ(pending(*eveClient)[0].toObject().value("kind"_L1).toString(), u"escalated"_s);
    EXPECT_TRUE(historyFields(id).contains(u"approval.escalated"_s));
    const qint64 approval = pending(*eveClient)[0].toObject().value("id"_L1).toInteger();
    ASSERT_TRUE(decide(*eveClient, approval, u"approve"_s).ok());
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"approved"_s);
}

TEST_P(ApprovalTest, NOfMNeedsThatManyApprovals)
{
    const qint64 id = fileTicket(u"service_request"_s);
    ASSERT_TRUE(request(id, {groupStep(m_finance, u"n"_s, 2)}).ok());
    auto bob = connectAs(u"bob"_s);
    auto carl = connectAs(u"carl"_s);
    auto dave = connectAs(u"dave"_s);
    const qint64 bobs = pending(*bob)[0].toObject().value("id"_L1).toInteger();
    const qint64 carls = pending(*carl)[0].toObject().value("id"_L1).toInteger();
    const qint64 daves = pending(*dave)[0].toObject().value("id"_L1).toInteger();
    ASSERT_TRUE(decide(*bob, bobs, u"approve"_s).ok());
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"awaiting_approval"_s)
        << "one of two is not enough";
    ASSERT_TRUE(decide(*carl, carls, u"approve"_s).ok());
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"approved"_s);
    EXPECT_EQ(decide(*dave, daves, u"approve"_s).code(), Conflict) << "the step is settled";

    const qint64 all = fileTicket(u"service_request"_s);
    const Reply tooMany = request(all, {groupStep(m_finance, u"n"_s, 4)});
    EXPECT_EQ(tooMany.code(), InvalidParams);
    EXPECT_EQ(tooMany.field(), u"steps[0].n"_s);
}

TEST_P(ApprovalTest, SlaClockPausesWhileTheChainWaits)
{
    const qint64 id = fileTicket(u"incident"_s);
    const QString dueBefore =
        ticket(id).value("sla"_L1).toObject().value("resolve_due"_L1).toString();
    ASSERT_FALSE(dueBefore.isEmpty());
    ASSERT_TRUE(request(id, {managerStep()}).ok());
    clock().advance(90 * Minute);
    auto mia = connectAs(u"mia"_s);
    ASSERT_TRUE(
        decide(*mia, pending(*mia)[0].toObject().value("id"_L1).toInteger(), u"approve"_s).ok());
    const QString dueAfter =
        ticket(id).value("sla"_L1).toObject().value("resolve_due"_L1).toString();
    const qint64 moved = QDateTime::fromString(dueAfter, Qt::ISODateWithMs).toMSecsSinceEpoch()
        - QDateTime::fromString(dueBefore, Qt::ISODateWithMs).toMSecsSinceEpoch();
    // The manual clock also runs with real time: the pause lasted the 90 minutes and the few
    // milliseconds the calls took.
    EXPECT_GE(moved, 90 * Minute) << "the due time moves by the waiting time";
    EXPECT_LT(moved, 90 * Minute + 60 * 1000);
}

TEST_P(ApprovalTest, OnlyCurrentApproversDecideAndBadStepsAreRefused)
{
    const qint64 id = fileTicket(u"service_request"_s);
    EXPECT_EQ(request(id, {managerStep()}, m_annClient.get()).code(), Forbidden)
        << "requesters do not start chains";
    const Reply unknownGroup = request(id, {managerStep(), groupStep(987654)});
    EXPECT_EQ(unknownGroup.code(), InvalidParams);
    EXPECT_EQ(unknownGroup.field(), u"steps[1].group"_s);
    const Reply badShape =
        request(id, {QJsonObject {{"kind"_L1, u"user"_s}, {"group"_L1, m_finance}}});
    EXPECT_EQ(badShape.code(), InvalidParams);
    EXPECT_EQ(badShape.field(), u"steps[0].user"_s);

    createUser(u"orphan"_s, u"requester"_s);
    auto orphan = connectAs(u"orphan"_s);
    const qint64 orphaned =
        createTicket(*orphan, QJsonObject {{"title"_L1, u"Monitor"_s}, {"description"_L1, u"x"_s}})
            .value("id"_L1)
            .toInteger();
    const Reply noManager = request(orphaned, {managerStep()});
    EXPECT_EQ(noManager.code(), InvalidParams);
    EXPECT_EQ(noManager.field(), u"steps[0].kind"_s);
    EXPECT_EQ(noManager.reason(), u"the requester has no manager"_s);

    ASSERT_TRUE(request(id, {managerStep()}).ok());
    EXPECT_EQ(request(id, {managerStep()}).code(), Conflict) << "one chain at a time";
    auto mia = connectAs(u"mia"_s);
    const qint64 approval = pending(*mia)[0].toObject().value("id"_L1).toInteger();
    auto bob = connectAs(u"bob"_s);
    EXPECT_EQ(decide(*bob, approval, u"approve"_s).code(), Forbidden);
    EXPECT_EQ(decide(*m_annClient, approval, u"approve"_s).code(), Forbidden);
    EXPECT_EQ(bob->call(u"approval.list"_s, QJsonObject {{"all"_L1, true}}).code(), Forbidden);
    EXPECT_EQ(admin().call(u"approval.list"_s, QJsonObject {{"all"_L1, true}}).items().size(), 1);
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"awaiting_approval"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApprovalTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
