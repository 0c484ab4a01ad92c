// The agent's workspace on the server: escalation, merges, links, time spent, counts, canned
// responses, saved views, presence, and retries that do not write twice.
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class WorkspaceTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_nina = createUser(u"nina"_s, u"agent"_s);
        m_l2 = createGroup(u"Network L2"_s, 2);
        m_l1 = createGroup(u"Service Desk"_s, 1);
        addMember(m_l1, m_alex);
        addMember(m_l2, m_nina);
        EXPECT_TRUE(admin()
                        .call(u"group.update"_s,
                              QJsonObject {{"id"_L1, m_l1}, {"escalation_group"_L1, m_l2}})
                        .ok());
        EXPECT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Network"_s}, {"default_group"_L1, m_l1}})
                        .ok());
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
        nina = connectAs(u"nina"_s);
    }

    QJsonObject newTicket(const QString& title)
    {
        return createTicket(*rita,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, u"d"_s},
                                         {"category"_L1, u"Network"_s}});
    }
    QJsonObject get(TestClient& who, qint64 id)
    {
        return who.call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    qint64 m_rita = 0, m_alex = 0, m_nina = 0, m_l1 = 0, m_l2 = 0;
    std::unique_ptr<TestClient> rita, alex, nina;
};

} // namespace

TEST_P(WorkspaceTest, EscalationGoesToTheNextTierWithAHandoverNote)
{
    const qint64 id = newTicket(u"VPN drops"_s).value("id"_L1).toInteger();
    ASSERT_TRUE(alex->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"assignee"_L1, m_alex}})
                    .ok());
    EXPECT_EQ(nina->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).code(), -32003)
        << "not L2's yet";
    const Reply escalated = alex->call(
        u"ticket.escalate"_s,
        QJsonObject {{"id"_L1, id}, {"note"_L1, u"Checked the client, it is the concentrator."_s}});
    ASSERT_TRUE(escalated.ok()) << escalated.describe();
    EXPECT_EQ(escalated.object().value("group"_L1).toObject().value("id"_L1).toInteger(), m_l2);
    EXPECT_TRUE(escalated.object().value("assignee"_L1).isNull()) << "Alex is not in L2";
    EXPECT_EQ(escalated.object().value("status"_L1).toString(), u"new"_s);
    EXPECT_TRUE(nina->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).ok()) << "now L2 sees it";

    const QJsonArray history = nina->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items();
    QStringList fields;
    bool handover = false;
    for (const QJsonValue& entry : history) {
        fields << entry.toObject().value("field"_L1).toString();
        handover = handover
            || (entry.toObject().value("internal"_L1).toBool()
                && entry.toObject()
                       .value("comment"_L1)
                       .toObject()
                       .value("body"_L1)
                       .toString()
                       .contains(u"concentrator"_s));
    }
    EXPECT_TRUE(fields.contains(u"escalation"_s));
    EXPECT_TRUE(fields.contains(u"group"_s));
    EXPECT_TRUE(handover);
    EXPECT_EQ(rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items().size(),
              history.size() - 1)
        << "the requester does not see the handover note";
    EXPECT_EQ(nina->call(u"ticket.escalate"_s, QJsonObject {{"id"_L1, id}}).field(), u"group"_s)
        << "L2 has no next tier";
    EXPECT_EQ(rita->call(u"ticket.escalate"_s, QJsonObject {{"id"_L1, id}}).code(), -32002);
}

TEST_P(WorkspaceTest, MergingEndsTheDuplicateAndLinksBoth)
{
    const qint64 original = newTicket(u"Printer offline"_s).value("id"_L1).toInteger();
    const qint64 duplicate = newTicket(u"Printer is offline again"_s).value("id"_L1).toInteger();
    const Reply merged =
        alex->call(u"ticket.merge"_s, QJsonObject {{"id"_L1, duplicate}, {"into"_L1, original}});
    ASSERT_TRUE(merged.ok()) << merged.describe();
    EXPECT_EQ(merged.object().value("ticket"_L1).toObject().value("status"_L1).toString(),
              u"merged"_s);
    EXPECT_FALSE(merged.object().value("ticket"_L1).toObject().value("open"_L1).toBool());
    EXPECT_TRUE(merged.object().value("into"_L1).toObject().value("open"_L1).toBool());

    const QJsonArray links =
        alex->call(u"ticket.links"_s, QJsonObject {{"id"_L1, duplicate}}).items();
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.at(0).toObject().value("kind"_L1).toString(), u"merged_into"_s);
    EXPECT_EQ(links.at(0).toObject().value("ticket"_L1).toObject().value("id"_L1).toInteger(),
              original);
    const QJsonArray told =
        rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, duplicate}}).items();
    EXPECT_TRUE(told.last()
                    .toObject()
                    .value("comment"_L1)
                    .toObject()
                    .value("body"_L1)
                    .toString()
                    .contains(QString::number(original)))
        << "the requester learns where their ticket went";
    EXPECT_EQ(
        alex->call(u"ticket.merge"_s, QJsonObject {{"id"_L1, duplicate}, {"into"_L1, original}})
            .code(),
        -32005)
        << "a merged ticket is no longer open";
    EXPECT_EQ(alex->call(u"ticket.transition"_s,
                         QJsonObject {{"id"_L1, original}, {"status"_L1, u"merged"_s}})
                  .code(),
              -32005)
        << "merging only through ticket.merge";
}

