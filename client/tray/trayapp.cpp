#include "trayapp.h"

#include "client/core/announcementboard.h"
#include "client/core/autostart.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/errortext.h"
#include "client/core/mailpreferences.h"
#include "client/core/mytickets.h"
#include "client/core/newticketcontroller.h"
#include "client/core/orgtickets.h"
#include "client/core/outbox.h"
#include "client/core/outboxmodel.h"
#include "client/core/session.h"
#include "client/core/twofactor.h"
#include "client/tray/announcementswindow.h"
#include "client/tray/fallbackwindow.h"
#include "client/tray/knowledgebasepanel.h"
#include "client/tray/myticketswindow.h"
#include "client/tray/newticketwindow.h"
#include "client/tray/requestwindow.h"
#include "client/tray/trayannouncements.h"
#include "client/tray/trayicons.h"
#include "client/tray/traysettingsdialog.h"
#include "client/widgets/announcer.h"
#include "client/widgets/logindialog.h"
#include "client/widgets/outboxdialog.h"
#include "client/widgets/twofactordialog.h"
#include "client/widgets/windowclosing.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QThread>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

namespace {

template<typename Window> void present(Window* window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

QString excerpt(const QString& text)
{
    const QString line = text.simplified();
    return line.size() > 160 ? line.left(157) + u"…"_s : line;
}

} // namespace

TrayApp::TrayApp(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<ClientSettings>(m_options.settingsPath))
    , m_autostart(std::make_unique<Autostart>(QApplication::applicationFilePath(), QStringList {},
                                              m_options.autostartDir))
{ }

TrayApp::~TrayApp()
{
    m_spoken.reset();
    if (!m_fallback)
        delete m_announcer; // its own window beside the tray icon
    delete m_newTicket;
    delete m_myTickets;
    delete m_request;
    delete m_kb;
    delete m_announcements;
    delete m_outboxDialog;
    delete m_login;
    delete m_fallback;
    delete m_menu;
}

FallbackWindow* TrayApp::fallbackWindow() const
{
    return m_fallback;
}

ui::Announcer* TrayApp::announcer() const
{
    return m_announcer;
}

bool TrayApp::isReady() const
{
    return m_session && m_session->isReady() && m_directoryLoaded;
}

void TrayApp::start()
{
    if (m_options.endpoint)
        m_settings->setEndpoints(QList {*m_options.endpoint} + m_options.alternates);
    if (!m_options.username.isEmpty())
        m_settings->setLastUsername(m_options.username);
    createTrayOrWindow();
    if (!m_options.useKeychain) {
        createSession(std::make_unique<MemoryCredentialStore>());
        return;
    }
    KeychainCredentialStore::probe([this](bool available) {
        if (available)
            createSession(std::make_unique<KeychainCredentialStore>());
        else
            createSession(std::make_unique<MemoryCredentialStore>());
    });
}

void TrayApp::createTrayOrWindow()
{
    m_menu = new QMenu;
    m_stateAction = m_menu->addAction(tr("Connecting…"));
    m_stateAction->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("&New ticket…"), this, [this] { openNewTicket(); });
    m_menu->addAction(tr("&Request something…"), this, [this] { openRequest(); });
    m_myTicketsAction = m_menu->addAction(tr("&My tickets"), this, [this] { openMyTickets(); });
    m_menu->addAction(tr("&Knowledge base…"), this, [this] { openKnowledgeBase(); });
    m_menu->addAction(tr("&Announcements"), this, [this] { openAnnouncements(); });
    m_outboxAction = m_menu->addAction(tr("&Waiting to be sent…"), this, [this] { openOutbox(); });
    m_outboxAction->setVisible(false); // shown while something waits
    m_menu->addSeparator();
    m_menu->addAction(tr("&Settings"), this, &TrayApp::openSettings);
    m_menu->addAction(tr("S&ecurity…"), this, &TrayApp::openSecurity);
    m_menu->addAction(tr("&Quit"), qApp, &QApplication::quit);

