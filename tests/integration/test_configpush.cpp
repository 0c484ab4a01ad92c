// config.changed over a real socket, on both backends: when an administrator changes what the
// clients keep (fields, categories, groups and their members, the workflow, CI classes), every
// connection subscribed to "configuration" hears which part changed — requesters too, whose
// applet shows fields and categories, not groups and staff — so no one needs a new login to see
// it. A refused change, a requester's edit of their own profile and a setting no client keeps
// push nothing.
#include "serverfixture.h"
#include "testhelpers.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ConfigPushTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ritaId = createUser(u"rita"_s, u"requester"_s);
        alexId = createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
        for (TestClient* client : {rita.get(), alex.get()}) {
            const Reply subscribed = client->call(
                u"events.subscribe"_s,
                QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s, u"configuration"_s}}});
            ASSERT_TRUE(subscribed.ok()) << subscribed.describe();
            EXPECT_TRUE(
                subscribed.object().value("topics"_L1).toArray().contains(u"configuration"_s));
        }
    }

    // The parts of the next config.changed `who` hears (taken from what it heard).
    static QStringList nextChange(TestClient& who)
    {
        test::Notification heard;
        if (!who.waitForNotification(u"config.changed"_s, 5000, &heard))
            return {u"(nothing heard)"_s};
        QStringList parts;
        for (const QJsonValue& part : heard.params.value("parts"_L1).toArray())
            parts.append(part.toString());
        return parts;
    }

    static int changesHeard(TestClient& who)
    {
        int count = 0;
        for (const test::Notification& notification : who.notifications())
            count += notification.method == u"config.changed"_s ? 1 : 0;
        return count;
    }

    qint64 ritaId = 0;
    qint64 alexId = 0;
    std::unique_ptr<TestClient> rita, alex;
};

} // namespace

