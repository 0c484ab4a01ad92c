#include "session.h"

#include "api/authapi.h"
#include "api/methods.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/errortext.h"
#include "rpc/rpcclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "frontline.client.session", QtInfoMsg)

namespace frontline::client {

Session::Session(ClientSettings& settings, CredentialStore& credentials, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_rpc(std::make_unique<rpc::RpcClient>())
{
    m_rpc->setEndpoints(settings.endpoints());
    m_rpc->setAutoReconnect(true);
    // Fail-over to another server of the desk: its own pinned certificate.
    connect(m_rpc.get(), &rpc::RpcClient::endpointChanged, this, [this] {
        m_rpc->setTrustedFingerprint(m_settings.pinnedFingerprint(m_rpc->endpoint()));
    });
    connect(m_rpc.get(), &rpc::RpcClient::connected, this, &Session::onConnected);
    connect(m_rpc.get(), &rpc::RpcClient::disconnected, this, &Session::onDisconnected);
    connect(m_rpc.get(), &rpc::RpcClient::notificationReceived, this, &Session::onNotification);
    connect(m_rpc.get(), &rpc::RpcClient::transportError, this, [this](const QString& message) {
        if (m_state == State::Connecting)
            Q_EMIT connectionProblem(
                tr("The server cannot be reached (%1). Trying again…").arg(message));
    });
    connect(m_rpc.get(), &rpc::RpcClient::certificateFirstSeen, this,
            [this](const QByteArray& fingerprint) {
                m_settings.setPinnedFingerprint(m_rpc->endpoint(), fingerprint);
            });
    connect(m_rpc.get(), &rpc::RpcClient::certificateMismatch, this, &Session::certificateChanged);
}

Session::~Session() = default;

rpc::RpcClient& Session::rpc()
{
    return *m_rpc;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool Session::remembersLogin() const
{
    return m_credentials.persists();
}

void Session::setEndpoint(const rpc::ServerEndpoint& endpoint)
{
    m_settings.setEndpoint(endpoint);
    if (!(m_rpc->endpoints().first() == endpoint)) {
        m_rpc->close();
        m_rpc->setEndpoints(m_settings.endpoints());
    }
}

rpc::ServerEndpoint Session::endpoint() const
{
    return m_rpc->endpoint();
}

rpc::ServerEndpoint Session::deskEndpoint() const
{
    return m_rpc->endpoints().first();
}

QString Session::account() const
{
    const rpc::ServerEndpoint server = deskEndpoint();
    return m_username + u'@' + server.host + u':' + QString::number(server.port);
}

void Session::login(const QString& username, const QString& password, bool remember)
{
    m_username = username.trimmed().toLower();
    m_password = password;
    m_otp.clear();
    m_remember = remember;
    m_pending = Pending::Login;
    m_settings.setLastUsername(m_username);
    if (m_rpc->isConnected()) {
        authenticate();
        return;
    }
    setState(State::Connecting);
    m_rpc->setTrustedFingerprint(m_settings.pinnedFingerprint(m_rpc->endpoint()));
    m_rpc->open();
}

void Session::submitSecondFactor(const QString& otp)
{
    if (m_password.isEmpty())
        return; // no login waits for a code
    m_otp = otp.trimmed();
    m_pending = Pending::Login;
    if (m_rpc->isConnected()) {
        authenticate();
        return;
    }
    setState(State::Connecting);
    m_rpc->open();
}

void Session::resumeStored()
{
    m_username = m_settings.lastUsername();
    if (m_username.isEmpty()) {
        Q_EMIT resumeUnavailable();
        return;
    }
    m_credentials.read(account(), [this](std::optional<QString> token, const QString& error) {
        if (!token) {
            if (!error.isEmpty())
                qCInfo(lcSession) << "keychain:" << error;
            Q_EMIT resumeUnavailable();
            return;
        }
        m_token = *token;
        m_pending = Pending::Resume;
        if (m_rpc->isConnected()) {
            authenticate();
            return;
        }
        setState(State::Connecting);
        m_rpc->setTrustedFingerprint(m_settings.pinnedFingerprint(m_rpc->endpoint()));
        m_rpc->open();
    });
}

void Session::openConnection()
{
    if (m_rpc->isConnected() || m_rpc->state() == rpc::RpcClient::State::Connecting)
        return;
    m_rpc->setTrustedFingerprint(m_settings.pinnedFingerprint(m_rpc->endpoint()));
    m_rpc->open();
}

void Session::cancel()
{
    m_pending = Pending::None;
    m_password.clear();
    m_otp.clear();
    if (m_state != State::Ready && m_state != State::Offline) {
        m_rpc->close();
        setState(State::LoggedOut);
    }
}

void Session::onConnected()
{
    if (m_state == State::Offline && !m_token.isEmpty())
        m_pending = Pending::Resume; // back after a lost connection: the same session goes on
    if (m_pending != Pending::None)
        authenticate();
}

void Session::authenticate()
{
    setState(State::Authenticating);
    const Pending pending = std::exchange(m_pending, Pending::None);
    const bool resuming = pending == Pending::Resume;
    // The program and the system, shown in the user's list of signed-in devices.
    const QString client =
        u"%1 %2 (%3)"_s.arg(QCoreApplication::applicationName(),
                            QCoreApplication::applicationVersion(), QSysInfo::prettyProductName());
    const QJsonObject params = resuming
        ? api::ResumeParams {m_token}.toJson()
        : api::LoginParams {m_username, m_password, std::exchange(m_otp, {}), client.left(100)}
              .toJson();
    const bool wasOffline = !m_user.username.isEmpty() && resuming;
    m_rpc->call(QString(resuming ? api::method::AuthResume : api::method::AuthLogin), params, this,
                [this, resuming, wasOffline](const rpc::RpcReply& reply) {
                    if (reply.isError()) {
                        if (reply.error().is(rpc::ErrorCode::ClientDisconnected)) {
                            m_pending = resuming ? Pending::Resume : Pending::Login;
                            return; // reconnecting; tried again then
                        }
                        if (resuming) {
                            // The stored or current token is no longer valid.
                            m_credentials.remove(account(), [](const QString&) {});
                            if (wasOffline) {
                                endSession(ErrorText::describe(reply.error()));
                            } else {
                                m_token.clear();
                                m_rpc->close();
                                setState(State::LoggedOut);
                                Q_EMIT resumeUnavailable();
                            }
                            return;
                        }
                        setState(State::LoggedOut);
                        if (reply.error().is(rpc::ErrorCode::SecondFactor)) {
                            // The password and the connection stay for the attempt with the
                            // code.
                            Q_EMIT secondFactorNeeded(reply.error().reason() == u"invalid"_s);
                            return;
                        }
                        m_password.clear();
                        m_rpc->close();
                        Q_EMIT loginFailed(reply.error());
                        return;
                    }
                    const api::SessionInfo result = api::SessionInfo::fromJson(reply.result());
                    if (!resuming) {
                        m_password.clear();
                        m_token = result.token;
                        if (m_remember)
                            m_credentials.write(account(), m_token, [](const QString& error) {
                                if (!error.isEmpty())
                                    qCWarning(lcSession)
                                        << "the keychain did not keep the login:" << error;
                            });
                    }
                    authenticated(result, wasOffline);
                    if (wasOffline)
                        Q_EMIT connectionRestored();
                });
}

void Session::authenticated(const api::SessionInfo& result, bool resumedAfterLoss)
{
    m_user = result.user;
    m_enrolmentRequired = result.enrolmentRequired;
    if (!m_enrolmentRequired)
        subscribe(); // a session limited to enrolment may not; secondFactorEnrolled() does
    setState(State::Ready);
    // The same session going on after a lost connection (on this server or, failing over,
    // another of the desk's) is connectionRestored(), not a new login: the app keeps its
    // window, its outbox and what the user was doing.
    if (!resumedAfterLoss)
        Q_EMIT loggedIn(m_user);
}

void Session::secondFactorEnrolled()
{
    if (!std::exchange(m_enrolmentRequired, false))
        return;
    if (m_state == State::Ready)
        subscribe();
}

void Session::subscribe()
{
    api::SubscribeParams params;
    params.topics = QStringList {QString(api::topic::Tickets), QString(api::topic::Notifications),
                                 QString(api::topic::Announcements)};
    if (isStaff())
        params.topics.append(QString(api::topic::Presence));
    const auto warn = [](const rpc::RpcReply& reply) {
        if (reply.isError())
            qCWarning(lcSession) << "subscribing failed:" << reply.error().message;
    };
    m_rpc->call(QString(api::method::EventsSubscribe), params.toJson(), this, warn);
    // On its own: a server older than config.changed refuses that topic, and would refuse the
    // others with it.
    api::SubscribeParams configuration;
    configuration.topics = QStringList {QString(api::topic::Configuration)};
    m_rpc->call(QString(api::method::EventsSubscribe), configuration.toJson(), this, warn);
}

void Session::onDisconnected()
{
    if (m_state == State::Ready || (m_state == State::Authenticating && !m_token.isEmpty())) {
        setState(State::Offline);
        Q_EMIT connectionLost();
    }
}

void Session::logout()
{
    if (m_rpc->isConnected())
        m_rpc->call(QString(api::method::AuthLogout), {}, this, [](const rpc::RpcReply&) {});
    m_credentials.remove(account(), [](const QString&) {});
    endSession(QString());
}

void Session::endSession(const QString& reason)
{
    m_token.clear();
    m_password.clear();
    m_otp.clear();
    m_enrolmentRequired = false;
    m_pending = Pending::None;
    m_user = User();
    m_rpc->close();
    setState(State::LoggedOut);
    Q_EMIT loggedOut(reason);
}

void Session::acceptChangedCertificate()
{
    const QByteArray fingerprint = m_rpc->peerFingerprint();
    m_settings.setPinnedFingerprint(m_rpc->endpoint(), fingerprint);
    m_rpc->setTrustedFingerprint(fingerprint);
    if (m_pending == Pending::None && !m_token.isEmpty())
        m_pending = Pending::Resume;
    m_rpc->open();
}

void Session::onNotification(const QString& method, const QJsonValue& value)
{
    if (method == api::notification::TicketCreated) {
        Q_EMIT ticketCreated(api::TicketCreatedEvent::fromJson(value).ticket);
    } else if (method == api::notification::TicketChanged) {
        const auto event = api::TicketChangedEvent::fromJson(value);
        Q_EMIT ticketChanged(event.ticket, event.changes, event.actor);
    } else if (method == api::notification::TicketCommented) {
        const auto event = api::TicketCommentedEvent::fromJson(value);
        Q_EMIT ticketCommented(event.ticket, event.comment);
    } else if (method == api::notification::TicketMailed) {
        Q_EMIT ticketMailed(api::TicketMailedEvent::fromJson(value));
    } else if (method == api::notification::NotificationReceived) {
        Q_EMIT notificationReceived(api::NotificationReceivedEvent::fromJson(value).notification);
    } else if (method == api::notification::PresenceChanged) {
        Q_EMIT presenceChanged(api::Presence::fromJson(value));
    } else if (method == api::notification::AnnouncementPublished) {
        Q_EMIT announcementPublished(Announcement::fromJson(value.toObject()));
    } else if (method == api::notification::AnnouncementWithdrawn) {
        Q_EMIT announcementWithdrawn(Announcement::fromJson(value.toObject()));
    } else if (method == api::notification::ConfigChanged) {
        Q_EMIT configChanged(api::ConfigChangedEvent::fromJson(value).parts);
    } else if (method == api::notification::SessionRevoked) {
        m_credentials.remove(account(), [](const QString&) {});
        endSession(tr("Your session was ended on the server (%1).")
                       .arg(api::SessionRevokedEvent::fromJson(value).reason));
    }
}

} // namespace frontline::client
