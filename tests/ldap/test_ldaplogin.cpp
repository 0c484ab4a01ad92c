// Directory login and sync (issue 20) against a real slapd (tests/support/ldapserver.*) and the
// real server in process: the settings (config key "ldap"), ldap.test's answers, login by bind,
// group mappings, the sync (created, renamed, disabled) and two directories.
#include "harnessfixture.h"
#include "ldapserver.h"
#include "rpc/errorcodes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <iostream>

using namespace Qt::StringLiterals;

namespace frontline::test {
namespace {

QJsonObject mapping(const QString& groupDn, const QString& role, const QStringList& groups = {})
{
    return {{"group_dn"_L1, groupDn},
            {"role"_L1, role},
            {"groups"_L1, QJsonArray::fromStringList(groups)}};
}

// The example directory as an admin would describe it (StartTLS, the test CA).
QJsonObject exampleDirectory(const LdapServer& ldap)
{
    return {{"name"_L1, u"Example"_s},
            {"url"_L1, ldap.ldapUrl()},
            {"starttls"_L1, true},
            {"ca_file"_L1, ldap.caFile()},
            {"bind_dn"_L1, QLatin1String(LdapServer::ServiceDn)},
            {"bind_password"_L1, QLatin1String(LdapServer::ServicePassword)},
            {"base_dn"_L1, QLatin1String(LdapServer::BaseDn)},
            {"user_filter"_L1, QLatin1String(LdapServer::Filter)},
            {"login_attribute"_L1, u"uid"_s},
            {"group_mappings"_L1,
             QJsonArray {mapping(QLatin1String(LdapServer::AgentsGroup), u"agent"_s, {u"Desk"_s}),
                         mapping(QLatin1String(LdapServer::AdminsGroup), u"admin"_s),
                         mapping(QLatin1String(LdapServer::StaffGroup), QString(), {u"Staff"_s})}},
            {"sync_interval_minutes"_L1, 0}};
}

QJsonObject secondDirectory(const LdapServer& ldap)
{
    return {{"name"_L1, u"Second"_s},
            {"url"_L1, ldap.ldapsUrl()},
            {"ca_file"_L1, ldap.caFile()},
            {"bind_dn"_L1, QLatin1String(LdapServer::SecondServiceDn)},
            {"bind_password"_L1, QLatin1String(LdapServer::ServicePassword)},
            {"base_dn"_L1, QLatin1String(LdapServer::SecondBaseDn)},
            {"sync_interval_minutes"_L1, 0}};
}

class LdapLoginTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        bool isError = false;
        m_ldap = LdapServer::start(&m_why, &isError);
        if (!m_ldap && isError)
            FAIL() << m_why.toStdString();
        if (!m_ldap)
            GTEST_SKIP() << m_why.toStdString();
    }

    Reply setDirectories(const QJsonArray& directories)
    {
        const Reply reply =
            admin().call(u"config.set"_s,
                         QJsonObject {{"key"_L1, u"ldap"_s},
                                      {"value"_L1, QJsonObject {{"directories"_L1, directories}}}});
        if (!reply.ok())
            std::cerr << "config.set ldap: " << reply.describe() << '\n';
        return reply;
    }

    // Few failed logins per account, so that the throttle's limit is reached quickly.
    QStringList serverArguments() const override
    {
        return {u"--login-failures-per-hour"_s, u"5"_s};
    }

    Reply test(const QString& name = u"Example"_s)
    {
        return admin().call(u"ldap.test"_s, QJsonObject {{"name"_L1, name}}, 60000);
    }

    Reply sync() { return admin().call(u"ldap.sync"_s, QJsonObject {}, 60000); }

