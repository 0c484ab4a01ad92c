// Tickets over the wire: defaults, routing, optimistic concurrency, guarded transitions, the
// SLA clock, the conversation and its history, and keyset-paged lists.
#include "serverfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class TicketTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_requester = createUser(u"rita"_s, u"requester"_s);
        m_agent = createUser(u"alex"_s, u"agent"_s);
        m_other = createUser(u"olga"_s, u"agent"_s);
        m_l1 = createGroup(u"Service Desk"_s, 1);
        m_l2 = createGroup(u"Network"_s, 2);
        addMember(m_l1, m_agent);
        addMember(m_l2, m_other);
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Network"_s}, {"default_group"_L1, m_l1}})
                        .ok());
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
    }

    QJsonObject get(qint64 id)
    {
        return alex->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }
    Reply transition(TestClient& who, qint64 id, const QString& status, const QString& note = {})
    {
        QJsonObject params {{"id"_L1, id}, {"status"_L1, status}};
        if (!note.isEmpty())
            params.insert("note"_L1, note);
        return who.call(u"ticket.transition"_s, params);
    }
    Reply update(TestClient& who, const QJsonObject& ticket, QJsonObject changes)
    {
        changes.insert("id"_L1, ticket.value("id"_L1));
        changes.insert("version"_L1, ticket.value("version"_L1));
        return who.call(u"ticket.update"_s, changes);
    }

    qint64 m_requester = 0, m_agent = 0, m_other = 0, m_l1 = 0, m_l2 = 0;
    std::unique_ptr<TestClient> rita, alex;
};

} // namespace

TEST_P(TicketTest, CreatedWithDefaultsPriorityFromTheMatrixAndRoutedByCategory)
{
    const QJsonObject ticket =
        createTicket(*rita,
                     QJsonObject {{"title"_L1, u"VPN drops every 5 minutes"_s},
                                  {"description"_L1, u"At home, since Monday"_s},
                                  {"category"_L1, u"Network"_s},
                                  {"impact"_L1, u"high"_s},
                                  {"urgency"_L1, u"high"_s}});
    EXPECT_EQ(ticket.value("type"_L1).toString(), u"incident"_s);
    EXPECT_EQ(ticket.value("status"_L1).toString(), u"new"_s);
    EXPECT_EQ(ticket.value("priority"_L1).toInt(), 1);
    EXPECT_EQ(ticket.value("version"_L1).toInt(), 1);
    EXPECT_EQ(ticket.value("requester"_L1).toObject().value("id"_L1).toInteger(), m_requester);
    EXPECT_EQ(ticket.value("group"_L1).toObject().value("id"_L1).toInteger(), m_l1);
    EXPECT_TRUE(ticket.value("assignee"_L1).isNull());
    const QJsonObject sla = ticket.value("sla"_L1).toObject();
    const auto created =
        QDateTime::fromString(ticket.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    const auto responseDue =
        QDateTime::fromString(sla.value("response_due"_L1).toString(), Qt::ISODateWithMs);
    EXPECT_EQ(created.secsTo(responseDue), 15 * 60) << "P1: respond within 15 minutes";
    EXPECT_EQ(sla.value("state"_L1).toString(), u"on_track"_s);
    EXPECT_TRUE(ticket.value("created_at"_L1).toString().endsWith(u'Z'));

    const QJsonObject unknown = QJsonObject {
        {"title"_L1, u"x"_s}, {"description"_L1, u"y"_s}, {"category"_L1, u"Plumbing"_s}};
    EXPECT_EQ(rita->call(u"ticket.create"_s, unknown).field(), u"category"_s);
}

TEST_P(TicketTest, AgentsRaiseTicketsOnBehalfOfCallers)
{
    const QJsonObject ticket = createTicket(*alex,
                                            QJsonObject {{"title"_L1, u"Phone call: printer"_s},
                                                         {"description"_L1, u"Rita called"_s},
                                                         {"requester"_L1, m_requester},
                                                         {"group"_L1, m_l1},
                                                         {"assignee"_L1, m_agent}});
    EXPECT_EQ(ticket.value("requester"_L1).toObject().value("id"_L1).toInteger(), m_requester);
    EXPECT_EQ(ticket.value("status"_L1).toString(), u"assigned"_s)
        << "assigning moves new -> assigned";
    EXPECT_TRUE(rita->call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket.value("id"_L1)}}).ok())
        << "it is Rita's ticket";
}

