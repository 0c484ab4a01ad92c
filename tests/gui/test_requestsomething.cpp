// Issue 21's Done-when, offscreen against the real server: an admin sets up "New laptop" (a
// form with a choice and a required text, the requester's manager as approver, a task for
// Purchasing in stage 1 and one for IT Support in stage 2); the requester finds it by search
// in the applet's "Request something", is told of the missing required field by name, sends
// it; the manager approves in the agent client's Approvals inbox; the requester's progress view
// follows live: the approval approved, task 1 open, task 2 after task 1 is resolved, and the
// request done once task 2 is. "My tickets" opens the same progress view.
// With FRONTLINE_SCREENSHOT_DIR set (scripts/screenshots.sh runs this under Xvfb), the catalog
// and the progress view are saved as applet-request-catalog.png and applet-request-progress.png.
#include "client/app/actions.h"
#include "client/app/appcontroller.h"
#include "client/app/approvalswindow.h"
#include "client/app/dialogs/callerrequestdialog.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/core/approvalinbox.h"
#include "client/core/catalog/catalogbrowser.h"
#include "client/core/catalog/requestprogress.h"
#include "client/core/ticketdetail.h"
#include "client/tray/myticketswindow.h"
#include "client/tray/requestwindow.h"
#include "client/tray/trayapp.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/userpicker.h"
#include "clientfixture.h"
#include "serverfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class RequestSomethingTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        purchasing = createGroup(u"Purchasing"_s, 1);
        itSupport = createGroup(u"IT Support"_s, 1);
        const qint64 mia = createUser(u"mia"_s, u"manager"_s);
        ann = createUser(u"ann"_s, u"requester"_s);
        addMember(purchasing, createUser(u"penny"_s, u"agent"_s));
        addMember(itSupport, createUser(u"ivan"_s, u"agent"_s));
        ASSERT_TRUE(
            admin().call(u"user.update"_s, QJsonObject {{"id"_L1, ann}, {"manager"_L1, mia}}).ok());
        const auto option = [](const QString& key, const QString& label) {
            return QJsonObject {{"key"_L1, key}, {"label"_L1, label}};
        };
        Reply made =
            admin().call(u"field.create"_s,
                         QJsonObject {{"name"_L1, u"model"_s},
                                      {"label"_L1, u"Model"_s},
                                      {"type"_L1, u"choice"_s},
                                      {"options"_L1,
                                       QJsonArray {option(u"standard"_s, u"Standard 14 inch"_s),
                                                   option(u"power"_s, u"Power 16 inch"_s)}},
                                      {"visible_to_requester"_L1, true}});
        ASSERT_TRUE(made.ok()) << made.describe();
        made = admin().call(u"field.create"_s,
                            QJsonObject {{"name"_L1, u"cost_centre"_s},
                                         {"label"_L1, u"Cost centre"_s},
                                         {"type"_L1, u"text"_s},
                                         {"visible_to_requester"_L1, true}});
        ASSERT_TRUE(made.ok()) << made.describe();
        const auto task = [](const QString& title, qint64 group, int stage) {
            return QJsonObject {{"title"_L1, title}, {"group"_L1, group}, {"stage"_L1, stage}};
        };
        made = admin().call(
            u"catalog.item.create"_s,
            QJsonObject {
                {"name"_L1, u"New laptop"_s},
                {"description"_L1, u"A laptop with the standard software"_s},
                {"icon"_L1, u"laptop"_s},
                {"form"_L1,
                 QJsonArray {QJsonObject {{"field"_L1, u"model"_s}},
                             QJsonObject {{"field"_L1, u"cost_centre"_s}, {"required"_L1, true}}}},
                {"approvals"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}}}},
                {"tasks"_L1,
                 QJsonArray {task(u"Order the laptop"_s, purchasing, 1),
                             task(u"Set up the laptop"_s, itSupport, 2)}}});
        ASSERT_TRUE(made.ok()) << made.describe();
        made = admin().call(u"catalog.item.create"_s,
                            QJsonObject {{"name"_L1, u"Desk phone"_s},
                                         {"description"_L1, u"A phone with your extension"_s},
                                         {"icon"_L1, u"phone"_s}});
        ASSERT_TRUE(made.ok()) << made.describe();
        made = admin().call(u"catalog.item.create"_s,
                            QJsonObject {{"name"_L1, u"Software licence"_s},
                                         {"description"_L1, u"Design, office or developer tools"_s},
                                         {"icon"_L1, u"software"_s}});
        ASSERT_TRUE(made.ok()) << made.describe();
    }

    void TearDown() override
    {
        m_app.reset();
        m_tray.reset();
        ServerFixture::TearDown();
    }

    tray::TrayApp& startTray(const QString& username)
    {
        tray::TrayApp::Options options;
        options.settingsPath = m_dir.filePath(username + u"-tray.ini"_s);
        options.dataDir = m_dir.filePath(u"tray"_s);
        options.autostartDir = m_dir.filePath(u"config"_s);
        options.endpoint = rpc::ServerEndpoint {u"127.0.0.1"_s, server().port(), false};
        options.username = username;
        options.password = QString::fromLatin1(Password);
        options.useKeychain = false;
        m_tray = std::make_unique<tray::TrayApp>(options);
        m_tray->start();
        EXPECT_TRUE(waitUntil([this] { return m_tray->isReady(); }, 15000));
        return *m_tray;
    }

    MainWindow& startClient(const QString& username)
    {
        AppController::Options options;
        options.settingsPath = m_dir.filePath(username + u".ini"_s);
        options.dataDir = m_dir.filePath(u"client"_s);
        options.endpoint = rpc::ServerEndpoint {u"127.0.0.1"_s, server().port(), false};
        options.username = username;
        options.password = QString::fromLatin1(Password);
        options.useKeychain = false;
        m_app = std::make_unique<AppController>(options);
        m_app->start();
        EXPECT_TRUE(waitUntil([this] { return m_app->mainWindow() != nullptr; }, 15000));
        return *m_app->mainWindow();
    }

    static bool shows(const tray::RequestWindow& window, const QString& line)
    {
        return window.progressLines().contains(line);
    }

    void resolve(const QString& agent, qint64 task)
    {
        auto client = connectAs(agent);
        const Reply done = client->call(
            u"ticket.transition"_s, QJsonObject {{"id"_L1, task}, {"status"_L1, u"resolved"_s}});
        ASSERT_TRUE(done.ok()) << done.describe();
    }

    static qint64 taskNamed(tray::RequestWindow& window, const QString& title)
    {
        for (const TicketTask& task : window.progress().tasks())
            if (task.title == title)
                return task.id;
        return 0;
    }

    qint64 purchasing = 0, itSupport = 0, ann = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<tray::TrayApp> m_tray;
    std::unique_ptr<AppController> m_app;
};

