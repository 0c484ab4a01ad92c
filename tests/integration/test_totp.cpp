// Two-factor sign-in (TOTP) and account unlock on the in-process server over a real socket:
// enrolment, a login that needs the code, wrong codes throttled like passwords, replays and spent
// recovery codes refused, a role that requires the second factor, and an admin's reset and
// unlock. Codes are computed from the secret at the server's (manual) clock.
#include "auth/totp.h"
#include "core/timeutil.h"
#include "harnessfixture.h"

#include <QJsonArray>

#include <cstdlib>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int SecondFactor = -32010;

class TotpTest : public HarnessFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--login-failures-per-hour"_s, u"5"_s};
    }

    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // One second into a 30-second step: a test's codes stay in the step it means.
        clock().advance(30 * 1000 - clock().now() % (30 * 1000) + 1000);
    }

    QString code(const QByteArray& secret, qint64 offsetMs = 0)
    {
        return server::Totp::generate(secret, (clock().now() + offsetMs) / 1000);
    }

    // Enrols the client's user; returns the secret and the recovery codes.
    std::pair<QByteArray, QStringList> enrol(TestClient& client)
    {
        const Reply begun = client.call(u"auth.totp.begin"_s);
        EXPECT_TRUE(begun.ok()) << begun.describe();
        const QByteArray secret =
            server::Totp::fromBase32(begun.object().value("secret"_L1).toString());
        EXPECT_EQ(secret.size(), 20);
        const Reply confirmed =
            client.call(u"auth.totp.confirm"_s, QJsonObject {{"code"_L1, code(secret)}});
        EXPECT_TRUE(confirmed.ok()) << confirmed.describe();
        QStringList codes;
        for (const QJsonValue& c : confirmed.object().value("codes"_L1).toArray())
            codes.append(c.toString());
        // The code used to confirm is spent: the next one comes from the next step.
        clock().advance(30 * 1000);
        return {secret, codes};
    }

    Reply login(const QString& username, const QString& otp = {})
    {
        TestClient client(server().port());
        QJsonObject params {{"username"_L1, username},
                            {"password"_L1, QString::fromLatin1(Password)}};
        if (!otp.isEmpty())
            params.insert("otp"_L1, otp);
        return client.call(u"auth.login"_s, params);
    }
};

} // namespace

TEST_P(TotpTest, EnrolmentMakesLoginNeedTheCodeAndWrongCodesAreThrottled)
{
    const qint64 alice = createUser(u"alice"_s, u"agent"_s);
    auto client = connectAs(u"alice"_s);
    const Reply begun = client->call(u"auth.totp.begin"_s);
    ASSERT_TRUE(begun.ok()) << begun.describe();
    const QString uri = begun.object().value("uri"_L1).toString();
    EXPECT_TRUE(uri.startsWith(u"otpauth://totp/Frontline:alice?secret="_s)) << uri.toStdString();
    EXPECT_TRUE(uri.endsWith(u"&issuer=Frontline"_s));
    const QByteArray secret =
        server::Totp::fromBase32(begun.object().value("secret"_L1).toString());
    ASSERT_EQ(secret.size(), 20) << "160 bits";
    EXPECT_TRUE(login(u"alice"_s).ok()) << "pending until confirmed";

    const Reply wrong = client->call(u"auth.totp.confirm"_s,
                                     QJsonObject {{"code"_L1, code(secret, 10 * 60 * 1000)}});
    EXPECT_EQ(wrong.code(), -32602);
    EXPECT_EQ(wrong.field(), u"code"_s);
    const Reply confirmed =
        client->call(u"auth.totp.confirm"_s, QJsonObject {{"code"_L1, code(secret)}});
    ASSERT_TRUE(confirmed.ok()) << confirmed.describe();
    EXPECT_EQ(confirmed.object().value("codes"_L1).toArray().size(), 10);
    const Reply status = client->call(u"auth.totp.status"_s);
    EXPECT_TRUE(status.object().value("enabled"_L1).toBool());
    EXPECT_EQ(status.object().value("recovery_codes_left"_L1).toInt(), 10);

    // The right password alone gives no token.
    const Reply needsCode = login(u"alice"_s);
    EXPECT_EQ(needsCode.code(), SecondFactor);
    EXPECT_EQ(needsCode.field(), u"otp"_s);
    EXPECT_EQ(needsCode.reason(), u"required"_s);
    EXPECT_FALSE(needsCode.object().contains("token"_L1));

    // The confirming code was of this step: it cannot sign in (replay).
    EXPECT_EQ(login(u"alice"_s, code(secret)).reason(), u"invalid"_s);
    // Wrong codes count as failed logins (limit 5 an hour; the replay was the first).
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(login(u"alice"_s, u"000000"_s).code(), SecondFactor);
    clock().advance(30 * 1000);
    const Reply throttled = login(u"alice"_s, code(secret));
    ASSERT_EQ(throttled.code(), -32006) << "even the right code waits";
    const QJsonObject data = throttled.error->data.toObject();
    EXPECT_GT(data.value("retry_after_ms"_L1).toInteger(), 0);
    const qint64 retryAt = timeutil::fromIso(data.value("retry_at"_L1).toString()).value_or(0);
    EXPECT_LT(std::abs(retryAt - (clock().now() + data.value("retry_after_ms"_L1).toInteger())),
              5000)
        << "the error says when to try again";

    // An admin unlocks the account: the right code signs in, once.
    const Reply unlocked = admin().call(u"user.unlock"_s, QJsonObject {{"id"_L1, alice}});
    ASSERT_TRUE(unlocked.ok()) << unlocked.describe();
    EXPECT_TRUE(unlocked.object().value("unlocked"_L1).toBool());
    const QString now = code(secret);
    const Reply signedIn = login(u"alice"_s, now);
    ASSERT_TRUE(signedIn.ok()) << signedIn.describe();
    EXPECT_EQ(signedIn.object().value("token"_L1).toString().size(), 43);
    EXPECT_EQ(login(u"alice"_s, now).reason(), u"invalid"_s) << "a code is accepted once";
    EXPECT_EQ(login(u"alice"_s, code(secret, -30 * 1000)).reason(), u"invalid"_s)
        << "nor an earlier step's";
}

