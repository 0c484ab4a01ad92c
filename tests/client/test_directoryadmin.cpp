// The controllers of the directory's administration pages (client/core/admin) against a real
// server: what an admin sees in the lists after each change, the field a refusal names, paging,
// and what the changes mean for the people concerned (a disabled account cannot log in).
#include "adminrefusals.h"
#include "client/core/admin/cannedadmin.h"
#include "client/core/admin/categoryadmin.h"
#include "client/core/admin/groupadmin.h"
#include "client/core/admin/useradmin.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QJsonObject>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QStringList usernames(const QList<User>& users)
{
    QStringList names;
    for (const User& user : users)
        names << user.username;
    names.sort();
    return names;
}

class DirectoryAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    bool canLogIn(const QString& username, const QString& password)
    {
        TestClient client(server().port());
        return client.open() && client.login(username, password).ok();
    }

    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(DirectoryAdminTest, TheUserListPagesAndFindsPeople)
{
    for (const QString& name : {u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s})
        createUser(name, u"agent"_s);
    UserAdmin users(ada->session);
    users.setPageSize(2);
    int listed = 0;
    QObject::connect(&users, &UserAdmin::listed, [&] { ++listed; });
    users.search(QString());
    ASSERT_TRUE(waitUntil([&] { return listed == 1 && !users.isBusy(); }));
    EXPECT_EQ(users.users().size(), 2);
    EXPECT_TRUE(users.canFetchMore());
    while (users.canFetchMore()) {
        const int before = listed;
        users.fetchMore();
        ASSERT_TRUE(waitUntil([&] { return listed == before + 1; }));
    }
    EXPECT_EQ(usernames(users.users()),
              (QStringList {u"ada"_s, u"admin"_s, u"automation"_s, u"bob"_s, u"carol"_s, u"dave"_s,
                            u"erin"_s}))
        << "every page once, nobody twice (the rules' own account included)";

    users.search(u"CAR"_s);
    ASSERT_TRUE(waitUntil([&] { return listed > 0 && !users.isBusy(); }));
    EXPECT_EQ(usernames(users.users()), QStringList {u"carol"_s});
    EXPECT_FALSE(users.canFetchMore());
    EXPECT_EQ(users.user(users.users().first().id)->email, u"carol@example.com"_s);
}

TEST_P(DirectoryAdminTest, ACreatedUserAppearsInTheListAndCanLogIn)
{
    UserAdmin users(ada->session);
    users.search(u"frank"_s);
    ASSERT_TRUE(waitUntil([&] { return !users.isBusy(); }));
    EXPECT_TRUE(users.users().isEmpty());

    std::optional<User> created;
    QObject::connect(&users, &UserAdmin::created, [&](const User& user) { created = user; });
    api::UserCreateParams params;
    params.username = u"Frank"_s;
    params.password = u"correct horse battery"_s;
    params.displayName = u"Frank Castle"_s;
    params.email = u"frank@example.com"_s;
    params.role = Role::Agent;
    users.create(params);
    ASSERT_TRUE(waitUntil([&] { return created && !users.isBusy(); }));
    EXPECT_EQ(created->username, u"frank"_s) << "user names are kept in lower case";
    EXPECT_EQ(created->role, Role::Agent);
    ASSERT_EQ(users.users().size(), 1) << "the search in force is run again";
    EXPECT_EQ(users.users().first().displayName, u"Frank Castle"_s);
    EXPECT_TRUE(canLogIn(u"frank"_s, u"correct horse battery"_s));
}

TEST_P(DirectoryAdminTest, ARefusalNamesTheField)
{
    createUser(u"bob"_s, u"agent"_s);
    UserAdmin users(ada->session);
    AdminRefusals refusals(users);
    api::UserCreateParams params;
    params.username = u"zoe"_s;
    params.password = u"too short"_s;
    params.displayName = u"Zoe"_s;
    params.email = u"zoe@example.com"_s;
    users.create(params);
    EXPECT_FALSE(users.isBusy()) << "checked before sending, with the server's own rules";
    EXPECT_EQ(refusals.count, 1);
    EXPECT_EQ(refusals.field, u"password"_s);
    EXPECT_TRUE(refusals.message.contains(u"12"_s)) << refusals.message.toStdString();

    params.password = u"long enough now"_s;
    params.email = u"not an address"_s;
    users.create(params);
    EXPECT_EQ(refusals.field, u"email"_s);

    // Only the server knows that the name is taken.
    params.username = u"bob"_s;
    params.email = u"bob2@example.com"_s;
    users.create(params);
    ASSERT_TRUE(waitUntil([&] { return refusals.count == 3; }));
    EXPECT_EQ(refusals.field, u"username"_s);
    EXPECT_FALSE(users.isBusy());
}