TEST_P(RequestSomethingTest, NewLaptopFromTheCatalogApprovedAndFulfilledInTwoStagesLive)
{
    tray::TrayApp& applet = startTray(u"ann"_s);
    tray::RequestWindow* window = applet.openRequest();
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->windowTitle(), u"Request something"_s);
    QListWidget* items = window->itemList();
    ASSERT_TRUE(waitUntil([&] { return items->count() == 3; }, 10000))
        << "the catalog lists what the requester may request";
    screenshot(window, u"applet-request-catalog.png"_s);

    // Found by search, chosen.
    QTest::keyClicks(window->searchEdit(), u"laptop"_s);
    QTest::keyClick(window->searchEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return items->count() == 1; }, 10000));
    EXPECT_TRUE(items->item(0)->text().startsWith(u"New laptop"_s));
    EXPECT_TRUE(items->item(0)->text().contains(u"standard software"_s)) << "with its description";
    EXPECT_FALSE(items->item(0)->icon().isNull());
    items->setCurrentRow(0);
    window->findChild<QPushButton*>(u"catalogChoose"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return window->page() == tray::RequestWindow::Page::Form; }));
    FieldForm* form = window->fieldForm();
    ASSERT_EQ(form->fields().size(), 2);
    auto* model = qobject_cast<QComboBox*>(form->input(u"model"_s));
    auto* costCentre = qobject_cast<QLineEdit*>(form->input(u"cost_centre"_s));
    ASSERT_TRUE(model && costCentre);
    // Named for screen readers by its label (the form's buddy), as AT-SPI reads it.
    EXPECT_TRUE(QAccessible::queryAccessibleInterface(costCentre)
                    ->text(QAccessible::Name)
                    .startsWith(u"Cost centre"_s));
    EXPECT_FALSE(window->descriptionEdit()->accessibleName().isEmpty());

    // The missing required field is named first, nothing is sent.
    model->setCurrentIndex(model->findData(u"power"_s));
    window->descriptionEdit()->setPlainText(u"For the new designer"_s);
    window->findChild<QPushButton*>(u"requestSend"_s)->click();
    EXPECT_TRUE(window->problemLabel()->isVisible());
    EXPECT_TRUE(window->problemLabel()->text().startsWith(u"Cost centre"_s))
        << window->problemLabel()->text().toStdString();
    EXPECT_FALSE(form->problemAt(u"cost_centre"_s).isEmpty()) << "shown next to the field";
    EXPECT_EQ(window->page(), tray::RequestWindow::Page::Form);
    EXPECT_TRUE(admin()
                    .call(u"ticket.list"_s,
                          QJsonObject {{"filter"_L1, QJsonObject {{"requester"_L1, ann}}}})
                    .items()
                    .isEmpty());

    QTest::keyClicks(costCentre, u"CC-42"_s);
    window->findChild<QPushButton*>(u"requestSend"_s)->click();
    ASSERT_TRUE(
        waitUntil([&] { return window->page() == tray::RequestWindow::Page::Progress; }, 10000))
        << window->problemLabel()->text().toStdString();
    QLabel* summary = window->progressSummary();
    ASSERT_TRUE(waitUntil([&] { return summary->text() == u"Waiting for approval."_s; }, 10000))
        << summary->text().toStdString();
    EXPECT_TRUE(shows(*window, u"  Your manager: MIA: Waiting for a decision"_s))
        << window->progressLines().join(u'\n').toStdString();
    const qint64 requestId = window->progress().requestId();
    const QJsonObject filed =
        admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, requestId}}).object();
    EXPECT_EQ(filed.value("fields"_L1).toObject().value("cost_centre"_L1).toString(), u"CC-42"_s);
    EXPECT_EQ(filed.value("fields"_L1).toObject().value("model"_L1).toString(), u"power"_s);

    // The manager approves in the agent client's Approvals inbox.
    MainWindow& agentWindow = startClient(u"mia"_s);
    ApprovalInbox& inbox = agentWindow.approvalInbox();
    ASSERT_TRUE(waitUntil([&] { return inbox.count() == 1; }, 10000));
    const auto entries =
        agentWindow.navigation()->findItems(u"Approvals"_s, Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_FALSE(entries.isEmpty());
    agentWindow.navigation()->setCurrentItem(entries.first());
    auto* approvals = agentWindow.findChild<ApprovalsWindow*>(u"approvalsWindow"_s);
    ASSERT_NE(approvals, nullptr);
    auto* list = approvals->findChild<QTreeView*>(u"approvalList"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }));
    list->setCurrentIndex(list->model()->index(0, 0));
    EXPECT_TRUE(
        approvals->findChild<QLabel*>(u"approvalDetails"_s)->text().contains(u"New laptop"_s));
    approvals->findChild<QPlainTextEdit*>(u"approvalComment"_s)->setPlainText(u"Go ahead"_s);
    approvals->findChild<QPushButton*>(u"approveButton"_s)->click();

    // The requester sees it approved and the first task open, live.
    ASSERT_TRUE(waitUntil([&] { return shows(*window, u"Stage 1"_s); }, 10000))
        << window->progressLines().join(u'\n').toStdString();
    const QStringList approved = window->progressLines();
    ASSERT_GE(approved.size(), 4) << approved.join(u'\n').toStdString();
    EXPECT_EQ(approved.at(0), u"Approval"_s);
    EXPECT_TRUE(approved.at(1).startsWith(u"  Your manager: MIA: Approved on "_s))
        << approved.at(1).toStdString();
    EXPECT_TRUE(approved.at(1).endsWith(u"“Go ahead”"_s));
    EXPECT_TRUE(approved.at(3).startsWith(u"  Order the laptop: "_s));
    EXPECT_TRUE(approved.at(3).endsWith(u" · Purchasing"_s));
    EXPECT_FALSE(shows(*window, u"Stage 2"_s)) << "stage 2 waits for stage 1";
    EXPECT_EQ(summary->text(), u"Being fulfilled: 0 of 1 task(s) done."_s);

    // "My tickets" opens the same progress view.
    tray::MyTicketsWindow* mine = applet.openMyTickets(requestId);
    ASSERT_NE(mine, nullptr);
    QPushButton* progressButton = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] {
            progressButton = mine->findChild<QPushButton*>(u"action_progress"_s);
            return progressButton != nullptr;
        },
        10000));
    window->showCatalog();
    progressButton->click();
    ASSERT_EQ(window->page(), tray::RequestWindow::Page::Progress);
    EXPECT_EQ(window->progress().requestId(), requestId);

    // Purchasing resolves task 1: task 2 starts in IT Support's queue and in the view.
    const qint64 order = taskNamed(*window, u"Order the laptop"_s);
    ASSERT_NE(order, 0);
    resolve(u"penny"_s, order);
    ASSERT_TRUE(waitUntil([&] { return shows(*window, u"Stage 2"_s); }, 10000))
        << window->progressLines().join(u'\n').toStdString();
    const qint64 setUp = taskNamed(*window, u"Set up the laptop"_s);
    ASSERT_NE(setUp, 0);
    auto ivan = connectAs(u"ivan"_s);
    const Reply queue = ivan->call(
        u"ticket.list"_s, QJsonObject {{"filter"_L1, QJsonObject {{"group"_L1, itSupport}}}});
    ASSERT_TRUE(queue.ok()) << queue.describe();
    ASSERT_EQ(queue.items().size(), 1);
    EXPECT_EQ(queue.items()[0].toObject().value("title"_L1).toString(), u"Set up the laptop"_s);
    EXPECT_TRUE(waitUntil([&] {
        return summary->text() == u"Being fulfilled: 1 of 2 task(s) done."_s;
    })) << summary->text().toStdString();
    screenshot(window, u"applet-request-progress.png"_s);

    // IT Support resolves task 2: the request is done, and the view says so.
    resolve(u"ivan"_s, setUp);
    ASSERT_TRUE(
        waitUntil([&] { return summary->text().startsWith(u"Your request is done"_s); }, 10000))
        << summary->text().toStdString();
}

