#include "authservice.h"

#include "api/authapi.h"
#include "auth/sessiontoken.h"
#include "storage/sessionrepository.h"
#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

AuthService::AuthService(SqlSession& session, qint64 now)
    : m_session(session)
    , m_now(now)
{ }

std::optional<StoredCredentials> AuthService::credentials(const QString& username)
{
    return UserRepository(m_session).credentials(username);
}

std::optional<Principal> AuthService::loadPrincipal(qint64 userId)
{
    const auto user = UserRepository(m_session).find(userId);
    if (!user || user->disabled)
        return std::nullopt;
    Principal principal;
    principal.userId = user->id;
    principal.username = user->username;
    principal.displayName = user->displayName;
    principal.role = user->role;
    for (const GroupRef& group : user->groups)
        principal.groupIds.insert(group.id);
    if (user->org)
        principal.orgId = user->org->id;
    principal.orgViewer = user->orgViewer;
    return principal;
}

ServiceResult AuthService::openSession(qint64 userId, const QString& peer, qint64 ttlMs,
                                       const QByteArray& rehash)
{
    auto principal = loadPrincipal(userId);
    if (!principal)
        return rpc::RpcError::invalidCredentials();
    if (!rehash.isEmpty())
        UserRepository(m_session).setPasswordHash(userId, rehash, m_now);
    const SessionToken token = SessionToken::generate();
    SessionRepository(m_session).insert(token.tokenHash, userId, m_now, m_now + ttlMs, peer);
    principal->tokenHash = token.tokenHash;
    principal->expiresAt = m_now + ttlMs;

    api::SessionInfo info;
    info.token = token.token;
    info.expiresAt = principal->expiresAt;
    info.user = *UserRepository(m_session).find(userId);
    Outcome outcome(info);
    outcome.authenticated = *principal;
    return outcome;
}

ServiceResult AuthService::resume(const QString& token)
{
    const QString hash = SessionToken::hashOf(token);
    const auto stored = SessionRepository(m_session).findActive(hash, m_now);
    if (!stored)
        return rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s);
    auto principal = loadPrincipal(stored->userId);
    if (!principal)
        return rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s);
    principal->tokenHash = hash;
    principal->expiresAt = stored->expiresAt;

    api::SessionInfo info;
    info.expiresAt = stored->expiresAt;
    info.user = *UserRepository(m_session).find(stored->userId);
    Outcome outcome(info);
    outcome.authenticated = *principal;
    return outcome;
}

ServiceResult AuthService::logout(const QString& tokenHash)
{
    SessionRepository(m_session).revoke(tokenHash, m_now);
    Outcome outcome(api::LogoutResult {});
    outcome.loggedOut = true;
    return outcome;
}

QSet<QString> AuthService::activeTokenHashes(qint64 userId)
{
    Statement query = m_session.prepare(
        u"SELECT token_hash FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND "
        "expires_at > ?"_s);
    query.bind(userId).bind(m_now);
    query.exec();
    QSet<QString> hashes;
    while (query.next())
        hashes.insert(query.text(0));
    return hashes;
}

} // namespace frontline::server
