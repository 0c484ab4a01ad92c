// The workflow engine on the in-process server over a real socket: SLA policies on business-hours
// calendars, pause and resume, breach with escalation across a restart, automation rules (in the
// transaction, loop-safe), routing strategies, the dry run, and errors that name the field. Time
// moves with the harness's manual clock, never by waiting. A second server that must stand by is a
// real process; time rules through SIGKILL are in test_timerulekills.cpp.
#include "core/timeutil.h"
#include "harnessfixture.h"
#include "testhelpers.h"
#include "testserver.h"
#include "workflow/businesscalendar.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

qint64 time(const QJsonValue& iso)
{
    return timeutil::fromIso(iso.toString()).value_or(-1);
}

class WorkflowEngineTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_bo = createUser(u"bobby"_s, u"agent"_s);
        m_cy = createUser(u"cyril"_s, u"agent"_s);
        m_nina = createUser(u"nina"_s, u"agent"_s);
        m_mona = createUser(u"mona"_s, u"manager"_s);
        m_l2 = createGroup(u"Network L2"_s, 2);
        m_l1 = createGroup(u"Service Desk"_s, 1);
        for (qint64 agent : {m_alex, m_bo, m_cy})
            addMember(m_l1, agent);
        addMember(m_l2, m_nina);
        ASSERT_TRUE(admin()
                        .call(u"group.update"_s,
                              QJsonObject {{"id"_L1, m_l1}, {"escalation_group"_L1, m_l2}})
                        .ok());
        ASSERT_TRUE(
            admin()
                .call(u"group.update"_s, QJsonObject {{"id"_L1, m_l2}, {"manager"_L1, m_mona}})
                .ok());
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Network"_s}, {"default_group"_L1, m_l1}})
                        .ok());
        rita = connectAs(u"rita"_s);
    }

    QJsonObject newTicket(const QString& title, const QString& urgency = u"medium"_s)
    {
        return createTicket(*rita,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, u"details"_s},
                                         {"category"_L1, u"Network"_s},
                                         {"urgency"_L1, urgency}});
    }
    QJsonObject get(qint64 id)
    {
        return admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }
    QJsonArray history(qint64 id)
    {
        return admin()
            .call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}})
            .object()
            .value("items"_L1)
            .toArray();
    }
    Reply call(const QString& method, const QJsonObject& params)
    {
        return admin().call(method, params);
    }
    // Stops the server, moves its clock `ms` ahead while it is down, and starts it again.
    void restartLater(qint64 ms)
    {
        rita.reset();
        restartServer([&] { clock().advance(ms); });
        rita = connectAs(u"rita"_s);
    }

    qint64 m_rita = 0, m_alex = 0, m_bo = 0, m_cy = 0, m_nina = 0, m_mona = 0, m_l1 = 0, m_l2 = 0;
    std::unique_ptr<TestClient> rita;
};

} // namespace

TEST_P(WorkflowEngineTest, PoliciesCountBusinessHoursAndFollowThePriority)
{
    const QJsonObject weekdays = jsonObject(R"({"name": "Weekdays", "time_zone": "Europe/Berlin",
        "hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "17:00"]], "wed": [["09:00", "17:00"]],
                  "thu": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]},
        "holidays": ["2026-12-25"]})");
    const Reply calendar = call(u"calendar.create"_s, weekdays);
    ASSERT_TRUE(calendar.ok()) << calendar.describe();
    const qint64 calendarId = calendar.object().value("id"_L1).toInteger();
    ASSERT_TRUE(call(u"sla.policy.create"_s,
                     QJsonObject {{"name"_L1, u"Standard"_s},
                                  {"calendar"_L1, calendarId},
                                  {"response_minutes"_L1, 120},
                                  {"resolve_minutes"_L1, 960}})
                    .ok());
    ASSERT_TRUE(call(u"sla.policy.create"_s,
                     QJsonObject {{"name"_L1, u"Critical"_s},
                                  {"priority"_L1, 1},
                                  {"response_minutes"_L1, 15},
                                  {"resolve_minutes"_L1, 240}})
                    .ok());

    QJsonObject ticket = newTicket(u"Wi-Fi slow on floor 3"_s);
    const qint64 created = time(ticket.value("created_at"_L1));
    QJsonObject fields = weekdays;
    fields.remove(u"name"_s);
    auto expected = BusinessCalendar::fromJson(fields);
    ASSERT_TRUE(expected.ok());
    QJsonObject sla = ticket.value("sla"_L1).toObject();
    EXPECT_EQ(time(sla.value("response_due"_L1)), expected->add(created, 120 * Minute))
        << "two business hours of the weekday calendar";
    EXPECT_EQ(time(sla.value("resolve_due"_L1)), expected->add(created, 960 * Minute));

    // Critical now: the around-the-clock policy is more specific and wins.
    const Reply raised = call(u"ticket.update"_s,
                              QJsonObject {{"id"_L1, ticket.value("id"_L1)},
                                           {"version"_L1, ticket.value("version"_L1)},
                                           {"priority"_L1, 1}});
    ASSERT_TRUE(raised.ok()) << raised.describe();
    sla = raised.object().value("sla"_L1).toObject();
    EXPECT_EQ(time(sla.value("response_due"_L1)), created + 15 * Minute);
    EXPECT_EQ(time(sla.value("resolve_due"_L1)), created + 240 * Minute);

    // A changed policy re-plans the open tickets it governs.
    const qint64 critical = call(u"sla.policy.list"_s, {})
                                .object()
                                .value("policies"_L1)
                                .toArray()
                                .at(1)
                                .toObject()
                                .value("id"_L1)
                                .toInteger();
    const Reply changed = call(u"sla.policy.update"_s,
                               QJsonObject {{"id"_L1, critical}, {"response_minutes"_L1, 30}});
    ASSERT_TRUE(changed.ok()) << changed.describe();
    EXPECT_EQ(changed.object().value("tickets_recomputed"_L1).toInt(), 1);
    sla = get(ticket.value("id"_L1).toInteger()).value("sla"_L1).toObject();
    EXPECT_EQ(time(sla.value("response_due"_L1)), created + 30 * Minute);
}

