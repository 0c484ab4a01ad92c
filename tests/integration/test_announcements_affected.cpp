// Outage announcements for the users of the affected services (issue 22), on both databases:
// staff name a CI, and the requesters who use a service that depends on it (directly or through
// their organisation) hear of it and find it in announcement.list; someone unrelated neither.
// Staff hear and list it with the number of people reached; a withdrawal reaches the same
// people; bad CIs and audiences are refused naming the field. The services found behind the CIs
// are recorded and shown, and staff preview the reach before publishing.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AffectedAnnouncementTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // Payroll (a service) depends on the payroll application, used by uma and by Finance
        // (olga's organisation); nina uses nothing.
        app = ci(u"Payroll app"_s, u"application"_s);
        const qint64 service = ci(u"Payroll"_s, u"service"_s);
        relate(service, u"depends_on"_s, u"to"_s, app);
        const qint64 uma = createUser(u"uma"_s, u"requester"_s);
        const qint64 olga = createUser(u"olga"_s, u"requester"_s);
        createUser(u"nina"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        const Reply org = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Finance"_s}});
        ASSERT_TRUE(org.ok()) << org.describe();
        const qint64 finance = org.object().value("id"_L1).toInteger();
        const Reply moved =
            admin().call(u"user.update"_s, QJsonObject {{"id"_L1, olga}, {"org"_L1, finance}});
        ASSERT_TRUE(moved.ok()) << moved.describe();
        relate(service, u"used_by"_s, u"user"_s, uma);
        relate(service, u"used_by"_s, u"organisation"_s, finance);
        for (const QString& name : {u"uma"_s, u"olga"_s, u"nina"_s, u"alex"_s}) {
            clients[name] = connectAs(name);
            const Reply subscribed = clients.at(name)->call(
                u"events.subscribe"_s,
                QJsonObject {{"topics"_L1, QJsonArray {u"announcements"_s}}});
            ASSERT_TRUE(subscribed.ok()) << subscribed.describe();
        }
    }

    qint64 ci(const QString& name, const QString& ciClass)
    {
        return createCi(admin(), name, ciClass);
    }

    void relate(qint64 from, const QString& type, const QString& key, qint64 to)
    {
        relateCi(admin(), from, type, key, to);
    }

    TestClient& as(const QString& name) { return *clients.at(name); }

    QStringList titles(const QString& name)
    {
        QStringList out;
        const Reply listed = as(name).call(u"announcement.list"_s, QJsonObject {});
        EXPECT_TRUE(listed.ok()) << listed.describe();
        for (const QJsonValue& item : listed.items())
            out.append(item.toObject().value("title"_L1).toString());
        return out;
    }

    Reply publish(const QJsonObject& more)
    {
        QJsonObject params {{"kind"_L1, u"outage"_s}, {"title"_L1, u"Payroll is down"_s}};
        for (auto it = more.begin(); it != more.end(); ++it)
            params.insert(it.key(), it.value());
        return as(u"alex"_s).call(u"announcement.publish"_s, params);
    }

    qint64 app = 0;
    std::map<QString, std::unique_ptr<TestClient>> clients;
};

} // namespace