TEST_P(WorkspaceTest, MergingIntoSomeoneElsesTicketDoesNotShowItsTitle)
{
    createUser(u"sam"_s, u"requester"_s);
    auto sam = connectAs(u"sam"_s);
    const QString secret = u"Salary of Bob Smith paid twice"_s;
    const qint64 original = createTicket(*sam,
                                         QJsonObject {{"title"_L1, secret},
                                                      {"description"_L1, u"d"_s},
                                                      {"category"_L1, u"Network"_s}})
                                .value("id"_L1)
                                .toInteger();
    const qint64 duplicate = newTicket(u"Payroll looks odd"_s).value("id"_L1).toInteger();
    ASSERT_TRUE(
        rita->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    const Reply merged =
        alex->call(u"ticket.merge"_s, QJsonObject {{"id"_L1, duplicate}, {"into"_L1, original}});
    ASSERT_TRUE(merged.ok()) << merged.describe();

    const QJsonArray told =
        rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, duplicate}}).items();
    const QString toldText = QString::fromUtf8(QJsonDocument(told).toJson());
    EXPECT_TRUE(toldText.contains(u"Merged into #"_s + QString::number(original)))
        << "the requester still learns where their ticket went";
    EXPECT_FALSE(toldText.contains(u"Salary"_s)) << toldText.toStdString();
    ASSERT_TRUE(rita->waitForNotification(u"ticket.commented"_s, 5000));
    processEventsFor(300);
    for (const test::Notification& pushed : rita->notifications())
        EXPECT_FALSE(QString::fromUtf8(QJsonDocument(pushed.params).toJson()).contains(u"Salary"_s))
            << pushed.method.toStdString();

    const QJsonArray staffView =
        alex->call(u"ticket.history"_s, QJsonObject {{"id"_L1, duplicate}}).items();
    bool noted = false;
    for (const QJsonValue& entry : staffView) {
        const QJsonObject comment = entry.toObject().value("comment"_L1).toObject();
        noted = noted
            || (entry.toObject().value("internal"_L1).toBool()
                && comment.value("body"_L1).toString().contains(secret));
    }
    EXPECT_TRUE(noted) << "staff keep the title in an internal note";
}

TEST_P(WorkspaceTest, RelatedTicketsAreLinkedBothWaysAndOnlyVisibleOnesShow)
{
    const qint64 a = newTicket(u"Wi-Fi slow floor 2"_s).value("id"_L1).toInteger();
    const qint64 b = newTicket(u"Wi-Fi slow floor 3"_s).value("id"_L1).toInteger();
    ASSERT_TRUE(alex->call(u"ticket.link"_s, QJsonObject {{"id"_L1, a}, {"other"_L1, b}}).ok());
    EXPECT_EQ(alex->call(u"ticket.link"_s, QJsonObject {{"id"_L1, b}, {"other"_L1, a}}).code(),
              -32004);
    EXPECT_EQ(alex->call(u"ticket.links"_s, QJsonObject {{"id"_L1, b}}).items().size(), 1);
    EXPECT_EQ(rita->call(u"ticket.links"_s, QJsonObject {{"id"_L1, a}}).items().size(), 1)
        << "Rita raised both";
    ASSERT_TRUE(alex->call(u"ticket.unlink"_s, QJsonObject {{"id"_L1, b}, {"other"_L1, a}}).ok());
    EXPECT_TRUE(alex->call(u"ticket.links"_s, QJsonObject {{"id"_L1, a}}).items().isEmpty());
    EXPECT_EQ(alex->call(u"ticket.link"_s, QJsonObject {{"id"_L1, a}, {"other"_L1, a}}).field(),
              u"other"_s);
}