    QJsonObject user(qint64 id)
    {
        return admin().call(u"user.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    // The user called `username`, from the admin's list (empty when there is none).
    QJsonObject userNamed(const QString& username)
    {
        const Reply list = admin().call(
            u"user.list"_s, QJsonObject {{"limit"_L1, 200}, {"include_disabled"_L1, true}});
        for (const QJsonValue& item : list.items()) {
            if (item["username"_L1].toString() == username)
                return item.toObject();
        }
        return {};
    }

    LdapServer& ldap() { return *m_ldap; }

    QString m_why;
    std::unique_ptr<LdapServer> m_ldap;
};

TEST_P(LdapLoginTest, StartTlsAndLdapsAreVerifiedAndAWrongCaIsRefusedNamingTls)
{
    QJsonObject ldaps = exampleDirectory(ldap());
    ldaps.insert("name"_L1, u"Example LDAPS"_s);
    ldaps.insert("url"_L1, ldap().ldapsUrl());
    QJsonObject wrongCa = exampleDirectory(ldap());
    wrongCa.insert("name"_L1, u"Wrong CA"_s);
    wrongCa.insert("ca_file"_L1, ldap().otherCaFile());
    ASSERT_TRUE(setDirectories({exampleDirectory(ldap()), ldaps, wrongCa}).ok());

    for (const QString& name : {u"Example"_s, u"Example LDAPS"_s}) {
        const Reply answer = test(name);
        ASSERT_TRUE(answer.ok()) << answer.describe();
        EXPECT_TRUE(answer.object()["ok"_L1].toBool())
            << name.toStdString() << " " << answer.object()["message"_L1].toString().toStdString();
        // alice, bob, carol, erin, frank: dave is disabled, the filter leaves him out.
        EXPECT_EQ(answer.object()["matched"_L1].toInt(), 5);
        QStringList logins;
        for (const QJsonValue& user : answer.object()["sample"_L1].toArray())
            logins.append(user["login"_L1].toString());
        EXPECT_TRUE(logins.contains(u"alice"_s));
        EXPECT_FALSE(logins.contains(u"dave"_s));
    }
    const Reply refused = test(u"Wrong CA"_s);
    ASSERT_TRUE(refused.ok()) << refused.describe();
    EXPECT_FALSE(refused.object()["ok"_L1].toBool());
    EXPECT_EQ(refused.object()["step"_L1].toString(), u"tls"_s)
        << refused.object()["message"_L1].toString().toStdString();
}

TEST_P(LdapLoginTest, TheTestSaysExactlyWhatFailed)
{
    const auto variant = [this](const QString& name, const char* key, const QJsonValue& value) {
        QJsonObject directory = exampleDirectory(ldap());
        directory.insert("name"_L1, name);
        directory.insert(QLatin1String(key), value);
        return directory;
    };
    QJsonObject closed = exampleDirectory(ldap());
    closed.insert("name"_L1, u"Closed port"_s);
    closed.insert("url"_L1, u"ldap://127.0.0.1:1"_s);
    ASSERT_TRUE(
        setDirectories({closed, variant(u"No such host"_s, "url", u"ldaps://directory.invalid"_s),
                        variant(u"Wrong password"_s, "bind_password", u"nope"_s),
                        variant(u"No base"_s, "base_dn", u"ou=nobody,dc=example,dc=test"_s),
                        variant(u"Nobody"_s, "user_filter", u"(uid=nobody)"_s)})
            .ok());
    const QList<std::pair<QString, QString>> expected = {{u"Closed port"_s, u"connect"_s},
                                                         {u"No such host"_s, u"dns"_s},
                                                         {u"Wrong password"_s, u"bind"_s},
                                                         {u"No base"_s, u"base_dn"_s},
                                                         {u"Nobody"_s, u"filter"_s}};
    for (const auto& [name, step] : expected) {
        const Reply answer = test(name);
        ASSERT_TRUE(answer.ok()) << answer.describe();
        EXPECT_FALSE(answer.object()["ok"_L1].toBool()) << name.toStdString();
        EXPECT_EQ(answer.object()["step"_L1].toString(), step)
            << name.toStdString() << ": " << answer.object()["message"_L1].toString().toStdString();
        EXPECT_FALSE(answer.object()["message"_L1].toString().isEmpty());
    }
    EXPECT_EQ(test(u"Not configured"_s).code(), int(rpc::ErrorCode::NotFound));
}

TEST_P(LdapLoginTest, SettingsAreValidatedAndThePasswordIsNeverReturned)
{
    QJsonObject plain = exampleDirectory(ldap());
    plain.insert("url"_L1, u"ldap://directory.example.com"_s);
    plain.insert("starttls"_L1, false);
    EXPECT_EQ(setDirectories({plain}).field(), u"value.directories[0].starttls"_s);
    QJsonObject badUrl = exampleDirectory(ldap());
    badUrl.insert("url"_L1, u"http://127.0.0.1"_s);
    EXPECT_EQ(setDirectories({exampleDirectory(ldap()), badUrl}).field(),
              u"value.directories[1].url"_s);
    QJsonObject badRole = exampleDirectory(ldap());
    badRole.insert("group_mappings"_L1,
                   QJsonArray {mapping(QLatin1String(LdapServer::AgentsGroup), u"boss"_s)});
    EXPECT_EQ(setDirectories({badRole}).field(), u"value.directories[0].group_mappings[0].role"_s);

    const Reply stored = setDirectories({exampleDirectory(ldap())});
    ASSERT_TRUE(stored.ok()) << stored.describe();
    const QJsonObject got = admin()
                                .call(u"config.get"_s, QJsonObject {{"key"_L1, u"ldap"_s}})
                                .object()["value"_L1]["directories"_L1][0]
                                .toObject();
    EXPECT_FALSE(got.contains("bind_password"_L1));
    EXPECT_TRUE(got["bind_password_set"_L1].toBool());
    EXPECT_EQ(got["base_dn"_L1].toString(), QLatin1String(LdapServer::BaseDn));
    // Sent back as it was read (no password): the stored one stays and still binds.
    ASSERT_TRUE(setDirectories({got}).ok());
    EXPECT_TRUE(test().object()["ok"_L1].toBool());
}

TEST_P(LdapLoginTest, ADirectoryUserSignsInWithTheDirectoryPasswordAndGetsTheMappedRole)
{
    createGroup(u"Desk"_s, 1);
    createGroup(u"Staff"_s, 1);
    ASSERT_TRUE(setDirectories({exampleDirectory(ldap())}).ok());
    createUser(u"desk.watcher"_s, u"agent"_s);
    auto colleague = connectAs(u"desk.watcher"_s);
    ASSERT_TRUE(colleague
                    ->call(u"events.subscribe"_s,
                           QJsonObject {{"topics"_L1, QJsonArray {u"configuration"_s}}})
                    .ok());

    TestClient alice(server().port());
    ASSERT_TRUE(alice.open());
    EXPECT_EQ(alice.login(u"alice"_s, u"wrong"_s).code(), int(rpc::ErrorCode::InvalidCredentials));
    const Reply in = alice.login(u"alice"_s, LdapServer::password(u"alice"_s));
    ASSERT_TRUE(in.ok()) << in.describe();
    const QJsonObject user = in.object()["user"_L1].toObject();
    EXPECT_EQ(user["role"_L1].toString(), u"agent"_s);
    EXPECT_EQ(user["display_name"_L1].toString(), u"Alice Archer"_s);
    EXPECT_EQ(user["email"_L1].toString(), u"alice@example.test"_s);
    QStringList groups;
    for (const QJsonValue& group : user["groups"_L1].toArray())
        groups.append(group["name"_L1].toString());
    groups.sort();
    EXPECT_EQ(groups, (QStringList {u"Desk"_s, u"Staff"_s}));
    // A new agent: the colleagues' staff lists and groups are read again.
    test::Notification heard;
    ASSERT_TRUE(colleague->waitForNotification(u"config.changed"_s, 5000, &heard));
    EXPECT_EQ(heard.params["parts"_L1].toArray(), (QJsonArray {u"groups"_s, u"staff"_s}));
    // Her next sign-in changes nobody: nothing is pushed.
    TestClient again(server().port());
    ASSERT_TRUE(again.open());
    ASSERT_TRUE(again.login(u"alice"_s, LdapServer::password(u"alice"_s)).ok());
    processEventsFor(300);
    EXPECT_FALSE(colleague->waitForNotification(u"config.changed"_s, 0));

    // Her password is the directory's: not changed here.
    const Reply change =
        alice.call(u"user.set_password"_s,
                   QJsonObject {{"current_password"_L1, LdapServer::password(u"alice"_s)},
                                {"password"_L1, u"a-new-local-password"_s}});
    EXPECT_EQ(change.code(), int(rpc::ErrorCode::Conflict)) << change.describe();
    EXPECT_EQ(change.reason(), u"directory_account"_s);

    // bob is an admin through helpdesk-admins; carol only in staff: a requester, no groups.
    auto bob = connectAs(u"bob"_s, LdapServer::password(u"bob"_s));
    ASSERT_TRUE(bob);
    EXPECT_EQ(userNamed(u"bob"_s)["role"_L1].toString(), u"admin"_s);
    auto carol = connectAs(u"carol"_s, LdapServer::password(u"carol"_s));
    ASSERT_TRUE(carol);
    EXPECT_EQ(userNamed(u"carol"_s)["role"_L1].toString(), u"requester"_s);
    EXPECT_TRUE(userNamed(u"carol"_s)["groups"_L1].toArray().isEmpty());

    // dave is disabled in the directory (outside the filter); nobody is not there at all.
    TestClient other(server().port());
    ASSERT_TRUE(other.open());
    EXPECT_EQ(other.login(u"dave"_s, LdapServer::password(u"dave"_s)).code(),
              int(rpc::ErrorCode::InvalidCredentials));
    EXPECT_EQ(other.login(u"nobody"_s, u"whatever"_s).code(),
              int(rpc::ErrorCode::InvalidCredentials));
    // Local accounts still sign in with their own password.
    createUser(u"local.agent"_s, u"agent"_s);
    EXPECT_TRUE(connectAs(u"local.agent"_s));
}

TEST_P(LdapLoginTest, WrongDirectoryPasswordsGoThroughTheLoginThrottle)
{
    ASSERT_TRUE(setDirectories({exampleDirectory(ldap())}).ok());
    TestClient client(server().port());
    ASSERT_TRUE(client.open());
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Reply answer = client.login(u"alice"_s, u"guess-%1"_s.arg(attempt));
        ASSERT_EQ(answer.code(), int(rpc::ErrorCode::InvalidCredentials)) << answer.describe();
    }
    // The sixth guess is refused before the directory is asked, even the right password.
    EXPECT_EQ(client.login(u"alice"_s, LdapServer::password(u"alice"_s)).code(),
              int(rpc::ErrorCode::RateLimited));
    // Another directory account is not affected.
    EXPECT_TRUE(client.login(u"bob"_s, LdapServer::password(u"bob"_s)).ok());
}

TEST_P(LdapLoginTest, SyncCreatesFollowsRenamesAndDisablesWhoLeftTheFilter)
{
    createGroup(u"Desk"_s, 1);
    createGroup(u"Staff"_s, 1);
    const qint64 local = createUser(u"local.requester"_s, u"requester"_s);
    ASSERT_TRUE(setDirectories({exampleDirectory(ldap())}).ok());
    createUser(u"local.agent"_s, u"agent"_s);
    auto watcher = connectAs(u"local.agent"_s); // groups and staff: staff clients keep them
    ASSERT_TRUE(watcher
                    ->call(u"events.subscribe"_s,
                           QJsonObject {{"topics"_L1, QJsonArray {u"configuration"_s}}})
                    .ok());

    const Reply first = sync();
    ASSERT_TRUE(first.ok()) << first.describe();
    EXPECT_EQ(first.object()["created"_L1].toInt(), 5);
    // Open clients read the staff and groups again (config.changed).
    test::Notification heard;
    ASSERT_TRUE(watcher->waitForNotification(u"config.changed"_s, 5000, &heard));
    EXPECT_EQ(heard.params["parts"_L1].toArray(), (QJsonArray {u"groups"_s, u"staff"_s}));
    EXPECT_EQ(first.object()["disabled"_L1].toInt(), 0);
    EXPECT_TRUE(first.object()["errors"_L1].toArray().isEmpty())
        << QJsonDocument(first.object()).toJson().toStdString();
    const qint64 erin = userNamed(u"erin"_s)["id"_L1].toInteger();
    ASSERT_GT(erin, 0);
    EXPECT_TRUE(userNamed(u"dave"_s).isEmpty()) << "the disabled account was created";
    EXPECT_EQ(userNamed(u"alice"_s)["role"_L1].toString(), u"agent"_s);

    // frank is signed in when he leaves.
    auto frank = connectAs(u"frank"_s, LdapServer::password(u"frank"_s));
    ASSERT_TRUE(frank);
    QString why;
    ASSERT_TRUE(ldap().rename(u"erin"_s, u"erin.early"_s, &why)) << why.toStdString();
    ASSERT_TRUE(ldap().moveOut(u"frank"_s, &why)) << why.toStdString();
    ASSERT_TRUE(ldap().disable(u"carol"_s, &why)) << why.toStdString();

    const Reply second = sync();
    ASSERT_TRUE(second.ok()) << second.describe();
    EXPECT_EQ(second.object()["created"_L1].toInt(), 0);
    EXPECT_EQ(second.object()["updated"_L1].toInt(), 1); // erin, renamed
    EXPECT_EQ(second.object()["disabled"_L1].toInt(), 2); // frank and carol
    EXPECT_EQ(second.object()["unchanged"_L1].toInt(), 2); // alice and bob
    // The same account, by entryUUID, under its new name.
    EXPECT_EQ(user(erin)["username"_L1].toString(), u"erin.early"_s);
    EXPECT_TRUE(userNamed(u"frank"_s)["disabled"_L1].toBool());
    EXPECT_TRUE(userNamed(u"carol"_s)["disabled"_L1].toBool());
    EXPECT_FALSE(user(local)["disabled"_L1].toBool()) << "a local account was touched";
    EXPECT_TRUE(watcher->waitForNotification(u"config.changed"_s, 5000));
    // frank's session ended, and he cannot sign in again.
    EXPECT_TRUE(waitUntil([&] {
        return frank->call(u"ticket.list"_s, QJsonObject {}).code()
            == int(rpc::ErrorCode::Unauthenticated);
    }));
    TestClient again(server().port());
    ASSERT_TRUE(again.open());
    EXPECT_EQ(again.login(u"erin.early"_s, LdapServer::password(u"erin"_s))
                  .object()["user"_L1]["id"_L1]
                  .toInteger(),
              erin);
    EXPECT_EQ(again.login(u"carol"_s, LdapServer::password(u"carol"_s)).code(),
              int(rpc::ErrorCode::InvalidCredentials));

    // Each run is on record with its counts, and so is each account it disabled, by the
    // directory.
    const Reply runs =
        admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, u"directory.sync"_s}});
    ASSERT_TRUE(runs.ok()) << runs.describe();
    ASSERT_EQ(runs.items().size(), 2);
    const QJsonObject last = runs.items().at(0).toObject();
    EXPECT_EQ(last["via"_L1].toString(), u"directory"_s);
    const QJsonObject counts = last["details"_L1].toObject();
    EXPECT_EQ(counts["created"_L1]["after"_L1].toInt(), 0);
    EXPECT_EQ(counts["updated"_L1]["after"_L1].toInt(), 1);
    EXPECT_EQ(counts["disabled"_L1]["after"_L1].toInt(), 2);
    EXPECT_EQ(runs.items().at(1).toObject()["details"_L1]["created"_L1]["after"_L1].toInt(), 5);
    const Reply disabled =
        admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, u"user.disable"_s}});
    ASSERT_TRUE(disabled.ok()) << disabled.describe();
    QStringList who;
    for (const QJsonValue& entry : disabled.items())
        who.append(entry.toObject()["target_label"_L1].toString());
    who.sort();
    EXPECT_EQ(who, (QStringList {u"carol"_s, u"frank"_s}));

    // A sync that changes nobody tells the clients nothing.
    const Reply third = sync();
    ASSERT_TRUE(third.ok()) << third.describe();
    EXPECT_EQ(third.object()["created"_L1].toInt() + third.object()["updated"_L1].toInt()
                  + third.object()["disabled"_L1].toInt(),
              0);
    processEventsFor(300);
    EXPECT_FALSE(watcher->waitForNotification(u"config.changed"_s, 0));
}