    if (!m_options.forceWindow && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(trayIcon(0, false), this);
        m_tray->setContextMenu(m_menu);
        m_tray->setToolTip(tr("Frontline help desk"));
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        activate({});
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_noticeTarget)
                m_noticeTarget();
        });
        m_tray->show();
        // The desktop notification is what the eye sees; screen readers hear this one-pixel
        // window (a notification object) that shows without taking the focus.
        m_announcer = new ui::Announcer;
        m_announcer->setWindowFlags(Qt::Tool | Qt::FramelessWindowHint
                                    | Qt::WindowDoesNotAcceptFocus | Qt::WindowTransparentForInput);
        m_announcer->setAttribute(Qt::WA_ShowWithoutActivating);
        m_announcer->setWindowTitle(tr("Frontline help desk"));
        m_announcer->setFixedSize(1, 1);
        return;
    }
    // No tray on this desktop: never silently nothing — a small window with the same menu.
    m_fallback = new FallbackWindow;
    connect(m_fallback, &FallbackWindow::newTicketRequested, this, [this] { openNewTicket(); });
    connect(m_fallback, &FallbackWindow::requestRequested, this, [this] { openRequest(); });
    connect(m_fallback, &FallbackWindow::myTicketsRequested, this, [this] { openMyTickets(); });
    connect(m_fallback, &FallbackWindow::knowledgeBaseRequested, this,
            [this] { openKnowledgeBase(); });
    connect(m_fallback, &FallbackWindow::announcementsRequested, this,
            [this] { openAnnouncements(); });
    connect(m_fallback, &FallbackWindow::settingsRequested, this, &TrayApp::openSettings);
    connect(m_fallback, &FallbackWindow::quitRequested, qApp, &QApplication::quit);
    m_announcer = m_fallback->announcer();
    m_fallback->show();
}

void TrayApp::createSession(std::unique_ptr<CredentialStore> store)
{
    m_credentials = std::move(store);
    m_session = std::make_unique<Session>(*m_settings, *m_credentials);
    m_directory = std::make_unique<Directory>(*m_session);
    m_outbox = std::make_unique<Outbox>(*m_session);
    m_outboxModel = std::make_unique<OutboxModel>(*m_outbox);
    m_newTickets = std::make_unique<NewTicketController>(*m_session, *m_directory, *m_outbox);
    m_tickets = std::make_unique<MyTickets>(*m_session, m_directory->workflow());
    m_orgTickets = std::make_unique<OrgTickets>(*m_session, m_directory->workflow());
    m_board = std::make_unique<AnnouncementBoard>(*m_session);
    m_spoken = std::make_unique<TrayAnnouncements>(*m_session, *m_tickets, *m_board, *m_settings,
                                                   *m_announcer);

    connect(m_session.get(), &Session::loggedIn, this, &TrayApp::onLoggedIn);
    connect(m_session.get(), &Session::resumeUnavailable, this, [this] { showLogin(); });
    connect(m_session.get(), &Session::loginFailed, this, [this](const rpc::RpcError& error) {
        if (!m_login)
            showLogin(ErrorText::describe(error));
    });
    connect(m_session.get(), &Session::secondFactorNeeded, this, [this](bool wrongCode) {
        if (m_login)
            return; // the dialog asks itself
        showLogin();
        m_login->askForCode(wrongCode);
    });
    connect(m_session.get(), &Session::loggedOut, this, [this](const QString& reason) {
        m_directoryLoaded = false;
        // The windows go once a dialog one of them runs (a note asked for) has returned.
        for (QWidget* window :
             {static_cast<QWidget*>(m_myTickets.data()), static_cast<QWidget*>(m_newTicket.data()),
              static_cast<QWidget*>(m_request.data())})
            ui::deleteWindowWhenUnwound(window, m_windowLoopLevel);
        showLogin(reason.isEmpty() ? QString() : tr("You were logged out: %1").arg(reason));
        updateState();
    });
    connect(m_session.get(), &Session::stateChanged, this, &TrayApp::updateState);
    connect(m_directory.get(), &Directory::loaded, this, [this] {
        m_directoryLoaded = true;
        updateState();
        Q_EMIT ready();
    });
    connect(m_tickets.get(), &MyTickets::unreadChanged, this, &TrayApp::updateState);
    connect(m_tickets.get(), &MyTickets::replyArrived, this,
            [this](const Ticket& ticket, const Comment& comment) {
                const qint64 id = ticket.id;
                notify(tr("%1 replied on #%2").arg(comment.author.shownName()).arg(ticket.id),
                       excerpt(comment.body), [this, id] { openMyTickets(id); });
            });
    connect(m_tickets.get(), &MyTickets::statusChanged, this, [this](const Ticket& ticket) {
        const qint64 id = ticket.id;
        const QString state = m_directory->workflow().stateLabel(ticket.type, ticket.status);
        notify(tr("#%1 is now %2").arg(ticket.id).arg(state),
               ticket.resolvedAt && !ticket.open
                   ? tr("Please confirm that it is solved, or reopen it, and tell us how we did.")
                   : excerpt(ticket.title),
               [this, id] { openMyTickets(id); });
    });
    connect(m_board.get(), &AnnouncementBoard::arrived, this, [this](const Announcement& a) {
        notify(AnnouncementBoard::kindLabel(a.kind) + u": "_s + a.title,
               AnnouncementBoard::window(a) + u'\n' + excerpt(a.body),
               [this] { openAnnouncements(); });
    });
    connect(m_newTickets.get(), &NewTicketController::created, this, [this](const Ticket& ticket) {
        const qint64 id = ticket.id;
        notify(tr("Ticket #%1 sent").arg(id),
               tr("“%1” is with the help desk. You will be told when someone answers.")
                   .arg(excerpt(ticket.title)),
               [this, id] { openMyTickets(id); });
    });
    connect(m_outbox.get(), &Outbox::failed, this,
            [this](const QString&, const QString& what, const rpc::RpcError& error) {
                notify(tr("Not sent: %1").arg(excerpt(what)), ErrorText::describe(error),
                       [this] { openOutbox(); });
            });
    connect(m_outbox.get(), &Outbox::changed, this, &TrayApp::updateState);

    if (!m_options.username.isEmpty() && !m_options.password.isEmpty()) {
        m_session->login(m_options.username, std::exchange(m_options.password, {}),
                         m_credentials->persists());
        return;
    }
    m_session->resumeStored();
}

