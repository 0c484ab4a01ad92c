// The tray applet, offscreen against a real server: reporting a problem with a screenshot and
// the computer's details; knowledge-base suggestions while typing, and "this solved my problem"
// recording a deflection instead of a ticket; a reply arriving live in the chat and as a
// notice; the survey and the confirmation after resolution; a ticket written while the server
// is down, sent when it is back; announcements; the window shown where there is no tray; each
// piece of news spoken to screen readers.
#include "client/core/announcementboard.h"
#include "client/core/mytickets.h"
#include "client/core/outbox.h"
#include "client/core/outboxmodel.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/tray/announcementswindow.h"
#include "client/tray/fallbackwindow.h"
#include "client/tray/myticketswindow.h"
#include "client/tray/newticketwindow.h"
#include "client/tray/surveypanel.h"
#include "client/tray/trayapp.h"
#include "client/widgets/announcer.h"
#include "client/widgets/articleviewer.h"
#include "client/widgets/outboxdialog.h"
#include "client/widgets/searchresultview.h"
#include "trayfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::tray;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class TrayAppTest : public TrayFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        alex = connectAs(u"alex"_s);
    }

    // A ticket of rita's, assigned to alex; returns its id.
    qint64 ritasTicket(const QString& title)
    {
        auto rita = connectAs(u"rita"_s);
        const QJsonObject created =
            createTicket(*rita, QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});
        const qint64 id = created.value("id"_L1).toInteger();
        EXPECT_TRUE(alex->call(u"ticket.update"_s,
                               QJsonObject {{"id"_L1, id},
                                            {"version"_L1, created.value("version"_L1)},
                                            {"assignee"_L1, m_alex}})
                        .ok());
        return id;
    }

    std::unique_ptr<TestClient> alex;
    qint64 m_alex = 0;
    qint64 m_rita = 0;
};

} // namespace

TEST_P(TrayAppTest, AProblemIsReportedWithAScreenshotAndTheComputersDetails)
{
    TrayApp& tray = startTray(u"rita"_s);
    NewTicketWindow* window = tray.openNewTicket();
    ASSERT_NE(window, nullptr);

    // The computer's details are gathered by themselves and shown before anything is sent.
    QStringList keys;
    for (const SystemInfo::Entry& entry : window->systemInfo())
        keys.append(entry.key);
    for (const QString& key :
         {u"os"_s, u"host"_s, u"user"_s, u"memory"_s, u"disk"_s, u"app_version"_s})
        EXPECT_TRUE(keys.contains(key)) << key.toStdString();
    auto* shown = window->findChild<QTreeWidget*>(u"systemInfoView"_s);
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->topLevelItemCount(), window->systemInfo().size());

    // Sending without a title is refused here, saying what is missing.
    window->accept();
    EXPECT_FALSE(window->problemText().isEmpty());

    QImage screen(320, 200, QImage::Format_RGB32);
    screen.fill(QColor(30, 90, 200));
    window->setScreenshot(screen);
    EXPECT_TRUE(window->hasScreenshot());
    window->removeScreenshot();
    EXPECT_FALSE(window->hasScreenshot()) << "a screenshot can be taken back before sending";
    window->setScreenshot(screen);
    const QString log = m_dir.filePath(u"setup.log"_s);
    {
        QFile file(log);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Error 1603 while installing the VPN client\n");
    }
    EXPECT_TRUE(window->addFile(log));
    window->findChild<QLineEdit*>(u"titleEdit"_s)->setText(u"VPN client will not install"_s);
    window->findChild<QPlainTextEdit*>(u"descriptionEdit"_s)
        ->setPlainText(u"The installer stops at 80 %."_s);
    window->accept();

    // The agent sees the ticket, the screenshot (an image), the log and the computer.
    qint64 id = 0;
    ASSERT_TRUE(waitUntil(
        [&] {
            const QJsonArray items =
                alex->call(u"ticket.list"_s, QJsonObject {{"sort"_L1, u"-created"_s}}).items();
            for (const QJsonValue& item : items) {
                if (item.toObject().value("title"_L1) == u"VPN client will not install"_s)
                    id = item.toObject().value("id"_L1).toInteger();
            }
            return id != 0
                && alex->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, id}}).items().size()
                == 2;
        },
        15000));
    const QJsonArray files =
        alex->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, id}}).items();
    EXPECT_EQ(files[0].toObject().value("name"_L1).toString(), u"screenshot.png"_s);
    EXPECT_EQ(files[0].toObject().value("content_type"_L1).toString(), u"image/png"_s);
    EXPECT_EQ(files[1].toObject().value("name"_L1).toString(), u"setup.log"_s);
    const QJsonObject ticket = alex->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    EXPECT_FALSE(ticket.value("system_info"_L1).toObject().value("os"_L1).toString().isEmpty());
    EXPECT_TRUE(tray.outbox()->items().isEmpty());
    EXPECT_TRUE(tray.lastNotice().contains(QString::number(id)));
}

