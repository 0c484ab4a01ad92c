// The applet's "Request something" in the client core (issue 21) against the in-process server
// on both databases: CatalogBrowser lists the catalog page by page and searches it, opens an
// item with its form's fields (required where the item requires them), refuses bad values
// before anything is sent, names the field of the server's refusal in the user's words, and
// files the request; RequestProgress follows the request's approval and its tasks stage by
// stage from the pushes, until it is done.
#include "client/core/catalog/catalogbrowser.h"
#include "client/core/catalog/requestprogress.h"
#include "client/core/fieldcatalogue.h"
#include "coreclient.h"
#include "harnessfixture.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class CatalogCoreTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_purchasing = createGroup(u"Purchasing"_s, 1);
        m_accounts = createGroup(u"Accounts"_s, 1);
        const qint64 mia = createUser(u"mia"_s, u"manager"_s);
        m_ann = createUser(u"ann"_s, u"requester"_s);
        ASSERT_TRUE(admin()
                        .call(u"user.update"_s, QJsonObject {{"id"_L1, m_ann}, {"manager"_L1, mia}})
                        .ok());
        for (const auto& [name, label, type] :
             {std::tuple {u"cost_centre"_s, u"Cost centre"_s, u"text"_s},
              std::tuple {u"screens"_s, u"Screens"_s, u"number"_s}}) {
            const Reply made = admin().call(u"field.create"_s,
                                            QJsonObject {{"name"_L1, name},
                                                         {"label"_L1, label},
                                                         {"type"_L1, type},
                                                         {"max"_L1, 10},
                                                         {"visible_to_requester"_L1, true}});
            ASSERT_TRUE(made.ok()) << made.describe();
        }
    }

    qint64 createItem(const QString& name, const QJsonObject& more = {})
    {
        QJsonObject params {{"name"_L1, name},
                            {"description"_L1, QString(name + u" for you"_s)},
                            {"icon"_L1, u"package"_s}};
        for (auto it = more.begin(); it != more.end(); ++it)
            params.insert(it.key(), it.value());
        const Reply reply = admin().call(u"catalog.item.create"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    QJsonObject laptop() const
    {
        const auto task = [](const QString& title, qint64 group, int stage) {
            return QJsonObject {{"title"_L1, title}, {"group"_L1, group}, {"stage"_L1, stage}};
        };
        return {
            {"form"_L1,
             QJsonArray {QJsonObject {{"field"_L1, u"cost_centre"_s}, {"required"_L1, true}},
                         QJsonObject {{"field"_L1, u"screens"_s}}}},
            {"approvals"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}}}},
            {"tasks"_L1,
             QJsonArray {task(u"Order it"_s, m_purchasing, 1), task(u"Book it"_s, m_accounts, 2)}}};
    }

    void resolve(qint64 id)
    {
        const Reply done = admin().call(u"ticket.transition"_s,
                                        QJsonObject {{"id"_L1, id}, {"status"_L1, u"resolved"_s}});
        ASSERT_TRUE(done.ok()) << done.describe();
    }

    qint64 m_purchasing = 0, m_accounts = 0, m_ann = 0;
};