void TrayApp::showLogin(const QString& message)
{
    if (!m_login) {
        m_login = new ui::LoginDialog(*m_session, m_credentials->persists());
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        m_login->setWindowTitle(tr("Frontline — log in to the help desk"));
    }
    present(m_login.data());
    if (!message.isEmpty())
        m_login->showMessage(message);
}

void TrayApp::onLoggedIn()
{
    if (m_login)
        m_login->close();
    if (m_session->enrolmentRequired()) {
        askToEnrol();
        return;
    }
    const rpc::ServerEndpoint endpoint = m_session->deskEndpoint(); // kept across a fail-over
    const QString base = m_options.dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : m_options.dataDir;
    const QString account =
        u"%1@%2_%3"_s.arg(m_session->user().username, endpoint.host).arg(endpoint.port);
    QDir().mkpath(base);
    m_outbox->setStoragePath(QDir(base).filePath(u"tray-outbox-"_s + account + u".json"_s));
    // Earlier versions kept new tickets in a queue of their own.
    m_outbox->adoptTicketQueue(QDir(base).filePath(u"tray-queue-"_s + account));
    m_directory->refresh();
}

void TrayApp::askToEnrol()
{
    auto* controller = new TwoFactor(*m_session);
    auto* dialog = new ui::TwoFactorDialog(*controller, true);
    controller->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_session->enrolmentRequired())
            m_session->logout();
        else
            onLoggedIn();
    });
    m_security = dialog;
    present(dialog);
}

void TrayApp::openSecurity()
{
    if (!m_session || !m_session->isReady()) {
        activate();
        return;
    }
    if (!m_security) {
        auto* controller = new TwoFactor(*m_session);
        m_security = new ui::TwoFactorDialog(*controller, false);
        controller->setParent(m_security);
        m_security->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_security.data());
}

void TrayApp::activate(const QString& what)
{
    if (what == u"new-ticket"_s && isReady()) {
        openNewTicket();
        return;
    }
    if (what == u"my-tickets"_s && isReady()) {
        openMyTickets();
        return;
    }
    if (what == u"request"_s && isReady()) {
        openRequest();
        return;
    }
    if (what == u"knowledge-base"_s && isReady()) {
        openKnowledgeBase();
        return;
    }
    if (what == u"announcements"_s && m_board) {
        openAnnouncements();
        return;
    }
    if (what == u"outbox"_s && m_outbox) {
        openOutbox();
        return;
    }
    if (what == u"settings"_s && isReady()) {
        openSettings();
        return;
    }
    if (!m_session || !m_session->isReady()) {
        if (m_login)
            present(m_login.data());
        else if (m_fallback)
            present(m_fallback.data());
        return;
    }
    if (m_tickets->unreadCount() > 0)
        openMyTickets();
    else
        openNewTicket();
}

