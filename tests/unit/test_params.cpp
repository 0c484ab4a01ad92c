// Params are validated once, in shared/: every failure is -32602 naming the field and why;
// unknown fields are refused, never ignored.
#include "api/authapi.h"
#include "api/directoryapi.h"
#include "api/ticketapi.h"
#include "printers.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;

namespace {

template<typename Params> void expectInvalid(const char* params, const QString& field)
{
    const auto parsed = Params::fromJson(jsonObject(params));
    ASSERT_FALSE(parsed.ok()) << params;
    EXPECT_EQ(parsed.error().code, -32602) << params;
    EXPECT_EQ(parsed.error().field(), field)
        << params << " -> " << parsed.error().message.toStdString();
    EXPECT_FALSE(parsed.error().reason().isEmpty());
}

} // namespace

TEST(TicketCreateParams, AcceptsTheDocumentedFieldsWithDefaults)
{
    const auto parsed = TicketCreateParams::fromJson(
        jsonObject(R"({"title": "  VPN drops  ", "description": "Since Monday"})"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->title, u"VPN drops"_s) << "single-line text is trimmed";
    EXPECT_EQ(parsed->type, TicketType::Incident);
    EXPECT_EQ(parsed->impact, Level::Medium);
    EXPECT_EQ(parsed->urgency, Level::Medium);
    EXPECT_FALSE(parsed->category.has_value());
}

TEST(TicketCreateParams, NamesTheFieldOfEveryProblem)
{
    expectInvalid<TicketCreateParams>(R"({"description": "x"})", u"title"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "", "description": "x"})", u"title"_s);
    expectInvalid<TicketCreateParams>(R"({"title": 5, "description": "x"})", u"title"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "a\u0007b", "description": "x"})", u"title"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "t", "description": "x", "urgency": "extreme"})",
                                      u"urgency"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "t", "description": "x", "type": "bug"})",
                                      u"type"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "t", "description": "x", "assignee": -3})",
                                      u"assignee"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "t", "description": "x", "assignee": 1.5})",
                                      u"assignee"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "t", "description": "x", "status": "closed"})",
                                      u"status"_s);
    expectInvalid<TicketCreateParams>(R"({"title": "t", "description": "x", "priority": 1})",
                                      u"priority"_s);
}

TEST(TicketCreateParams, RefusesOverlongText)
{
    const QString title(MaxTitleLength + 1, u'x');
    const auto parsed =
        TicketCreateParams::fromJson(QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().field(), u"title"_s);
}

TEST(TicketCreateParams, RoundTripsThroughJson)
{
    TicketCreateParams p;
    p.title = u"Printer jams"_s;
    p.description = u"Tray 2\nevery page"_s;
    p.type = TicketType::ServiceRequest;
    p.category = u"Printing"_s;
    p.urgency = Level::High;
    p.requester = 12;
    const auto parsed = TicketCreateParams::fromJson(p.toJson());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->description, p.description) << "multi-line text keeps its lines";
    EXPECT_EQ(parsed->type, TicketType::ServiceRequest);
    EXPECT_EQ(parsed->urgency, Level::High);
    EXPECT_EQ(parsed->requester, 12);
}