TEST_P(TotpTest, RecoveryCodesWorkOnceAndAreReplacedByRegenerate)
{
    createUser(u"bruno"_s, u"manager"_s);
    auto client = connectAs(u"bruno"_s);
    const auto [secret, codes] = enrol(*client);
    ASSERT_EQ(codes.size(), 10);
    EXPECT_NE(codes.at(0), codes.at(1));
    EXPECT_TRUE(login(u"bruno"_s, codes.at(3)).ok());
    EXPECT_EQ(login(u"bruno"_s, codes.at(3)).reason(), u"invalid"_s) << "spent";
    EXPECT_TRUE(login(u"bruno"_s, codes.at(4).toUpper()).ok()) << "typed in capitals";
    EXPECT_EQ(client->call(u"auth.totp.status"_s).object().value("recovery_codes_left"_L1).toInt(),
              8);

    const Reply regenerated =
        client->call(u"auth.recovery.regenerate"_s, QJsonObject {{"code"_L1, code(secret)}});
    ASSERT_TRUE(regenerated.ok()) << regenerated.describe();
    const QJsonArray fresh = regenerated.object().value("codes"_L1).toArray();
    ASSERT_EQ(fresh.size(), 10);
    EXPECT_EQ(login(u"bruno"_s, codes.at(5)).reason(), u"invalid"_s) << "the old set is gone";
    EXPECT_TRUE(login(u"bruno"_s, fresh.at(0).toString()).ok());
}

