// The shared rules of custom fields (the server enforces them, the clients show them inline):
// a definition survives its wire form, each type's values are accepted or refused, a retired
// option stays valid where it was chosen, required fields follow the ticket's type and
// category, and list conditions fit their field's type.
#include "api/fieldapi.h"
#include "api/ticketapi.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;

namespace {

FieldDefinition field(const QString& name, FieldType type)
{
    FieldDefinition f;
    f.id = 1;
    f.name = name;
    f.label = name;
    f.type = type;
    if (isChoiceType(type))
        f.options = {{u"a"_s, u"A"_s, true}, {u"b"_s, u"B"_s, true}, {u"old"_s, u"Old"_s, false}};
    return f;
}

TEST(FieldApi, DefinitionRoundTripsThroughItsWireForm)
{
    FieldDefinition f = field(u"cost_centre"_s, FieldType::Choice);
    f.required = true;
    f.help = u"Ask finance"_s;
    f.visibleToRequester = true;
    f.ticketTypes = {u"service_request"_s};
    f.categories = {u"Hardware"_s};
    f.createdAt = 1700000000000;
    f.updatedAt = 1700000000000;
    EXPECT_EQ(FieldDefinition::fromJson(f.toJson()), f);
    const QJsonObject wire = f.toJson();
    EXPECT_TRUE(wire.value("min"_L1).isNull());
    EXPECT_EQ(wire.value("type"_L1).toString(), u"choice"_s);

    FieldDefinition n = field(u"cost"_s, FieldType::Number);
    n.min = 0;
    n.max = 99.5;
    EXPECT_EQ(FieldDefinition::fromJson(n.toJson()), n);
}

TEST(FieldApi, NamesAreMachineNames)
{
    EXPECT_TRUE(isValidFieldName(u"asset_tag"_s));
    EXPECT_TRUE(isValidFieldName(u"a"_s));
    EXPECT_FALSE(isValidFieldName(u"Asset"_s));
    EXPECT_FALSE(isValidFieldName(u"1st"_s));
    EXPECT_FALSE(isValidFieldName(u"a-b"_s));
    EXPECT_FALSE(isValidFieldName(QString(41, u'a')));
}

TEST(FieldApi, EachTypeAcceptsItsValuesAndRefusesOthers)
{
    FieldDefinition text = field(u"t"_s, FieldType::Text);
    text.max = 5;
    EXPECT_FALSE(checkFieldValue(text, u" abc "_s));
    EXPECT_TRUE(checkFieldValue(text, u"abcdef"_s));
    EXPECT_TRUE(checkFieldValue(text, u"a\nb"_s));
    EXPECT_TRUE(checkFieldValue(text, 3));

    FieldDefinition number = field(u"n"_s, FieldType::Number);
    number.min = 1;
    number.max = 10;
    EXPECT_FALSE(checkFieldValue(number, 2.5));
    EXPECT_TRUE(checkFieldValue(number, 0));
    EXPECT_TRUE(checkFieldValue(number, 11));
    EXPECT_TRUE(checkFieldValue(number, u"5"_s));

    const FieldDefinition date = field(u"d"_s, FieldType::Date);
    EXPECT_FALSE(checkFieldValue(date, u"2028-02-29"_s));
    EXPECT_TRUE(checkFieldValue(date, u"2027-02-29"_s));
    EXPECT_TRUE(checkFieldValue(date, u"2027-2-3"_s));

    const FieldDefinition choice = field(u"c"_s, FieldType::Choice);
    EXPECT_FALSE(checkFieldValue(choice, u"a"_s));
    EXPECT_TRUE(checkFieldValue(choice, u"z"_s));
    EXPECT_TRUE(checkFieldValue(choice, u"old"_s)) << "a retired option cannot be chosen";
    EXPECT_FALSE(checkFieldValue(choice, u"old"_s, u"old"_s)) << "but stays where it was";

    const FieldDefinition multi = field(u"m"_s, FieldType::MultiChoice);
    EXPECT_FALSE(checkFieldValue(multi, QJsonArray {u"a"_s, u"b"_s}));
    EXPECT_TRUE(checkFieldValue(multi, QJsonArray {u"a"_s, u"z"_s}));
    EXPECT_TRUE(checkFieldValue(multi, u"a"_s));
    EXPECT_EQ(normalizedFieldValue(multi, QJsonArray {u"b"_s, u"a"_s, u"b"_s}),
              QJsonValue(QJsonArray {u"b"_s, u"a"_s}));

    const FieldDefinition user = field(u"u"_s, FieldType::User);
    EXPECT_FALSE(checkFieldValue(user, 7));
    EXPECT_TRUE(checkFieldValue(user, 0));
    EXPECT_TRUE(checkFieldValue(user, 1.5));
    EXPECT_TRUE(checkFieldValue(user, u"bob"_s));

    EXPECT_FALSE(checkFieldValue(number, QJsonValue())) << "null clears";
}

TEST(FieldApi, RequiredFollowsTypeAndCategory)
{
    FieldDefinition cc = field(u"cost_centre"_s, FieldType::Text);
    cc.required = true;
    cc.ticketTypes = {u"service_request"_s};
    FieldDefinition tag = field(u"asset_tag"_s, FieldType::Text);
    tag.required = true;
    tag.categories = {u"Hardware"_s};
    const QList<FieldDefinition> fields {cc, tag};

    EXPECT_TRUE(checkFieldValues(fields, {}, {}, TicketType::Incident, {}, true).isEmpty());
    auto problems =
        checkFieldValues(fields, {}, {}, TicketType::ServiceRequest, u"Hardware"_s, true);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(0).path, u"fields.cost_centre"_s);
    EXPECT_EQ(problems.at(1).path, u"fields.asset_tag"_s);
    // A value already on the ticket counts; a field that does not apply takes none.
    EXPECT_TRUE(checkFieldValues(fields, {}, {{"asset_tag"_L1, u"T"_s}}, TicketType::Incident,
                                 u"Hardware"_s, true)
                    .isEmpty());
    problems = checkFieldValues(fields, {{"asset_tag"_L1, u"T"_s}}, {}, TicketType::Incident,
                                u"Network"_s, false);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).path, u"fields.asset_tag"_s);
    // Clearing a required value is refused even when required fields are not checked.
    problems = checkFieldValues(fields, {{"asset_tag"_L1, QJsonValue()}}, {}, TicketType::Incident,
                                u"Hardware"_s, false);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).reason, u"is required"_s);
}

