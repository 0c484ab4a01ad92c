// The shared rules of the service catalog: an item survives its wire form, its tasks come in
// stage order, the audience matches role and organisation, the approval chain's shape is
// checked naming the step's field, and a refused item names its field.
#include "api/catalogapi.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;

namespace {

QJsonObject itemParams()
{
    return {
        {"name"_L1, u"New laptop"_s},
        {"icon"_L1, u"laptop"_s},
        {"category"_L1, u"Hardware"_s},
        {"audience"_L1,
         QJsonObject {{"roles"_L1, QJsonArray {u"requester"_s}},
                      {"orgs"_L1, QJsonArray {3, 3, 4}}}},
        {"form"_L1,
         QJsonArray {QJsonObject {{"field"_L1, u"cost_centre"_s}, {"required"_L1, true}}}},
        {"group"_L1, 2},
        {"approvals"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}}}},
        {"tasks"_L1,
         QJsonArray {QJsonObject {{"title"_L1, u"Hand over"_s}, {"group"_L1, 2}, {"stage"_L1, 2}},
                     QJsonObject {{"title"_L1, u"Order"_s}, {"group"_L1, 5}}}}};
}

TEST(CatalogApi, AnItemRoundTripsWithItsTasksInStageOrder)
{
    const auto parsed = CatalogItemCreateParams::fromJson(itemParams());
    ASSERT_TRUE(parsed) << parsed.error().message.toStdString();
    CatalogItem item = parsed->item;
    ASSERT_EQ(item.tasks.size(), 2);
    EXPECT_EQ(item.tasks.at(0).title, u"Order"_s);
    EXPECT_EQ(item.tasks.at(0).stage, 1);
    EXPECT_EQ(item.stages(), (QList<int> {1, 2}));
    EXPECT_EQ(item.audience.orgs, (QList<qint64> {3, 4})) << "repeats count once";
    item.id = 7;
    item.createdAt = 1700000000000;
    item.updatedAt = 1700000000000;
    EXPECT_EQ(CatalogItem::fromJson(item.toJson()), item);
}

TEST(CatalogApi, TheAudienceMatchesRoleAndOrganisation)
{
    CatalogAudience everyone;
    EXPECT_TRUE(everyone.includes(Role::Requester, std::nullopt));
    CatalogAudience acme {{}, {3}};
    EXPECT_TRUE(acme.includes(Role::Requester, 3));
    EXPECT_FALSE(acme.includes(Role::Requester, 4));
    EXPECT_FALSE(acme.includes(Role::Requester, std::nullopt));
    CatalogAudience acmeAgents {{u"agent"_s}, {3}};
    EXPECT_FALSE(acmeAgents.includes(Role::Requester, 3));
    EXPECT_TRUE(acmeAgents.includes(Role::Agent, 3));
}

// A client sends params it built itself (the admin's Catalog tab): an item open to every role
// and organisation, with no chain and no tasks, parses again, created or updated.
TEST(CatalogApi, ParamsOfAnItemForEveryoneParseAgain)
{
    CatalogItemCreateParams create;
    create.item.name = u"Desk phone"_s;
    create.item.icon = u"phone"_s;
    const auto created = CatalogItemCreateParams::fromJson(create.toJson());
    ASSERT_TRUE(created) << created.error().field().toStdString();
    EXPECT_TRUE(created->item.audience.roles.isEmpty());
    EXPECT_TRUE(created->item.audience.orgs.isEmpty());
    CatalogItemUpdateParams update;
    update.id = 4;
    update.audience = CatalogAudience {};
    const auto updated = CatalogItemUpdateParams::fromJson(update.toJson());
    ASSERT_TRUE(updated) << updated.error().field().toStdString();
    EXPECT_EQ(updated->audience, CatalogAudience {});
}

TEST(CatalogApi, ARefusedItemNamesItsField)
{
    const auto fieldOf = [](QJsonObject params, const char* key, const QJsonValue& value) {
        params.insert(QLatin1StringView(key), value);
        const auto parsed = CatalogItemCreateParams::fromJson(params);
        return parsed ? QString() : parsed.error().field();
    };
    EXPECT_EQ(fieldOf(itemParams(), "icon", u"rocket"_s), u"icon"_s);
    EXPECT_EQ(fieldOf(itemParams(), "tasks", QJsonArray {QJsonObject {{"title"_L1, u"x"_s}}}),
              u"tasks.0.group"_s);
    EXPECT_EQ(
        fieldOf(itemParams(), "tasks",
                QJsonArray {QJsonObject {{"title"_L1, u"x"_s}, {"group"_L1, 1}, {"stage"_L1, 11}}}),
        u"tasks.0.stage"_s);
    EXPECT_EQ(fieldOf(itemParams(), "form",
                      QJsonArray {QJsonObject {{"field"_L1, u"a"_s}},
                                  QJsonObject {{"field"_L1, u"a"_s}}}),
              u"form.1.field"_s);
    EXPECT_EQ(fieldOf(itemParams(), "audience", QJsonObject {{"roles"_L1, QJsonArray {u"boss"_s}}}),
              u"audience.roles"_s);
    EXPECT_EQ(fieldOf(itemParams(), "approvals", QJsonArray {QJsonObject {{"kind"_L1, u"x"_s}}}),
              u"approvals[0].kind"_s);
    EXPECT_EQ(fieldOf(itemParams(), "colour", u"red"_s), u"colour"_s);
}

} // namespace
