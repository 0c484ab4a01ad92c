// The Catalog tab's controller (issue 21) against the in-process server on both databases: an
// admin creates "New laptop" with its form, an approval chain and two tasks; a bad task group
// is named (before sending when the parser sees it, by the server when the group does not
// exist), the item is read again, an update reorders the form, and a deactivated item stays in
// the admin's list.
#include "client/core/admin/catalogadmin.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class CatalogAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        purchasing = createGroup(u"Purchasing"_s, 1);
        accounts = createGroup(u"Accounts"_s, 1);
        for (const QJsonObject& field : {QJsonObject {{"name"_L1, u"cost_centre"_s},
                                                      {"label"_L1, u"Cost centre"_s},
                                                      {"type"_L1, u"text"_s}},
                                         QJsonObject {{"name"_L1, u"screens"_s},
                                                      {"label"_L1, u"Screens"_s},
                                                      {"type"_L1, u"number"_s},
                                                      {"min"_L1, 0},
                                                      {"max"_L1, 3}}}) {
            const Reply reply = admin().call(u"field.create"_s, field);
            ASSERT_TRUE(reply.ok()) << reply.describe();
        }
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    api::CatalogItemCreateParams laptop() const
    {
        api::CatalogItemCreateParams params;
        api::CatalogItem& item = params.item;
        item.name = u"New laptop"_s;
        item.description = u"A laptop with the standard software"_s;
        item.icon = u"laptop"_s;
        item.form = {{u"cost_centre"_s, true}, {u"screens"_s, false}};
        item.approvals = QJsonArray {
            QJsonObject {{"kind"_L1, u"manager"_s}},
            QJsonObject {{"kind"_L1, u"group"_s}, {"group"_L1, purchasing}, {"rule"_L1, u"any"_s}}};
        item.tasks = {{u"Order the laptop"_s, u"From the framework contract"_s, purchasing, 1},
                      {u"Create the account"_s, QString(), accounts, 2}};
        return params;
    }

    qint64 purchasing = 0;
    qint64 accounts = 0;
    std::unique_ptr<CoreClient> ada;
};

QStringList formNames(const api::CatalogItem& item)
{
    QStringList names;
    for (const api::CatalogFormField& field : item.form)
        names.append(field.field);
    return names;
}

} // namespace

TEST_P(CatalogAdminTest, AnAdminCreatesAnItemWithItsFormTasksAndChainThenReordersTheForm)
{
    CatalogAdmin catalog(ada->session);
    QString refusedField;
    QString refusedMessage;
    std::optional<api::CatalogItem> saved;
    std::optional<api::CatalogItem> fetched;
    QObject::connect(&catalog, &CatalogAdmin::refused,
                     [&](const QString& field, const QString& message) {
                         refusedField = field;
                         refusedMessage = message;
                     });
    QObject::connect(&catalog, &CatalogAdmin::saved,
                     [&](const api::CatalogItem& item) { saved = item; });
    QObject::connect(&catalog, &CatalogAdmin::fetched,
                     [&](const api::CatalogItem& item) { fetched = item; });
    catalog.reload();
    ASSERT_TRUE(waitUntil([&] { return !catalog.isBusy(); }));
    EXPECT_TRUE(catalog.items().isEmpty());
    EXPECT_EQ(catalog.groups().size(), 2) << "the groups a task can go to";

    // The second task without a group: named by the shared parser, nothing sent.
    api::CatalogItemCreateParams params = laptop();
    params.item.tasks[1].group = 0;
    catalog.create(params);
    EXPECT_EQ(refusedField, u"tasks.1.group"_s);
    EXPECT_FALSE(catalog.isBusy()) << "refused before sending";
    // An approval step of n of a group with n = 0: the chain's own rules, named the same way.
    refusedField.clear();
    params = laptop();
    params.item.approvals = QJsonArray {QJsonObject {
        {"kind"_L1, u"group"_s}, {"group"_L1, purchasing}, {"rule"_L1, u"n"_s}, {"n"_L1, 0}}};
    catalog.create(params);
    EXPECT_EQ(refusedField, u"approvals[0].n"_s);
    EXPECT_FALSE(catalog.isBusy());
    // A group that does not exist: the server names the task.
    refusedField.clear();
    params = laptop();
    params.item.tasks[1].group = 9999;
    catalog.create(params);
    ASSERT_TRUE(waitUntil([&] { return !refusedField.isEmpty(); }));
    EXPECT_EQ(refusedField, u"tasks.1.group"_s);
    EXPECT_FALSE(refusedMessage.isEmpty());
    EXPECT_FALSE(saved);

    catalog.create(laptop());
    ASSERT_TRUE(waitUntil([&] { return saved && !catalog.isBusy(); }));
    ASSERT_EQ(catalog.items().size(), 1);
    const api::CatalogItem created = catalog.items().constFirst();
    EXPECT_EQ(created.id, saved->id);
    EXPECT_EQ(created.name, u"New laptop"_s);
    EXPECT_EQ(formNames(created), (QStringList {u"cost_centre"_s, u"screens"_s}));
    EXPECT_TRUE(created.form.at(0).required);
    EXPECT_EQ(created.approvals.size(), 2);
    EXPECT_EQ(created.approvals.at(1).toObject().value("group"_L1).toInteger(), purchasing);
    ASSERT_EQ(created.tasks.size(), 2);
    EXPECT_EQ(created.tasks.at(0).group, purchasing);
    EXPECT_EQ(created.tasks.at(1).stage, 2);

    catalog.get(created.id);
    ASSERT_TRUE(waitUntil([&] { return fetched.has_value(); }));
    EXPECT_EQ(*fetched, created);

    // The form reordered, screens now required too, the cost centre no longer.
    saved.reset();
    api::CatalogItemUpdateParams update;
    update.id = created.id;
    update.form = QList<api::CatalogFormField> {{u"screens"_s, true}, {u"cost_centre"_s, false}};
    catalog.update(update);
    ASSERT_TRUE(waitUntil([&] { return saved && !catalog.isBusy(); }));
    const auto reordered = catalog.item(created.id);
    ASSERT_TRUE(reordered);
    EXPECT_EQ(formNames(*reordered), (QStringList {u"screens"_s, u"cost_centre"_s}));
    EXPECT_TRUE(reordered->form.at(0).required);
    EXPECT_FALSE(reordered->form.at(1).required);
    EXPECT_EQ(reordered->tasks, created.tasks) << "what the update left out stays";

    // Deactivated, it is still in the admin's list (requesters no longer see it).
    saved.reset();
    catalog.setActive(created.id, false);
    ASSERT_TRUE(waitUntil([&] { return saved && !catalog.isBusy(); }));
    ASSERT_EQ(catalog.items().size(), 1);
    EXPECT_FALSE(catalog.items().constFirst().active);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogAdminTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