TEST_P(LdapLoginTest, TwoDirectoriesSignInAndSyncSeparately)
{
    ASSERT_TRUE(setDirectories({exampleDirectory(ldap()), secondDirectory(ldap())}).ok());
    auto zoe = connectAs(u"zoe"_s, LdapServer::password(u"zoe"_s));
    ASSERT_TRUE(zoe) << "a user of the second directory cannot sign in";
    auto alice = connectAs(u"alice"_s, LdapServer::password(u"alice"_s));
    ASSERT_TRUE(alice);

    const Reply second =
        admin().call(u"ldap.sync"_s, QJsonObject {{"name"_L1, u"Second"_s}}, 60000);
    ASSERT_TRUE(second.ok()) << second.describe();
    EXPECT_EQ(second.object()["created"_L1].toInt(), 0);
    EXPECT_EQ(second.object()["unchanged"_L1].toInt(), 1); // zoe, from her login
    const Reply all = sync();
    ASSERT_TRUE(all.ok()) << all.describe();
    EXPECT_EQ(all.object()["created"_L1].toInt(), 4); // the example's others; alice exists
    EXPECT_EQ(all.object()["disabled"_L1].toInt(), 0) << "one directory disabled the other's";
}

TEST_P(LdapLoginTest, TheScheduledSyncRunsWhenItsIntervalHasPassed)
{
    QJsonObject directory = exampleDirectory(ldap());
    directory.insert("sync_interval_minutes"_L1, 30);
    ASSERT_TRUE(setDirectories({directory}).ok());
    // Never synced: due at once; the clock's move makes the server look now.
    clock().advance(60 * 1000);
    EXPECT_TRUE(waitUntil([&] { return !userNamed(u"frank"_s).isEmpty(); }, 30000))
        << "the scheduled sync did not create the directory's users";
    QString why;
    ASSERT_TRUE(ldap().disable(u"frank"_s, &why)) << why.toStdString();
    clock().advance(31 * 60 * 1000);
    EXPECT_TRUE(waitUntil([&] { return userNamed(u"frank"_s)["disabled"_L1].toBool(); }, 30000));
}

INSTANTIATE_TEST_SUITE_P(Backends, LdapLoginTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
} // namespace frontline::test
