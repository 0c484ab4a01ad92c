// The typed results of auth.*, the directory methods (users, groups, categories) and the
// caller's notifications: each survives its wire form, and the wire form is pinned (keys, nulls).
#include "api/authapi.h"
#include "api/automationapi.h"
#include "api/directoryapi.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;

namespace {

User alex()
{
    User user;
    user.id = 7;
    user.username = u"alex"_s;
    user.displayName = u"Alex Agent"_s;
    user.email = u"alex@example.org"_s;
    user.role = Role::Agent;
    user.groups = {GroupRef {3, u"Service Desk"_s, 1}};
    user.createdAt = 1767225600000;
    user.updatedAt = 1767225600000;
    return user;
}

} // namespace

TEST(DirectoryResults, SessionInfoSurvivesItsWireForm)
{
    SessionInfo info;
    info.token = u"t0k3n"_s;
    info.expiresAt = 1767312000000;
    info.user = alex();
    const SessionInfo back = SessionInfo::fromJson(info.toJson());
    EXPECT_EQ(back.token, info.token);
    EXPECT_EQ(back.expiresAt, info.expiresAt);
    EXPECT_EQ(back.user.toJson(), info.user.toJson());
    // auth.resume does not echo the token.
    info.token.clear();
    EXPECT_EQ(info.toJson().keys(), (QStringList {u"expires_at"_s, u"user"_s}));
    EXPECT_EQ(info.toJson().value("expires_at"_L1).toString(), u"2026-01-02T00:00:00.000Z"_s);
    EXPECT_TRUE(SessionInfo::fromJson(QJsonValue()).token.isEmpty());
}

TEST(DirectoryResults, LogoutAndChangedAcknowledge)
{
    EXPECT_EQ(compactJson(LogoutResult {}.toJson()), QByteArray(R"({"logged_out":true})"));
    EXPECT_EQ(LogoutResult::fromJson(LogoutResult {}.toJson()), LogoutResult {});
    EXPECT_FALSE(LogoutResult::fromJson(QJsonValue()).loggedOut);
    EXPECT_EQ(compactJson(ChangedResult {}.toJson()), QByteArray(R"({"changed":true})"));
    EXPECT_EQ(ChangedResult::fromJson(ChangedResult {}.toJson()), ChangedResult {});
}

TEST(DirectoryResults, AUserPageKeepsItsCursorAndItsNull)
{
    UserPage page {{alex()}, u"7"_s};
    const UserPage back = UserPage::fromJson(page.toJson());
    ASSERT_EQ(back.items.size(), 1);
    EXPECT_EQ(back.items.first().toJson(), alex().toJson());
    EXPECT_EQ(back.nextCursor, u"7"_s);
    page.nextCursor.clear();
    EXPECT_TRUE(page.toJson().value("next_cursor"_L1).isNull()) << "the last page says null";
    EXPECT_EQ(compactJson(UserPage {}.toJson()), QByteArray(R"({"items":[],"next_cursor":null})"));
}

TEST(DirectoryResults, GroupAndCategoryListsSurviveTheirWireForm)
{
    Group desk;
    desk.id = 3;
    desk.name = u"Service Desk"_s;
    desk.tier = 1;
    desk.memberIds = {7, 8};
    desk.managerId = 9;
    const GroupList groups {{desk}};
    const GroupList back = GroupList::fromJson(groups.toJson());
    ASSERT_EQ(back.items.size(), 1);
    EXPECT_EQ(back.items.first().toJson(), desk.toJson());
    EXPECT_EQ(compactJson(GroupList {}.toJson()), QByteArray(R"({"items":[]})"));

    Category email;
    email.id = 2;
    email.name = u"Email"_s;
    email.defaultGroup = desk.ref();
    const CategoryList categories {{email}};
    const CategoryList again = CategoryList::fromJson(categories.toJson());
    ASSERT_EQ(again.items.size(), 1);
    EXPECT_EQ(again.items.first().toJson(), email.toJson());
    EXPECT_EQ(
        compactJson(categories.toJson()),
        QByteArray(R"({"items":[{"active":true,"default_group":{"id":3,"name":"Service Desk",)"
                   R"("tier":1},"description":"","id":2,"name":"Email"}]})"));
}

TEST(DirectoryResults, NotificationResultsSurviveTheirWireForm)
{
    Notification n;
    n.id = 4;
    n.ticketId = 12;
    n.kind = u"escalation"_s;
    n.message = u"Ticket #12 was escalated to your group"_s;
    n.createdAt = 1767225600000;
    const NotificationList list {{n}, 3};
    const NotificationList back = NotificationList::fromJson(list.toJson());
    ASSERT_EQ(back.notifications.size(), 1);
    EXPECT_EQ(back.notifications.first().toJson(), n.toJson());
    EXPECT_EQ(back.unread, 3);
    EXPECT_EQ(compactJson(NotificationList {}.toJson()),
              QByteArray(R"({"notifications":[],"unread":0})"));

    const NotificationReadResult read {2, 1};
    EXPECT_EQ(NotificationReadResult::fromJson(read.toJson()), read);
    EXPECT_EQ(compactJson(read.toJson()), QByteArray(R"({"marked":2,"unread":1})"));
}
