#pragma once

#include "api/eventapi.h"
#include "api/workspaceapi.h"
#include "domain/announcement.h"
#include "domain/comment.h"
#include "domain/notification.h"
#include "domain/ticket.h"
#include "domain/user.h"
#include "rpc/rpcerror.h"
#include "rpc/serverendpoint.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

namespace frontline::rpc {
class RpcClient;
}

namespace frontline::api {
struct SessionInfo;
}

namespace frontline::client {

class ClientSettings;
class CredentialStore;

// The client's connection to the server, logged in: it logs in or resumes with the token
// kept in the keychain, pins the server's certificate, comes back by itself after a lost
// connection (resuming the session and its subscriptions), and turns pushed events into
// signals. Everything else in the client talks to the server through it.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State {
        LoggedOut, // no session
        Connecting, // reaching the server to log in or resume
        Authenticating, // connected, logging in or resuming
        Ready, // logged in and subscribed
        Offline, // logged in, but the connection is lost; reconnecting
    };
    Q_ENUM(State)

    Session(ClientSettings& settings, CredentialStore& credentials, QObject* parent = nullptr);
    ~Session() override;

    rpc::RpcClient& rpc();
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    const User& user() const { return m_user; }
    bool isStaff() const { return frontline::isStaff(m_user.role); }
    ClientSettings& settings() { return m_settings; }
    bool remembersLogin() const;

    void setEndpoint(const rpc::ServerEndpoint& endpoint);
    rpc::ServerEndpoint endpoint() const; // the server in use
    // The desk's first server, whichever of its servers is in use: it names what the client
    // keeps per account (the stored login, the outbox), so a fail-over keeps them.
    rpc::ServerEndpoint deskEndpoint() const;

    // Logs in; keeps the token in the keychain when `remember`. The server being unreachable is
    // reported (connectionProblem) and retried until it answers or cancel() is called. When the
    // account uses a second factor, secondFactorNeeded() asks for a code: submitSecondFactor().
    void login(const QString& username, const QString& password, bool remember);
    // Sends the login again with `otp`, a code from the authenticator app or a recovery code
    // (the password is held in memory for this step only, until the login answers otherwise or
    // cancel()).
    void submitSecondFactor(const QString& otp);
    // The user's role must use a second factor and they have not enrolled: this session may only
    // enrol (TwoFactor) or log out until secondFactorEnrolled().
    bool enrolmentRequired() const { return m_enrolmentRequired; }
    // TwoFactor confirmed the enrolment: the session is a full one now.
    void secondFactorEnrolled();
    // At start: resumes the last user's session from the keychain; resumeUnavailable() when
    // there is none (or it expired).
    void resumeStored();
    void cancel();
    void logout();
    // The user accepted the server's new certificate after certificateChanged().
    void acceptChangedCertificate();
    // Opens the connection without logging in (a password reset from the login dialog);
    // calls made meanwhile wait for it. Nothing when it is open.
    void openConnection();

Q_SIGNALS:
    void stateChanged(frontline::client::Session::State state);
    void loggedIn(const frontline::User& user);
    void loginFailed(const frontline::rpc::RpcError& error);
    // The password was right and the account needs its second factor; `wrongCode` when the code
    // sent was wrong, already used or a spent recovery code.
    void secondFactorNeeded(bool wrongCode);
    void resumeUnavailable();
    void loggedOut(const QString& reason);
    void connectionProblem(const QString& message);
    void connectionLost();
    void connectionRestored();
    void certificateChanged(const QByteArray& expected, const QByteArray& actual);

    void ticketCreated(const frontline::Ticket& ticket);
    void ticketChanged(const frontline::Ticket& ticket,
                       const QList<frontline::api::FieldChange>& changes,
                       const frontline::UserRef& actor);
    void ticketCommented(const frontline::Ticket& ticket, const frontline::Comment& comment);
    // Staff: mail marks of a ticket that changed (a notification mail sent or given up on, a
    // reply filed from a mail).
    void ticketMailed(const frontline::api::TicketMailedEvent& event);
    // Staff: who has a ticket open, and who is typing a reply to it.
    void presenceChanged(const frontline::api::Presence& presence);
    // Something the desk wants this user to know (an escalation, a rule's message).
    void notificationReceived(const frontline::Notification& notification);
    // Planned maintenance, outages, news for this user's audience; and their withdrawal.
    void announcementPublished(const frontline::Announcement& announcement);
    void announcementWithdrawn(const frontline::Announcement& announcement);
    // An administrator changed configuration this client keeps (api::configpart names).
    void configChanged(const QStringList& parts);

private:
    enum class Pending { None, Login, Resume };

    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onNotification(const QString& method, const QJsonValue& params);
    void authenticate();
    void authenticated(const api::SessionInfo& result, bool resumedAfterLoss);
    void subscribe();
    void endSession(const QString& reason);
    QString account() const;

    ClientSettings& m_settings;
    CredentialStore& m_credentials;
    std::unique_ptr<rpc::RpcClient> m_rpc;
    State m_state = State::LoggedOut;
    Pending m_pending = Pending::None;
    QString m_username;
    QString m_password; // held until the login answers (through the second-factor step)
    QString m_otp; // held only until the login call is sent
    bool m_enrolmentRequired = false;
    bool m_remember = false;
    QString m_token; // in memory for reconnects, whether or not the keychain keeps it
    User m_user;
};

} // namespace frontline::client