TEST_P(AffectedAnnouncementTest, ReachesTheUsersOfTheAffectedServicesOnly)
{
    const Reply published = publish({{"audience"_L1, u"affected"_s}, {"cis"_L1, QJsonArray {app}}});
    ASSERT_TRUE(published.ok()) << published.describe();
    const QJsonObject answer = published.object();
    EXPECT_EQ(answer.value("recipients"_L1).toInt(), 2) << "uma and olga";
    const QJsonArray cis = answer.value("cis"_L1).toArray();
    ASSERT_EQ(cis.size(), 1);
    EXPECT_EQ(cis.at(0).toObject().value("name"_L1).toString(), u"Payroll app"_s);
    EXPECT_EQ(cis.at(0).toObject().value("class"_L1).toString(), u"application"_s);
    const QJsonArray services = answer.value("services"_L1).toArray();
    ASSERT_EQ(services.size(), 1) << "the service found behind the application";
    EXPECT_EQ(services.at(0).toObject().value("name"_L1).toString(), u"Payroll"_s);

    Notification heard;
    ASSERT_TRUE(as(u"uma"_s).waitForNotification(u"announcement.published"_s, 5000, &heard))
        << "a user of the service";
    EXPECT_EQ(heard.params.value("title"_L1).toString(), u"Payroll is down"_s);
    EXPECT_FALSE(heard.params.contains("recipients"_L1)) << "the count is for staff";
    EXPECT_TRUE(as(u"olga"_s).waitForNotification(u"announcement.published"_s))
        << "a member of an organisation that uses it";
    ASSERT_TRUE(as(u"alex"_s).waitForNotification(u"announcement.published"_s, 5000, &heard));
    EXPECT_EQ(heard.params.value("recipients"_L1).toInt(), 2);
    EXPECT_FALSE(as(u"nina"_s).waitForNotification(u"announcement.published"_s, 300));

    EXPECT_EQ(titles(u"uma"_s), QStringList {u"Payroll is down"_s});
    EXPECT_EQ(titles(u"olga"_s), QStringList {u"Payroll is down"_s});
    EXPECT_TRUE(titles(u"nina"_s).isEmpty());
    EXPECT_EQ(titles(u"alex"_s), QStringList {u"Payroll is down"_s});
    const Reply forUma = as(u"uma"_s).call(u"announcement.list"_s, QJsonObject {});
    ASSERT_EQ(forUma.items().size(), 1);
    EXPECT_FALSE(forUma.items().at(0).toObject().contains("recipients"_L1));
    EXPECT_EQ(forUma.items().at(0).toObject().value("cis"_L1).toArray().size(), 1);
    EXPECT_EQ(forUma.items().at(0).toObject().value("services"_L1).toArray(), services)
        << "the requester reads which service is affected";
    const Reply forAlex = as(u"alex"_s).call(u"announcement.list"_s, QJsonObject {});
    ASSERT_EQ(forAlex.items().size(), 1);
    EXPECT_EQ(forAlex.items().at(0).toObject().value("recipients"_L1).toInt(), 2);

    // Withdrawn: the same people hear it (a snapshot, whoever uses the service since).
    const Reply withdrawn = as(u"alex"_s).call(u"announcement.withdraw"_s,
                                               QJsonObject {{"id"_L1, answer.value("id"_L1)}});
    ASSERT_TRUE(withdrawn.ok()) << withdrawn.describe();
    EXPECT_EQ(withdrawn.object().value("recipients"_L1).toInt(), 2);
    EXPECT_TRUE(as(u"uma"_s).waitForNotification(u"announcement.withdrawn"_s));
    EXPECT_TRUE(as(u"olga"_s).waitForNotification(u"announcement.withdrawn"_s));
    EXPECT_TRUE(as(u"alex"_s).waitForNotification(u"announcement.withdrawn"_s));
    EXPECT_FALSE(as(u"nina"_s).waitForNotification(u"announcement.withdrawn"_s, 300));
    EXPECT_TRUE(titles(u"uma"_s).isEmpty());
}

// Before publishing, staff see whom it would reach: the services found and the number of
// people, the same as the publication then reaches.
TEST_P(AffectedAnnouncementTest, TheReachIsPreviewedBeforePublishing)
{
    const qint64 mail = ci(u"Mail"_s, u"service"_s);
    const qint64 vip = createUser(u"vip"_s, u"requester"_s);
    relate(mail, u"used_by"_s, u"user"_s, vip);
    const Reply reach = as(u"alex"_s).call(u"announcement.reach"_s,
                                           QJsonObject {{"cis"_L1, QJsonArray {app, mail}}});
    ASSERT_TRUE(reach.ok()) << reach.describe();
    QStringList names;
    for (const QJsonValue& service : reach.object().value("services"_L1).toArray())
        names.append(service.toObject().value("name"_L1).toString());
    EXPECT_EQ(names, (QStringList {u"Mail"_s, u"Payroll"_s}))
        << "a chosen service is affected itself; by name";
    EXPECT_EQ(reach.object().value("people"_L1).toInt(), 3) << "uma, olga and vip";
    EXPECT_FALSE(reach.object().value("truncated"_L1).toBool());
    EXPECT_TRUE(titles(u"alex"_s).isEmpty()) << "a preview publishes nothing";

    const Reply published =
        publish({{"audience"_L1, u"affected"_s}, {"cis"_L1, QJsonArray {app, mail}}});
    ASSERT_TRUE(published.ok()) << published.describe();
    EXPECT_EQ(published.object().value("recipients"_L1).toInt(), 3);
    EXPECT_EQ(published.object().value("services"_L1), reach.object().value("services"_L1));

    EXPECT_EQ(as(u"uma"_s)
                  .call(u"announcement.reach"_s, QJsonObject {{"cis"_L1, QJsonArray {app}}})
                  .code(),
              static_cast<int>(rpc::ErrorCode::Forbidden))
        << "staff only";
    const Reply none =
        as(u"alex"_s).call(u"announcement.reach"_s, QJsonObject {{"cis"_L1, QJsonArray {}}});
    EXPECT_EQ(none.field(), u"cis"_s);
    const Reply unknown = as(u"alex"_s).call(
        u"announcement.reach"_s, QJsonObject {{"cis"_L1, QJsonArray {app, app + 1000}}});
    EXPECT_EQ(unknown.field(), u"cis[1]"_s);
}