TEST_P(TrayAppTest, AnArticleThatSolvesItRecordsADeflectionInsteadOfATicket)
{
    // Suggestions look for words that tell articles apart: a desk has more than one.
    for (const QString& other : {u"Connecting to the VPN from home"_s, u"Resetting a password"_s}) {
        const qint64 id = alex->call(u"kb.article.create"_s,
                                     QJsonObject {{"title"_L1, other},
                                                  {"body"_L1, QString(u"Steps for "_s + other)},
                                                  {"visibility"_L1, u"public"_s}})
                              .object()
                              .value("id"_L1)
                              .toInteger();
        ASSERT_TRUE(alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, id}}).ok());
    }
    const qint64 article =
        alex->call(u"kb.article.create"_s,
                   QJsonObject {{"title"_L1, u"Printer shows paper jam"_s},
                                {"body"_L1, u"Open tray 2 and remove the torn sheet."_s},
                                {"visibility"_L1, u"public"_s}})
            .object()
            .value("id"_L1)
            .toInteger();
    ASSERT_TRUE(alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, article}}).ok());

    TrayApp& tray = startTray(u"rita"_s);
    NewTicketWindow* window = tray.openNewTicket();
    ASSERT_NE(window, nullptr);
    auto* title = window->findChild<QLineEdit*>(u"titleEdit"_s);
    title->setText(u"printer paper jam"_s);
    Q_EMIT title->textEdited(title->text());
    auto* suggestions = window->findChild<ui::SearchResultView*>(u"suggestionList"_s);
    ASSERT_NE(suggestions, nullptr);
    ASSERT_TRUE(waitUntil([&] { return suggestions->model()->rowCount() > 0; }, 10000))
        << "a matching article appears while the title is typed";

    bool deflected = false;
    QObject::connect(window, &NewTicketWindow::deflected, [&] { deflected = true; });
    Q_EMIT suggestions->articleChosen(article);
    ui::ArticleViewer* viewer = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        viewer = window->findChild<ui::ArticleViewer*>();
        return viewer && viewer->article().id == article;
    }));
    auto* solved = viewer->findChild<QPushButton*>(u"solvedButton"_s);
    ASSERT_NE(solved, nullptr);
    solved->click();
    ASSERT_TRUE(waitUntil([&] { return deflected; }));
    const QJsonObject usage =
        alex->call(u"kb.article.get"_s, QJsonObject {{"id"_L1, article}}).object();
    EXPECT_EQ(usage.value("tickets_deflected"_L1).toInt(), 1);
    EXPECT_EQ(usage.value("suggestions_followed"_L1).toInt(), 1);
    EXPECT_TRUE(tray.outbox()->items().isEmpty()) << "no ticket was written";
}

