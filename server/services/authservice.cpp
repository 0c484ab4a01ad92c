#include "authservice.h"

#include "api/authapi.h"
#include "auth/apitoken.h"
#include "auth/sessiontoken.h"
#include "services/auditlog.h"
#include "services/totpservice.h"
#include "storage/sessionrepository.h"
#include "storage/sqlsession.h"
#include "storage/tokenrepository.h"
#include "storage/totprepository.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

AuthService::AuthService(SqlSession& session, qint64 now, const api::SecuritySettings& security)
    : m_session(session)
    , m_now(now)
    , m_security(security)
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
    principal.enrolmentOnly =
        m_security.requiresTotp(user->role) && !TotpRepository(m_session).isEnabled(user->id);
    if (user->org)
        principal.orgId = user->org->id;
    principal.orgViewer = user->orgViewer;
    return principal;
}

ServiceResult AuthService::openSession(qint64 userId, const QString& peer, qint64 ttlMs,
                                       const QByteArray& rehash, const QString& otp,
                                       const mail::SecretSealer* sealer, const QString& client)
{
    auto principal = loadPrincipal(userId);
    if (!principal)
        return rpc::RpcError::invalidCredentials();
    if (auto refused = TotpService(m_session, sealer, m_now).checkLogin(userId, otp))
        return *refused;
    if (!rehash.isEmpty())
        UserRepository(m_session).setPasswordHash(userId, rehash, m_now);
    const SessionToken token = SessionToken::generate();
    SessionRepository(m_session).insert(token.tokenHash, userId, m_now, m_now + ttlMs, peer,
                                        client);
    principal->tokenHash = token.tokenHash;
    principal->expiresAt = m_now + ttlMs;
    principal->peer = peer;
    AuditLog(m_session, *principal, m_now)
        .record({u"auth.login"_s, u"user"_s, userId, principal->username, {}});

    api::SessionInfo info;
    info.token = token.token;
    info.expiresAt = principal->expiresAt;
    info.enrolmentRequired = principal->enrolmentOnly;
    info.user = *UserRepository(m_session).find(userId);
    Outcome outcome(info);
    outcome.authenticated = *principal;
    return outcome;
}

ServiceResult AuthService::resume(const QString& token, Record record)
{
    if (ApiTokenSecret::looksLikeApiToken(token))
        return resumeApiToken(token, record);
    const QString hash = SessionToken::hashOf(token);
    const auto stored = SessionRepository(m_session).findActive(hash, m_now);
    if (!stored)
        return rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s);
    auto principal = loadPrincipal(stored->userId);
    if (!principal)
        return rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s);
    principal->tokenHash = hash;
    principal->expiresAt = stored->expiresAt;
    if (record == Record::SignIn)
        AuditLog(m_session, *principal, m_now)
            .record({u"auth.resume"_s, u"user"_s, principal->userId, principal->username,
                     QJsonObject {{u"credential"_s, QJsonObject {{u"after"_s, u"session"_s}}}}});

    api::SessionInfo info;
    info.expiresAt = stored->expiresAt;
    info.enrolmentRequired = principal->enrolmentOnly;
    info.user = *UserRepository(m_session).find(stored->userId);
    Outcome outcome(info);
    outcome.authenticated = *principal;
    return outcome;
}

namespace {
// A token without an expiry: 9999-12-31T23:59:59Z, still a valid ISO 8601 time on the wire.
constexpr qint64 NeverExpires = 253402300799000;
} // namespace

// The connection becomes the token's owner, with the token's scopes: its role capped by them,
// every call checked against them by the dispatcher.
ServiceResult AuthService::resumeApiToken(const QString& token, Record record)
{
    const QString hash = SessionToken::hashOf(token);
    const auto stored = ApiTokenRepository(m_session).findActive(hash, m_now);
    if (!stored)
        return rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s);
    auto principal = loadPrincipal(stored->userId);
    if (!principal)
        return rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s);
    principal->tokenHash = hash;
    principal->expiresAt = stored->expiresAt.value_or(NeverExpires);
    tokenscope::apply(*principal, stored->id, stored->name, stored->scopes);
    // Every later call on this connection carries Principal::apiTokenId for the audit writer;
    // the sign-in itself is `via` token:<id> as well.
    if (record == Record::SignIn)
        AuditLog(m_session, *principal, m_now)
            .record({u"auth.resume"_s, u"user"_s, principal->userId, principal->username,
                     QJsonObject {{u"credential"_s, QJsonObject {{u"after"_s, u"api_token"_s}}},
                                  {u"token"_s, QJsonObject {{u"after"_s, stored->name}}}}});

    api::SessionInfo info;
    info.expiresAt = stored->expiresAt.value_or(NeverExpires);
    info.user = *UserRepository(m_session).find(stored->userId);
    Outcome outcome(info);
    outcome.authenticated = *principal;
    return outcome;
}

ServiceResult AuthService::logout(const Principal& principal)
{
    SessionRepository(m_session).revoke(principal.tokenHash, m_now);
    AuditLog(m_session, principal, m_now)
        .record({u"auth.logout"_s, u"user"_s, principal.userId, principal.username, {}});
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
    for (const QString& hash : ApiTokenRepository(m_session).activeHashesOf(userId, m_now))
        hashes.insert(hash);
    return hashes;
}

} // namespace frontline::server