TEST_P(TicketTest, StaleVersionsAreConflictsNotLostUpdates)
{
    const QJsonObject ticket =
        createTicket(*rita, QJsonObject {{"title"_L1, u"Old title"_s}, {"description"_L1, u"d"_s}});
    const Reply first = update(*alex, ticket, QJsonObject {{"title"_L1, u"Agent's title"_s}});
    ASSERT_TRUE(first.ok()) << first.describe();
    EXPECT_EQ(first.object().value("version"_L1).toInt(), 2);
    const Reply second = update(*rita, ticket, QJsonObject {{"title"_L1, u"Requester's title"_s}});
    EXPECT_EQ(second.code(), -32004);
    EXPECT_EQ(second.reason(), u"stale_version"_s);
    EXPECT_EQ(second.error->data.toObject().value("current_version"_L1).toInt(), 2);
    EXPECT_EQ(get(ticket.value("id"_L1).toInteger()).value("title"_L1).toString(),
              u"Agent's title"_s);

    const QJsonObject current = get(ticket.value("id"_L1).toInteger());
    const Reply same = update(*alex, current, QJsonObject {{"title"_L1, u"Agent's title"_s}});
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same.object().value("version"_L1).toInt(), 2)
        << "an update that changes nothing is no new version";
}

TEST_P(TicketTest, PriorityFollowsImpactAndUrgencyUnlessSetExplicitly)
{
    QJsonObject ticket = createTicket(
        *rita, QJsonObject {{"title"_L1, u"Slow file server"_s}, {"description"_L1, u"d"_s}});
    EXPECT_EQ(ticket.value("priority"_L1).toInt(), 3);
    Reply changed = update(*alex, ticket, QJsonObject {{"impact"_L1, u"high"_s}});
    ASSERT_TRUE(changed.ok()) << changed.describe();
    EXPECT_EQ(changed.object().value("priority"_L1).toInt(), 2);
    changed = update(*alex, changed.object(), QJsonObject {{"priority"_L1, 5}});
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed.object().value("priority"_L1).toInt(), 5);
    const auto created = QDateTime::fromString(changed.object().value("created_at"_L1).toString(),
                                               Qt::ISODateWithMs);
    const auto resolveDue = QDateTime::fromString(
        changed.object().value("sla"_L1).toObject().value("resolve_due"_L1).toString(),
        Qt::ISODateWithMs);
    EXPECT_EQ(created.secsTo(resolveDue), 10080 * 60) << "due times follow the new priority";
}

TEST_P(TicketTest, AssigneesMustBeStaffInTheTicketsGroup)
{
    QJsonObject ticket = createTicket(*rita,
                                      QJsonObject {{"title"_L1, u"Wi-Fi"_s},
                                                   {"description"_L1, u"d"_s},
                                                   {"category"_L1, u"Network"_s}});
    EXPECT_EQ(update(*alex, ticket, QJsonObject {{"assignee"_L1, m_requester}}).field(),
              u"assignee"_s);
    EXPECT_EQ(update(*alex, ticket, QJsonObject {{"assignee"_L1, m_other}}).field(), u"assignee"_s)
        << "not in Service Desk";
    Reply assigned = update(*alex, ticket, QJsonObject {{"assignee"_L1, m_agent}});
    ASSERT_TRUE(assigned.ok()) << assigned.describe();
    EXPECT_EQ(assigned.object().value("status"_L1).toString(), u"assigned"_s);
    // Escalating to the network team: Alex is not in it, so the ticket waits unassigned there.
    Reply escalated = update(*alex, assigned.object(), QJsonObject {{"group"_L1, m_l2}});
    ASSERT_TRUE(escalated.ok()) << escalated.describe();
    EXPECT_TRUE(escalated.object().value("assignee"_L1).isNull());
    EXPECT_EQ(escalated.object().value("status"_L1).toString(), u"new"_s);
}

