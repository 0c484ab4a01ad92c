// The approvals inbox in the agent client (issue 21), offscreen against a real server: the
// navigation's "Approvals" entry counts what waits on the manager and follows the server
// live; the inbox refuses a rejection without a comment, approves with one, and the ticket
// moves on; the settings hand the manager's approvals to a delegate.
#include "client/app/approvalswindow.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/core/approvalinbox.h"
#include "clientfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ApprovalsUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        mia = createUser(u"mia"_s, u"manager"_s);
        ann = createUser(u"ann"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        dave = createUser(u"dave"_s, u"agent"_s);
        ASSERT_TRUE(
            admin().call(u"user.update"_s, QJsonObject {{"id"_L1, ann}, {"manager"_L1, mia}}).ok());
        annClient = connectAs(u"ann"_s);
        alex = connectAs(u"alex"_s);
    }

    qint64 requestApproval(const QString& title)
    {
        const qint64 id = createTicket(*annClient,
                                       QJsonObject {{"title"_L1, title},
                                                    {"description"_L1, u"For the new hire"_s},
                                                    {"type"_L1, u"service_request"_s}})
                              .value("id"_L1)
                              .toInteger();
        const Reply started = alex->call(
            u"approval.request"_s,
            QJsonObject {{"ticket"_L1, id},
                         {"steps"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}}}},
                         {"note"_L1, u"Standard model"_s}});
        EXPECT_TRUE(started.ok()) << started.describe();
        return id;
    }

    QTreeWidgetItem* approvalsEntry(MainWindow& window)
    {
        const auto found =
            window.navigation()->findItems(u"Approvals"_s, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    qint64 mia = 0, ann = 0, dave = 0;
    std::unique_ptr<TestClient> annClient;
    std::unique_ptr<TestClient> alex;
};

TEST_P(ApprovalsUiTest, TheManagerApprovesFromTheInboxWithALiveCount)
{
    const qint64 first = requestApproval(u"New laptop"_s);
    MainWindow& window = startAs(u"mia"_s);
    ASSERT_TRUE(waitUntil([&] { return approvalsEntry(window) != nullptr; }, 10000));
    ASSERT_TRUE(waitUntil([&] { return approvalsEntry(window)->text(1) == u"1"_s; }, 10000))
        << "the entry counts what waits on the manager";
    requestApproval(u"Second monitor"_s);
    ASSERT_TRUE(waitUntil([&] { return approvalsEntry(window)->text(1) == u"2"_s; }, 10000))
        << "a new approval arrives live";

    window.navigation()->setCurrentItem(approvalsEntry(window));
    ApprovalsWindow* inbox = window.findChild<ApprovalsWindow*>(u"approvalsWindow"_s);
    ASSERT_NE(inbox, nullptr);
    auto* list = inbox->findChild<QTreeView*>(u"approvalList"_s);
    auto* comment = inbox->findChild<QPlainTextEdit*>(u"approvalComment"_s);
    auto* approve = inbox->findChild<QPushButton*>(u"approveButton"_s);
    auto* reject = inbox->findChild<QPushButton*>(u"rejectButton"_s);
    auto* status = inbox->findChild<QLabel*>(u"approvalStatus"_s);
    ASSERT_TRUE(list && comment && approve && reject && status);
    EXPECT_FALSE(list->accessibleName().isEmpty());
    EXPECT_FALSE(comment->accessibleName().isEmpty());
    ASSERT_EQ(list->model()->rowCount(), 2);
    list->setCurrentIndex(list->model()->index(0, 0));
    EXPECT_TRUE(inbox->findChild<QLabel*>(u"approvalDetails"_s)->text().contains(u"New laptop"_s));

    reject->click();
    ASSERT_TRUE(waitUntil([&] { return !status->text().isEmpty(); }));
    EXPECT_EQ(list->model()->rowCount(), 2) << "a rejection without a comment is not sent";

    comment->setPlainText(u"Go ahead"_s);
    approve->click();
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }, 10000));
    EXPECT_TRUE(waitUntil([&] { return approvalsEntry(window)->text(1) == u"1"_s; }));
    EXPECT_EQ(admin()
                  .call(u"ticket.get"_s, QJsonObject {{"id"_L1, first}})
                  .object()
                  .value("status"_L1)
                  .toString(),
              u"approved"_s);
}

TEST_P(ApprovalsUiTest, DelegationHandsTheInboxToSomeoneElse)
{
    requestApproval(u"New laptop"_s);
    MainWindow& window = startAs(u"mia"_s);
    ApprovalInbox& inbox = window.approvalInbox();
    ASSERT_TRUE(waitUntil([&] { return inbox.count() == 1; }, 10000));
    DelegationDialog dialog(inbox, *m_app->session(), &window);
    dialog.show();
    auto* handOver = dialog.findChild<QPushButton*>(u"handOverButton"_s);
    ASSERT_NE(handOver, nullptr);
    inbox.delegate(dave, QDateTime::currentDateTimeUtc().addDays(3));
    ASSERT_TRUE(waitUntil([&] { return inbox.count() == 0; }, 10000))
        << "the pending approval went to the delegate";
    EXPECT_TRUE(inbox.delegation().to.has_value());
    auto daveClient = connectAs(u"dave"_s);
    EXPECT_EQ(daveClient->call(u"approval.list"_s).items().size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApprovalsUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);

} // namespace
