// The audit log tab of the administration window (issue 20), offscreen against a real server:
// an admin sees the latest change on top, picks it to read the field before and after, narrows
// the log to one person's changes; the tab is not there for managers. The page renders its
// controller; nothing is mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/auditpage.h"
#include "client/app/appcontroller.h"
#include "client/app/mainwindow.h"
#include "clientfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AuditLogUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
    }
};

} // namespace

TEST_P(AuditLogUiTest, AnAdminReadsWhoChangedWhatAndFiltersTheLog)
{
    const qint64 bob = createUser(u"bob"_s, u"agent"_s);
    ASSERT_TRUE(admin()
                    .call(u"user.update"_s,
                          QJsonObject {{"id"_L1, bob}, {"display_name"_L1, u"Bob Builder"_s}})
                    .ok());
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Printers"_s}}).ok());

    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* page = dialog.findChild<AuditPage*>(u"auditPage"_s);
    ASSERT_NE(page, nullptr);
    showTab(dialog, page);
    auto* table = page->findChild<QTableView*>(u"auditTable"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && table->model()->rowCount() > 0; }));
    const QAbstractItemModel& model = *table->model();
    EXPECT_EQ(model.index(0, 3).data().toString(), u"auth.login"_s) << "ada's own sign-in";
    EXPECT_EQ(model.index(1, 3).data().toString(), u"category.create"_s);
    EXPECT_EQ(model.index(1, 4).data().toString(), u"category Printers"_s);

    // The whole story of one change: the field, before and after.
    auto* details = page->findChild<QTreeWidget*>(u"auditDetails"_s);
    table->setCurrentIndex(model.index(2, 0));
    EXPECT_EQ(model.index(2, 3).data().toString(), u"user.update"_s);
    ASSERT_EQ(details->topLevelItemCount(), 1);
    EXPECT_EQ(details->topLevelItem(0)->text(0), u"display_name"_s);
    EXPECT_EQ(details->topLevelItem(0)->text(1), u"BOB"_s) << "as the fixture named him";
    EXPECT_EQ(details->topLevelItem(0)->text(2), u"Bob Builder"_s);
    EXPECT_TRUE(page->findChild<QLabel*>(u"auditWhere"_s)->text().contains(u"127.0.0.1"_s));

    // Only what concerns users, with Bob's name in it.
    auto* kinds = page->findChild<QComboBox*>(u"auditActionBox"_s);
    kinds->setCurrentIndex(kinds->findData(u"user."_s));
    page->findChild<QLineEdit*>(u"auditTextEdit"_s)->setText(u"bob"_s);
    page->findChild<QPushButton*>(u"auditApply"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy() && model.rowCount() == 2; }));
    EXPECT_EQ(model.index(0, 3).data().toString(), u"user.update"_s);
    EXPECT_EQ(model.index(1, 3).data().toString(), u"user.create"_s);
    EXPECT_EQ(details->topLevelItemCount(), 0) << "nothing chosen after a new filter";
}

TEST_P(AuditLogUiTest, ManagersDoNotSeeTheTab)
{
    createUser(u"mona"_s, u"manager"_s);
    MainWindow& window = startAs(u"mona"_s);
    AdminDialog dialog(*m_app->session(), &window);
    auto* tabs = dialog.findChild<QTabWidget*>();
    auto* page = dialog.findChild<AuditPage*>(u"auditPage"_s);
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(tabs->isTabVisible(tabs->indexOf(page)));
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLogUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