TEST_P(WorkflowEngineTest, WaitingOnTheRequesterPausesTheClock)
{
    auto alex = connectAs(u"alex"_s);
    QJsonObject ticket = newTicket(u"Printer jams"_s);
    const qint64 id = ticket.value("id"_L1).toInteger();
    const Reply assigned = alex->call(u"ticket.update"_s,
                                      QJsonObject {{"id"_L1, id},
                                                   {"version"_L1, ticket.value("version"_L1)},
                                                   {"assignee"_L1, m_alex}});
    ASSERT_TRUE(assigned.ok()) << assigned.describe();
    const qint64 dueBefore =
        time(assigned.object().value("sla"_L1).toObject().value("resolve_due"_L1));
    const Reply pending = alex->call(u"ticket.transition"_s,
                                     QJsonObject {{"id"_L1, id},
                                                  {"status"_L1, u"pending"_s},
                                                  {"note"_L1, u"Which printer model?"_s}});
    ASSERT_TRUE(pending.ok()) << pending.describe();
    EXPECT_EQ(pending.object().value("sla"_L1).toObject().value("state"_L1), u"paused"_s);
    const Reply paused = admin().call(
        u"ticket.list"_s,
        QJsonObject {{"filter"_L1, QJsonObject {{"sla_state"_L1, QJsonArray {u"paused"_s}}}}});
    ASSERT_TRUE(paused.ok()) << paused.describe();
    EXPECT_EQ(paused.items().size(), 1) << "the stored state is filterable";
    clock().advance(20 * Minute); // pending for twenty minutes
    const Reply resumed = alex->call(u"ticket.transition"_s,
                                     QJsonObject {{"id"_L1, id}, {"status"_L1, u"in_progress"_s}});
    ASSERT_TRUE(resumed.ok()) << resumed.describe();
    const QJsonObject sla = resumed.object().value("sla"_L1).toObject();
    EXPECT_EQ(sla.value("state"_L1), u"on_track"_s);
    const qint64 moved = time(sla.value("resolve_due"_L1)) - dueBefore;
    EXPECT_GE(moved, 20 * Minute) << "the target moves by the time paused";
    EXPECT_LT(moved, 20 * Minute + 10000);
}

TEST_P(WorkflowEngineTest, ABreachWhileTheServerWasDownEscalatesAndTellsTheManager)
{
    ASSERT_TRUE(call(u"sla.policy.create"_s,
                     QJsonObject {{"name"_L1, u"Tight"_s},
                                  {"response_minutes"_L1, 10},
                                  {"resolve_minutes"_L1, 60},
                                  {"escalate_on_breach"_L1, true}})
                    .ok());
    const QJsonObject ticket = newTicket(u"VPN down for the whole office"_s);
    const qint64 id = ticket.value("id"_L1).toInteger();
    EXPECT_EQ(ticket.value("group"_L1).toObject().value("id"_L1).toInteger(), m_l1);

    restartLater(15 * Minute); // the response target passed while the server was stopped
    ASSERT_TRUE(waitUntil(
        [&] { return get(id).value("group"_L1).toObject().value("id"_L1).toInteger() == m_l2; },
        15000))
        << "escalated to the next tier on breach";
    const QJsonObject now = get(id);
    EXPECT_EQ(now.value("sla"_L1).toObject().value("state"_L1), u"breached"_s);
    bool escalationByAutomation = false;
    for (const QJsonValue& entry : history(id)) {
        const QJsonObject e = entry.toObject();
        if (e.value("field"_L1) == u"escalation"_s)
            escalationByAutomation =
                e.value("actor"_L1).toObject().value("username"_L1) == u"automation"_s;
    }
    EXPECT_TRUE(escalationByAutomation) << "the event log says who escalated";
    auto mona = connectAs(u"mona"_s);
    const QJsonObject inbox = mona->call(u"notification.list"_s, {}).object();
    ASSERT_GE(inbox.value("unread"_L1).toInt(), 1);
    EXPECT_EQ(inbox.value("notifications"_L1).toArray().at(0).toObject().value("ticket"_L1), id);
    const Reply breached = admin().call(
        u"ticket.list"_s,
        QJsonObject {{"filter"_L1, QJsonObject {{"sla_state"_L1, QJsonArray {u"breached"_s}}}}});
    ASSERT_EQ(breached.items().size(), 1);
    EXPECT_EQ(breached.items().at(0).toObject().value("id"_L1), id);
}