TEST_P(TicketTest, TransitionsFollowTheLifecycleAndItsGuards)
{
    const qint64 id = createTicket(*rita,
                                   QJsonObject {{"title"_L1, u"Outlook asks for password"_s},
                                                {"description"_L1, u"d"_s},
                                                {"category"_L1, u"Network"_s}})
                          .value("id"_L1)
                          .toInteger();
    Reply r = transition(*alex, id, u"in_progress"_s);
    EXPECT_EQ(r.code(), -32005);
    EXPECT_EQ(r.reason(), u"assignee_required"_s);
    r = transition(*alex, id, u"closed"_s);
    EXPECT_EQ(r.reason(), u"not_allowed_from_current_status"_s);
    EXPECT_EQ(transition(*alex, id, u"teleported"_s).field(), u"status"_s);
    ASSERT_TRUE(update(*alex, get(id), QJsonObject {{"assignee"_L1, m_agent}}).ok());
    ASSERT_TRUE(transition(*alex, id, u"in_progress"_s).ok());
    r = transition(*alex, id, u"resolved"_s);
    EXPECT_EQ(r.reason(), u"note_required"_s);
    EXPECT_EQ(r.field(), u"note"_s);
    EXPECT_EQ(transition(*rita, id, u"resolved"_s, u"fixed"_s).code(), -32002)
        << "requesters do not resolve";
    r = transition(*alex, id, u"resolved"_s, u"Rebuilt the Outlook profile."_s);
    ASSERT_TRUE(r.ok()) << r.describe();
    EXPECT_FALSE(r.object().value("open"_L1).toBool());
    EXPECT_EQ(r.object().value("resolution"_L1).toString(), u"Rebuilt the Outlook profile."_s);
    EXPECT_FALSE(r.object().value("resolved_at"_L1).isNull());
    EXPECT_EQ(r.object().value("sla"_L1).toObject().value("state"_L1).toString(), u"met"_s);

    r = transition(*rita, id, u"in_progress"_s, u"It is back."_s);
    ASSERT_TRUE(r.ok()) << "requesters reopen: " << r.describe();
    EXPECT_TRUE(r.object().value("open"_L1).toBool());
    EXPECT_TRUE(r.object().value("resolved_at"_L1).isNull());
    ASSERT_TRUE(transition(*alex, id, u"resolved"_s, u"Second fix."_s).ok());
    r = transition(*rita, id, u"closed"_s);
    ASSERT_TRUE(r.ok()) << r.describe();
    EXPECT_FALSE(r.object().value("closed_at"_L1).isNull());
    EXPECT_EQ(transition(*rita, id, u"in_progress"_s, u"again"_s).code(), -32005)
        << "closed is final";
    EXPECT_EQ(rita->call(u"ticket.comment"_s, QJsonObject {{"id"_L1, id}, {"body"_L1, u"hello?"_s}})
                  .code(),
              -32002);
}

TEST_P(TicketTest, PendingPausesTheSlaClock)
{
    const qint64 id = createTicket(*rita,
                                   QJsonObject {{"title"_L1, u"Need info"_s},
                                                {"description"_L1, u"d"_s},
                                                {"category"_L1, u"Network"_s}})
                          .value("id"_L1)
                          .toInteger();
    ASSERT_TRUE(update(*alex, get(id), QJsonObject {{"assignee"_L1, m_agent}}).ok());
    ASSERT_TRUE(transition(*alex, id, u"in_progress"_s).ok());
    const QString dueBefore = get(id).value("sla"_L1).toObject().value("resolve_due"_L1).toString();
    Reply r = transition(*alex, id, u"pending"_s, u"Which laptop model is it?"_s);
    ASSERT_TRUE(r.ok()) << r.describe();
    EXPECT_EQ(r.object().value("sla"_L1).toObject().value("state"_L1).toString(), u"paused"_s);
    EXPECT_FALSE(r.object().value("sla"_L1).toObject().value("first_response_at"_L1).isNull())
        << "the question to the requester is the first response";
    processEventsFor(1200);
    r = transition(*alex, id, u"in_progress"_s);
    ASSERT_TRUE(r.ok());
    const QString dueAfter =
        r.object().value("sla"_L1).toObject().value("resolve_due"_L1).toString();
    EXPECT_GE(QDateTime::fromString(dueBefore, Qt::ISODateWithMs)
                  .msecsTo(QDateTime::fromString(dueAfter, Qt::ISODateWithMs)),
              1000)
        << "the time paused is added to the resolution target";
}

