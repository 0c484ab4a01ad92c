#pragma once

#include "auth/principal.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace frontline::server {

class EventBus;
class JobRunner;
class RpcConnection;

// Which connections are logged in, as whom and with which token, so that a logout, a disabled
// account or a changed role or group takes effect at once on every open connection.
class SessionRegistry
{
public:
    SessionRegistry(EventBus& events, JobRunner& jobs);

    void attach(RpcConnection* connection, const Principal& principal);
    void detach(RpcConnection* connection);
    // Ends a session everywhere: other connections with this token are told (session.revoked).
    void endSession(const QString& tokenHash, RpcConnection* initiator, const QString& reason);
    // Reloads role and groups of these users for their connections; connections whose session
    // is no longer active (disabled user, revoked token) are logged out.
    void refreshUsers(const QList<qint64>& userIds);

    int authenticatedCount() const;

private:
    void deauthenticate(RpcConnection* connection, const QString& reason, bool notify);

    EventBus& m_events;
    JobRunner& m_jobs;
    QHash<QString, QSet<RpcConnection*>> m_byToken;
    QHash<qint64, QSet<RpcConnection*>> m_byUser;
};

} // namespace frontline::server