TEST_P(WorkflowEngineTest, RulesActWithTheChangeAndCannotLoop)
{
    // A reply on creation, in the same transaction: the creator's answer already
    // has it.
    ASSERT_TRUE(call(u"rule.create"_s, jsonObject(R"({"name": "Acknowledge",
        "trigger": {"event": "created"},
        "conditions": [{"field": "actor_role", "op": "is", "value": "requester"}],
        "actions": [{"type": "reply", "body": "Thanks {{requester.name}}, we have #{{ticket.id}}."},
                    {"type": "add_tag", "value": "acknowledged"}]})"))
                    .ok());
    // Two rules that would undo each other forever.
    ASSERT_TRUE(call(u"rule.create"_s, jsonObject(R"({"name": "Up",
        "trigger": {"event": "updated"},
        "conditions": [{"field": "priority", "op": "is", "value": 3}],
        "actions": [{"type": "set_field", "field": "priority", "value": 2}]})"))
                    .ok());
    ASSERT_TRUE(call(u"rule.create"_s, jsonObject(R"({"name": "Down",
        "trigger": {"event": "updated"},
        "conditions": [{"field": "priority", "op": "is", "value": 2}],
        "actions": [{"type": "set_field", "field": "priority", "value": 3}]})"))
                    .ok());

    const QJsonObject ticket = newTicket(u"Cannot reach the file server"_s);
    const qint64 id = ticket.value("id"_L1).toInteger();
    EXPECT_TRUE(ticket.value("tags"_L1).toArray().contains(u"acknowledged"_s));
    const QJsonArray comments = rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}})
                                    .object()
                                    .value("items"_L1)
                                    .toArray();
    bool acknowledged = false;
    for (const QJsonValue& entry : comments) {
        const QJsonObject comment = entry.toObject().value("comment"_L1).toObject();
        acknowledged |= comment.value("body"_L1).toString().startsWith(u"Thanks RITA"_s)
            && !comment.value("internal"_L1).toBool();
    }
    EXPECT_TRUE(acknowledged) << "the requester sees the automatic reply";
    EXPECT_FALSE(get(id).value("sla"_L1).toObject().value("first_response_at"_L1).isString())
        << "an automatic reply is not the first response";

    const Reply updated = call(u"ticket.update"_s,
                               QJsonObject {{"id"_L1, id},
                                            {"version"_L1, get(id).value("version"_L1)},
                                            {"title"_L1, u"Cannot reach the file server (2)"_s}});
    ASSERT_TRUE(updated.ok()) << updated.describe();
    int firings = 0;
    for (const QJsonValue& entry : history(id))
        firings += entry.toObject().value("field"_L1) == u"rule"_s ? 1 : 0;
    // At creation: Acknowledge, then (its tag is an update) Up and Down once each; for the title
    // change Up and Down once each again. Without loop protection: never ending.
    EXPECT_EQ(firings, 5);
    EXPECT_EQ(updated.object().value("priority"_L1).toInt(), 3);
}

TEST_P(WorkflowEngineTest, GroupsAssignInTurnOrByLoadAndSkipAgentsWhoAreAway)
{
    ASSERT_TRUE(
        call(u"group.update"_s, QJsonObject {{"id"_L1, m_l1}, {"assignment"_L1, u"round_robin"_s}})
            .ok());
    auto bo = connectAs(u"bobby"_s);
    const Reply away =
        bo->call(u"user.set_availability"_s, QJsonObject {{"availability"_L1, u"away"_s}});
    ASSERT_TRUE(away.ok()) << away.describe();
    EXPECT_EQ(away.object().value("availability"_L1), u"away"_s);
    QList<qint64> assignees;
    for (int i = 0; i < 4; ++i)
        assignees.append(newTicket(u"Turn %1"_s.arg(i))
                             .value("assignee"_L1)
                             .toObject()
                             .value("id"_L1)
                             .toInteger());
    EXPECT_EQ(assignees, (QList<qint64> {m_alex, m_cy, m_alex, m_cy}));

    ASSERT_TRUE(
        call(u"group.update"_s, QJsonObject {{"id"_L1, m_l1}, {"assignment"_L1, u"least_loaded"_s}})
            .ok());
    ASSERT_TRUE(
        bo->call(u"user.set_availability"_s, QJsonObject {{"availability"_L1, u"available"_s}})
            .ok());
    const QJsonObject next = newTicket(u"To the least loaded"_s);
    EXPECT_EQ(next.value("assignee"_L1).toObject().value("id"_L1).toInteger(), m_bo)
        << "bo has no open tickets";
    EXPECT_EQ(next.value("status"_L1), u"assigned"_s);
}