TEST_P(TicketTest, TheConversationAndItsHistory)
{
    const qint64 id = createTicket(*rita,
                                   QJsonObject {{"title"_L1, u"Monitor"_s},
                                                {"description"_L1, u"d"_s},
                                                {"category"_L1, u"Network"_s}})
                          .value("id"_L1)
                          .toInteger();
    Reply reply =
        rita->call(u"ticket.comment"_s, QJsonObject {{"id"_L1, id}, {"body"_L1, u"Any news?"_s}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_TRUE(get(id).value("sla"_L1).toObject().value("first_response_at"_L1).isNull())
        << "the requester's own message is no response";
    EXPECT_EQ(
        rita->call(u"ticket.comment"_s, QJsonObject {{"id"_L1, id}, {"body"_L1, u"   "_s}}).field(),
        u"body"_s);
    ASSERT_TRUE(alex->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"body"_L1, u"Checked the cable."_s},
                                        {"internal"_L1, true}})
                    .ok());
    EXPECT_TRUE(get(id).value("sla"_L1).toObject().value("first_response_at"_L1).isNull())
        << "an internal note is no response";
    reply =
        alex->call(u"ticket.comment"_s, QJsonObject {{"id"_L1, id}, {"body"_L1, u"On my way."_s}});
    ASSERT_TRUE(reply.ok());
    EXPECT_EQ(reply.object().value("author"_L1).toObject().value("id"_L1).toInteger(), m_agent);
    EXPECT_FALSE(get(id).value("sla"_L1).toObject().value("first_response_at"_L1).isNull());
    ASSERT_TRUE(update(*alex, get(id), QJsonObject {{"urgency"_L1, u"high"_s}}).ok());

    const QJsonArray history = alex->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items();
    QStringList kinds;
    for (const QJsonValue& entry : history)
        kinds << entry.toObject().value("kind"_L1).toString() + u':'
                + entry.toObject().value("field"_L1).toString();
    EXPECT_EQ(kinds,
              (QStringList {u"created:"_s, u"comment:"_s, u"comment:"_s, u"comment:"_s,
                            u"change:urgency"_s, u"change:priority"_s}));
    const QJsonObject urgency = history.at(4).toObject();
    EXPECT_EQ(urgency.value("old"_L1).toString(), u"medium"_s);
    EXPECT_EQ(urgency.value("new"_L1).toString(), u"high"_s);
    EXPECT_EQ(urgency.value("actor"_L1).toObject().value("id"_L1).toInteger(), m_agent);
    EXPECT_EQ(rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items().size(), 5)
        << "without the internal note";
}