TEST(TicketUpdateParams, DistinguishesAbsentFromNull)
{
    const auto parsed =
        TicketUpdateParams::fromJson(jsonObject(R"({"id": 4, "version": 2, "assignee": null})"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed->assignee.present);
    EXPECT_TRUE(parsed->assignee.isNull());
    EXPECT_FALSE(parsed->group.present);
}

TEST(TicketUpdateParams, NeedsAVersionAndAChange)
{
    expectInvalid<TicketUpdateParams>(R"({"id": 4, "title": "x"})", u"version"_s);
    expectInvalid<TicketUpdateParams>(R"({"id": 4, "version": 1})", u"params"_s);
    expectInvalid<TicketUpdateParams>(R"({"id": 4, "version": 1, "status": "closed"})",
                                      u"status"_s);
    expectInvalid<TicketUpdateParams>(R"({"id": 4, "version": 1, "type": "change"})", u"type"_s);
    expectInvalid<TicketUpdateParams>(R"({"id": 4, "version": 1, "priority": 9})", u"priority"_s);
    expectInvalid<TicketUpdateParams>(R"({"id": 4, "version": 1, "requester": 3})", u"requester"_s);
}

TEST(TicketListParams, NestedFieldsAreNamedByPath)
{
    expectInvalid<TicketListParams>(R"({"filter": {"priority": [7]}})", u"filter.priority"_s);
    expectInvalid<TicketListParams>(R"({"filter": {"assignee": "you"}})", u"filter.assignee"_s);
    expectInvalid<TicketListParams>(R"({"filter": {"colour": "red"}})", u"filter.colour"_s);
    expectInvalid<TicketListParams>(R"({"sort": "title"})", u"sort"_s);
    expectInvalid<TicketListParams>(R"({"limit": 0})", u"limit"_s);
    expectInvalid<TicketListParams>(R"({"limit": 201})", u"limit"_s);
}

TEST(TicketListParams, UnderstandsSelectorsAndLists)
{
    const auto parsed = TicketListParams::fromJson(jsonObject(
        R"({"filter": {"assignee": "me", "group": null, "status": "new", "priority": [1, 2], "type": ["incident"]}, "sort": "priority", "limit": 10})"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->filter.assignee->kind, Selector::Kind::Me);
    EXPECT_EQ(parsed->filter.group->kind, Selector::Kind::None);
    EXPECT_EQ(*parsed->filter.statuses, QStringList {u"new"_s});
    EXPECT_EQ(parsed->filter.priorities->size(), 2);
    EXPECT_EQ(parsed->sort, TicketSort::Priority);
    EXPECT_EQ(parsed->limit, 10);
}

TEST(TicketListParams, FilterListsAreDeduplicatedAndBounded)
{
    const auto repeated = TicketListParams::fromJson(jsonObject(
        R"({"filter": {"status": ["new", "new", "assigned", "new"], "priority": [2, 2, 1, 2], "type": ["incident", "incident"], "sla_state": ["met", "met"]}})"));
    ASSERT_TRUE(repeated.ok()) << repeated.error().message.toStdString();
    EXPECT_EQ(*repeated->filter.statuses, (QStringList {u"new"_s, u"assigned"_s}));
    EXPECT_EQ(*repeated->filter.priorities, (QList<int> {2, 1}));
    EXPECT_EQ(repeated->filter.types->size(), 1);
    EXPECT_EQ(repeated->filter.slaStates->size(), 1);

    const auto listOf = [](const QString& value, int count) -> QString {
        QStringList items;
        for (int i = 0; i < count; ++i)
            items.append(value);
        return u"["_s + items.join(u", "_s) + u"]"_s;
    };
    const auto filter = [](const QString& field, const QString& list) -> QByteArray {
        return (u"{\"filter\": {\""_s + field + u"\": "_s + list + u"}}"_s).toUtf8();
    };
    EXPECT_TRUE(
        TicketListParams::fromJson(jsonObject(filter(u"status"_s, listOf(u"\"new\""_s, 32)))).ok());
    expectInvalid<TicketListParams>(filter(u"status"_s, listOf(u"\"new\""_s, 33)),
                                    u"filter.status"_s);
    expectInvalid<TicketListParams>(filter(u"priority"_s, listOf(u"3"_s, 33)),
                                    u"filter.priority"_s);
    expectInvalid<TicketListParams>(filter(u"type"_s, listOf(u"\"incident\""_s, 33)),
                                    u"filter.type"_s);
    expectInvalid<TicketListParams>(filter(u"sla_state"_s, listOf(u"\"met\""_s, 33)),
                                    u"filter.sla_state"_s);
    expectInvalid<TicketCountParams>(filter(u"status"_s, listOf(u"\"new\""_s, 40000)),
                                     u"filter.status"_s);
}

TEST(DirectoryParams, ValidateAccountsStrictly)
{
    expectInvalid<UserCreateParams>(
        R"({"username": "ab", "password": "long enough pw", "display_name": "A", "email": "a@b.cd", "role": "agent"})",
        u"username"_s);
    expectInvalid<UserCreateParams>(
        R"({"username": "alice", "password": "short", "display_name": "A", "email": "a@b.cd", "role": "agent"})",
        u"password"_s);
    expectInvalid<UserCreateParams>(
        R"({"username": "alice", "password": "long enough pw", "display_name": "A", "email": "nope", "role": "agent"})",
        u"email"_s);
    expectInvalid<UserCreateParams>(
        R"({"username": "alice", "password": "long enough pw", "display_name": "A", "email": "a@b.cd", "role": "root"})",
        u"role"_s);
    expectInvalid<GroupCreateParams>(R"({"name": "L4", "tier": 4})", u"tier"_s);
}

TEST(DirectoryParams, UsernamesAreCaseInsensitive)
{
    const auto parsed = UserCreateParams::fromJson(jsonObject(
        R"({"username": "Alice.Smith", "password": "long enough pw", "display_name": "Alice", "email": "a@b.cd", "role": "requester"})"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->username, u"alice.smith"_s);
    const auto login = LoginParams::fromJson(
        jsonObject(R"({"username": "ALICE.smith", "password": " pw with spaces "})"));
    ASSERT_TRUE(login.ok());
    EXPECT_EQ(login->username, u"alice.smith"_s);
    EXPECT_EQ(login->password, u" pw with spaces "_s) << "passwords are taken as typed";
}

TEST(Params, PositionalParamsAreRefusedForNamedMethods)
{
    const auto parsed = IdParams::fromJson(QJsonArray {1});
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().field(), u"params"_s);
    EXPECT_TRUE(EmptyParams::fromJson(QJsonValue()).ok());
    EXPECT_FALSE(EmptyParams::fromJson(jsonObject(R"({"x": 1})")).ok());
}
