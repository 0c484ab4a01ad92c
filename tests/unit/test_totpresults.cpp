#include "api/authapi.h"
#include "api/totpapi.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;

namespace { } // namespace

TEST(TotpResults, EnrolmentRoundTripsAndHasItsWireShape)
{
    const TotpEnrolment value {u"GEZDGNBV"_s,
                               u"otpauth://totp/Frontline:a?secret=GEZDGNBV&issuer=Frontline"_s};
    EXPECT_EQ(TotpEnrolment::fromJson(value.toJson()), value);
    EXPECT_EQ(
        compactJson(value.toJson()),
        R"({"secret":"GEZDGNBV","uri":"otpauth://totp/Frontline:a?secret=GEZDGNBV&issuer=Frontline"})");
}

TEST(TotpResults, RecoveryCodesRoundTripAndHaveTheirWireShape)
{
    const RecoveryCodes value {{u"abcde-fghjk"_s, u"mnpqr-stuvw"_s}};
    EXPECT_EQ(RecoveryCodes::fromJson(value.toJson()), value);
    EXPECT_EQ(compactJson(value.toJson()), R"({"codes":["abcde-fghjk","mnpqr-stuvw"]})");
}

TEST(TotpResults, StatusRoundTripsAndHasItsWireShape)
{
    const TotpStatus value {true, false, true, 7};
    EXPECT_EQ(TotpStatus::fromJson(value.toJson()), value);
    EXPECT_EQ(compactJson(value.toJson()),
              R"({"enabled":true,"pending":false,"recovery_codes_left":7,"required":true})");
    EXPECT_EQ(TotpStatus::fromJson(QJsonObject {}), TotpStatus {}) << "lenient";
}

TEST(TotpResults, UnlockRoundTripsAndHasItsWireShape)
{
    EXPECT_EQ(UnlockResult::fromJson(UnlockResult {}.toJson()), UnlockResult {});
    EXPECT_EQ(compactJson(UnlockResult {}.toJson()), R"({"unlocked":true})");
}

TEST(TotpResults, SecuritySettingsAreCheckedNamingTheField)
{
    const auto parsed = SecuritySettings::parse(
        QJsonObject {{"require_totp"_L1, QJsonArray {u"admin"_s, u"agent"_s, u"admin"_s}}});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->requireTotp, (QList<Role> {Role::Agent, Role::Admin}));
    EXPECT_EQ(compactJson(parsed->toJson()), R"({"require_totp":["agent","admin"]})");
    EXPECT_EQ(SecuritySettings::fromJson(parsed->toJson()), *parsed);

    const auto badRole =
        SecuritySettings::parse(QJsonObject {{"require_totp"_L1, QJsonArray {u"agent"_s, 3}}});
    ASSERT_FALSE(badRole);
    EXPECT_EQ(badRole.error().first, u"require_totp[1]"_s);
    EXPECT_EQ(SecuritySettings::parse(QJsonObject {{"other"_L1, 1}}).error().first, u"other"_s);
    EXPECT_TRUE(SecuritySettings::parse(QJsonObject {})->requireTotp.isEmpty());
}

TEST(TotpResults, LoginSendsTheCodeOnlyWhenThereIsOne)
{
    EXPECT_EQ(compactJson(LoginParams {u"a"_s, u"p"_s, {}}.toJson()),
              R"({"password":"p","username":"a"})");
    const auto parsed = LoginParams::fromJson(
        QJsonObject {{"username"_L1, u"A"_s}, {"password"_L1, u"p"_s}, {"otp"_L1, u"123456"_s}});
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->otp, u"123456"_s);
    SessionInfo info;
    info.enrolmentRequired = true;
    EXPECT_TRUE(SessionInfo::fromJson(info.toJson()).enrolmentRequired);
    EXPECT_FALSE(SessionInfo {}.toJson().contains("enrolment_required"_L1)) << "absent unless true";
}