// The clients say a refusal in the user's language: each problem carries what is wrong and the
// bound it broke, next to the server's own wording (which stays what the wire answers).
TEST(FieldApi, ProblemsSayWhatIsWrongForTheClients)
{
    FieldDefinition seats = field(u"seats"_s, FieldType::Number);
    seats.min = 1;
    seats.max = 10;
    seats.required = true;
    seats.categories = {u"Hardware"_s};
    const FieldDefinition multi = field(u"rooms"_s, FieldType::MultiChoice);

    auto problem = fieldValueProblem(seats, 11);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->issue, FieldIssue::AboveMax);
    EXPECT_EQ(problem->limit, 10);
    EXPECT_EQ(problem->reason, *checkFieldValue(seats, 11));
    EXPECT_EQ(fieldValueProblem(seats, 0)->issue, FieldIssue::BelowMin);
    EXPECT_EQ(fieldValueProblem(seats, u"x"_s)->issue, FieldIssue::NotNumber);
    problem = fieldValueProblem(multi, QJsonArray {u"a"_s, u"zz"_s});
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->issue, FieldIssue::NotOption);
    EXPECT_EQ(problem->key, u"zz"_s);

    const QList<FieldDefinition> fields {seats, multi};
    auto problems = checkFieldValues(fields, {}, {}, TicketType::Incident, u"Hardware"_s, true);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).issue, FieldIssue::Required);
    problems =
        checkFieldValues(fields, {{"seats"_L1, 12}}, {}, TicketType::Incident, u"Hardware"_s, true);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).issue, FieldIssue::AboveMax);
    EXPECT_EQ(problems.at(0).limit, 10);
    EXPECT_EQ(problems.at(0).reason, u"must be at most 10"_s);
    problems =
        checkFieldValues(fields, {{"seats"_L1, 2}}, {}, TicketType::Incident, u"Network"_s, true);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).issue, FieldIssue::NotApplicable);
    problems = checkFieldValues(fields, {{"nope"_L1, 2}}, {}, TicketType::Incident, {}, false);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).issue, FieldIssue::NoSuchField);
}

