// Two-factor sign-in from the client's core against a real server: the session asks for the
// code after the right password and signs in with it (or a recovery code); a role that requires
// it gives a session that can only enrol until TwoFactor confirms; the enrolment's QR code and
// recovery codes; turning it off; an admin's reset and unlock (UserAdmin) and the roles that
// must use it (SecurityAdmin). Codes come from the secret the server gave, at the next 30-second
// step (the server accepts one step of drift), so the test never waits for the clock.
#include "auth/totp.h"
#include "client/core/admin/securityadmin.h"
#include "client/core/admin/useradmin.h"
#include "client/core/twofactor.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QDateTime>
#include <QSignalSpy>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// The code of the step after now: accepted (one step of drift) and never the step just used.
QString nextCode(const QByteArray& secret)
{
    return server::Totp::generate(secret, QDateTime::currentSecsSinceEpoch() + 30);
}

class TwoFactorCoreTest : public ServerFixture
{
protected:
    // Logs in and waits until the session is ready (true) or asks for a code (false).
    bool signIn(CoreClient& client, const QString& username)
    {
        QSignalSpy asked(&client.session, &Session::secondFactorNeeded);
        client.session.login(username, QString::fromLatin1(Password), false);
        EXPECT_TRUE(waitUntil([&] { return client.session.isReady() || asked.count() > 0; }));
        return client.session.isReady();
    }

    // Enrols through the controller; returns the secret.
    QByteArray enrol(TwoFactor& controller)
    {
        QSignalSpy started(&controller, &TwoFactor::enrolmentStarted);
        controller.begin();
        EXPECT_TRUE(waitUntil([&] { return started.count() == 1; }));
        const QByteArray secret = server::Totp::fromBase32(controller.secretText().remove(u' '));
        QSignalSpy ready(&controller, &TwoFactor::recoveryCodesReady);
        controller.confirm(server::Totp::generate(secret, QDateTime::currentSecsSinceEpoch()));
        EXPECT_TRUE(waitUntil([&] { return ready.count() == 1; }));
        return secret;
    }
};

} // namespace

TEST_P(TwoFactorCoreTest, EnrolmentShowsAQrCodeAndTheLoginAsksForTheCode)
{
    createUser(u"alice"_s, u"agent"_s);
    CoreClient alice(server().port());
    ASSERT_TRUE(alice.login(u"alice"_s));
    TwoFactor controller(alice.session);
    QSignalSpy started(&controller, &TwoFactor::enrolmentStarted);
    controller.begin();
    ASSERT_TRUE(waitUntil([&] { return started.count() == 1; }));
    EXPECT_FALSE(controller.qrCode().isNull()) << "a QR code to scan";
    EXPECT_GT(controller.qrCode().width(), 100);
    EXPECT_TRUE(controller.uri().startsWith(u"otpauth://totp/Frontline:alice?"_s));
    EXPECT_EQ(controller.secretText().size(), 32 + 7) << "32 characters in groups of four";
    const QByteArray secret = server::Totp::fromBase32(controller.secretText().remove(u' '));
    ASSERT_EQ(secret.size(), 20);

    QSignalSpy refused(&controller, &TwoFactor::refused);
    controller.confirm(u"000000"_s == nextCode(secret) ? u"111111"_s : u"000000"_s);
    ASSERT_TRUE(waitUntil([&] { return refused.count() == 1; }));
    EXPECT_EQ(refused.at(0).at(0).toString(), u"code"_s);
    controller.confirm(server::Totp::generate(secret, QDateTime::currentSecsSinceEpoch()));
    ASSERT_TRUE(waitUntil([&] { return controller.recoveryCodes().size() == 10; }));
    EXPECT_TRUE(controller.status().enabled);
    EXPECT_EQ(controller.recoveryCodesText().count(u'\n'), 9);
    const QStringList codes = controller.recoveryCodes();
    controller.clearRecoveryCodes();
    EXPECT_TRUE(controller.recoveryCodes().isEmpty()) << "shown once";

    // Another computer: the password, then the code.
    CoreClient laptop(server().port());
    QSignalSpy needed(&laptop.session, &Session::secondFactorNeeded);
    QSignalSpy failed(&laptop.session, &Session::loginFailed);
    EXPECT_FALSE(signIn(laptop, u"alice"_s));
    ASSERT_EQ(needed.count(), 1);
    EXPECT_FALSE(needed.at(0).at(0).toBool()) << "asked, not a wrong code";
    EXPECT_EQ(failed.count(), 0);
    laptop.session.submitSecondFactor(u"000000"_s == nextCode(secret) ? u"111111"_s : u"000000"_s);
    ASSERT_TRUE(waitUntil([&] { return needed.count() == 2; }));
    EXPECT_TRUE(needed.at(1).at(0).toBool()) << "a wrong code";
    laptop.session.submitSecondFactor(nextCode(secret));
    ASSERT_TRUE(waitUntil([&] { return laptop.session.isReady(); }));
    EXPECT_EQ(laptop.session.user().username, u"alice"_s);
    EXPECT_FALSE(laptop.session.enrolmentRequired());

    // A third: a recovery code instead.
    CoreClient kiosk(server().port());
    EXPECT_FALSE(signIn(kiosk, u"alice"_s));
    kiosk.session.submitSecondFactor(codes.at(0));
    ASSERT_TRUE(waitUntil([&] { return kiosk.session.isReady(); }));

    // Turning it off: the password and a code.
    QSignalSpy refusedOff(&controller, &TwoFactor::refused);
    controller.disable(u"not my password at all"_s, codes.at(1));
    ASSERT_TRUE(waitUntil([&] { return refusedOff.count() == 1; }));
    EXPECT_EQ(refusedOff.at(0).at(0).toString(), u"password"_s);
    controller.disable(QString::fromLatin1(Password), codes.at(1));
    ASSERT_TRUE(waitUntil([&] { return !controller.status().enabled; }));
    CoreClient again(server().port());
    EXPECT_TRUE(signIn(again, u"alice"_s)) << "the password alone again";
}