void TrayApp::updateState()
{
    const bool online = m_session && m_session->isReady();
    const int unread = m_tickets ? m_tickets->unreadCount() : 0;
    const int waiting = m_outbox ? m_outbox->waitingCount() : 0;
    const int refused = m_outbox ? m_outbox->failedCount() : 0;
    QString state;
    if (!m_session || m_session->state() == Session::State::LoggedOut)
        state = tr("Not logged in");
    else if (!online)
        state = tr("The help desk is out of reach; trying again…");
    else
        state = tr("Connected as %1").arg(m_session->user().shownName());
    if (waiting > 0)
        state += u"\n"_s + tr("%n message(s) waiting to be sent", nullptr, waiting);
    if (refused > 0)
        state += u"\n"_s + tr("%n message(s) not accepted by the help desk", nullptr, refused);
    QString tip = tr("Frontline help desk");
    if (unread > 0)
        tip += u" — "_s + tr("%n unread reply(s)", nullptr, unread);
    if (m_stateAction)
        m_stateAction->setText(state.section(u'\n', 0, 0));
    if (m_outboxAction)
        m_outboxAction->setVisible(waiting + refused > 0);
    if (m_myTicketsAction)
        m_myTicketsAction->setText(unread > 0 ? tr("&My tickets (%n unread)", nullptr, unread)
                                              : tr("&My tickets"));
    if (m_tray) {
        m_tray->setIcon(trayIcon(unread, online));
        m_tray->setToolTip(tip + u'\n' + state);
    }
    if (m_fallback) {
        m_fallback->setUnread(unread);
        m_fallback->setStatus(state);
    }
}

void TrayApp::notify(const QString& title, const QString& text, std::function<void()> open)
{
    m_lastNotice = title + u'\n' + text;
    m_noticeTarget = std::move(open);
    Q_EMIT noticeShown(title, text);
    if (!TraySettingsDialog::notificationsEnabled(*m_settings))
        return;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    else if (m_fallback)
        m_fallback->showNews(title, text);
}

NewTicketWindow* TrayApp::openNewTicket()
{
    if (!isReady()) {
        activate();
        return nullptr;
    }
    if (!m_newTicket) {
        m_windowLoopLevel = QThread::currentThread()->loopLevel();
        m_newTicket = new NewTicketWindow(*m_newTickets);
        m_newTicket->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newTicket, &NewTicketWindow::queued, this, [this](const QString& title) {
            if (!m_session->isReady())
                notify(tr("Your ticket is waiting"),
                       tr("“%1” will be sent as soon as the help desk is reachable again.")
                           .arg(excerpt(title)),
                       {});
        });
        connect(m_newTicket, &NewTicketWindow::deflected, this, [this] {
            notify(tr("Glad it is solved"), tr("No ticket was needed. Thank you for checking!"),
                   {});
        });
    }
    present(m_newTicket.data());
    return m_newTicket;
}

MyTicketsWindow* TrayApp::openMyTickets(qint64 ticketId)
{
    if (!isReady()) {
        activate();
        return nullptr;
    }
    if (!m_myTickets) {
        m_windowLoopLevel = QThread::currentThread()->loopLevel();
        m_myTickets =
            new MyTicketsWindow(*m_session, *m_directory, *m_outbox, *m_tickets, *m_orgTickets);
        m_myTickets->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_myTickets, &MyTicketsWindow::progressRequested, this,
                [this](qint64 id) { openRequest(id); });
    }
    if (ticketId)
        m_myTickets->openTicket(ticketId);
    present(m_myTickets.data());
    return m_myTickets;
}

RequestWindow* TrayApp::openRequest(qint64 requestId)
{
    if (!isReady()) {
        activate();
        return nullptr;
    }
    if (!m_request) {
        m_windowLoopLevel = QThread::currentThread()->loopLevel();
        m_request = new RequestWindow(*m_session, *m_directory);
        m_request->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (requestId)
        m_request->showProgress(requestId);
    present(m_request.data());
    return m_request;
}

KnowledgeBasePanel* TrayApp::openKnowledgeBase()
{
    if (!isReady()) {
        activate();
        return nullptr;
    }
    if (!m_kb) {
        m_kb = new KnowledgeBasePanel(*m_session);
        m_kb->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_kb.data());
    return m_kb;
}

AnnouncementsWindow* TrayApp::openAnnouncements()
{
    if (!m_board)
        return nullptr;
    if (!m_announcements) {
        m_announcements = new AnnouncementsWindow(*m_board);
        m_announcements->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_announcements.data());
    return m_announcements;
}

ui::OutboxDialog* TrayApp::openOutbox()
{
    if (!m_outboxModel)
        return nullptr;
    if (!m_outboxDialog) {
        m_outboxDialog = new ui::OutboxDialog(*m_outboxModel);
        m_outboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_outboxDialog->setWindowTitle(tr("Frontline — waiting to be sent"));
    }
    present(m_outboxDialog.data());
    return m_outboxDialog;
}

void TrayApp::openSettings()
{
    if (!m_session || !m_session->isReady()) {
        activate();
        return;
    }
    auto* mail = new MailPreferences(*m_session);
    auto* dialog = new TraySettingsDialog(*m_session, *m_autostart, *mail);
    mail->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TraySettingsDialog::logoutRequested, m_session.get(), &Session::logout);
    present(dialog);
}

} // namespace frontline::client::tray