// The admin's client sends params.toJson(): a field for every type survives the parser.
TEST(FieldApi, CreateParamsSurviveTheirOwnParser)
{
    FieldCreateParams params;
    params.field = field(u"site"_s, FieldType::Choice);
    params.field.id = 0;
    const auto parsed = FieldCreateParams::fromJson(params.toJson());
    ASSERT_TRUE(parsed) << parsed.error().field().toStdString();
    EXPECT_TRUE(parsed->field.ticketTypes.isEmpty());
    EXPECT_EQ(parsed->field.options, params.field.options);
}

TEST(FieldApi, ParamsNameTheFieldTheyRefuse)
{
    const auto fieldOf = [](const QJsonObject& params) {
        const auto parsed = FieldCreateParams::fromJson(params);
        return parsed ? QString() : parsed.error().field();
    };
    const QJsonObject base {{"name"_L1, u"site"_s}, {"label"_L1, u"Site"_s}};
    const auto with = [&](const QJsonObject& more) {
        QJsonObject params = base;
        for (auto it = more.begin(); it != more.end(); ++it)
            params.insert(it.key(), it.value());
        return params;
    };
    EXPECT_EQ(fieldOf(with({{"type"_L1, u"text"_s}})), QString());
    EXPECT_EQ(fieldOf(with({{"type"_L1, u"choice"_s}})), u"options"_s);
    EXPECT_EQ(fieldOf(with({{"type"_L1, u"text"_s}, {"max"_L1, 1.5}})), u"max"_s);
    EXPECT_EQ(fieldOf(with({{"type"_L1, u"text"_s}, {"colour"_L1, 1}})), u"colour"_s);
    EXPECT_EQ(fieldOf(with({{"type"_L1, u"choice"_s},
                            {"options"_L1, QJsonArray {QJsonObject {{"key"_L1, u"a"_s}}}}})),
              u"options.0.label"_s);
    const auto update =
        FieldUpdateParams::fromJson(QJsonObject {{"id"_L1, 1}, {"type"_L1, u"x"_s}});
    ASSERT_FALSE(update);
    EXPECT_EQ(update.error().field(), u"type"_s);
}

TEST(FieldApi, ListConditionsFitTheirType)
{
    const auto list = TicketListParams::fromJson(QJsonObject {
        {"filter"_L1,
         QJsonObject {
             {"fields"_L1,
              QJsonObject {{"site"_L1, u"a"_s},
                           {"cost"_L1,
                            QJsonObject {{"op"_L1, u"between"_s},
                                         {"value"_L1, QJsonArray {1, QJsonValue()}}}}}}}}});
    ASSERT_TRUE(list) << list.error().message.toStdString();
    ASSERT_EQ(list->filter.fields.size(), 2);
    EXPECT_EQ(TicketListParams::fromJson(list->toJson())->filter.fields, list->filter.fields);

    const FieldDefinition number = field(u"cost"_s, FieldType::Number);
    const FieldDefinition choice = field(u"site"_s, FieldType::Choice);
    const FieldDefinition text = field(u"t"_s, FieldType::Text);
    using Op = FieldCondition::Op;
    EXPECT_FALSE(checkFieldCondition(number, {u"cost"_s, Op::Between, QJsonArray {1, 2}}));
    EXPECT_TRUE(checkFieldCondition(number, {u"cost"_s, Op::Between, QJsonArray {1}}));
    EXPECT_TRUE(checkFieldCondition(choice, {u"site"_s, Op::Between, QJsonArray {1, 2}}));
    EXPECT_FALSE(checkFieldCondition(choice, {u"site"_s, Op::Equals, u"old"_s}))
        << "a retired option still finds its tickets";
    EXPECT_FALSE(checkFieldCondition(choice, {u"site"_s, Op::AnyOf, QJsonArray {u"a"_s, u"b"_s}}));
    EXPECT_TRUE(checkFieldCondition(choice, {u"site"_s, Op::Contains, u"a"_s}));
    EXPECT_FALSE(checkFieldCondition(text, {u"t"_s, Op::Contains, u"lap"_s}));
}

} // namespace
