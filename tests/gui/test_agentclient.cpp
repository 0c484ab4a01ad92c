// The agent client's windows driven like a user would, against a real server: logging in,
// working a queue, replying, a transition, bulk changes, the offline outbox, the new-ticket
// form, the keyboard, and markup in tickets that must never be interpreted.
#include "client/app/actions.h"
#include "client/app/admin/admindialog.h"
#include "client/app/admin/adminpage.h"
#include "client/app/appcontroller.h"
#include "client/app/attachmentlist.h"
#include "client/app/composer.h"
#include "client/app/connectionbanner.h"
#include "client/app/dialogs/newticketdialog.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/app/ticketpane.h"
#include "client/app/tickettable.h"
#include "client/core/directory.h"
#include "client/core/newticketcontroller.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/core/ticketlistmodel.h"
#include "client/widgets/logindialog.h"
#include "serverfixture.h"

#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class AgentClientTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_desk = createGroup(u"Service Desk"_s, 1);
        addMember(m_desk, m_alex);
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Email"_s}, {"default_group"_L1, m_desk}})
                        .ok());
        rita = connectAs(u"rita"_s);
    }

    void TearDown() override
    {
        m_app.reset();
        ServerFixture::TearDown();
    }

    qint64 newTicket(const QString& title, const QString& description = u"It does not work."_s)
    {
        return createTicket(*rita,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, description},
                                         {"category"_L1, u"Email"_s}})
            .value("id"_L1)
            .toInteger();
    }

    // The client as `frontline` starts it, with the login passed in (no keychain in tests).
    AppController& start(const QString& password = QString::fromLatin1(Password))
    {
        AppController::Options options;
        options.settingsPath = m_dir.filePath(u"client.ini"_s);
        options.dataDir = m_dir.path();
        options.endpoint = rpc::ServerEndpoint {u"127.0.0.1"_s, server().port(), false};
        options.username = u"alex"_s;
        options.password = password;
        options.useKeychain = false;
        m_app = std::make_unique<AppController>(options);
        m_app->start();
        return *m_app;
    }

    MainWindow& mainWindow()
    {
        EXPECT_TRUE(waitUntil([this] { return m_app && m_app->mainWindow(); }, 15000))
            << "the main window opens";
        return *m_app->mainWindow();
    }

    // Shows the named queue and waits for its first page.
    void showQueue(MainWindow& window, const QString& name)
    {
        NavigationPane* nav = window.navigation();
        const QList<QTreeWidgetItem*> found =
            nav->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_EQ(found.size(), 1) << name.toStdString();
        nav->setCurrentItem(found.first());
        ASSERT_TRUE(waitUntil(
            [&] { return !window.queue().isLoading() && window.queue().query().filter().open; }));
    }

    QJsonObject ticketOnServer(qint64 id)
    {
        return admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;
    qint64 m_rita = 0, m_alex = 0, m_desk = 0;
    std::unique_ptr<TestClient> rita;
};

TEST_P(AgentClientTest, LoginDialogSaysWhatIsWrongThenOpensTheQueue)
{
    newTicket(u"VPN drops every hour"_s);
    AppController& app = start(u"wrong password"_s);
    ASSERT_TRUE(waitUntil([&] {
        return app.loginDialog() && !app.loginDialog()->statusText().isEmpty();
    })) << "a refused login shows the login dialog with the reason";
    LoginDialog* login = app.loginDialog();
    EXPECT_TRUE(login->statusText().contains(u"password"_s, Qt::CaseInsensitive))
        << login->statusText().toStdString();

    login->setPassword(QString());
    login->submit();
    EXPECT_TRUE(login->statusText().startsWith(u"Password"_s)) << "an empty field is named";

    login->setUsername(u"alex"_s);
    login->setPassword(QString::fromLatin1(Password));
    login->submit();
    MainWindow& window = mainWindow();
    EXPECT_TRUE(window.isVisible());
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 1; }));
    EXPECT_EQ(window.queue().ticketAt(0).title, u"VPN drops every hour"_s);
}