TEST_P(DirectoryAdminTest, ADisabledUserCannotLogInAndANewPasswordWorks)
{
    const qint64 bob = createUser(u"bob"_s, u"agent"_s);
    ASSERT_TRUE(canLogIn(u"bob"_s, QString::fromLatin1(Password)));
    UserAdmin users(ada->session);
    users.search(u"bob"_s);
    ASSERT_TRUE(waitUntil([&] { return users.users().size() == 1; }));

    std::optional<User> updated;
    bool withPassword = false;
    QObject::connect(&users, &UserAdmin::updated, [&](const User& user, bool password) {
        updated = user;
        withPassword = password;
    });
    api::UserUpdateParams params;
    params.id = bob;
    params.disabled = true;
    params.role = Role::Manager;
    users.update(params);
    ASSERT_TRUE(waitUntil([&] { return updated.has_value() && !users.isBusy(); }));
    EXPECT_FALSE(withPassword);
    EXPECT_TRUE(users.users().first().disabled) << "the list shows the change";
    EXPECT_EQ(users.users().first().role, Role::Manager);
    EXPECT_FALSE(canLogIn(u"bob"_s, QString::fromLatin1(Password)));

    // Enabled again with a new password: the old one no longer works.
    updated.reset();
    params.disabled = false;
    users.update(params, u"a brand new secret"_s);
    ASSERT_TRUE(waitUntil([&] { return updated.has_value() && !users.isBusy(); }));
    EXPECT_TRUE(withPassword);
    EXPECT_FALSE(users.users().first().disabled);
    EXPECT_TRUE(canLogIn(u"bob"_s, u"a brand new secret"_s));
    EXPECT_FALSE(canLogIn(u"bob"_s, QString::fromLatin1(Password)));
}

TEST_P(DirectoryAdminTest, GroupsAreCreatedChainedAndStaffed)
{
    const qint64 alex = createUser(u"alex"_s, u"agent"_s);
    const qint64 mona = createUser(u"mona"_s, u"manager"_s);
    createUser(u"rita"_s, u"requester"_s);
    const qint64 serviceDesk = createGroup(u"Service Desk"_s, 1);
    GroupAdmin groups(ada->session);
    int loaded = 0;
    QObject::connect(&groups, &GroupAdmin::loaded, [&] { ++loaded; });
    groups.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1 && !groups.isBusy(); }));
    ASSERT_EQ(groups.groups().size(), 1);
    EXPECT_EQ(groups.groups().first().name, u"Service Desk"_s);
    EXPECT_EQ(usernames(groups.staff()), (QStringList {u"ada"_s, u"admin"_s, u"alex"_s, u"mona"_s}))
        << "who may manage a group: staff, never requesters";

    std::optional<Group> saved;
    QObject::connect(&groups, &GroupAdmin::saved, [&](const Group& group, bool) { saved = group; });
    api::GroupCreateParams params;
    params.name = u"Messaging"_s;
    params.tier = 2;
    params.assignment = u"round_robin"_s;
    params.manager = mona;
    groups.create(params);
    ASSERT_TRUE(waitUntil([&] { return saved && loaded == 2 && !groups.isBusy(); }));
    EXPECT_EQ(groups.groups().size(), 2) << "the new group is listed";
    const Group messaging = *groups.group(saved->id);
    EXPECT_EQ(messaging.tier, 2);
    EXPECT_EQ(messaging.assignment, u"round_robin"_s);
    EXPECT_EQ(messaging.managerId, mona);

    // The service desk escalates to it.
    api::GroupUpdateParams chain;
    chain.id = serviceDesk;
    chain.escalationGroup = api::Nullable<qint64>::of(messaging.id);
    groups.update(chain);
    ASSERT_TRUE(waitUntil([&] { return loaded == 3 && !groups.isBusy(); }));
    EXPECT_EQ(groups.group(serviceDesk)->escalationGroupId, messaging.id);

    // Members: added, listed, removed.
    groups.addMember(messaging.id, alex);
    ASSERT_TRUE(waitUntil([&] { return groups.members().size() == 1 && !groups.isBusy(); }));
    EXPECT_EQ(groups.membersGroup(), messaging.id);
    EXPECT_EQ(groups.members().first().username, u"alex"_s);
    EXPECT_TRUE(groups.group(messaging.id)->memberIds.contains(alex));
    groups.removeMember(messaging.id, alex);
    ASSERT_TRUE(waitUntil([&] { return !groups.isBusy(); }));
    EXPECT_TRUE(groups.members().isEmpty());

    // AdminRefusals name the field: an empty name before sending, a taken one by the server.
    AdminRefusals refusals(groups);
    api::GroupCreateParams bad;
    groups.create(bad);
    EXPECT_EQ(refusals.field, u"name"_s);
    EXPECT_FALSE(groups.isBusy());
    bad.name = u"Messaging"_s;
    groups.create(bad);
    ASSERT_TRUE(waitUntil([&] { return refusals.count == 2; }));
    EXPECT_EQ(refusals.field, u"name"_s);
    EXPECT_EQ(groups.groups().size(), 2);
}

