// What crosses between servers on one PostgreSQL (cluster::ClusterBus, LISTEN/NOTIFY): another
// server's events arrive once, whole even when longer than a NOTIFY payload may be, with what
// the policy needs (an outage announcement's thousands of recipients too); a server does not
// hear its own; the in-memory state changes arrive too.
#include "backend.h"
#include "cluster/clusterbus.h"
#include "storage/databaseconfig.h"
#include "testclient.h"

#include <QJsonDocument>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

struct Heard
{
    QList<server::PushEvent> events;
    QStringList sessions;
    QList<QList<qint64>> users;
    int workflows = 0;
    QList<qint64> wakes;

    server::cluster::ClusterBus::Handlers handlers()
    {
        server::cluster::ClusterBus::Handlers h;
        h.event = [this](const server::PushEvent& e) { events.append(e); };
        h.sessionEnded = [this](const QString& hash, const QString& reason) {
            sessions.append(hash + u'/' + reason);
        };
        h.usersChanged = [this](const QList<qint64>& ids) { users.append(ids); };
        h.workflowChanged = [this] { ++workflows; };
        h.wake = [this](qint64 at) { wakes.append(at); };
        return h;
    }
};

} // namespace

TEST(ClusterBus, AnotherServersEventsArriveOnceAndWhole)
{
    TestDatabase database(TestBackend::Postgres);
    if (!database.available())
        GTEST_SKIP() << "LISTEN/NOTIFY needs PostgreSQL: set FRONTLINE_TEST_PG_URL ("
                     << database.unavailableReason().toStdString() << ")";
    const auto config = server::DatabaseConfig::parse(database.spec());
    ASSERT_TRUE(config) << config.error().toStdString();
    Heard heardA;
    Heard heardB;
    server::cluster::ClusterBus a(*config, heardA.handlers());
    server::cluster::ClusterBus b(*config, heardB.handlers());
    ASSERT_EQ(a.start(), QString());
    ASSERT_EQ(b.start(), QString());

    // A ticket with a long description in several scripts: over the 8000-byte payload limit.
    QString description;
    while (description.size() < 20000)
        description += u"Drucker brennt — принтер горит — 打印机着火. "_s;
    server::PushEvent event;
    event.topic = u"tickets"_s;
    event.method = u"ticket.created"_s;
    event.params = rpc::JsonPayload(
        QJsonObject {{"ticket"_L1, QJsonObject {{"id"_L1, 42}, {"description"_L1, description}}}});
    event.access.requesterId = 7;
    event.access.groupId = 3;
    event.internal = true;
    a.publish(event);
    server::PushEvent small = event;
    small.params = rpc::JsonPayload(QJsonObject {{"ticket"_L1, QJsonObject {{"id"_L1, 43}}}});
    small.access.groupId.reset();
    a.publish(small);
    // An outage announcement for thousands of people: one event with their ids.
    server::PushEvent outage;
    outage.topic = u"announcements"_s;
    outage.method = u"announcement.published"_s;
    outage.params = rpc::JsonPayload(QJsonObject {{"id"_L1, 1}});
    for (qint64 id = 1; id <= 3000; ++id)
        outage.recipients.append(id * 7);
    a.publish(outage);
    a.sessionEnded(u"hash1"_s, u"logged_out"_s);
    a.usersChanged({5, 6});
    a.workflowChanged();
    a.wake(123456);

    ASSERT_TRUE(waitUntil([&] { return heardB.wakes.size() == 1; }, 5000));
    ASSERT_EQ(heardB.events.size(), 3);
    const QJsonObject ticket =
        heardB.events[0].params.toValue().toObject().value("ticket"_L1).toObject();
    EXPECT_EQ(ticket.value("id"_L1).toInteger(), 42);
    EXPECT_EQ(ticket.value("description"_L1).toString(), description) << "reassembled whole";
    EXPECT_EQ(heardB.events[0].access.requesterId, 7);
    EXPECT_EQ(heardB.events[0].access.groupId, std::optional<qint64>(3));
    EXPECT_FALSE(heardB.events[0].access.assigneeId.has_value());
    EXPECT_TRUE(heardB.events[0].internal);
    EXPECT_EQ(
        heardB.events[1].params.toValue().toObject().value("ticket"_L1).toObject().value("id"_L1),
        43);
    EXPECT_FALSE(heardB.events[1].access.groupId.has_value());
    EXPECT_TRUE(heardB.events[1].recipients.isEmpty());
    EXPECT_EQ(heardB.events[2].recipients, outage.recipients) << "every recipient, in order";
    EXPECT_EQ(heardB.sessions, QStringList {u"hash1/logged_out"_s});
    ASSERT_EQ(heardB.users.size(), 1);
    EXPECT_EQ(heardB.users.first(), (QList<qint64> {5, 6}));
    EXPECT_EQ(heardB.workflows, 1);
    EXPECT_EQ(heardB.wakes, QList<qint64> {123456});
    processEventsFor(200);
    EXPECT_TRUE(heardA.events.isEmpty()) << "a server does not hear its own";
    EXPECT_EQ(heardB.events.size(), 3) << "nothing twice";
}
