// Push events: every subscribed client hears of the changes it may see, at once, and of
// nothing else.
#include "serverfixture.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class PushTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"ralf"_s, u"requester"_s);
        m_agent = createUser(u"alex"_s, u"agent"_s);
        createUser(u"olga"_s, u"agent"_s);
        const qint64 desk = createGroup(u"Service Desk"_s, 1);
        addMember(desk, m_agent);
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Email"_s}, {"default_group"_L1, desk}})
                        .ok());
        rita = connectAs(u"rita"_s);
        ralf = connectAs(u"ralf"_s);
        alex = connectAs(u"alex"_s);
        olga = connectAs(u"olga"_s); // agent outside the Service Desk
        for (TestClient* client : {rita.get(), ralf.get(), alex.get(), olga.get()}) {
            const Reply subscribed = client->call(
                u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}});
            ASSERT_TRUE(subscribed.ok()) << subscribed.describe();
        }
    }

    qint64 m_agent = 0;
    std::unique_ptr<TestClient> rita, ralf, alex, olga;
};

} // namespace

TEST_P(PushTest, SubscribersHearOfTheTicketsTheyMaySee)
{
    const QJsonObject ticket = createTicket(*rita,
                                            QJsonObject {{"title"_L1, u"Mailbox full"_s},
                                                         {"description"_L1, u"d"_s},
                                                         {"category"_L1, u"Email"_s}});
    const qint64 id = ticket.value("id"_L1).toInteger();
    test::Notification created;
    ASSERT_TRUE(alex->waitForNotification(u"ticket.created"_s, 5000, &created));
    EXPECT_EQ(created.params.value("ticket"_L1).toObject().value("id"_L1).toInteger(), id);
    ASSERT_TRUE(rita->waitForNotification(u"ticket.created"_s, 5000))
        << "the requester's other windows update too";

    const Reply assigned =
        alex->call(u"ticket.update"_s,
                   QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"assignee"_L1, m_agent}});
    ASSERT_TRUE(assigned.ok()) << assigned.describe();
    test::Notification changed;
    ASSERT_TRUE(rita->waitForNotification(u"ticket.changed"_s, 5000, &changed));
    const QJsonArray changes = changed.params.value("changes"_L1).toArray();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).toObject().value("field"_L1).toString(), u"assignee"_s);
    EXPECT_EQ(changes.at(1).toObject().value("new"_L1).toString(), u"assigned"_s);
    EXPECT_EQ(changed.params.value("actor"_L1).toObject().value("id"_L1).toInteger(), m_agent);
    EXPECT_EQ(changed.params.value("ticket"_L1).toObject().value("version"_L1).toInt(), 2);

    ASSERT_TRUE(alex->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id}, {"body"_L1, u"Archived old mail."_s}})
                    .ok());
    test::Notification commented;
    ASSERT_TRUE(rita->waitForNotification(u"ticket.commented"_s, 5000, &commented));
    EXPECT_EQ(commented.params.value("comment"_L1).toObject().value("body"_L1).toString(),
              u"Archived old mail."_s);

    processEventsFor(300);
    for (const test::Notification& n : ralf->notifications())
        ADD_FAILURE() << "another requester heard of " << n.method.toStdString();
    for (const test::Notification& n : olga->notifications())
        ADD_FAILURE() << "an agent outside the group heard of " << n.method.toStdString();
}

TEST_P(PushTest, InternalNotesAreNeverPushedToRequesters)
{
    const qint64 id = createTicket(*rita,
                                   QJsonObject {{"title"_L1, u"Spam"_s},
                                                {"description"_L1, u"d"_s},
                                                {"category"_L1, u"Email"_s}})
                          .value("id"_L1)
                          .toInteger();
    ASSERT_TRUE(alex->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"body"_L1, u"Sender is a known spammer"_s},
                                        {"internal"_L1, true}})
                    .ok());
    ASSERT_TRUE(alex->waitForNotification(u"ticket.commented"_s, 5000)) << "staff hear of notes";
    processEventsFor(300);
    EXPECT_FALSE(rita->waitForNotification(u"ticket.commented"_s, 200));
}

TEST_P(PushTest, UnsubscribingAndLoggingOutStopTheStream)
{
    ASSERT_TRUE(
        alex->call(u"events.unsubscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    ASSERT_TRUE(rita->call(u"auth.logout"_s).ok());
    auto rita2 = connectAs(u"rita"_s);
    createTicket(*rita2,
                 QJsonObject {{"title"_L1, u"Calendar"_s},
                              {"description"_L1, u"d"_s},
                              {"category"_L1, u"Email"_s}});
    processEventsFor(500);
    EXPECT_FALSE(alex->waitForNotification(u"ticket.created"_s, 100));
    EXPECT_FALSE(rita->waitForNotification(u"ticket.created"_s, 100));
}

TEST_P(PushTest, UnknownTopicsAreRefusedByName)
{
    const Reply reply =
        alex->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"weather"_s}}});
    EXPECT_EQ(reply.code(), -32602);
    EXPECT_EQ(reply.field(), u"topics"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, PushTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
