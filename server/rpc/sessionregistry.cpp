#include "sessionregistry.h"

#include "api/eventapi.h"
#include "api/methods.h"
#include "auth/apitoken.h"
#include "rpc/eventbus.h"
#include "rpc/jsonrpc.h"
#include "rpc/rpcconnection.h"
#include "services/authservice.h"
#include "services/jobrunner.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace frontline::server {

SessionRegistry::SessionRegistry(EventBus& events, JobRunner& jobs, std::function<qint64()> clock)
    : m_events(events)
    , m_jobs(jobs)
    , m_clock(std::move(clock))
{ }

void SessionRegistry::attach(RpcConnection* connection, const Principal& principal)
{
    detach(connection);
    connection->setPrincipal(principal);
    m_byToken[principal.tokenHash].insert(connection);
    m_byUser[principal.userId].insert(connection);
}

void SessionRegistry::detach(RpcConnection* connection)
{
    const auto& principal = connection->principal();
    if (!principal)
        return;
    auto token = m_byToken.find(principal->tokenHash);
    if (token != m_byToken.end()) {
        token->remove(connection);
        if (token->isEmpty())
            m_byToken.erase(token);
    }
    auto user = m_byUser.find(principal->userId);
    if (user != m_byUser.end()) {
        user->remove(connection);
        if (user->isEmpty())
            m_byUser.erase(user);
    }
}

void SessionRegistry::deauthenticate(RpcConnection* connection, const QString& reason, bool notify)
{
    detach(connection);
    m_events.remove(connection);
    connection->setPrincipal(std::nullopt);
    if (notify)
        connection->send(rpc::jsonrpc::encode(
            rpc::jsonrpc::notification(QString(api::notification::SessionRevoked),
                                       api::SessionRevokedEvent {reason}.toJson())));
}

void SessionRegistry::endSession(const QString& tokenHash, RpcConnection* initiator,
                                 const QString& reason)
{
    if (m_relay.sessionEnded)
        m_relay.sessionEnded(tokenHash, reason);
    const QSet<RpcConnection*> connections = m_byToken.value(tokenHash);
    for (RpcConnection* connection : connections)
        deauthenticate(connection, reason, connection != initiator);
}

void SessionRegistry::endSessionHere(const QString& tokenHash, const QString& reason)
{
    const QSet<RpcConnection*> connections = m_byToken.value(tokenHash);
    for (RpcConnection* connection : connections)
        deauthenticate(connection, reason, true);
}

void SessionRegistry::refreshUsers(const QList<qint64>& userIds)
{
    if (m_relay.usersChanged && !userIds.isEmpty())
        m_relay.usersChanged(userIds);
    refreshUsersHere(userIds);
}

void SessionRegistry::refreshUsersHere(const QList<qint64>& userIds)
{
    for (qint64 userId : userIds) {
        if (!m_byUser.contains(userId))
            continue;
        struct Snapshot
        {
            std::optional<Principal> principal;
            QSet<QString> tokens;
        };
        auto snapshot = std::make_shared<Snapshot>();
        m_jobs.read(
            Principal {},
            [userId, snapshot](JobScope& scope) -> ServiceResult {
                AuthService auth(scope.session, scope.now, scope.workflow.security);
                snapshot->principal = auth.loadPrincipal(userId);
                snapshot->tokens = auth.activeTokenHashes(userId);
                return Outcome();
            },
            [this, userId, snapshot](ServiceResult result) {
                if (!result)
                    return;
                const QSet<RpcConnection*> connections = m_byUser.value(userId);
                for (RpcConnection* connection : connections) {
                    const QString token = connection->principal()->tokenHash;
                    if (!snapshot->principal || !snapshot->tokens.contains(token)) {
                        deauthenticate(connection, u"session_ended"_s, true);
                        continue;
                    }
                    const Principal& previous = *connection->principal();
                    Principal updated = *snapshot->principal;
                    updated.tokenHash = token;
                    updated.expiresAt = previous.expiresAt;
                    if (previous.apiTokenId)
                        tokenscope::apply(updated, previous.apiTokenId, previous.apiTokenName,
                                          previous.apiTokenScopes);
                    connection->setPrincipal(updated);
                }
            });
    }
}

void SessionRegistry::expireSessions()
{
    const qint64 now = m_clock();
    QList<RpcConnection*> expired;
    for (const QSet<RpcConnection*>& connections : std::as_const(m_byToken)) {
        for (RpcConnection* connection : connections) {
            if (connection->principal() && connection->principal()->expiresAt <= now)
                expired.append(connection);
        }
    }
    for (RpcConnection* connection : std::as_const(expired))
        deauthenticate(connection, u"expired"_s, true);
}

int SessionRegistry::authenticatedCount() const
{
    int count = 0;
    for (const auto& connections : m_byUser)
        count += static_cast<int>(connections.size());
    return count;
}

} // namespace frontline::server