TEST_P(AgentClientTest, OpensATicketRepliesAndMovesItThroughTheLifecycle)
{
    const qint64 id = newTicket(u"Outlook keeps asking for my password"_s);
    start();
    MainWindow& window = mainWindow();
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 1; }));

    window.table()->setFocus();
    window.table()->selectRow(0);
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); }));
    auto* title = window.pane()->findChild<QLabel*>(u"ticketTitle"_s);
    ASSERT_TRUE(title);
    EXPECT_EQ(title->text(), u"Outlook keeps asking for my password"_s);

    // Assign to me, then reply: the requester sees the reply.
    window.pane()->findChild<QPushButton*>(u"assignToMeButton"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return window.detail().ticket().assignee.has_value(); }));
    EXPECT_EQ(ticketOnServer(id).value("assignee"_L1).toObject().value("id"_L1).toInteger(),
              m_alex);

    window.actions()[Actions::Reply]->trigger();
    Composer* composer = window.pane()->composer();
    EXPECT_EQ(composer->mode(), Composer::Mode::Reply);
    QTest::keyClicks(composer->editor(), u"Please restart Outlook once."_s);
    window.actions()[Actions::Send]->trigger();
    EXPECT_TRUE(composer->editor()->toPlainText().isEmpty());
    const QJsonArray riteSees = [&] {
        QJsonArray items;
        waitUntil([&] {
            items = rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items();
            for (const QJsonValue& entry : items)
                if (entry.toObject()
                        .value("comment"_L1)
                        .toObject()
                        .value("body"_L1)
                        .toString()
                        .startsWith(u"Please restart"_s))
                    return true;
            return false;
        });
        return items;
    }();
    bool found = false;
    for (const QJsonValue& entry : riteSees)
        found = found
            || entry.toObject().value("comment"_L1).toObject().value("body"_L1).toString()
                == u"Please restart Outlook once."_s;
    EXPECT_TRUE(found) << "the requester sees the public reply";

    // An internal note is marked and hidden from the requester.
    window.actions()[Actions::InternalNote]->trigger();
    EXPECT_EQ(composer->mode(), Composer::Mode::Note);
    QTest::keyClicks(composer->editor(), u"User is on the old client."_s);
    composer->send();
    ASSERT_TRUE(waitUntil([&] {
        for (int row = 0; row < window.detail().conversation().rowCount(); ++row) {
            const QModelIndex index = window.detail().conversation().index(row, 0);
            if (index.data(ConversationModel::BodyRole).toString()
                == u"User is on the old client."_s)
                return index.data(ConversationModel::InternalRole).toBool();
        }
        return false;
    })) << "the note shows in the timeline as internal";
    for (const QJsonValue& entry :
         rita->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items())
        EXPECT_NE(entry.toObject().value("comment"_L1).toObject().value("body"_L1).toString(),
                  u"User is on the old client."_s);

    // The lifecycle's buttons: start work.
    QPushButton* start = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        start = window.pane()->findChild<QPushButton*>(u"transition_in_progress"_s);
        return start != nullptr;
    })) << "a button for each transition the lifecycle allows";
    start->click();
    ASSERT_TRUE(waitUntil([&] { return window.detail().ticket().status == u"in_progress"_s; }));
    EXPECT_EQ(ticketOnServer(id).value("status"_L1).toString(), u"in_progress"_s);
    EXPECT_TRUE(window.pane()->findChild<QPushButton*>(u"transition_resolved"_s))
        << "and now: resolve";
}

