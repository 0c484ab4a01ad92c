#pragma once

#include "client/core/session.h" // rpc::ServerEndpoint

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace frontline::client {
class ClientSettings;
class CredentialStore;
class Directory;
class Outbox;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class LoginDialog;
class MainWindow;
class TwoFactorDialog;

// Runs the client's life: picks the keychain (or the clearly named in-memory fallback when
// the desktop has none), resumes the stored session or asks to log in, opens the main window
// once the desk's directory is loaded, and returns to the login after logout or revocation.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct Options
    {
        QString settingsPath; // empty: the platform's user settings
        std::optional<rpc::ServerEndpoint> endpoint; // --server / --tls
        QList<rpc::ServerEndpoint> alternates; // --server a:p,b:p: tried after `endpoint`
        QString username; // --user
        QString password; // FRONTLINE_PASSWORD: logs in without asking
        bool useKeychain = true;
        QString dataDir; // where the outbox is kept; empty: the platform's app data
    };

    explicit AppController(Options options, QObject* parent = nullptr);
    ~AppController() override;

    void start();

    Session* session() const { return m_session.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    Directory* directory() const { return m_directory.get(); }
    MainWindow* mainWindow() const;
    LoginDialog* loginDialog() const;
    // Open while a user whose role requires a second factor sets it up after logging in.
    TwoFactorDialog* enrolmentDialog() const;
    bool usesKeychain() const;

Q_SIGNALS:
    void mainWindowShown();
    void languageChanged(const QString& language);

private:
    void createSession(std::unique_ptr<CredentialStore> store);
    void showLogin(const QString& message = {});
    void onLoggedIn();
    // The user's role must use a second factor they have not set up: the set-up comes first,
    // and closing it unfinished logs out.
    void askToEnrol();
    void showMainWindow();
    // The session ended: the main window goes, once the dialogs it runs have returned.
    void closeMainWindow();
    void onCertificateChanged(const QByteArray& expected, const QByteArray& actual);

    Options m_options;
    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<Outbox> m_outbox;
    QPointer<MainWindow> m_window;
    int m_windowLoopLevel = 0; // the event loop's level where the window was shown
    QPointer<LoginDialog> m_login;
    QPointer<TwoFactorDialog> m_enrolment;
};

} // namespace frontline::client::ui