TEST_P(TrayAppTest, AReplyArrivesLiveAndTheResolutionIsConfirmedAndRated)
{
    const qint64 id = ritasTicket(u"Laptop fan is loud"_s);
    const qint64 other = ritasTicket(u"Need a second monitor"_s);
    TrayApp& tray = startTray(u"rita"_s);
    ASSERT_TRUE(waitUntil([&] { return tray.myTickets()->rowCount() == 2; }));
    MyTicketsWindow* window = tray.openMyTickets(id);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(waitUntil([&] { return window->detail().isLoaded(); }));
    const int before = window->detail().conversation().rowCount();
    // The requester sees when the desk aims to have it done (its resolution target).
    auto* state = window->findChild<QLabel*>(u"ticketState"_s);
    ASSERT_NE(state, nullptr);
    ASSERT_TRUE(window->detail().ticket().sla.resolveDue.has_value());
    EXPECT_TRUE(state->text().contains(u"Expected by "_s)) << state->text().toStdString();
    EXPECT_TRUE(
        tray.myTickets()->data(tray.myTickets()->indexOf(id), MyTickets::ExpectedByRole).isValid());

    ASSERT_TRUE(alex->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id}, {"body"_L1, u"I will clean it today."_s}})
                    .ok());
    ASSERT_TRUE(waitUntil([&] { return window->detail().conversation().rowCount() > before; }))
        << "the reply appears in the open chat without asking for it";
    // A reply on the other ticket: unread, and a notice.
    ASSERT_TRUE(alex->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, other}, {"body"_L1, u"Which size?"_s}})
                    .ok());
    ASSERT_TRUE(waitUntil([&] { return tray.myTickets()->isUnread(other); }));
    EXPECT_TRUE(tray.lastNotice().contains(u"Which size?"_s));

    // The user answers in the chat.
    window->findChild<QPlainTextEdit*>(u"replyEdit"_s)->setPlainText(u"Thank you!"_s);
    window->sendReply();
    ASSERT_TRUE(waitUntil([&] {
        for (const QJsonValue& e :
             alex->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items())
            if (e.toObject().value("comment"_L1).toObject().value("body"_L1) == u"Thank you!"_s)
                return true;
        return false;
    }));

    // Resolved: the survey shows; the rating reaches the server; the user confirms.
    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id}, {"status"_L1, u"in_progress"_s}})
                    .ok());
    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"status"_L1, u"resolved"_s},
                                        {"note"_L1, u"Fan cleaned."_s}})
                    .ok());
    ASSERT_TRUE(waitUntil([&] { return window->survey()->isVisibleTo(window); }));
    EXPECT_FALSE(state->text().contains(u"Expected"_s)) << "nothing to expect once resolved";
    EXPECT_FALSE(
        tray.myTickets()->data(tray.myTickets()->indexOf(id), MyTickets::ExpectedByRole).isValid());
    window->survey()->choose(4);
    window->survey()->setComment(u"Quick and friendly."_s);
    window->survey()->send();
    ASSERT_TRUE(waitUntil([&] { return !window->survey()->statusText().isEmpty(); }));
    int rated = 0;
    for (const QJsonValue& e : alex->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items())
        if (e.toObject().value("field"_L1) == u"rating"_s)
            rated = e.toObject().value("new"_L1).toInt();
    EXPECT_EQ(rated, 4);

    QPushButton* confirm = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        confirm = window->findChild<QPushButton*>(u"action_closed"_s);
        return confirm != nullptr;
    }));
    confirm->click();
    ASSERT_TRUE(waitUntil([&] {
        return alex->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}})
                   .object()
                   .value("status"_L1)
                   .toString()
            == u"closed"_s;
    }));
}

TEST_P(TrayAppTest, ATicketWrittenWhileTheServerIsDownIsSentWhenItIsBack)
{
    TrayApp& tray = startTray(u"rita"_s);
    NewTicketWindow* window = tray.openNewTicket(); // open when the connection goes
    ASSERT_NE(window, nullptr);
    const quint16 port = server().port();
    server().stop();
    ASSERT_TRUE(waitUntil([&] { return !tray.session()->isReady(); }, 10000));

    const QString title = u"Cannot print to the 3rd floor printer"_s;
    window->findChild<QLineEdit*>(u"titleEdit"_s)->setText(title);
    window->findChild<QPlainTextEdit*>(u"descriptionEdit"_s)
        ->setPlainText(u"Written on the train."_s);
    QImage screen(64, 48, QImage::Format_RGB32);
    screen.fill(QColor(200, 30, 30));
    window->setScreenshot(screen);
    window->accept();
    processEventsFor(300);
    ASSERT_EQ(tray.outbox()->items().size(), 1);
    EXPECT_EQ(tray.outbox()->items().first().state, Outbox::State::Waiting)
        << "the user sees it is waiting";
    EXPECT_TRUE(tray.lastNotice().contains(u"waiting"_s)) << tray.lastNotice().toStdString();
    // The applet shows what waits, the same way the agent client does.
    ui::OutboxDialog* outbox = tray.openOutbox();
    ASSERT_NE(outbox, nullptr);
    auto* table = outbox->findChild<QTableView*>(u"outboxTable"_s);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_TRUE(
        table->model()->index(0, OutboxModel::ChangeColumn).data().toString().contains(title));
    EXPECT_EQ(table->model()->index(0, OutboxModel::StateColumn).data().toString(), u"Waiting"_s);

    server().setArguments({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    ASSERT_TRUE(server().start()) << server().error().toStdString();
    ASSERT_TRUE(waitUntil([&] { return tray.outbox()->items().isEmpty(); }, 30000))
        << "sent once the server is back";
    EXPECT_EQ(table->model()->rowCount(), 0);
    auto agent = connectAs(u"alex"_s);
    int found = 0;
    qint64 id = 0;
    for (const QJsonValue& item : agent->call(u"ticket.list"_s).items()) {
        if (item.toObject().value("title"_L1) == title) {
            ++found;
            id = item.toObject().value("id"_L1).toInteger();
        }
    }
    EXPECT_EQ(found, 1) << "exactly once";
    EXPECT_EQ(agent->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, id}}).items().size(), 1)
        << "with its screenshot";
}

