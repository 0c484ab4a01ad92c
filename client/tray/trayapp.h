#pragma once

#include "client/core/clientsettings.h" // rpc::ServerEndpoint

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace frontline::client {
class AnnouncementBoard;
class Autostart;
class ClientSettings;
class CredentialStore;
class Directory;
class MyTickets;
class OrgTickets;
class NewTicketController;
class Outbox;
class OutboxModel;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {
class Announcer;
class LoginDialog;
class OutboxDialog;
class TwoFactorDialog;
} // namespace frontline::client::ui

namespace frontline::client::tray {

class AnnouncementsWindow;
class FallbackWindow;
class KnowledgeBasePanel;
class MyTicketsWindow;
class NewTicketWindow;
class RequestWindow;
class TrayAnnouncements;

// The tray applet's life: the icon next to the clock (or, where the desktop has none, a small
// window), its menu, the login, the windows it opens, and desktop notifications for replies,
// status changes and announcements. Tickets and replies written while the server is away wait
// in the outbox, which the user can see (what waits, what the desk refused).
class TrayApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayApp)

public:
    struct Options
    {
        QString settingsPath; // empty: the platform's user settings
        QString dataDir; // the outbox; empty: the platform's app data
        std::optional<rpc::ServerEndpoint> endpoint;
        QList<rpc::ServerEndpoint> alternates; // --server a:p,b:p: tried after `endpoint`
        QString username;
        QString password; // FRONTLINE_PASSWORD: logs in without asking
        bool useKeychain = true;
        bool forceWindow = false; // the small window even where there is a tray
        QString autostartDir; // tests: instead of the user's configuration folder
    };

    explicit TrayApp(Options options, QObject* parent = nullptr);
    ~TrayApp() override;

    void start();
    // Shows what the user most likely wants (another start of the applet asked for it), or
    // the window named: new-ticket, my-tickets, knowledge-base, announcements, outbox,
    // settings, request.
    void activate(const QString& what = {});

    bool isReady() const; // logged in, the desk's categories and workflow loaded
    bool usesTrayIcon() const { return m_tray != nullptr; }
    Session* session() const { return m_session.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    MyTickets* myTickets() const { return m_tickets.get(); }
    OrgTickets* orgTickets() const { return m_orgTickets.get(); }
    AnnouncementBoard* announcements() const { return m_board.get(); }
    QMenu* menu() const { return m_menu; }
    FallbackWindow* fallbackWindow() const;
    QString lastNotice() const { return m_lastNotice; }
    // Where the applet's news are spoken to screen readers (in the small window, or a window
    // of its own beside the tray icon).
    ui::Announcer* announcer() const;

    NewTicketWindow* openNewTicket();
    MyTicketsWindow* openMyTickets(qint64 ticketId = 0);
    // "Request something": the catalog, or the progress of one request.
    RequestWindow* openRequest(qint64 requestId = 0);
    KnowledgeBasePanel* openKnowledgeBase();
    AnnouncementsWindow* openAnnouncements();
    ui::OutboxDialog* openOutbox();
    void openSettings();
    void openSecurity();

Q_SIGNALS:
    void ready();
    void noticeShown(const QString& title, const QString& text);

private:
    void createSession(std::unique_ptr<CredentialStore> store);
    void showLogin(const QString& message = {});
    void onLoggedIn();
    void askToEnrol();
    void createTrayOrWindow();
    void updateState();
    // A desktop notification; clicking it runs `open`.
    void notify(const QString& title, const QString& text, std::function<void()> open);

    Options m_options;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxModel> m_outboxModel;
    std::unique_ptr<NewTicketController> m_newTickets;
    std::unique_ptr<MyTickets> m_tickets;
    std::unique_ptr<OrgTickets> m_orgTickets;
    std::unique_ptr<AnnouncementBoard> m_board;
    std::unique_ptr<Autostart> m_autostart;
    std::unique_ptr<TrayAnnouncements> m_spoken;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_myTicketsAction = nullptr;
    QAction* m_stateAction = nullptr;
    QPointer<FallbackWindow> m_fallback;
    QPointer<ui::Announcer> m_announcer;
    QPointer<ui::LoginDialog> m_login;
    QPointer<ui::TwoFactorDialog> m_security;
    QPointer<NewTicketWindow> m_newTicket;
    QPointer<MyTicketsWindow> m_myTickets;
    QPointer<RequestWindow> m_request;
    int m_windowLoopLevel = 0; // the event loop's level the windows were opened from
    QPointer<KnowledgeBasePanel> m_kb;
    QPointer<AnnouncementsWindow> m_announcements;
    QPointer<ui::OutboxDialog> m_outboxDialog;
    QAction* m_outboxAction = nullptr;
    std::function<void()> m_noticeTarget;
    QString m_lastNotice;
    bool m_directoryLoaded = false;
};

} // namespace frontline::client::tray