// An agent on the phone files the laptop for Ann: the catalog shows what Ann may request (an
// item for another organisation is not offered), the form is checked inline, the request is
// Ann's with her manager's approval waiting, and the main window opens it.
TEST_P(RequestSomethingTest, AnAgentFilesARequestForACallerAsTheCallersOwn)
{
    Reply made = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Contoso"_s}});
    ASSERT_TRUE(made.ok()) << made.describe();
    const qint64 contoso = made.object().value("id"_L1).toInteger();
    made = admin().call(
        u"catalog.item.create"_s,
        QJsonObject {{"name"_L1, u"Contoso site badge"_s},
                     {"icon"_L1, u"key"_s},
                     {"audience"_L1, QJsonObject {{"orgs"_L1, QJsonArray {contoso}}}}});
    ASSERT_TRUE(made.ok()) << made.describe();

    MainWindow& window = startClient(u"penny"_s);
    QAction* action = window.actions()[Actions::RequestForCaller];
    ASSERT_TRUE(action->isVisible()) << "agents have the command";
    action->trigger();
    CallerRequestDialog* dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = window.findChild<CallerRequestDialog*>(u"callerRequestDialog"_s);
        return dialog && dialog->isVisible();
    }));
    EXPECT_EQ(dialog->itemList()->count(), 0) << "nothing is offered before the caller is known";
    EXPECT_FALSE(dialog->fileButton()->isEnabled());

    dialog->chooseCaller(ann, u"ANN"_s);
    QListWidget* items = dialog->itemList();
    ASSERT_TRUE(waitUntil([&] { return items->count() == 3; }, 10000))
        << "what Ann may request, not the other organisation's badge";
    for (int row = 0; row < items->count(); ++row)
        EXPECT_FALSE(items->item(row)->text().startsWith(u"Contoso"_s));
    QTest::keyClicks(dialog->searchEdit(), u"laptop"_s);
    ASSERT_TRUE(waitUntil([&] { return items->count() == 1; }, 10000));
    items->setCurrentRow(0);
    FieldForm* form = dialog->fieldForm();
    ASSERT_TRUE(waitUntil([&] { return form->fields().size() == 2; }, 10000));
    ASSERT_TRUE(dialog->fileButton()->isEnabled());
    screenshot(dialog, u"agent-request-for-caller.png"_s);

    // The required field is named before anything is sent.
    dialog->fileButton()->click();
    EXPECT_TRUE(dialog->problemLabel()->text().startsWith(u"Cost centre"_s))
        << dialog->problemLabel()->text().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    auto* costCentre = qobject_cast<QLineEdit*>(form->input(u"cost_centre"_s));
    ASSERT_NE(costCentre, nullptr);
    QTest::keyClicks(costCentre, u"CC-7"_s);
    dialog->descriptionEdit()->setPlainText(u"Called from the front desk"_s);
    dialog->fileButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); }, 10000))
        << dialog->problemLabel()->text().toStdString();

    // Ann's request, waiting for her manager, open in the main window.
    const qint64 id = window.detail().ticketId();
    const QJsonObject filed = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    EXPECT_EQ(filed.value("type"_L1).toString(), u"service_request"_s);
    EXPECT_EQ(filed.value("requester"_L1)["id"_L1].toInteger(), ann);
    EXPECT_EQ(filed.value("status"_L1).toString(), u"awaiting_approval"_s);
    EXPECT_EQ(filed.value("fields"_L1)["cost_centre"_L1].toString(), u"CC-7"_s);
    EXPECT_EQ(filed.value("description"_L1).toString(), u"Called from the front desk"_s);
    EXPECT_EQ(connectAs(u"mia"_s)->call(u"approval.list"_s).items().size(), 1)
        << "her manager has it to decide";

    // Only staff may look at the catalog as someone else.
    const Reply refused =
        connectAs(u"ann"_s)->call(u"catalog.item.list"_s, QJsonObject {{"requester"_L1, ann}});
    EXPECT_EQ(refused.code(), -32002) << refused.describe();
}

INSTANTIATE_TEST_SUITE_P(Backends, RequestSomethingTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