TEST_P(AgentClientTest, KeysMoveThroughTheQueueAndBulkActionsChangeTheSelection)
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(newTicket(u"Printer %1 offline"_s.arg(i)));
    start();
    MainWindow& window = mainWindow();
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 4; }));
    window.activateWindow();
    window.table()->setFocus();
    window.table()->selectRow(0);
    const qint64 first = window.queue().ticketAt(0).id;
    ASSERT_TRUE(waitUntil([&] { return window.detail().ticketId() == first; }));
    QTest::keyClick(window.table(), Qt::Key_J);
    EXPECT_EQ(window.table()->currentIndex().row(), 1) << "J: next ticket";
    ASSERT_TRUE(
        waitUntil([&] { return window.detail().ticketId() == window.queue().ticketAt(1).id; }));
    QTest::keyClick(window.table(), Qt::Key_K);
    EXPECT_EQ(window.table()->currentIndex().row(), 0) << "K: previous ticket";

    // Select three, assign them all to me and raise their priority in one go.
    window.table()->selectionModel()->clearSelection();
    for (int row = 0; row < 3; ++row)
        window.table()->selectionModel()->select(
            window.queue().index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(window.table()->selectedTicketRows().size(), 3);
    QList<qint64> chosen;
    for (int row = 0; row < 3; ++row)
        chosen.append(window.queue().ticketAt(row).id);
    window.actions()[Actions::AssignToMe]->trigger();
    ASSERT_TRUE(waitUntil([&] {
        for (qint64 id : chosen)
            if (ticketOnServer(id).value("assignee"_L1).toObject().value("id"_L1).toInteger()
                != m_alex)
                return false;
        return true;
    })) << "all three assigned";
    const qint64 other = window.queue().ticketAt(3).id;
    EXPECT_TRUE(ticketOnServer(other).value("assignee"_L1).isNull())
        << "the unselected one untouched";

    // The Selection menu: priority P1 for the three.
    QMenu* menu = window.selectionMenu();
    Q_EMIT menu->aboutToShow();
    QMenu* priority = nullptr;
    for (QAction* action : menu->actions())
        if (action->menu() && action->text().remove(u'&') == u"Priority"_s)
            priority = action->menu();
    ASSERT_TRUE(priority);
    priority->actions().at(0)->trigger(); // P1
    ASSERT_TRUE(waitUntil([&] {
        for (qint64 id : chosen)
            if (ticketOnServer(id).value("priority"_L1).toInteger() != 1)
                return false;
        return true;
    })) << "all three are P1";
    EXPECT_TRUE(waitUntil([&] {
        return window.queue().ticketAt(0).priority == 1 && window.queue().ticketAt(2).priority == 1;
    })) << "and the queue re-sorted live";
}

TEST_P(AgentClientTest, WorkDoneWhileTheServerIsAwayWaitsInTheOutboxAndIsSentOnReturn)
{
    const qint64 id = newTicket(u"Cannot print to 3rd floor"_s);
    start();
    MainWindow& window = mainWindow();
    m_app->session()->rpc().setDefaultTimeout(2000);
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 1; }));
    window.openTicket(id);
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); }));
    auto* banner = window.findChild<ConnectionBanner*>();
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isHidden());

    const quint16 port = server().port();
    server().stop();
    ASSERT_TRUE(waitUntil([&] { return m_app->session()->state() == Session::State::Offline; }));
    EXPECT_FALSE(banner->isHidden()) << "the lost connection is shown";

    Composer* composer = window.pane()->composer();
    composer->start(Composer::Mode::Reply);
    QTest::keyClicks(composer->editor(), u"Driver reinstalled, please try again."_s);
    composer->send();
    EXPECT_EQ(m_app->outbox()->waitingCount(), 1);
    auto* message = banner->findChild<QLabel*>();
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->text().contains(u"1"_s)) << message->text().toStdString();

    server().setArguments({u"--listen"_s, u"127.0.0.1:"_s + QString::number(port)});
    ASSERT_TRUE(server().start()) << server().error().toStdString();
    ASSERT_TRUE(waitUntil(
        [&] { return m_app->session()->isReady() && m_app->outbox()->items().isEmpty(); }, 20000));
    EXPECT_TRUE(waitUntil([&] { return banner->isHidden(); }));
    TestClient check(port);
    ASSERT_TRUE(check.login(u"rita"_s, QString::fromLatin1(Password)).ok());
    int delivered = 0;
    for (const QJsonValue& entry :
         check.call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items())
        delivered += entry.toObject().value("comment"_L1).toObject().value("body"_L1).toString()
            == u"Driver reinstalled, please try again."_s;
    EXPECT_EQ(delivered, 1);
}

