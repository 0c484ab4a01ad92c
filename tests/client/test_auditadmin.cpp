// The audit log page's controller (client/core/admin) against a real server: what an admin
// sees after changes are made, page by page through the model, filtered, the details of one
// entry, and the CSV file it saves.
#include "client/core/admin/auditadmin.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AuditAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    std::unique_ptr<CoreClient> ada;
};

QString column(const AuditModel& model, int row, AuditModel::Column column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_P(AuditAdminTest, TheLogShowsChangesNewestFirstPageByPageAndFiltered)
{
    const qint64 bob = createUser(u"bob"_s, u"agent"_s);
    ASSERT_TRUE(admin()
                    .call(u"user.update"_s, QJsonObject {{"id"_L1, bob}, {"role"_L1, u"manager"_s}})
                    .ok());
    for (int i = 0; i < AuditAdmin::PageSize + 5; ++i)
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"C%1"_s.arg(i)}}).ok());

    AuditAdmin audit(ada->session);
    int loaded = 0;
    QObject::connect(&audit, &AuditAdmin::loaded, [&] { ++loaded; });
    audit.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1 && !audit.isBusy(); }));
    AuditModel& model = *audit.model();
    EXPECT_EQ(model.rowCount(), AuditAdmin::PageSize);
    EXPECT_EQ(column(model, 0, AuditModel::Action), u"category.create"_s);
    EXPECT_EQ(column(model, 0, AuditModel::Target), u"category C104"_s) << "newest first";
    EXPECT_EQ(column(model, 0, AuditModel::Who), u"admin"_s);
    EXPECT_EQ(column(model, 0, AuditModel::Via), u"signed in"_s);
    ASSERT_TRUE(model.canFetchMore({}));
    // The tester asks for more itself, as a view scrolled to the end would.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    ASSERT_TRUE(waitUntil([&] { return loaded == 2 && !audit.isBusy(); }));
    EXPECT_GT(model.rowCount(), AuditAdmin::PageSize + 5) << "then the rest";
    EXPECT_FALSE(model.canFetchMore({}));

    // Only the users' changes: Bob's role, before and after.
    api::AuditFilter users;
    users.action = u"user."_s;
    users.text = u"bob"_s;
    audit.setFilter(users);
    ASSERT_TRUE(waitUntil([&] { return loaded == 3 && !audit.isBusy(); }));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(column(model, 0, AuditModel::Action), u"user.update"_s);
    EXPECT_EQ(column(model, 0, AuditModel::Summary), u"role"_s);
    EXPECT_EQ(column(model, 1, AuditModel::Action), u"user.create"_s);
    const QList<AuditAdmin::DetailRow> details = AuditAdmin::detailsOf(*model.entry(0));
    ASSERT_EQ(details.size(), 1);
    EXPECT_EQ(details.first(), (AuditAdmin::DetailRow {u"role"_s, u"agent"_s, u"manager"_s}));
    const QList<AuditAdmin::DetailRow> created = AuditAdmin::detailsOf(*model.entry(1));
    bool password = false;
    for (const AuditAdmin::DetailRow& row : created) {
        if (row.field == u"password"_s) {
            password = true;
            EXPECT_EQ(row.after, u"changed"_s) << "never the password itself";
        }
    }
    EXPECT_TRUE(password);
}

TEST_P(AuditAdminTest, ExportSavesTheFilteredLogAsCsv)
{
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"=1+2"_s}}).ok());
    createUser(u"bob"_s, u"agent"_s);
    AuditAdmin audit(ada->session);
    api::AuditFilter categories;
    categories.action = u"category."_s;
    audit.setFilter(categories);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.csv"_s);
    QString saved;
    QObject::connect(&audit, &AuditAdmin::exported, [&](const QString& p) { saved = p; });
    audit.exportTo(path);
    ASSERT_TRUE(waitUntil([&] { return !saved.isEmpty(); }));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.contains("category.create"));
    EXPECT_TRUE(csv.contains(",'=1+2,")) << csv.toStdString();
    EXPECT_FALSE(csv.contains("user.create")) << "the filter in force";
}

TEST_P(AuditAdminTest, AnAgentIsRefused)
{
    createUser(u"alex"_s, u"agent"_s);
    CoreClient alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    AuditAdmin audit(alex.session);
    QString message;
    QObject::connect(&audit, &AdminController::refused,
                     [&](const QString&, const QString& m) { message = m; });
    audit.reload();
    ASSERT_TRUE(waitUntil([&] { return !message.isEmpty(); }));
    EXPECT_EQ(audit.model()->rowCount(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