TEST_P(TrayAppTest, AnnouncementsAppearAtOnceAndTheWindowStandsInForAMissingTray)
{
    TrayApp& tray = startTray(u"rita"_s);
    // The offscreen platform has no system tray: the applet is a small window, not nothing.
    EXPECT_FALSE(tray.usesTrayIcon());
    ASSERT_NE(tray.fallbackWindow(), nullptr);
    EXPECT_TRUE(tray.fallbackWindow()->isVisible());

    ASSERT_TRUE(alex->call(u"announcement.publish"_s,
                           QJsonObject {{"kind"_L1, u"maintenance"_s},
                                        {"title"_L1, u"Mail upgrade tonight"_s},
                                        {"body"_L1, u"Mail is off 22:00-23:00."_s}})
                    .ok());
    ASSERT_TRUE(waitUntil([&] { return tray.announcements()->rowCount() == 1; }));
    EXPECT_TRUE(tray.fallbackWindow()->newsText().contains(u"Mail upgrade tonight"_s));
    AnnouncementsWindow* window = tray.openAnnouncements();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->shownText().contains(u"Mail is off 22:00-23:00."_s));
}

namespace {

// What a screen reader is told: the accessible name of the applet's notification object each
// time it shows (the AT-SPI bridge turns that into the object:state-changed:showing event Orca
// speaks notifications on; tests/a11y checks that part over AT-SPI). The offscreen platform
// has no accessibility bridge, so the showing is watched on the widget itself.
class SpokenAnnouncements final : public QObject
{
public:
    explicit SpokenAnnouncements(QWidget* announcer) { announcer->installEventFilter(this); }

    // Whether one announcement said all the words.
    bool heard(const QStringList& words) const
    {
        return std::any_of(m_heard.cbegin(), m_heard.cend(), [&](const QString& spoken) {
            return std::all_of(words.cbegin(), words.cend(), [&](const QString& word) {
                return spoken.contains(word, Qt::CaseInsensitive);
            });
        });
    }
    QString all() const { return m_heard.join(u" | "_s); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            QAccessibleInterface* object = QAccessible::queryAccessibleInterface(watched);
            if (object && object->role() == QAccessible::Notification)
                m_heard << object->text(QAccessible::Name);
        }
        return false;
    }

private:
    QStringList m_heard;
};

} // namespace