TEST_P(AgentClientTest, NewTicketFormNamesTheFieldThatIsWrongAndFilesForTheCaller)
{
    start();
    MainWindow& window = mainWindow();
    NewTicketController controller(*m_app->session(), *m_app->directory(), *m_app->outbox());
    NewTicketDialog dialog(controller, &window);
    dialog.show();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()) << "not sent without a title";
    EXPECT_FALSE(dialog.problemAt(u"title"_s).isEmpty());

    dialog.findChild<QLineEdit*>(u"titleEdit"_s)->setText(QString(300, u'x'));
    dialog.accept();
    EXPECT_TRUE(dialog.problemAt(u"title"_s).contains(u"Title"_s))
        << "the server's rule, checked before sending: "
        << dialog.problemAt(u"title"_s).toStdString();

    auto* caller = dialog.findChild<QLineEdit*>(u"requesterEdit"_s);
    caller->setText(u"Nobody we know"_s);
    dialog.findChild<QLineEdit*>(u"titleEdit"_s)->setText(u"Phone: screen flickers"_s);
    dialog.accept();
    EXPECT_FALSE(dialog.problemAt(u"requester"_s).isEmpty()) << "an unknown caller is refused";

    // Type the caller's name: the picker finds Rita.
    caller->clear();
    QTest::keyClicks(caller, u"rit"_s);
    ASSERT_TRUE(waitUntil([&] { return caller->completer()->model()->rowCount() > 0; }));
    caller->setText(caller->completer()->model()->index(0, 0).data().toString());
    dialog.findChild<QPlainTextEdit*>(u"descriptionEdit"_s)->setPlainText(u"Since this morning."_s);
    // A file goes with it; an empty one is refused before anything is sent.
    const QString empty = m_dir.filePath(u"empty.txt"_s);
    const QString photo = m_dir.filePath(u"screen.jpg"_s);
    {
        QFile none(empty);
        ASSERT_TRUE(none.open(QIODevice::WriteOnly));
        QFile file(photo);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'j'));
    }
    EXPECT_FALSE(dialog.addFile(empty));
    EXPECT_FALSE(dialog.problemAt(u"file"_s).isEmpty());
    EXPECT_TRUE(dialog.addFile(photo));
    dialog.accept();
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); })) << "the new ticket opens";
    EXPECT_EQ(window.detail().ticket().title, u"Phone: screen flickers"_s);
    EXPECT_EQ(window.detail().ticket().requester.id, m_rita) << "filed on behalf of the caller";
    EXPECT_TRUE(waitUntil([&] {
        return window.detail().attachments().size() == 1
            && window.detail().attachments().first().name == u"screen.jpg"_s;
    })) << "with its file";
}

// Runs `act` on the modal dialog of type T as soon as it shows (exec() holds the test until
// the dialog closes).
template<typename T> void whenModalShows(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

TEST_P(AgentClientTest, AnAgentRaisesAProblemFromAnIncidentAndSeesBothLinked)
{
    const qint64 incident = newTicket(u"Mail is slow for the whole floor"_s, u"Since 9:00."_s);
    start();
    MainWindow& window = mainWindow();
    window.openTicket(incident);
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); }));
    QAction* raise = window.actions()[Actions::RaiseProblem];
    ASSERT_TRUE(raise->isVisible()) << "offered to the staff";

    TicketDraft shown;
    whenModalShows<NewTicketDialog>([&](NewTicketDialog* dialog) {
        shown = dialog->draft();
        dialog->findChild<QLineEdit*>(u"titleEdit"_s)->setText(u"Mail server overloaded"_s);
        dialog->accept();
    });
    raise->trigger();
    EXPECT_EQ(shown.type, TicketType::Problem) << "the form comes as a problem";
    EXPECT_EQ(shown.title, u"Mail is slow for the whole floor"_s) << "prefilled from the incident";
    EXPECT_TRUE(shown.description.contains(u"#%1"_s.arg(incident)));
    EXPECT_EQ(shown.category, u"Email"_s);
    EXPECT_EQ(shown.raisedFrom, incident);

    // The new problem opens, with the incident among its links.
    const auto linkedWith = [&](qint64 other) {
        for (const LinkedTicket& link : window.detail().links()) {
            if (link.id == other)
                return true;
        }
        return false;
    };
    ASSERT_TRUE(waitUntil(
        [&] {
            return window.detail().isLoaded() && window.detail().ticketId() != incident
                && linkedWith(incident);
        },
        15000));
    const Ticket problem = window.detail().ticket();
    EXPECT_EQ(problem.type, TicketType::Problem);
    EXPECT_EQ(problem.title, u"Mail server overloaded"_s);
    auto* links = window.pane()->findChild<QListWidget*>(u"linksList"_s);
    ASSERT_NE(links, nullptr);
    ASSERT_EQ(links->count(), 1);
    EXPECT_TRUE(links->item(0)->text().contains(u"#%1"_s.arg(incident)));
    EXPECT_EQ(ticketOnServer(problem.id).value("type"_L1).toString(), u"problem"_s);

    // And the incident shows the problem.
    window.openTicket(incident);
    ASSERT_TRUE(waitUntil([&] {
        return window.detail().isLoaded() && window.detail().ticketId() == incident
            && linkedWith(problem.id);
    }));
    EXPECT_TRUE(links->item(0)->text().contains(u"#%1"_s.arg(problem.id)));
    EXPECT_TRUE(m_app->outbox()->items().isEmpty());

    // Problems have a queue of their own; the incident is not in it.
    showQueue(window, u"Open problems"_s);
    EXPECT_TRUE(waitUntil([&] {
        return window.queue().rowCount() == 1 && window.queue().ticketAt(0).id == problem.id;
    }));
}

