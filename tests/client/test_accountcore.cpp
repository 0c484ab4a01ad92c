// The controllers of the account screens (client/core/account) against a real server: the API
// tokens a user sees and what a new one can do, the signed-in devices and signing one out, an
// admin's "Sign out everywhere", and the password reset's refusals.
#include "client/core/account/apitokens.h"
#include "client/core/account/passwordreset.h"
#include "client/core/account/signedindevices.h"
#include "client/core/admin/useradmin.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QJsonObject>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AccountCoreTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
        alex = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(alex->login(u"alex"_s));
    }

    std::unique_ptr<CoreClient> alex;
};

} // namespace

TEST_P(AccountCoreTest, ACreatedTokenIsListedWithItsSecretShownOnceAndWorksForAScript)
{
    ApiTokens tokens(alex->session);
    QString secret;
    QObject::connect(&tokens, &ApiTokens::created, &tokens,
                     [&](const QString& s, const api::ApiToken&) { secret = s; });
    int loads = 0;
    QObject::connect(&tokens, &ApiTokens::loaded, &tokens, [&] { ++loads; });
    tokens.reload();
    ASSERT_TRUE(waitUntil([&] { return loads == 1; }));
    EXPECT_TRUE(tokens.tokens().isEmpty());

    tokens.create(u"nightly export"_s, u"ticket., kb."_s, std::nullopt);
    ASSERT_TRUE(waitUntil([&] { return !secret.isEmpty() && loads == 2; }));
    ASSERT_EQ(tokens.tokens().size(), 1);
    EXPECT_EQ(tokens.tokens().at(0).name, u"nightly export"_s);
    EXPECT_EQ(tokens.tokens().at(0).scopes, (QStringList {u"ticket."_s, u"kb."_s}));
    EXPECT_EQ(tokens.tokens().at(0).owner.username, u"alex"_s);

    TestClient script(server().port());
    ASSERT_TRUE(script.open());
    ASSERT_TRUE(script.call(u"auth.resume"_s, QJsonObject {{"token"_L1, secret}}).ok());
    EXPECT_TRUE(script.call(u"ticket.list"_s).ok());

    tokens.revoke(tokens.tokens().at(0).id);
    ASSERT_TRUE(waitUntil([&] { return loads == 3; }));
    EXPECT_TRUE(tokens.tokens().isEmpty());
    EXPECT_EQ(script.call(u"ticket.list"_s).code(), -32001);
}

TEST_P(AccountCoreTest, ABadScopeIsNamedBeforeAnythingIsSent)
{
    ApiTokens tokens(alex->session);
    QString field;
    QObject::connect(&tokens, &ApiTokens::refused, &tokens,
                     [&](const QString& f, const QString&) { field = f; });
    tokens.create(u"bot"_s, u"ticket. *"_s, std::nullopt);
    EXPECT_EQ(field, u"scopes[1]"_s);
    EXPECT_FALSE(tokens.isBusy()) << "refused locally, no call";
    field.clear();
    tokens.create(u"bot"_s, u"admin"_s, std::nullopt);
    ASSERT_TRUE(waitUntil([&] { return !field.isEmpty(); }));
    EXPECT_EQ(field, u"scopes[0]"_s) << "an agent cannot make an admin token";
}

TEST_P(AccountCoreTest, SignedInDevicesListThisOneAndSignOutTheOthers)
{
    CoreClient phone(server().port());
    ASSERT_TRUE(phone.login(u"alex"_s));
    SignedInDevices devices(alex->session);
    int loads = 0;
    QObject::connect(&devices, &SignedInDevices::loaded, &devices, [&] { ++loads; });
    devices.reload();
    ASSERT_TRUE(waitUntil([&] { return loads == 1; }));
    ASSERT_EQ(devices.sessions().size(), 2);
    int current = 0;
    for (const api::SessionEntry& session : devices.sessions()) {
        current += session.current ? 1 : 0;
        EXPECT_FALSE(session.client.isEmpty()) << "the login names the program";
    }
    EXPECT_EQ(current, 1);

    int revoked = -1;
    QObject::connect(&devices, &SignedInDevices::revoked, &devices, [&](int n) { revoked = n; });
    devices.revokeOthers();
    ASSERT_TRUE(waitUntil([&] { return revoked == 1 && loads == 2; }));
    EXPECT_EQ(devices.sessions().size(), 1);
    EXPECT_TRUE(devices.sessions().at(0).current);
    EXPECT_TRUE(waitUntil([&] { return !phone.session.isReady(); }))
        << "the phone is signed out at once";
}

TEST_P(AccountCoreTest, AnAdminSignsAUserOutEverywhere)
{
    createUser(u"ada"_s, u"admin"_s);
    CoreClient ada(server().port());
    ASSERT_TRUE(ada.login(u"ada"_s));
    UserAdmin users(ada.session);
    int sessions = -1;
    QObject::connect(&users, &UserAdmin::signedOut, &users,
                     [&](qint64, int count) { sessions = count; });
    users.signOutEverywhere(alex->session.user().id);
    ASSERT_TRUE(waitUntil([&] { return sessions == 1; }));
    EXPECT_TRUE(waitUntil([&] { return !alex->session.isReady(); }));
}

TEST_P(AccountCoreTest, APasswordResetWorksWithoutASessionAndNamesAWrongCode)
{
    CoreClient stranger(server().port());
    PasswordReset reset(stranger.session);
    bool requested = false;
    QString field;
    QObject::connect(&reset, &PasswordReset::requested, &reset, [&] { requested = true; });
    QObject::connect(&reset, &PasswordReset::refused, &reset,
                     [&](const QString& f, const QString&) { field = f; });
    reset.request(u"alex"_s);
    ASSERT_TRUE(waitUntil([&] { return requested; }, 10000)) << field.toStdString();

    reset.confirm(u"alex"_s, u"12ab"_s, u"a long new password"_s);
    EXPECT_EQ(field, u"code"_s) << "checked before sending";
    field.clear();
    reset.confirm(u"alex"_s, u"12345678"_s, u"a long new password"_s);
    ASSERT_TRUE(waitUntil([&] { return !field.isEmpty(); }, 10000));
    EXPECT_EQ(field, u"code"_s) << "no mail relay here: no code is right";
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountCoreTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