// The applet tells a screen-reader user what its notices tell the eye: a reply on their
// ticket, its resolution (the survey waits), an outage, the connection lost and back.
TEST_P(TrayAppTest, EachNewsIsAnnouncedToScreenReaders)
{
    const qint64 id = ritasTicket(u"VPN drops every hour"_s);
    TrayApp& tray = startTray(u"rita"_s);
    ASSERT_TRUE(waitUntil([&] { return tray.myTickets()->rowCount() == 1; }));
    ASSERT_NE(tray.announcer(), nullptr);
    QAccessibleInterface* object = QAccessible::queryAccessibleInterface(tray.announcer());
    ASSERT_NE(object, nullptr);
    EXPECT_EQ(object->role(), QAccessible::Notification);
    SpokenAnnouncements spoken(tray.announcer());
    const QString ticket = u"#%1"_s.arg(id);

    ASSERT_TRUE(alex->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id}, {"body"_L1, u"Which VPN client?"_s}})
                    .ok());
    EXPECT_TRUE(waitUntil([&] {
        return spoken.heard({u"new reply from"_s, ticket});
    })) << spoken.all().toStdString();

    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id}, {"status"_L1, u"in_progress"_s}})
                    .ok());
    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"status"_L1, u"resolved"_s},
                                        {"note"_L1, u"New VPN profile pushed."_s}})
                    .ok());
    EXPECT_TRUE(waitUntil([&] {
        return spoken.heard({ticket, u"is resolved"_s});
    })) << spoken.all().toStdString();

    ASSERT_TRUE(alex->call(u"announcement.publish"_s,
                           QJsonObject {{"kind"_L1, u"outage"_s},
                                        {"title"_L1, u"E-mail is down"_s},
                                        {"body"_L1, u"We are on it."_s}})
                    .ok());
    EXPECT_TRUE(waitUntil([&] {
        return spoken.heard({u"Outage"_s, u"E-mail is down"_s});
    })) << spoken.all().toStdString();

    const quint16 port = server().port();
    server().stop();
    EXPECT_TRUE(waitUntil(
        [&] {
            return spoken.heard({u"connection"_s, u"lost"_s});
        },
        10000))
        << spoken.all().toStdString();
    server().setArguments({u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    ASSERT_TRUE(server().start()) << server().error().toStdString();
    EXPECT_TRUE(waitUntil(
        [&] {
            return spoken.heard({u"connection"_s, u"back"_s});
        },
        30000))
        << spoken.all().toStdString();
}

// Where there is no tray, notices appear in the small window: whole, however long.
TEST(FallbackWindowTest, ANoticeIsShownWholeTheWindowGrowsToIt)
{
    FallbackWindow window;
    window.setStatus(u"Connected as Robin Requester"_s);
    window.show();
    QApplication::processEvents();
    const int before = window.height();
    window.showNews(u"Ticket #5001 sent"_s,
                    u"“Outlook keeps asking for my password” is with the help desk. You will be "
                    "told when someone answers."_s);
    QApplication::processEvents();
    EXPECT_TRUE(window.showsAllText()) << "cut off at " << window.width() << "x" << window.height();
    EXPECT_GT(window.height(), before);
    // A longer status (tickets waiting to be sent) is not cut off either.
    window.setStatus(
        u"The help desk is out of reach; trying again…\n2 tickets waiting to be sent"_s);
    QApplication::processEvents();
    EXPECT_TRUE(window.showsAllText());
}

// The session ends (signed out from elsewhere) while a dialog of the applet's window runs its own
// event loop (the note a transition asks for): the window and the dialog close without a crash
// once that loop has returned, and the applet asks for a login again.
TEST_P(TrayAppTest, ASessionEndedUnderADialogOfItsWindowClosesItAndAsksForALogin)
{
    const qint64 id = ritasTicket(u"Printer jams"_s);
    TrayApp& tray = startTray(u"rita"_s);
    QPointer<MyTicketsWindow> window;
    // Opened from the event loop, as the tray's menu opens it.
    QTimer::singleShot(0, &tray, [&] { window = tray.openMyTickets(id); });
    ASSERT_TRUE(waitUntil([&] { return window && window->detail().isLoaded(); }));
    QPointer<QDialog> prompt;
    bool revoked = false;
    bool returned = false;
    QTimer::singleShot(0, window, [&] {
        // On the stack, as MyTicketsWindow::runTransition holds its note's dialog.
        QDialog dialog(window);
        prompt = &dialog;
        QTimer::singleShot(50, &tray, [&] {
            const Reply done =
                admin().call(u"session.revoke_all"_s, QJsonObject {{"user_id"_L1, m_rita}});
            EXPECT_TRUE(done.ok()) << done.describe();
            revoked = true;
        });
        dialog.exec();
        returned = true;
    });
    ASSERT_TRUE(waitUntil([&] { return revoked && returned && !window; }, 15000))
        << "the window goes once its dialog's loop has returned";
    EXPECT_FALSE(prompt) << "the dialog went with it";
    EXPECT_TRUE(waitUntil([] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::any_of(windows.begin(), windows.end(), [](QWidget* widget) {
            return widget->inherits("frontline::client::ui::LoginDialog") && widget->isVisible();
        });
    })) << "the login asks again";
}

INSTANTIATE_TEST_SUITE_P(Backends, TrayAppTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