TEST_P(WorkspaceTest, LoggedTimeAddsUpWithoutNewVersions)
{
    const QJsonObject ticket = newTicket(u"Laptop rebuild"_s);
    const qint64 id = ticket.value("id"_L1).toInteger();
    ASSERT_TRUE(
        alex->call(u"ticket.log_time"_s,
                   QJsonObject {{"id"_L1, id}, {"minutes"_L1, 25}, {"note"_L1, u"backup"_s}})
            .ok());
    const Reply second =
        alex->call(u"ticket.log_time"_s, QJsonObject {{"id"_L1, id}, {"minutes"_L1, 10}});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.object().value("time_spent_minutes"_L1).toInt(), 35);
    EXPECT_EQ(second.object().value("version"_L1).toInt(), 1);
    EXPECT_TRUE(alex->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"priority"_L1, 2}})
                    .ok())
        << "a colleague's edit is no conflict";
    EXPECT_EQ(
        alex->call(u"ticket.log_time"_s, QJsonObject {{"id"_L1, id}, {"minutes"_L1, 0}}).field(),
        u"minutes"_s);
    EXPECT_EQ(
        rita->call(u"ticket.log_time"_s, QJsonObject {{"id"_L1, id}, {"minutes"_L1, 5}}).code(),
        -32002);
}

TEST_P(WorkspaceTest, CountsFollowWhatTheCallerMaySee)
{
    for (int i = 0; i < 7; ++i)
        newTicket(u"Ticket %1"_s.arg(i));
    const Reply all =
        alex->call(u"ticket.count"_s, QJsonObject {{"filter"_L1, QJsonObject {{"open"_L1, true}}}});
    ASSERT_TRUE(all.ok()) << all.describe();
    EXPECT_EQ(all.object().value("count"_L1).toInt(), 7);
    EXPECT_FALSE(all.object().value("capped"_L1).toBool());
    EXPECT_EQ(nina->call(u"ticket.count"_s).object().value("count"_L1).toInt(), 0) << "none in L2";
    EXPECT_EQ(alex->call(u"ticket.count"_s,
                         QJsonObject {{"filter"_L1, QJsonObject {{"assignee"_L1, u"me"_s}}}})
                  .object()
                  .value("count"_L1)
                  .toInt(),
              0);
}

TEST_P(WorkspaceTest, CannedResponsesAreSharedAndManagedByAdmins)
{
    const Reply created =
        admin().call(u"canned.create"_s,
                     QJsonObject {{"title"_L1, u"Password reset"_s},
                                  {"body"_L1, u"Hello {{requester.first_name}}, ..."_s}});
    ASSERT_TRUE(created.ok()) << created.describe();
    EXPECT_EQ(alex->call(u"canned.list"_s).items().size(), 1);
    EXPECT_EQ(
        alex->call(u"canned.create"_s, QJsonObject {{"title"_L1, u"x"_s}, {"body"_L1, u"y"_s}})
            .code(),
        -32002);
    EXPECT_EQ(rita->call(u"canned.list"_s).code(), -32002);
    EXPECT_EQ(admin()
                  .call(u"canned.create"_s,
                        QJsonObject {{"title"_L1, u"Password reset"_s}, {"body"_L1, u"again"_s}})
                  .code(),
              -32004);
    const qint64 id = created.object().value("id"_L1).toInteger();
    EXPECT_EQ(admin()
                  .call(u"canned.update"_s, QJsonObject {{"id"_L1, id}, {"body"_L1, u"Hi!"_s}})
                  .object()
                  .value("body"_L1)
                  .toString(),
              u"Hi!"_s);
    EXPECT_TRUE(admin().call(u"canned.delete"_s, QJsonObject {{"id"_L1, id}}).ok());
    EXPECT_TRUE(alex->call(u"canned.list"_s).items().isEmpty());
}