TEST_P(TotpTest, ARoleThatRequiresItLimitsTheSessionToEnrolment)
{
    const Reply badRole = admin().call(
        u"config.set"_s,
        QJsonObject {
            {"key"_L1, u"security"_s},
            {"value"_L1, QJsonObject {{"require_totp"_L1, QJsonArray {u"agent"_s, u"boss"_s}}}}});
    EXPECT_EQ(badRole.code(), -32602);
    EXPECT_EQ(badRole.field(), u"value.require_totp[1]"_s);
    const Reply set = admin().call(
        u"config.set"_s,
        QJsonObject {{"key"_L1, u"security"_s},
                     {"value"_L1, QJsonObject {{"require_totp"_L1, QJsonArray {u"agent"_s}}}}});
    ASSERT_TRUE(set.ok()) << set.describe();
    EXPECT_EQ(admin()
                  .call(u"config.get"_s, QJsonObject {{"key"_L1, u"security"_s}})
                  .object()
                  .value("value"_L1)
                  .toObject()
                  .value("require_totp"_L1)
                  .toArray(),
              QJsonArray {u"agent"_s});

    createUser(u"carla"_s, u"agent"_s);
    createUser(u"rudi"_s, u"requester"_s);
    TestClient carla(server().port());
    const Reply limited = carla.login(u"carla"_s, QString::fromLatin1(Password));
    ASSERT_TRUE(limited.ok()) << limited.describe();
    EXPECT_TRUE(limited.object().value("enrolment_required"_L1).toBool());
    const Reply refused = carla.call(u"ticket.list"_s);
    EXPECT_EQ(refused.code(), -32002);
    EXPECT_EQ(refused.reason(), u"second_factor_enrolment_required"_s);
    EXPECT_EQ(
        carla.call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .code(),
        -32002);
    EXPECT_TRUE(carla.call(u"auth.totp.status"_s).object().value("required"_L1).toBool());

    // The same token resumed elsewhere is limited too.
    TestClient elsewhere(server().port());
    const Reply resumed = elsewhere.call(
        u"auth.resume"_s, QJsonObject {{"token"_L1, limited.object().value("token"_L1)}});
    ASSERT_TRUE(resumed.ok());
    EXPECT_TRUE(resumed.object().value("enrolment_required"_L1).toBool());
    EXPECT_EQ(elsewhere.call(u"ticket.list"_s).code(), -32002);

    const auto [secret, codes] = enrol(carla);
    EXPECT_TRUE(carla.call(u"ticket.list"_s).ok()) << "a full session once enrolled";
    EXPECT_EQ(login(u"carla"_s).reason(), u"required"_s);
    EXPECT_TRUE(login(u"carla"_s, code(secret)).ok());
    // Requesters are not concerned.
    const Reply rudi = login(u"rudi"_s);
    ASSERT_TRUE(rudi.ok());
    EXPECT_FALSE(rudi.object().contains("enrolment_required"_L1));
}

TEST_P(TotpTest, DisableNeedsPasswordAndCodeAndAdminsCanReset)
{
    const qint64 dora = createUser(u"dora"_s, u"agent"_s);
    auto client = connectAs(u"dora"_s);
    const QString oldToken = [&] {
        TestClient other(server().port());
        return other.login(u"dora"_s, QString::fromLatin1(Password))
            .object()
            .value("token"_L1)
            .toString();
    }();
    const auto [secret, codes] = enrol(*client);

    TestClient resumed(server().port());
    EXPECT_TRUE(resumed.call(u"auth.resume"_s, QJsonObject {{"token"_L1, oldToken}}).ok())
        << "a token issued before enrolment keeps working";

    const Reply wrongPassword = client->call(
        u"auth.totp.disable"_s,
        QJsonObject {{"password"_L1, u"not the password at all"_s}, {"code"_L1, code(secret)}});
    EXPECT_EQ(wrongPassword.field(), u"password"_s);
    const Reply wrongCode = client->call(
        u"auth.totp.disable"_s,
        QJsonObject {{"password"_L1, QString::fromLatin1(Password)}, {"code"_L1, u"123456"_s}});
    EXPECT_EQ(wrongCode.field(), u"code"_s);
    const Reply disabled = client->call(
        u"auth.totp.disable"_s,
        QJsonObject {{"password"_L1, QString::fromLatin1(Password)}, {"code"_L1, code(secret)}});
    ASSERT_TRUE(disabled.ok()) << disabled.describe();
    EXPECT_FALSE(disabled.object().value("enabled"_L1).toBool());
    EXPECT_TRUE(login(u"dora"_s).ok()) << "the password alone again";

    enrol(*client);
    EXPECT_EQ(login(u"dora"_s).reason(), u"required"_s);
    EXPECT_EQ(client->call(u"auth.totp.reset"_s, QJsonObject {{"id"_L1, dora}}).code(), -32002)
        << "admins only";
    const Reply reset = admin().call(u"auth.totp.reset"_s, QJsonObject {{"id"_L1, dora}});
    ASSERT_TRUE(reset.ok()) << reset.describe();
    EXPECT_FALSE(reset.object().value("enabled"_L1).toBool());
    EXPECT_TRUE(login(u"dora"_s).ok()) << "a lost phone: the admin's reset lets her in";
}

INSTANTIATE_TEST_SUITE_P(Backends, TotpTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