TEST_P(AgentClientTest, MarkupInATicketIsShownAsTextAndLoadsNothing)
{
    QTcpServer trap;
    ASSERT_TRUE(trap.listen(QHostAddress::LocalHost));
    int requests = 0;
    QObject::connect(&trap, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* socket = trap.nextPendingConnection()) {
            ++requests;
            socket->close();
        }
    });
    const QString img = u"<img src=\"http://127.0.0.1:%1/x\">"_s.arg(trap.serverPort());
    const qint64 id =
        newTicket(img,
                  u"<b>bold?</b> ![x](http://127.0.0.1:%1/md) <script>alert(1)</script>"_s.arg(
                      trap.serverPort()));
    ASSERT_TRUE(
        rita->call(u"ticket.comment"_s, QJsonObject {{"id"_L1, id}, {"body"_L1, img}}).ok());

    start();
    MainWindow& window = mainWindow();
    window.show();
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 1; }));
    window.openTicket(id);
    ASSERT_TRUE(waitUntil([&] {
        return window.detail().isLoaded() && window.detail().conversation().rowCount() >= 2;
    }));
    // Paint everything: the queue row, the pane, the timeline, the window title.
    window.grab();
    window.table()->viewport()->grab();
    QTest::qWait(500);
    EXPECT_EQ(requests, 0) << "no request left the client";

    auto* title = window.pane()->findChild<QLabel*>(u"ticketTitle"_s);
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(title->text(), img) << "shown as the characters it is";
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->text().contains(u"<img"_s)) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
        }
    }
    auto* description = window.pane()->findChild<QPlainTextEdit*>(u"ticketDescription"_s);
    EXPECT_TRUE(description->toPlainText().contains(u"<script>"_s)) << "plain text, not a document";
}