TEST_P(WorkflowEngineTest, TheDryRunListsWhatARuleWouldMatchNow)
{
    newTicket(u"Printer on floor 2 is offline"_s);
    newTicket(u"Email bounces"_s);
    newTicket(u"Another printer problem"_s);
    const Reply dry = call(u"rule.dry_run"_s, jsonObject(R"({
        "trigger": {"event": "updated"},
        "conditions": [{"field": "title", "op": "contains", "value": "printer"}],
        "actions": [{"type": "add_tag", "value": "printing"}]})"));
    ASSERT_TRUE(dry.ok()) << dry.describe();
    EXPECT_EQ(dry.object().value("tickets"_L1).toArray().size(), 2);
    EXPECT_EQ(dry.object().value("scanned"_L1).toInt(), 3);
    EXPECT_TRUE(dry.object().value("complete"_L1).toBool());
    for (const QJsonValue& ticket : dry.object().value("tickets"_L1).toArray())
        EXPECT_FALSE(ticket.toObject().value("tags"_L1).toArray().contains(u"printing"_s))
            << "a dry run changes nothing";
    auto alex = connectAs(u"alex"_s);
    EXPECT_EQ(alex->call(u"rule.dry_run"_s, QJsonObject {{"id"_L1, 1}}).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden));
}

TEST_P(WorkflowEngineTest, BadDefinitionsAreRefusedNamingTheField)
{
    Reply reply =
        call(u"rule.create"_s, jsonObject(R"({"name": "r", "trigger": {"event": "created"},
        "conditions": [{"field": "priority", "op": "contains", "value": 1}],
        "actions": [{"type": "add_tag", "value": "x"}]})"));
    EXPECT_EQ(reply.field(), u"conditions[0].op"_s) << reply.describe();
    reply = call(u"rule.create"_s, jsonObject(R"({"name": "r", "trigger": {"event": "created"},
        "actions": [{"type": "assign", "user": 99999}]})"));
    EXPECT_EQ(reply.field(), u"actions[0].user"_s) << reply.describe();
    reply = call(u"rule.create"_s, jsonObject(R"({"name": "r", "trigger": {"event": "created"},
        "actions": [{"type": "set_status", "value": "teleported"}]})"));
    EXPECT_EQ(reply.field(), u"actions[0].value"_s) << reply.describe();
    reply = call(u"calendar.create"_s, jsonObject(R"({"name": "c", "time_zone": "Europe/Atlantis",
        "hours": {"mon": [["09:00", "17:00"]]}, "holidays": []})"));
    EXPECT_EQ(reply.field(), u"time_zone"_s) << reply.describe();
    reply = call(u"calendar.create"_s, jsonObject(R"({"name": "c", "time_zone": "UTC",
        "hours": {"mon": [["18:00", "17:00"]]}, "holidays": []})"));
    EXPECT_EQ(reply.field(), u"hours.mon[0]"_s) << reply.describe();
    reply = call(u"sla.policy.create"_s, jsonObject(R"({"name": "p", "response_minutes": 60,
        "resolve_minutes": 30})"));
    EXPECT_EQ(reply.field(), u"resolve_minutes"_s) << reply.describe();
    reply = call(u"sla.policy.create"_s, jsonObject(R"({"name": "p", "response_minutes": 60,
        "resolve_minutes": 90, "calendar": 4242})"));
    EXPECT_EQ(reply.field(), u"calendar"_s) << reply.describe();
    EXPECT_EQ(call(u"rule.list"_s, {}).object().value("rules"_L1).toArray().size(), 0)
        << "nothing half-stored";
}

TEST_P(WorkflowEngineTest, OnlyOneServerSchedulesForADatabase)
{
    TestServer second(database()); // a process of its own: the lock is between processes
    ASSERT_TRUE(second.start()) << second.error().toStdString();
    EXPECT_TRUE(waitUntil([&] { return second.output().contains(u"standing by"_s); }, 5000))
        << second.output().toStdString();
    second.stop();
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkflowEngineTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
