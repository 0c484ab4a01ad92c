#include "auth/totp.h"

#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace frontline::server;
using namespace Qt::StringLiterals;

namespace {

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const QByteArray RfcSecret = "12345678901234567890";

struct Vector
{
    qint64 unixSeconds;
    const char* code;
};

constexpr Vector RfcVectors[] = {
    {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
    {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
};

} // namespace

TEST(Totp, GeneratesTheRfc6238TestVectors)
{
    for (const Vector& v : RfcVectors)
        EXPECT_EQ(Totp::generate(RfcSecret, v.unixSeconds, 8), QString::fromLatin1(v.code))
            << "T = " << v.unixSeconds;
}

TEST(Totp, AcceptsTheRfc6238TestVectorsAndNamesTheirStep)
{
    for (const Vector& v : RfcVectors) {
        const auto check =
            Totp::check(RfcSecret, QString::fromLatin1(v.code), v.unixSeconds * 1000, 0, 8);
        EXPECT_EQ(check.verdict, Totp::Check::Verdict::Accepted) << "T = " << v.unixSeconds;
        EXPECT_EQ(check.step, v.unixSeconds / 30);
    }
}

TEST(Totp, AcceptsOneStepOfDriftEitherSideAndNoMore)
{
    const QByteArray secret = Totp::generateSecret();
    const qint64 now = 1'700'000'000;
    const QString code = Totp::generate(secret, now);
    ASSERT_EQ(code.size(), 6);
    using V = Totp::Check::Verdict;
    EXPECT_EQ(Totp::check(secret, code, (now - 30) * 1000, 0).verdict, V::Accepted);
    EXPECT_EQ(Totp::check(secret, code, (now + 30) * 1000, 0).verdict, V::Accepted);
    EXPECT_EQ(Totp::check(secret, code, (now + 90) * 1000, 0).verdict, V::Wrong);
    EXPECT_EQ(Totp::check(secret, code, (now - 90) * 1000, 0).verdict, V::Wrong);
    EXPECT_EQ(Totp::check(secret, u"12345"_s, now * 1000, 0).verdict, V::Wrong);
    EXPECT_EQ(Totp::check(secret, u"abcdef"_s, now * 1000, 0).verdict, V::Wrong);
}

TEST(Totp, RefusesACodeOfAStepAlreadyUsed)
{
    const QByteArray secret = Totp::generateSecret();
    const qint64 now = 1'700'000'000;
    const QString code = Totp::generate(secret, now);
    const auto first = Totp::check(secret, code, now * 1000, 0);
    ASSERT_EQ(first.verdict, Totp::Check::Verdict::Accepted);
    EXPECT_EQ(Totp::check(secret, code, now * 1000, first.step).verdict,
              Totp::Check::Verdict::Replayed);
    // The previous step's code is refused too once a later one was used.
    const QString earlier = Totp::generate(secret, now - 30);
    EXPECT_EQ(Totp::check(secret, earlier, now * 1000, first.step).verdict,
              Totp::Check::Verdict::Replayed);
    const QString next = Totp::generate(secret, now + 30);
    EXPECT_EQ(Totp::check(secret, next, (now + 30) * 1000, first.step).verdict,
              Totp::Check::Verdict::Accepted);
}

TEST(Totp, Makes160BitSecretsAndAnAuthenticatorUri)
{
    const QByteArray secret = Totp::generateSecret();
    EXPECT_EQ(secret.size(), 20);
    EXPECT_NE(secret, Totp::generateSecret());
    EXPECT_EQ(Totp::base32(RfcSecret), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
    const QUrl uri(Totp::uri(u"jane.doe"_s, RfcSecret));
    EXPECT_EQ(uri.scheme(), u"otpauth"_s);
    EXPECT_EQ(uri.host(), u"totp"_s);
    EXPECT_EQ(uri.path(), u"/Frontline:jane.doe"_s);
    const QUrlQuery query(uri);
    EXPECT_EQ(query.queryItemValue(u"secret"_s), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
    EXPECT_EQ(query.queryItemValue(u"issuer"_s), u"Frontline"_s);
}