TEST_P(TwoFactorCoreTest, ARequiredRoleCanOnlyEnrolUntilItHas)
{
    createUser(u"ada"_s, u"admin"_s);
    createUser(u"carl"_s, u"agent"_s);
    CoreClient ada(server().port());
    ASSERT_TRUE(ada.login(u"ada"_s));
    SecurityAdmin security(ada.session);
    QSignalSpy saved(&security, &SecurityAdmin::saved);
    api::SecuritySettings settings;
    settings.requireTotp = {Role::Agent};
    security.save(settings);
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    SecurityAdmin reader(ada.session);
    QSignalSpy loaded(&reader, &SecurityAdmin::loaded);
    reader.load();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    EXPECT_TRUE(reader.settings().requiresTotp(Role::Agent));
    EXPECT_FALSE(reader.settings().requiresTotp(Role::Admin));

    CoreClient carl(server().port());
    ASSERT_TRUE(signIn(carl, u"carl"_s));
    EXPECT_TRUE(carl.session.enrolmentRequired());
    TwoFactor controller(carl.session);
    controller.refresh();
    ASSERT_TRUE(waitUntil([&] { return controller.status().required; }));
    const QByteArray secret = enrol(controller);
    EXPECT_FALSE(carl.session.enrolmentRequired()) << "a full session now";
    carl.directory.refresh();
    EXPECT_TRUE(waitUntil([&] { return carl.directory.isLoaded(); }))
        << "what the enrolment-only session could not do";

    // The admin resets it (a lost phone) and unlocks the account.
    UserAdmin users(ada.session);
    QSignalSpy reset(&users, &UserAdmin::twoFactorReset);
    QSignalSpy unlocked(&users, &UserAdmin::unlocked);
    const qint64 carlId = carl.session.user().id;
    users.resetTwoFactor(carlId);
    users.unlock(carlId);
    ASSERT_TRUE(waitUntil([&] { return reset.count() == 1 && unlocked.count() == 1; }));
    EXPECT_EQ(reset.at(0).at(0).toLongLong(), carlId);
    CoreClient desk(server().port());
    ASSERT_TRUE(signIn(desk, u"carl"_s)) << "no code asked after the reset";
    EXPECT_TRUE(desk.session.enrolmentRequired()) << "but the role still requires one";
    Q_UNUSED(secret);
}

INSTANTIATE_TEST_SUITE_P(Backends, TwoFactorCoreTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
