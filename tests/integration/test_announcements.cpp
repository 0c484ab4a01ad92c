// Announcements over a real socket, on both backends: staff publish planned maintenance with a
// time window and an audience, every subscribed client in the audience hears of it at once and
// finds it in announcement.list; staff-only news stays with staff; a withdrawal is pushed too.
#include "core/timeutil.h"
#include "rpc/errorcodes.h"
#include "serverfixture.h"

#include <QDateTime>
#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AnnouncementTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        createUser(u"mona"_s, u"manager"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
        mona = connectAs(u"mona"_s);
        for (TestClient* client : {rita.get(), alex.get(), mona.get()})
            ASSERT_TRUE(client
                            ->call(u"events.subscribe"_s,
                                   QJsonObject {{"topics"_L1, QJsonArray {u"announcements"_s}}})
                            .ok());
    }

    static QString inHours(int hours)
    {
        return timeutil::toIso(QDateTime::currentMSecsSinceEpoch() + hours * 3600000LL);
    }

    QStringList titles(TestClient& who, bool includeEnded = false)
    {
        QStringList out;
        for (const QJsonValue& item :
             who.call(u"announcement.list"_s, QJsonObject {{"include_ended"_L1, includeEnded}})
                 .items())
            out.append(item.toObject().value("title"_L1).toString());
        return out;
    }

    std::unique_ptr<TestClient> rita, alex, mona;
};

} // namespace

TEST_P(AnnouncementTest, MaintenanceIsPushedToEveryoneAndListed)
{
    const Reply published =
        alex->call(u"announcement.publish"_s,
                   QJsonObject {{"kind"_L1, u"maintenance"_s},
                                {"title"_L1, u"Mail server upgrade"_s},
                                {"body"_L1, u"Mail is unavailable from 22:00 to 23:00."_s},
                                {"audience"_L1, u"everyone"_s},
                                {"starts_at"_L1, inHours(2)},
                                {"ends_at"_L1, inHours(3)}});
    ASSERT_TRUE(published.ok()) << published.describe();
    EXPECT_EQ(published.object().value("author"_L1).toObject().value("username"_L1).toString(),
              u"alex"_s);

    test::Notification heard;
    ASSERT_TRUE(rita->waitForNotification(u"announcement.published"_s, 5000, &heard));
    EXPECT_EQ(heard.params.value("title"_L1).toString(), u"Mail server upgrade"_s);
    EXPECT_EQ(heard.params.value("kind"_L1).toString(), u"maintenance"_s);
    EXPECT_TRUE(mona->waitForNotification(u"announcement.published"_s));
    EXPECT_EQ(titles(*rita), QStringList {u"Mail server upgrade"_s}) << "upcoming ones are listed";

    // Withdrawn: pushed, and no longer listed (staff still find it among the ended ones).
    const Reply withdrawn = mona->call(u"announcement.withdraw"_s,
                                       QJsonObject {{"id"_L1, published.object().value("id"_L1)}});
    ASSERT_TRUE(withdrawn.ok()) << withdrawn.describe();
    EXPECT_TRUE(rita->waitForNotification(u"announcement.withdrawn"_s));
    EXPECT_TRUE(titles(*rita).isEmpty());
    EXPECT_EQ(titles(*alex, true), QStringList {u"Mail server upgrade"_s});
    EXPECT_EQ(mona->call(u"announcement.withdraw"_s,
                         QJsonObject {{"id"_L1, published.object().value("id"_L1)}})
                  .reason(),
              u"already_withdrawn"_s);
}

TEST_P(AnnouncementTest, StaffNewsStaysWithStaff)
{
    ASSERT_TRUE(mona->call(u"announcement.publish"_s,
                           QJsonObject {{"title"_L1, u"New escalation matrix"_s},
                                        {"audience"_L1, u"staff"_s}})
                    .ok());
    EXPECT_TRUE(alex->waitForNotification(u"announcement.published"_s));
    EXPECT_FALSE(rita->waitForNotification(u"announcement.published"_s, 500));
    EXPECT_TRUE(titles(*rita).isEmpty());
    EXPECT_EQ(titles(*alex), QStringList {u"New escalation matrix"_s});
}

TEST_P(AnnouncementTest, BadAnnouncementsAreRefusedNamingTheField)
{
    EXPECT_EQ(rita->call(u"announcement.publish"_s, QJsonObject {{"title"_L1, u"Hi"_s}}).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden))
        << "requesters read announcements, they do not publish them";
    EXPECT_EQ(alex->call(u"announcement.publish"_s,
                         QJsonObject {{"title"_L1, u"x"_s},
                                      {"starts_at"_L1, inHours(3)},
                                      {"ends_at"_L1, inHours(2)}})
                  .field(),
              u"ends_at"_s);
    EXPECT_EQ(alex->call(u"announcement.publish"_s,
                         QJsonObject {{"title"_L1, u"x"_s}, {"ends_at"_L1, inHours(-1)}})
                  .field(),
              u"ends_at"_s)
        << "already over";
    EXPECT_EQ(alex->call(u"announcement.publish"_s,
                         QJsonObject {{"title"_L1, u"x"_s}, {"kind"_L1, u"party"_s}})
                  .field(),
              u"kind"_s);
    EXPECT_EQ(alex->call(u"announcement.publish"_s, QJsonObject {{"title"_L1, u""_s}}).field(),
              u"title"_s);
    EXPECT_EQ(rita->call(u"announcement.list"_s, QJsonObject {{"include_ended"_L1, true}}).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden));
    // Withdrawing someone else's: only managers may.
    const Reply other =
        mona->call(u"announcement.publish"_s, QJsonObject {{"title"_L1, u"Mine"_s}});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(alex->call(u"announcement.withdraw"_s,
                         QJsonObject {{"id"_L1, other.object().value("id"_L1)}})
                  .reason(),
              u"not_author"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, AnnouncementTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