TEST_P(AgentClientTest, TheTicketPaneShowsTheReportersFilesAndComputer)
{
    const QJsonObject created =
        createTicket(*rita,
                     QJsonObject {{"title"_L1, u"Excel crashes on start"_s},
                                  {"description"_L1, u"Since this morning."_s},
                                  {"system_info"_L1,
                                   QJsonObject {{"os"_L1, u"Windows 11 Pro"_s},
                                                {"host"_L1, u"LAPTOP-RITA"_s},
                                                {"memory"_L1, u"16 GB"_s}}}});
    const qint64 id = created.value("id"_L1).toInteger();
    ASSERT_TRUE(
        rita->call(u"attachment.add"_s,
                   QJsonObject {
                       {"ticket"_L1, id},
                       {"name"_L1, u"crash.log"_s},
                       {"size"_L1, 12},
                       {"data"_L1, QString::fromLatin1(QByteArray("Exception 42").toBase64())}})
            .ok());

    start();
    MainWindow& window = mainWindow();
    window.openTicket(id);
    auto* files = window.pane()->findChild<QListWidget*>(u"attachmentList"_s);
    ASSERT_NE(files, nullptr);
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded() && files->count() == 1; }));
    EXPECT_TRUE(files->item(0)->text().contains(u"crash.log"_s));
    EXPECT_TRUE(files->item(0)->text().contains(u"text/"_s)) << "the type the server recognised";
    auto* computer = window.pane()->findChild<QLabel*>(u"reporterComputer"_s);
    ASSERT_NE(computer, nullptr);
    EXPECT_TRUE(computer->text().contains(u"Windows 11 Pro"_s));
    EXPECT_TRUE(computer->text().contains(u"LAPTOP-RITA"_s));
    auto* list = window.pane()->findChild<AttachmentList*>();
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->systemInfoText().contains(u"16 GB"_s));

    // A file added later appears without reopening the ticket.
    ASSERT_TRUE(
        rita->call(u"attachment.add"_s,
                   QJsonObject {{"ticket"_L1, id},
                                {"name"_L1, u"second.log"_s},
                                {"size"_L1, 3},
                                {"data"_L1, QString::fromLatin1(QByteArray("abc").toBase64())}})
            .ok());
    EXPECT_TRUE(waitUntil([&] { return files->count() == 2; }));
}

TEST_P(AgentClientTest, AdminScreensCreateGroupsAndCannedResponsesAndNameWrongFields)
{
    // Log in as the administrator the server bootstrapped.
    AppController::Options options;
    options.settingsPath = m_dir.filePath(u"admin.ini"_s);
    options.dataDir = m_dir.path();
    options.endpoint = rpc::ServerEndpoint {u"127.0.0.1"_s, server().port(), false};
    options.username = u"admin"_s;
    options.password = QString::fromLatin1(TestServer::AdminPassword);
    options.useKeychain = false;
    m_app = std::make_unique<AppController>(options);
    m_app->start();
    MainWindow& window = mainWindow();
    AdminDialog dialog(*m_app->session(), &window);

    // Groups and tiers: an L2 group that the service desk escalates to.
    dialog.showPage(AdminDialog::Page::Groups);
    AdminPage* groups = dialog.page(AdminDialog::Page::Groups);
    auto* list = groups->findChild<QListWidget*>(u"adminList"_s);
    ASSERT_TRUE(waitUntil([&] { return list->count() == 1 && !groups->isBusy(); }))
        << "the fixture's Service Desk";
    groups->findChild<QPushButton*>(u"adminNew"_s)->click();
    groups->findChild<QLineEdit*>(u"groupNameEdit"_s)->setText(u"Messaging (L2)"_s);
    groups->findChild<QSpinBox*>()->setValue(2);
    groups->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return list->count() == 2; }));
    bool found = false;
    for (const QJsonValue& group : admin().call(u"group.list"_s, QJsonObject()).items())
        found = found
            || (group.toObject().value("name"_L1) == u"Messaging (L2)"_s
                && group.toObject().value("tier"_L1).toInt() == 2);
    EXPECT_TRUE(found) << "created on the server, tier 2";

    // A name the server refuses is named in the page.
    groups->findChild<QPushButton*>(u"adminNew"_s)->click();
    groups->findChild<QLineEdit*>(u"groupNameEdit"_s)->setText(QString());
    groups->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return !groups->statusText().isEmpty(); }));
    EXPECT_TRUE(groups->statusText().startsWith(u"Name"_s)) << groups->statusText().toStdString();

    // Canned responses: created here, offered in the composer at once after the window refreshes.
    dialog.showPage(AdminDialog::Page::Canned);
    AdminPage* canned = dialog.page(AdminDialog::Page::Canned);
    ASSERT_TRUE(waitUntil([&] { return !canned->isBusy(); })) << "the page has loaded";
    canned->findChild<QLineEdit*>(u"cannedTitleEdit"_s)->setText(u"Restart"_s);
    canned->findChild<QPlainTextEdit*>(u"cannedBodyEdit"_s)
        ->setPlainText(u"Hello {{requester.first_name}}, please restart."_s);
    canned->findChild<QPushButton*>(u"adminSave"_s)->click();
    ASSERT_TRUE(
        waitUntil([&] { return canned->findChild<QListWidget*>(u"adminList"_s)->count() == 1; }));
    // The main window refreshes its directory when the administration dialog closes.
    QObject::connect(&dialog, &AdminDialog::directoryChanged, m_app->directory(),
                     &Directory::refresh);
    dialog.done(QDialog::Accepted);
    ASSERT_TRUE(waitUntil([&] { return m_app->directory()->cannedResponses().size() == 1; }));
    EXPECT_EQ(m_app->directory()->cannedResponses().first().title, u"Restart"_s);
}