TEST_P(WorkspaceTest, SavedViewsAreEachUsersOwn)
{
    const Reply saved = alex->call(
        u"view.save"_s,
        QJsonObject {
            {"name"_L1, u"Urgent network"_s},
            {"filter"_L1, QJsonObject {{"open"_L1, true}, {"priority"_L1, QJsonArray {1, 2}}}},
            {"sort"_L1, u"priority"_s}});
    ASSERT_TRUE(saved.ok()) << saved.describe();
    const qint64 id = saved.object().value("id"_L1).toInteger();
    EXPECT_EQ(alex->call(u"view.list"_s).items().size(), 1);
    EXPECT_TRUE(nina->call(u"view.list"_s).items().isEmpty());
    EXPECT_EQ(nina->call(u"view.delete"_s, QJsonObject {{"id"_L1, id}}).code(), -32003);
    EXPECT_EQ(alex->call(u"view.save"_s,
                         QJsonObject {{"name"_L1, u"Bad"_s},
                                      {"filter"_L1, QJsonObject {{"priority"_L1, 9}}}})
                  .field(),
              u"filter.priority"_s);
    const Reply renamed = alex->call(
        u"view.save"_s,
        QJsonObject {{"id"_L1, id}, {"name"_L1, u"P1/P2 network"_s}, {"sort"_L1, u"-updated"_s}});
    ASSERT_TRUE(renamed.ok());
    EXPECT_EQ(renamed.object().value("sort"_L1).toString(), u"-updated"_s);
    EXPECT_TRUE(alex->call(u"view.delete"_s, QJsonObject {{"id"_L1, id}}).ok());
}

TEST_P(WorkspaceTest, PresenceIsPushedToColleaguesWhoMaySeeTheTicket)
{
    const qint64 id = newTicket(u"Mailbox full"_s).value("id"_L1).toInteger();
    const qint64 bob = createUser(u"bob"_s, u"agent"_s);
    addMember(m_l1, bob);
    auto bobClient = connectAs(u"bob"_s);
    for (TestClient* client : {bobClient.get(), nina.get(), rita.get()})
        client->call(u"events.subscribe"_s,
                     QJsonObject {{"topics"_L1, QJsonArray {u"presence"_s}}});
    const Reply viewing = alex->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, id}});
    ASSERT_TRUE(viewing.ok()) << viewing.describe();
    test::Notification seen;
    ASSERT_TRUE(bobClient->waitForNotification(u"presence.changed"_s, 5000, &seen));
    ASSERT_EQ(seen.params.value("viewers"_L1).toArray().size(), 1);
    EXPECT_EQ(seen.params.value("viewers"_L1)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value("user"_L1)
                  .toObject()
                  .value("id"_L1)
                  .toInteger(),
              m_alex);
    ASSERT_TRUE(
        alex->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, id}, {"typing"_L1, true}})
            .ok());
    ASSERT_TRUE(bobClient->waitForNotification(u"presence.changed"_s, 5000, &seen));
    EXPECT_TRUE(
        seen.params.value("viewers"_L1).toArray().at(0).toObject().value("typing"_L1).toBool());
    alex.reset(); // closing the client leaves the ticket
    ASSERT_TRUE(bobClient->waitForNotification(u"presence.changed"_s, 5000, &seen));
    EXPECT_TRUE(seen.params.value("viewers"_L1).toArray().isEmpty());
    processEventsFor(200);
    EXPECT_FALSE(nina->waitForNotification(u"presence.changed"_s, 100)) << "not her group's ticket";
    EXPECT_EQ(rita->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, id}}).code(), -32002);
    EXPECT_EQ(nina->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, id}}).code(), -32003);
}

TEST_P(WorkspaceTest, ARetryWithTheSameClientRefDoesNotWriteTwice)
{
    const QJsonObject params {{"title"_L1, u"Offline ticket"_s},
                              {"description"_L1, u"written on the train"_s},
                              {"client_ref"_L1, u"9f1c2d3e-outbox-1"_s}};
    const Reply first = rita->call(u"ticket.create"_s, params);
    const Reply retry = rita->call(u"ticket.create"_s, params);
    ASSERT_TRUE(first.ok() && retry.ok()) << retry.describe();
    EXPECT_EQ(first.object().value("id"_L1), retry.object().value("id"_L1));
    EXPECT_EQ(rita->call(u"ticket.count"_s).object().value("count"_L1).toInt(), 1);
    const qint64 id = first.object().value("id"_L1).toInteger();
    const QJsonObject comment {
        {"id"_L1, id}, {"body"_L1, u"Any news?"_s}, {"client_ref"_L1, u"9f1c2d3e-outbox-2"_s}};
    EXPECT_EQ(rita->call(u"ticket.comment"_s, comment).object().value("id"_L1),
              rita->call(u"ticket.comment"_s, comment).object().value("id"_L1));
    EXPECT_EQ(rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items().size(), 2)
        << "created + one comment";
    EXPECT_EQ(rita->call(u"ticket.create"_s,
                         QJsonObject {{"title"_L1, u"t"_s},
                                      {"description"_L1, u"d"_s},
                                      {"client_ref"_L1, u"short"_s}})
                  .field(),
              u"client_ref"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkspaceTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