TEST_P(DirectoryAdminTest, CategoriesRouteToAGroupAndRetire)
{
    createGroup(u"Service Desk"_s, 1);
    CategoryAdmin categories(ada->session);
    int loaded = 0;
    QObject::connect(&categories, &CategoryAdmin::loaded, [&] { ++loaded; });
    categories.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1 && !categories.isBusy(); }));
    ASSERT_FALSE(categories.groups().isEmpty()) << "the groups a category may route to";
    const Group serviceDesk = categories.groups().first();
    const qsizetype before = categories.categories().size();

    std::optional<Category> saved;
    QObject::connect(&categories, &CategoryAdmin::saved,
                     [&](const Category& category, bool) { saved = category; });
    api::CategoryCreateParams params;
    params.name = u"Printers"_s;
    params.defaultGroup = serviceDesk.id;
    categories.create(params);
    ASSERT_TRUE(waitUntil([&] { return saved && loaded == 2 && !categories.isBusy(); }));
    ASSERT_EQ(categories.categories().size(), before + 1);
    const Category printers = *categories.category(saved->id);
    ASSERT_TRUE(printers.defaultGroup.has_value());
    EXPECT_EQ(printers.defaultGroup->id, serviceDesk.id);
    EXPECT_TRUE(printers.active);

    // Retired and routed nowhere: still listed for the admin, marked.
    api::CategoryUpdateParams retire;
    retire.id = printers.id;
    retire.active = false;
    retire.defaultGroup = api::Nullable<qint64>::null();
    categories.update(retire);
    ASSERT_TRUE(waitUntil([&] { return loaded == 3 && !categories.isBusy(); }));
    EXPECT_FALSE(categories.category(printers.id)->active);
    EXPECT_FALSE(categories.category(printers.id)->defaultGroup.has_value());

    AdminRefusals refusals(categories);
    params.defaultGroup.reset();
    categories.create(params);
    ASSERT_TRUE(waitUntil([&] { return refusals.count == 1; }));
    EXPECT_EQ(refusals.field, u"name"_s) << "taken";
}

TEST_P(DirectoryAdminTest, CannedResponsesAreWrittenAndDeleted)
{
    CannedAdmin canned(ada->session);
    int loaded = 0;
    QObject::connect(&canned, &CannedAdmin::loaded, [&] { ++loaded; });
    canned.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1 && !canned.isBusy(); }));
    EXPECT_TRUE(canned.responses().isEmpty());

    canned.create({u"Restart"_s, u"Hello {{requester.first_name}}, please restart."_s});
    ASSERT_TRUE(waitUntil([&] { return loaded == 2 && !canned.isBusy(); }));
    ASSERT_EQ(canned.responses().size(), 1);
    const api::CannedResponse restart = canned.responses().first();
    EXPECT_EQ(restart.title, u"Restart"_s);
    // The agents' composer offers it once the directory is refreshed.
    ada->directory.refreshCanned();
    ASSERT_TRUE(waitUntil([&] { return ada->directory.cannedResponses().size() == 1; }));

    api::CannedUpdateParams edit;
    edit.id = restart.id;
    edit.body = u"Please restart, {{requester.first_name}}."_s;
    canned.update(edit);
    ASSERT_TRUE(waitUntil([&] { return loaded == 3 && !canned.isBusy(); }));
    EXPECT_EQ(canned.response(restart.id)->body, *edit.body);

    AdminRefusals refusals(canned);
    canned.create({QString(), u"no title"_s});
    EXPECT_EQ(refusals.field, u"title"_s);

    canned.remove(restart.id);
    ASSERT_TRUE(waitUntil([&] { return loaded == 4 && !canned.isBusy(); }));
    EXPECT_TRUE(canned.responses().isEmpty());
    ada->directory.refreshCanned();
    ASSERT_TRUE(waitUntil([&] { return ada->directory.cannedResponses().isEmpty(); }));
}

INSTANTIATE_TEST_SUITE_P(Backends, DirectoryAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