TEST_P(ConfigPushTest, EveryClientHearsWhichPartOfTheConfigurationChanged)
{
    Reply done = admin().call(u"field.create"_s,
                              QJsonObject {{"name"_L1, u"asset_tag"_s},
                                           {"label"_L1, u"Asset tag"_s},
                                           {"type"_L1, u"text"_s},
                                           {"visible_to_requester"_L1, true}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"fields"_s});

    done = admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Printers"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"categories"_s});

    const qint64 group = createGroup(u"Network"_s, 2);
    EXPECT_EQ(nextChange(*alex), QStringList {u"groups"_s});
    addMember(group, alexId);
    EXPECT_EQ(nextChange(*alex), (QStringList {u"groups"_s, u"staff"_s}));

    done = admin().call(
        u"config.set"_s,
        QJsonObject {{"key"_L1, u"priority_matrix"_s},
                     {"value"_L1, jsonObject(R"({"high": {"high": 1, "medium": 1, "low": 2},
                                           "medium": {"high": 1, "medium": 3, "low": 3},
                                           "low": {"high": 2, "medium": 3, "low": 4}})")}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"workflow"_s});

    done = admin().call(u"ci.class.create"_s,
                        QJsonObject {{"name"_L1, u"plotter"_s}, {"label"_L1, u"Plotter"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"ci_classes"_s});

    done = admin().call(u"user.update"_s,
                        QJsonObject {{"id"_L1, alexId}, {"display_name"_L1, u"Alex Network"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"staff"_s}) << "the name in the assignee picker";

    done = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Northwind"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"organisations"_s}) << "the queue's filter";
    done = admin().call(u"org.update"_s,
                        QJsonObject {{"id"_L1, done.object().value("id"_L1).toInteger()},
                                     {"name"_L1, u"Northwind Traders"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"organisations"_s});

    // A manager's calendars and SLA policies: the SLA and catalog pages of open clients.
    const qint64 calendar =
        createCalendar(admin(), u"Weekdays"_s, u"mon"_s, u"09:00"_s, u"17:00"_s);
    EXPECT_EQ(nextChange(*alex), QStringList {u"calendars"_s});
    done = admin().call(u"calendar.update"_s,
                        QJsonObject {{"id"_L1, calendar}, {"name"_L1, u"Office hours"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"calendars"_s});
    const qint64 policy = createSlaPolicy(admin(), u"Standard"_s, calendar, 120, 960);
    EXPECT_EQ(nextChange(*alex), QStringList {u"sla_policies"_s});
    done = admin().call(u"sla.policy.update"_s,
                        QJsonObject {{"id"_L1, policy}, {"response_minutes"_L1, 60}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"sla_policies"_s});
    done = admin().call(u"sla.policy.delete"_s, QJsonObject {{"id"_L1, policy}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"sla_policies"_s});
    done = admin().call(u"calendar.delete"_s, QJsonObject {{"id"_L1, calendar}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"calendars"_s});

    // The automation rules: the rules page of another manager.
    done = admin().call(u"rule.create"_s, jsonObject(R"({"name": "Printers to L2",
        "trigger": {"event": "created"},
        "conditions": [{"field": "title", "op": "contains", "value": "printer"}],
        "actions": [{"type": "add_tag", "value": "printer"}]})"));
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"rules"_s});
    const qint64 rule = done.object().value("id"_L1).toInteger();
    done = admin().call(u"rule.update"_s, QJsonObject {{"id"_L1, rule}, {"enabled"_L1, false}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"rules"_s});
    done = admin().call(u"rule.delete"_s, QJsonObject {{"id"_L1, rule}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"rules"_s});

    // The requester's applet keeps fields, categories and the workflow; groups, the staff
    // list, the organisations, calendars, SLA policies and rules are staff's only.
    QStringList heard;
    for (int i = 0; i < 4; ++i)
        heard += nextChange(*rita);
    EXPECT_EQ(heard, (QStringList {u"fields"_s, u"categories"_s, u"workflow"_s, u"ci_classes"_s}));
    processEventsFor(200);
    EXPECT_EQ(changesHeard(*rita), 0)
        << "nothing about groups, staff, organisations, calendars, SLA policies or rules";
}

TEST_P(ConfigPushTest, ARefusedChangeAndEditsNoClientKeepsPushNothing)
{
    const QJsonObject assetTag {
        {"name"_L1, u"asset_tag"_s}, {"label"_L1, u"Asset tag"_s}, {"type"_L1, u"text"_s}};
    Reply done = admin().call(u"field.create"_s, assetTag);
    ASSERT_TRUE(done.ok()) << done.describe();
    ASSERT_EQ(nextChange(*alex), QStringList {u"fields"_s});
    ASSERT_EQ(nextChange(*rita), QStringList {u"fields"_s});
    // Refused by the service, inside the write (the name is taken): nothing pushed.
    const Reply refused = admin().call(u"field.create"_s, assetTag);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), Conflict) << refused.describe();
    // A requester's own edit, and a setting no client keeps (approval reminders).
    done = rita->call(u"user.update"_s,
                      QJsonObject {{"id"_L1, ritaId}, {"display_name"_L1, u"Rita R."_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    done = admin().call(u"config.set"_s,
                        QJsonObject {{"key"_L1, u"approvals"_s},
                                     {"value"_L1,
                                      QJsonObject {{"remind_after_minutes"_L1, 60},
                                                   {"escalate_after_minutes"_L1, 180}}}});
    ASSERT_TRUE(done.ok()) << done.describe();

    // A staff member's own new name is in every colleague's assignee picker: that is pushed.
    done = alex->call(u"user.update"_s,
                      QJsonObject {{"id"_L1, alexId}, {"display_name"_L1, u"Alex A."_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(nextChange(*alex), QStringList {u"staff"_s}) << "the first change after the fields";
    processEventsFor(200);
    EXPECT_EQ(changesHeard(*alex), 0);
    EXPECT_EQ(changesHeard(*rita), 0);
}

TEST_P(ConfigPushTest, AUserImportPushesOnlyWhenItWroteItsRows)
{
    const QString refused = u"username,email,display_name,org\n"
                            "nora,nora@example.test,Nora,Nowhere Ltd\n"_s;
    Reply reply =
        admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, refused}, {"dry_run"_L1, false}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_FALSE(reply.object().value("applied"_L1).toBool()) << "an unknown organisation";
    const QString good = u"username,email,display_name\nnora,nora@example.test,Nora\n"_s;
    reply = admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, good}}); // a dry run
    ASSERT_TRUE(reply.ok()) << reply.describe();
    processEventsFor(200);
    EXPECT_EQ(changesHeard(*alex), 0) << "a refused import and a dry run write nothing";

    reply = admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, good}, {"dry_run"_L1, false}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    ASSERT_TRUE(reply.object().value("applied"_L1).toBool()) << reply.describe();
    EXPECT_EQ(nextChange(*alex), (QStringList {u"groups"_s, u"staff"_s}));
}

INSTANTIATE_TEST_SUITE_P(Backends, ConfigPushTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