TEST_P(AffectedAnnouncementTest, OtherAudiencesStillReachEveryone)
{
    ASSERT_TRUE(publish({{"audience"_L1, u"everyone"_s}}).ok());
    EXPECT_TRUE(as(u"nina"_s).waitForNotification(u"announcement.published"_s));
    EXPECT_EQ(titles(u"nina"_s), QStringList {u"Payroll is down"_s});
    EXPECT_EQ(titles(u"uma"_s), QStringList {u"Payroll is down"_s});
}

// A service a whole organisation uses: every one of its members is a recipient (written in
// batches: 290 members take every batch size, 256, 16 and 1) and the last one lists it too.
TEST_P(AffectedAnnouncementTest, EveryMemberOfALargeOrganisationIsReached)
{
    QString csv = u"username,email,role,org\n"_s;
    for (int i = 1; i <= 289; ++i)
        csv += u"staff%1,staff%1@finance.example,requester,Finance\n"_s.arg(i, 3, 10, QChar(u'0'));
    const Reply imported =
        admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, csv}, {"dry_run"_L1, false}});
    ASSERT_TRUE(imported.ok()) << imported.describe();
    ASSERT_EQ(imported.object().value("created"_L1).toInt(), 289) << imported.describe();

    const Reply published = publish({{"audience"_L1, u"affected"_s}, {"cis"_L1, QJsonArray {app}}});
    ASSERT_TRUE(published.ok()) << published.describe();
    EXPECT_EQ(published.object().value("recipients"_L1).toInt(), 291)
        << "uma, olga and the 289 others of Finance";

    const Reply users = admin().call(u"user.list"_s, QJsonObject {{"query"_L1, u"staff289"_s}});
    ASSERT_TRUE(users.ok()) << users.describe();
    ASSERT_EQ(users.items().size(), 1) << users.describe();
    const qint64 last = users.items().at(0).toObject().value("id"_L1).toInteger();
    ASSERT_TRUE(admin()
                    .call(u"user.set_password"_s,
                          QJsonObject {{"id"_L1, last}, {"password"_L1, u"Sommer-2026!"_s}})
                    .ok());
    auto member = connectAs(u"staff289"_s, u"Sommer-2026!"_s);
    const Reply listed = member->call(u"announcement.list"_s, QJsonObject {});
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.items().size(), 1);
    EXPECT_EQ(listed.items().at(0).toObject().value("title"_L1).toString(), u"Payroll is down"_s);
    EXPECT_EQ(titles(u"olga"_s), QStringList {u"Payroll is down"_s});
    EXPECT_TRUE(titles(u"nina"_s).isEmpty());
}

TEST_P(AffectedAnnouncementTest, BadCisAreRefusedNamingTheField)
{
    constexpr int InvalidParams = static_cast<int>(rpc::ErrorCode::InvalidParams);
    Reply bad = publish({{"audience"_L1, u"affected"_s}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"cis"_s) << "affected needs CIs";
    bad = publish({{"audience"_L1, u"affected"_s}, {"cis"_L1, QJsonArray {}}});
    EXPECT_EQ(bad.field(), u"cis"_s);
    bad = publish({{"audience"_L1, u"everyone"_s}, {"cis"_L1, QJsonArray {app}}});
    EXPECT_EQ(bad.field(), u"cis"_s) << "CIs go with the audience affected only";
    bad = publish({{"audience"_L1, u"affected"_s}, {"cis"_L1, QJsonArray {app + 1000}}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"cis[0]"_s) << "no such CI";
    bad = publish({{"audience"_L1, u"affected"_s}, {"cis"_L1, QJsonArray {u"one"_s}}});
    EXPECT_EQ(bad.field(), u"cis[0]"_s);
    bad = publish({{"audience"_L1, u"customers"_s}});
    EXPECT_EQ(bad.field(), u"audience"_s);
    EXPECT_TRUE(titles(u"alex"_s).isEmpty()) << "nothing was published";
}

INSTANTIATE_TEST_SUITE_P(Backends, AffectedAnnouncementTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
