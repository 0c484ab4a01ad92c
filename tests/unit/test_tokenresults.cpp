// The typed params and results of token.*, session.* and auth.reset.*: each result survives its
// wire form, the wire form is pinned (keys, nulls), and the params name the field they refuse.
#include "api/tokenapi.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;

namespace {

ApiToken monitoring()
{
    ApiToken token;
    token.id = 4;
    token.name = u"monitoring"_s;
    token.scopes = {u"ticket."_s, u"agent"_s};
    token.owner = {1, u"admin"_s, u"Administrator"_s};
    token.createdAt = 1767225600000;
    token.expiresAt = 1767312000000;
    token.lastUsedAt = 1767229200000;
    token.lastPeer = u"10.0.0.8"_s;
    return token;
}

} // namespace

TEST(TokenResults, ATokenSurvivesItsWireForm)
{
    const ApiToken token = monitoring();
    EXPECT_EQ(ApiToken::fromJson(token.toJson()), token);
    ApiToken fresh = token;
    fresh.expiresAt.reset();
    fresh.lastUsedAt.reset();
    fresh.lastPeer.clear();
    EXPECT_EQ(ApiToken::fromJson(fresh.toJson()), fresh);
    EXPECT_EQ(compactJson(fresh.toJson()),
              QByteArray(R"({"created_at":"2026-01-01T00:00:00.000Z","expires_at":null,"id":4,)"
                         R"("last_peer":"","last_used_at":null,"name":"monitoring","owner":)"
                         R"({"display_name":"Administrator","id":1,"username":"admin"},)"
                         R"("scopes":["ticket.","agent"]})"));

    const TokenCreated created {token, u"flt_secret"_s};
    EXPECT_EQ(TokenCreated::fromJson(created.toJson()), created);
    EXPECT_EQ(created.toJson().value("secret"_L1).toString(), u"flt_secret"_s);

    const TokenList list {{token, fresh}};
    EXPECT_EQ(TokenList::fromJson(list.toJson()), list);
    EXPECT_TRUE(TokenList::fromJson(QJsonValue()).items.isEmpty());
}

TEST(TokenResults, SessionsSurviveTheirWireForm)
{
    SessionEntry entry;
    entry.id = 12;
    entry.createdAt = 1767225600000;
    entry.expiresAt = 1769817600000;
    entry.lastSeenAt = 1767229200000;
    entry.peer = u"127.0.0.1"_s;
    entry.client = u"Frontline 0.1.0 (Linux)"_s;
    entry.current = true;
    const SessionList list {{entry}};
    EXPECT_EQ(SessionList::fromJson(list.toJson()), list);
    EXPECT_EQ(compactJson(entry.toJson()),
              QByteArray(R"j({"client":"Frontline 0.1.0 (Linux)","created_at":)j"
                         R"j("2026-01-01T00:00:00.000Z","current":true,"expires_at":)j"
                         R"j("2026-01-31T00:00:00.000Z","id":12,"last_seen_at":)j"
                         R"j("2026-01-01T01:00:00.000Z","peer":"127.0.0.1"})j"));
}

TEST(TokenResults, AcknowledgementsArePinned)
{
    EXPECT_EQ(compactJson(RevokeResult {3, true}.toJson()),
              QByteArray(R"({"id":3,"revoked":true})"));
    EXPECT_EQ(RevokeResult::fromJson(RevokeResult {3, true}.toJson()), (RevokeResult {3, true}));
    EXPECT_EQ(compactJson(RevokeAllResult {2}.toJson()), QByteArray(R"({"revoked":2})"));
    EXPECT_EQ(RevokeAllResult::fromJson(RevokeAllResult {2}.toJson()), RevokeAllResult {2});
    EXPECT_EQ(compactJson(ResetRequested {}.toJson()), QByteArray(R"({"requested":true})"));
    EXPECT_EQ(ResetRequested::fromJson(ResetRequested {}.toJson()), ResetRequested {});
    EXPECT_EQ(compactJson(ResetDone {}.toJson()), QByteArray(R"({"reset":true})"));
    EXPECT_EQ(ResetDone::fromJson(ResetDone {}.toJson()), ResetDone {});
}

TEST(TokenParams, ScopesAreRolesOrMethodPrefixesAndTheRefusalNamesTheScope)
{
    auto parsed = TokenCreateParams::fromJson(
        QJsonObject {{"name"_L1, u"bot"_s},
                     {"scopes"_L1, QJsonArray {u"ticket."_s, u"kb.search"_s, u"agent"_s}},
                     {"expires_at"_L1, u"2026-02-01T00:00:00Z"_s}});
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value().scopes, (QStringList {u"ticket."_s, u"kb.search"_s, u"agent"_s}));
    EXPECT_EQ(parsed.value().expiresAt, 1769904000000);

    auto bad = TokenCreateParams::fromJson(
        QJsonObject {{"name"_L1, u"bot"_s}, {"scopes"_L1, QJsonArray {u"ticket."_s, u"*"_s}}});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field(), u"scopes[1]"_s);
    auto none = TokenCreateParams::fromJson(
        QJsonObject {{"name"_L1, u"bot"_s}, {"scopes"_L1, QJsonArray {}}});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().field(), u"scopes"_s);
    auto when = TokenCreateParams::fromJson(QJsonObject {{"name"_L1, u"bot"_s},
                                                         {"scopes"_L1, QJsonArray {u"admin"_s}},
                                                         {"expires_at"_L1, u"soon"_s}});
    ASSERT_FALSE(when);
    EXPECT_EQ(when.error().field(), u"expires_at"_s);
}

TEST(TokenParams, AResetCodeIsDigitsAndTheNewPasswordLongEnough)
{
    EXPECT_TRUE(ResetConfirmParams::fromJson(QJsonObject {{"login"_L1, u"Ann"_s},
                                                          {"code"_L1, u"01234567"_s},
                                                          {"password"_L1, u"long enough pass"_s}}));
    auto code = ResetConfirmParams::fromJson(QJsonObject {
        {"login"_L1, u"ann"_s}, {"code"_L1, u"12ab"_s}, {"password"_L1, u"long enough pass"_s}});
    ASSERT_FALSE(code);
    EXPECT_EQ(code.error().field(), u"code"_s);
    auto shortPassword = ResetConfirmParams::fromJson(QJsonObject {
        {"login"_L1, u"ann"_s}, {"code"_L1, u"12345678"_s}, {"password"_L1, u"short"_s}});
    ASSERT_FALSE(shortPassword);
    EXPECT_EQ(shortPassword.error().field(), u"password"_s);
    auto request =
        ResetRequestParams::fromJson(QJsonObject {{"login"_L1, u" Ann@Example.TEST "_s}});
    ASSERT_TRUE(request);
    EXPECT_EQ(request.value().login, u"ann@example.test"_s);
}