TEST_P(TicketTest, ListsArePagedFilteredAndSortedOnTheServer)
{
    QSet<qint64> created;
    for (int i = 0; i < 45; ++i) {
        const QJsonObject ticket =
            createTicket(*rita,
                         QJsonObject {{"title"_L1, u"Ticket %1"_s.arg(i)},
                                      {"description"_L1, u"d"_s},
                                      {"category"_L1, u"Network"_s},
                                      {"urgency"_L1, i % 3 == 0 ? u"high"_s : u"low"_s}});
        created.insert(ticket.value("id"_L1).toInteger());
        if (i % 5 == 0) {
            ASSERT_TRUE(update(*alex, ticket, QJsonObject {{"assignee"_L1, m_agent}}).ok());
        }
    }
    QSet<qint64> seen;
    QString cursor;
    int pages = 0;
    int lastPriority = 0;
    do {
        QJsonObject params {{"sort"_L1, u"priority"_s},
                            {"limit"_L1, 10},
                            {"filter"_L1, QJsonObject {{"open"_L1, true}}}};
        if (!cursor.isEmpty())
            params.insert("cursor"_L1, cursor);
        const Reply page = alex->call(u"ticket.list"_s, params);
        ASSERT_TRUE(page.ok()) << page.describe();
        for (const QJsonValue& item : page.items()) {
            const qint64 id = item.toObject().value("id"_L1).toInteger();
            EXPECT_FALSE(seen.contains(id));
            seen.insert(id);
            EXPECT_GE(item.toObject().value("priority"_L1).toInt(), lastPriority);
            lastPriority = item.toObject().value("priority"_L1).toInt();
        }
        cursor = page.object().value("next_cursor"_L1).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 20);
    EXPECT_EQ(seen, created);
    EXPECT_EQ(pages, 5);

    const Reply mine = alex->call(
        u"ticket.list"_s, QJsonObject {{"filter"_L1, QJsonObject {{"assignee"_L1, u"me"_s}}}});
    EXPECT_EQ(mine.items().size(), 9);
    const Reply unassigned = alex->call(
        u"ticket.list"_s,
        QJsonObject {
            {"filter"_L1, QJsonObject {{"assignee"_L1, QJsonValue::Null}, {"group"_L1, u"mine"_s}}},
            {"limit"_L1, 100}});
    EXPECT_EQ(unassigned.items().size(), 36);
    const Reply urgent =
        alex->call(u"ticket.list"_s,
                   QJsonObject {{"filter"_L1, QJsonObject {{"priority"_L1, QJsonArray {2}}}},
                                {"limit"_L1, 100}});
    EXPECT_EQ(urgent.items().size(), 15);
    const Reply assignedStatus = alex->call(
        u"ticket.list"_s,
        QJsonObject {{"filter"_L1, QJsonObject {{"status"_L1, u"assigned"_s}}}, {"limit"_L1, 100}});
    EXPECT_EQ(assignedStatus.items().size(), 9);

    EXPECT_EQ(alex->call(u"ticket.list"_s, QJsonObject {{"cursor"_L1, u"not-a-cursor"_s}}).field(),
              u"cursor"_s);
    EXPECT_EQ(alex->call(u"ticket.list"_s,
                         QJsonObject {{"filter"_L1, QJsonObject {{"status"_L1, u"sleeping"_s}}}})
                  .field(),
              u"filter.status"_s);
}