TEST_P(CatalogCoreTest, BrowsesSearchesAndFilesWithTheFormsRules)
{
    for (int i = 1; i <= CatalogBrowser::PageSize + 1; ++i)
        createItem(u"Item %1"_s.arg(i, 2, 10, QLatin1Char('0')));
    const qint64 laptopId = createItem(u"New laptop"_s, laptop());
    CoreClient core(server().port());
    ASSERT_TRUE(core.login(u"ann"_s));
    ASSERT_TRUE(waitUntil([&] { return core.directory.fields().isLoaded(); }));
    CatalogBrowser browser(core.session, core.directory.fields());

    browser.search({});
    ASSERT_TRUE(waitUntil([&] { return browser.items().size() == CatalogBrowser::PageSize; }));
    ASSERT_TRUE(browser.canFetchMore()) << "a page at a time";
    browser.fetchMore();
    ASSERT_TRUE(waitUntil([&] { return browser.items().size() == CatalogBrowser::PageSize + 2; }));
    EXPECT_FALSE(browser.canFetchMore());

    browser.search(u"LAPTOP"_s);
    ASSERT_TRUE(waitUntil([&] { return browser.items().size() == 1; }));
    EXPECT_EQ(browser.items().at(0).name, u"New laptop"_s);

    QSignalSpy opened(&browser, &CatalogBrowser::opened);
    browser.open(laptopId);
    ASSERT_TRUE(waitUntil([&] { return opened.size() == 1; }));
    const QList<api::FieldDefinition> form = browser.formFields();
    ASSERT_EQ(form.size(), 2);
    EXPECT_EQ(form.at(0).name, u"cost_centre"_s);
    EXPECT_TRUE(form.at(0).required) << "the item requires it, the field itself does not";
    EXPECT_FALSE(form.at(1).required);

    // Refused here, in the user's words, and nothing sent.
    QSignalSpy problems(&browser, &CatalogBrowser::problemsFound);
    QSignalSpy requested(&browser, &CatalogBrowser::requested);
    EXPECT_FALSE(browser.submit({}, u"Please"_s));
    ASSERT_EQ(problems.size(), 1);
    const auto found = problems.at(0).at(0).value<QHash<QString, QString>>();
    EXPECT_EQ(found.value(u"cost_centre"_s), u"Required: please fill this in."_s);
    EXPECT_EQ(browser
                  .problems({{u"cost_centre"_s, FieldValue::text(u"CC-42"_s)},
                             {u"screens"_s, FieldValue::number(11)}})
                  .value(u"screens"_s),
              u"Must be at most 10."_s);

    // The server's refusal names the field with its label: the item now requires screens.
    ASSERT_TRUE(admin()
                    .call(u"catalog.item.update"_s,
                          QJsonObject {{"id"_L1, laptopId},
                                       {"form"_L1,
                                        QJsonArray {QJsonObject {{"field"_L1, u"cost_centre"_s}},
                                                    QJsonObject {{"field"_L1, u"screens"_s},
                                                                 {"required"_L1, true}}}}})
                    .ok());
    QSignalSpy failed(&browser, &CatalogBrowser::failed);
    ASSERT_TRUE(browser.submit({{u"cost_centre"_s, FieldValue::text(u"CC-42"_s)}}, {}));
    ASSERT_TRUE(waitUntil([&] { return failed.size() == 1; }));
    EXPECT_TRUE(failed.at(0).at(0).toString().startsWith(u"Screens: "_s))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(failed.at(0).at(1).toString(), u"screens"_s);

    ASSERT_TRUE(browser.submit(
        {{u"cost_centre"_s, FieldValue::text(u"CC-42"_s)}, {u"screens"_s, FieldValue::number(2)}},
        u"For the new hire"_s));
    ASSERT_TRUE(waitUntil([&] { return requested.size() == 1; }));
    const auto request = requested.at(0).at(0).value<Ticket>();
    EXPECT_EQ(request.title, u"New laptop for ANN"_s);
    ASSERT_TRUE(request.catalogItem.has_value());
    EXPECT_EQ(request.catalogItem->id, laptopId);
}

TEST_P(CatalogCoreTest, ProgressFollowsTheApprovalAndEachStageLive)
{
    const qint64 laptopId = createItem(u"New laptop"_s, laptop());
    const Reply filed = connectAs(u"ann"_s)->call(
        u"catalog.request"_s,
        QJsonObject {{"item"_L1, laptopId},
                     {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}});
    ASSERT_TRUE(filed.ok()) << filed.describe();
    const qint64 id = filed.object().value("id"_L1).toInteger();

    CoreClient core(server().port());
    ASSERT_TRUE(core.login(u"ann"_s));
    RequestProgress progress(core.session);
    progress.setRequest(id);
    ASSERT_TRUE(waitUntil([&] { return progress.isLoaded(); }));
    EXPECT_EQ(progress.approvalState(), u"waiting"_s);
    ASSERT_EQ(progress.approvals().size(), 1);
    EXPECT_EQ(progress.approvals().at(0).approvers, QStringList {u"MIA"_s});
    EXPECT_TRUE(progress.tasks().isEmpty()) << "no task before the approval";

    auto mia = connectAs(u"mia"_s);
    const qint64 approval =
        mia->call(u"approval.list"_s).items().at(0).toObject().value("id"_L1).toInteger();
    ASSERT_TRUE(mia->call(u"approval.decide"_s,
                          QJsonObject {{"id"_L1, approval}, {"decision"_L1, u"approve"_s}})
                    .ok());
    ASSERT_TRUE(waitUntil(
        [&] { return progress.approvalState() == u"approved"_s && progress.tasks().size() == 1; },
        10000))
        << "the approval and the first task arrive by themselves";
    EXPECT_EQ(progress.approvals().at(0).state, u"approved"_s);
    EXPECT_EQ(progress.tasks().at(0).title, u"Order it"_s);
    EXPECT_TRUE(progress.tasks().at(0).open);

    resolve(progress.tasks().at(0).id);
    ASSERT_TRUE(waitUntil([&] { return progress.stages() == QList<int> {1, 2}; }, 10000));
    EXPECT_FALSE(progress.tasks().at(0).open);
    EXPECT_EQ(progress.tasks().at(1).title, u"Book it"_s);
    EXPECT_FALSE(progress.isDone());

    resolve(progress.tasks().at(1).id);
    ASSERT_TRUE(waitUntil([&] { return progress.isDone(); }, 10000))
        << "the request is resolved after its last task";
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogCoreTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
