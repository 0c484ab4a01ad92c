// The Webhooks tab of the administration window, offscreen against a real server and a real
// receiver on loopback: an admin creates a hook (a refused URL is marked first), sees its
// secret once and copies it, sends a test that arrives and shows in the delivery log, and
// redelivers it. The page renders its controller; nothing here is mocked.
#include "client/app/admin/admindialog.h"
#include "client/app/admin/webhookspage.h"
#include "client/app/mainwindow.h"
#include "client/core/session.h"
#include "clientfixture.h"
#include "webhookreceiver.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class WebhooksUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        QString why;
        receiver = WebhookReceiver::start(&why);
        ASSERT_TRUE(receiver) << why.toStdString();
        createUser(u"ada"_s, u"admin"_s);
    }

    std::unique_ptr<WebhookReceiver> receiver;
};

} // namespace

TEST_P(WebhooksUiTest, AnAdminCreatesAHookSeesTheSecretOnceAndRedeliversATest)
{
    MainWindow& window = startAs(u"ada"_s);
    AdminDialog dialog(*m_app->session(), &window);
    dialog.showPage(AdminDialog::Page::Webhooks);
    auto* page = static_cast<WebhooksPage*>(dialog.page(AdminDialog::Page::Webhooks));
    auto* list = page->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));

    page->findChild<QPushButton*>(u"adminNew"_s)->click();
    auto* url = page->findChild<QLineEdit*>(u"webhookUrlEdit"_s);
    url->setText(u"http://hooks.example.com/in"_s);
    page->findChild<QCheckBox*>(u"webhookEvent_ticket_created"_s)->setChecked(true);
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !page->statusText().isEmpty(); }));
    EXPECT_FALSE(url->styleSheet().isEmpty()) << "the URL is marked";
    EXPECT_EQ(list->count(), 0);

    url->setText(receiver->url());
    page->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1; }));
    ASSERT_TRUE(waitUntil([&] { return !page->shownSecret().isEmpty(); }));
    EXPECT_EQ(page->shownSecret().size(), 64);
    page->findChild<QPushButton*>(u"webhookCopySecretButton"_s)->click();
    EXPECT_EQ(QApplication::clipboard()->text(), page->shownSecret());

    page->findChild<QPushButton*>(u"webhookTestButton"_s)->click();
    ASSERT_TRUE(receiver->waitForRequests(1));
    EXPECT_EQ(receiver->requests()[0].event(), u"ping"_s);
    auto* table = page->findChild<QTableView*>(u"webhookDeliveriesTable"_s);
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 1; }));

    // Another hook chosen and back: the secret is gone for good.
    list->setCurrentItem(nullptr);
    list->setCurrentRow(0);
    EXPECT_TRUE(page->shownSecret().isEmpty());

    auto* redeliver = page->findChild<QPushButton*>(u"webhookRedeliverButton"_s);
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 1; }));
    EXPECT_FALSE(redeliver->isEnabled());
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect
                                        | QItemSelectionModel::Rows);
    EXPECT_TRUE(redeliver->isEnabled());
    redeliver->click();
    ASSERT_TRUE(receiver->waitForRequests(2));
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 2; }));

    // Delete asks first, then the hook and its log are gone.
    auto* remove = page->findChild<QPushButton*>(u"adminDelete"_s);
    ASSERT_TRUE(waitUntil([&] { return remove->isEnabled(); }));
    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 0 && !page->isBusy(); }));
    EXPECT_EQ(page->statusText(), u"Webhook deleted."_s);
    EXPECT_FALSE(remove->isEnabled());
}

INSTANTIATE_TEST_SUITE_P(Backends, WebhooksUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