TEST_P(TicketTest, TheAtRiskQueueListsTheNextDeadlinesFirst)
{
    // P1 (respond in 15 min) and P5 (a day) tickets; a paused one has no deadline.
    const QJsonObject urgent = createTicket(*rita,
                                            QJsonObject {{"title"_L1, u"Down"_s},
                                                         {"description"_L1, u"d"_s},
                                                         {"category"_L1, u"Network"_s},
                                                         {"impact"_L1, u"high"_s},
                                                         {"urgency"_L1, u"high"_s}});
    const QJsonObject calm = createTicket(*rita,
                                          QJsonObject {{"title"_L1, u"Someday"_s},
                                                       {"description"_L1, u"d"_s},
                                                       {"category"_L1, u"Network"_s},
                                                       {"impact"_L1, u"low"_s},
                                                       {"urgency"_L1, u"low"_s}});
    const QJsonObject paused = createTicket(*rita,
                                            QJsonObject {{"title"_L1, u"Waiting"_s},
                                                         {"description"_L1, u"d"_s},
                                                         {"category"_L1, u"Network"_s}});
    const qint64 pausedId = paused.value("id"_L1).toInteger();
    ASSERT_TRUE(update(*alex, paused, QJsonObject {{"assignee"_L1, m_agent}}).ok());
    ASSERT_TRUE(transition(*alex, pausedId, u"in_progress"_s).ok());
    ASSERT_TRUE(transition(*alex, pausedId, u"pending"_s, u"Which model?"_s).ok());

    Reply due = alex->call(
        u"ticket.list"_s,
        QJsonObject {{"sort"_L1, u"due"_s}, {"filter"_L1, QJsonObject {{"open"_L1, true}}}});
    ASSERT_TRUE(due.ok()) << due.describe();
    ASSERT_EQ(due.items().size(), 2) << "the paused ticket has no deadline";
    EXPECT_EQ(due.items().at(0).toObject().value("id"_L1), urgent.value("id"_L1));
    EXPECT_EQ(due.items().at(1).toObject().value("id"_L1), calm.value("id"_L1));
    const QString inAnHour =
        QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
    due = alex->call(
        u"ticket.list"_s,
        QJsonObject {{"sort"_L1, u"due"_s},
                     {"filter"_L1, QJsonObject {{"open"_L1, true}, {"due_before"_L1, inAnHour}}}});
    ASSERT_EQ(due.items().size(), 1);
    EXPECT_EQ(due.items().at(0).toObject().value("id"_L1), urgent.value("id"_L1));
    EXPECT_EQ(alex->call(u"ticket.list"_s,
                         QJsonObject {{"filter"_L1, QJsonObject {{"due_before"_L1, u"soon"_s}}}})
                  .field(),
              u"filter.due_before"_s);
}

TEST_P(TicketTest, FilterListsAreDeduplicatedAndBounded)
{
    const QJsonObject mine =
        createTicket(*rita, {{"title"_L1, u"Printer jam"_s}, {"description"_L1, u"Tray 2"_s}});
    const auto filtered = [](const QString& field, const QJsonArray& values) {
        return QJsonObject {{"filter"_L1, QJsonObject {{field, values}}}};
    };
    QJsonArray repeats;
    for (int i = 0; i < 32; ++i)
        repeats.append(u"new"_s);
    const Reply listed = rita->call(u"ticket.list"_s, filtered(u"status"_s, repeats));
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.items().size(), 1) << "repeats count once";
    EXPECT_EQ(listed.items().at(0).toObject().value("id"_L1), mine.value("id"_L1));

    // One value more than the bound, and the 40,000 repeats of the review: refused by name,
    // before any SQL is prepared.
    QJsonArray tooMany = repeats;
    tooMany.append(u"new"_s);
    QJsonArray flood;
    for (int i = 0; i < 40000; ++i)
        flood.append(u"new"_s);
    QJsonArray priorityFlood;
    for (int i = 0; i < 40000; ++i)
        priorityFlood.append(1 + i % 5);
    for (const QString& method : {u"ticket.list"_s, u"ticket.count"_s}) {
        EXPECT_EQ(rita->call(method, filtered(u"status"_s, tooMany)).field(), u"filter.status"_s);
        const Reply flooded = rita->call(method, filtered(u"status"_s, flood));
        EXPECT_EQ(flooded.code(), -32602) << flooded.describe();
        EXPECT_EQ(flooded.field(), u"filter.status"_s);
        const Reply priorities = rita->call(method, filtered(u"priority"_s, priorityFlood));
        EXPECT_EQ(priorities.code(), -32602) << priorities.describe();
        EXPECT_EQ(priorities.field(), u"filter.priority"_s);
        EXPECT_EQ(
            rita->call(method, filtered(u"status"_s, {u"new"_s, u"no-such-status"_s})).field(),
            u"filter.status"_s)
            << "only known statuses";
    }
    QJsonArray priorityRepeats;
    for (int i = 0; i < 32; ++i)
        priorityRepeats.append(1 + i % 5);
    const Reply counted = rita->call(u"ticket.count"_s, filtered(u"priority"_s, priorityRepeats));
    ASSERT_TRUE(counted.ok()) << counted.describe();
    EXPECT_EQ(counted.object().value("count"_L1).toInt(), 1);
    EXPECT_TRUE(rita->call(u"system.ping"_s).ok()) << "the connection lives";
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