TEST_P(AgentClientTest, AnAdministratorsChangeElsewhereReachesTheClientAndLeavesTheAgentsWork)
{
    newTicket(u"Printer jams"_s);
    start();
    MainWindow& window = mainWindow();
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 1; }));
    auto* search = window.findChild<QLineEdit*>(u"searchEdit"_s);
    ASSERT_NE(search, nullptr);
    search->setText(u"jams"_s);
    QSignalSpy reloaded(m_app->directory(), &Directory::loaded);
    QSignalSpy queryChanges(&window.queue(), &QAbstractItemModel::modelReset);

    // Another administrator adds a category: the client has it without a new login...
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Printers"_s}}).ok());
    ASSERT_TRUE(waitUntil([&] {
        for (const Category& category : m_app->directory()->categories())
            if (category.name == u"Printers"_s)
                return true;
        return false;
    })) << "config.changed read the categories again";
    EXPECT_GE(reloaded.count(), 1);
    // ...and the agent's queue and typed search stay as they were.
    processEventsFor(300);
    EXPECT_EQ(search->text(), u"jams"_s);
    EXPECT_EQ(window.navigation()->currentItem()->text(0), u"All open"_s);
    EXPECT_EQ(queryChanges.count(), 0) << "the queue was not read again";
}

TEST_P(AgentClientTest, TheQueueShowsWhichColleagueHasATicketOpen)
{
    const qint64 id = newTicket(u"Teams camera is black"_s);
    const qint64 olgaId = createUser(u"olga"_s, u"agent"_s);
    addMember(m_desk, olgaId);
    start();
    MainWindow& window = mainWindow();
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 1; }));
    const QModelIndex openBy = window.queue().index(0, TicketListModel::ViewersColumn);
    EXPECT_FALSE(window.table()->isColumnHidden(TicketListModel::ViewersColumn));
    EXPECT_EQ(window.queue().headerData(TicketListModel::ViewersColumn, Qt::Horizontal).toString(),
              u"Open by"_s);
    EXPECT_TRUE(openBy.data().toString().isEmpty());

    // Olga opens the ticket in her client, then starts typing a reply.
    auto olga = connectAs(u"olga"_s);
    ASSERT_TRUE(olga->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, id}}).ok());
    ASSERT_TRUE(waitUntil([&] { return openBy.data().toString() == u"OLGA"_s; }))
        << "her name appears in Alex's queue, live";
    EXPECT_EQ(openBy.data(Qt::ToolTipRole).toString(), u"Open by OLGA"_s);
    EXPECT_EQ(window.queue().index(0, TicketListModel::IdColumn).data(Qt::ToolTipRole).toString(),
              u"Open by OLGA"_s);
    ASSERT_TRUE(
        olga->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, id}, {"typing"_L1, true}})
            .ok());
    ASSERT_TRUE(waitUntil([&] { return openBy.data().toString() == u"OLGA (typing)"_s; }));

    // She closes it: the name goes.
    ASSERT_TRUE(
        olga->call(u"presence.update"_s, QJsonObject {{"ticket"_L1, QJsonValue::Null}}).ok());
    ASSERT_TRUE(waitUntil([&] { return openBy.data().toString().isEmpty(); }))
        << "gone once she closed the ticket";
    EXPECT_TRUE(openBy.data(Qt::ToolTipRole).toString().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, AgentClientTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);

} // namespace
