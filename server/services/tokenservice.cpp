#include "tokenservice.h"

#include "auth/apitoken.h"
#include "services/auditlog.h"
#include "storage/sessionrepository.h"
#include "storage/sqlsession.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

TokenService::TokenService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult TokenService::createToken(const api::TokenCreateParams& params)
{
    // A token cannot make tokens: it would outlive itself or widen its own scopes.
    if (m_principal.apiTokenId)
        return rpc::RpcError::forbidden(u"not_with_api_token"_s);
    if (params.expiresAt && *params.expiresAt <= m_now)
        return rpc::RpcError::invalidParams(u"expires_at"_s, u"must be in the future"_s);
    for (qsizetype i = 0; i < params.scopes.size(); ++i) {
        const auto role = roleFromString(params.scopes.at(i));
        if (role && *role > m_principal.role)
            return rpc::RpcError::invalidParams(
                u"scopes[%1]"_s.arg(i),
                u"is above your own role (%1)"_s.arg(toString(m_principal.role)));
    }
    const ApiTokenSecret secret = ApiTokenSecret::generate();
    api::TokenCreated created;
    created.secret = secret.secret;
    created.token.id = ApiTokenRepository(m_session).insert(
        m_principal.userId, params.name, secret.tokenHash, params.scopes, m_now, params.expiresAt);
    created.token.name = params.name;
    created.token.scopes = params.scopes;
    created.token.owner = m_principal.ref();
    created.token.createdAt = m_now;
    created.token.expiresAt = params.expiresAt;
    AuditLog(m_session, m_principal, m_now)
        .record(
            {u"token.create"_s, u"token"_s, created.token.id, params.name,
             QJsonObject {{u"scopes"_s, QJsonObject {{u"after"_s, params.scopes.join(u", "_s)}}}}});
    return Outcome(created);
}

api::TokenList TokenService::listTokens(QHash<qint64, QString>& hashes)
{
    const bool everybody = m_principal.role == Role::Admin;
    return ApiTokenRepository(m_session).list(everybody ? 0 : m_principal.userId, &hashes);
}

ServiceResult TokenService::revokeToken(qint64 id)
{
    ApiTokenRepository tokens(m_session);
    const auto token = tokens.find(id);
    if (!token || (token->userId != m_principal.userId && m_principal.role != Role::Admin))
        return rpc::RpcError::notFound(u"token"_s);
    tokens.revoke(id, m_now);
    AuditLog(m_session, m_principal, m_now)
        .record({u"token.revoke"_s, u"token"_s, id, token->name, {}});
    Outcome outcome(api::RevokeResult {id, true});
    outcome.revokedTokens.append(token->tokenHash);
    return outcome;
}

api::SessionList TokenService::listSessions(QHash<qint64, QString>& hashes)
{
    return SessionRepository(m_session).listActive(m_principal.userId, m_now, m_principal.tokenHash,
                                                   &hashes);
}

ServiceResult TokenService::revokeSession(qint64 id)
{
    SessionRepository sessions(m_session);
    const auto session = sessions.findActiveById(id, m_now);
    if (!session || (session->userId != m_principal.userId && m_principal.role != Role::Admin))
        return rpc::RpcError::notFound(u"session"_s);
    sessions.revoke(session->tokenHash, m_now);
    AuditLog(m_session, m_principal, m_now)
        .record({u"session.revoke"_s, u"user"_s, session->userId, QString(), {}});
    Outcome outcome(api::RevokeResult {id, true});
    outcome.revokedTokens.append(session->tokenHash);
    return outcome;
}

ServiceResult TokenService::revokeAllSessions(qint64 userId)
{
    const bool own = userId == m_principal.userId;
    if (!own && m_principal.role != Role::Admin)
        return rpc::RpcError::forbidden(u"role_not_allowed"_s, u"user_id"_s);
    if (!UserRepository(m_session).ref(userId))
        return rpc::RpcError::notFound(u"user"_s);
    SessionRepository sessions(m_session);
    QStringList hashes = sessions.revokeAllReturning(userId, m_now);
    if (own && hashes.removeAll(m_principal.tokenHash) > 0) {
        // Signing out everywhere else keeps the session that asked.
        Statement keep = m_session.prepare(
            u"UPDATE sessions SET revoked_at = NULL WHERE token_hash = ? AND revoked_at = ?"_s);
        keep.bind(m_principal.tokenHash).bind(m_now);
        keep.exec();
    }
    AuditLog(m_session, m_principal, m_now)
        .record({u"session.revoke_all"_s, u"user"_s, userId, QString(), {}});
    Outcome outcome(api::RevokeAllResult {int(hashes.size())});
    outcome.revokedTokens = hashes;
    return outcome;
}

void TokenService::recordUsage(const TokenUsage::Pending& batch)
{
    SessionRepository sessions(m_session);
    ApiTokenRepository tokens(m_session);
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        if (it->apiToken)
            tokens.touch(it.key(), it->at, it->peer);
        else
            sessions.touch(it.key(), it->at, it->peer);
    }
}

void TokenService::overlay(api::TokenList& tokens, const TokenUsage& usage,
                           const QHash<qint64, QString>& hashes)
{
    for (api::ApiToken& token : tokens.items) {
        const TokenUsage::Seen* seen = usage.find(hashes.value(token.id));
        if (seen && (!token.lastUsedAt || *token.lastUsedAt < seen->at)) {
            token.lastUsedAt = seen->at;
            token.lastPeer = seen->peer;
        }
    }
}

void TokenService::overlay(api::SessionList& sessions, const TokenUsage& usage,
                           const QHash<qint64, QString>& hashes)
{
    for (api::SessionEntry& session : sessions.items) {
        const TokenUsage::Seen* seen = usage.find(hashes.value(session.id));
        if (seen && (!session.lastSeenAt || *session.lastSeenAt < seen->at)) {
            session.lastSeenAt = seen->at;
            session.peer = seen->peer;
        }
    }
}

} // namespace frontline::server
