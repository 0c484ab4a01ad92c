#pragma once

#include "auth/principal.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace frontline::server {

class EventBus;
class JobRunner;
class RpcConnection;

// Which connections are logged in, as whom and with which token, so that a logout, a disabled
// account, an expired token or a changed role or group takes effect at once on every open
// connection.
class SessionRegistry
{
public:
    SessionRegistry(EventBus& events, JobRunner& jobs, std::function<qint64()> clock);

    void attach(RpcConnection* connection, const Principal& principal);
    void detach(RpcConnection* connection);
    // Ends a session everywhere: other connections with this token are told (session.revoked).
    void endSession(const QString& tokenHash, RpcConnection* initiator, const QString& reason);
    // Reloads role and groups of these users for their connections; connections whose session
    // is no longer active (disabled user, revoked token) are logged out.
    void refreshUsers(const QList<qint64>& userIds);

    // Logs out the connections whose token has expired (session.revoked, reason "expired"):
    // they hear no more pushed events. Called by the listener's supervisor every second.
    void expireSessions();

    int authenticatedCount() const;

    // Several servers on one database (cluster::ClusterBus): a session ended or users changed
    // here are told to the others, whose connections they concern too; what the others tell
    // is applied with the *Here variants (not told again).
    struct Relay
    {
        std::function<void(const QString& tokenHash, const QString& reason)> sessionEnded;
        std::function<void(const QList<qint64>& userIds)> usersChanged;
    };
    void setRelay(Relay relay) { m_relay = std::move(relay); }
    void endSessionHere(const QString& tokenHash, const QString& reason);
    void refreshUsersHere(const QList<qint64>& userIds);

private:
    void deauthenticate(RpcConnection* connection, const QString& reason, bool notify);

    EventBus& m_events;
    JobRunner& m_jobs;
    std::function<qint64()> m_clock;
    QHash<QString, QSet<RpcConnection*>> m_byToken;
    QHash<qint64, QSet<RpcConnection*>> m_byUser;
    Relay m_relay;
};

} // namespace frontline::server
