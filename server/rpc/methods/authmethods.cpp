#include "api/authapi.h"
#include "api/methods.h"
#include "auth/loginthrottle.h"
#include "auth/sessiontoken.h"
#include "logging.h"
#include "rpc/methodregistry.h"
#include "rpc/serverlimits.h"
#include "services/authservice.h"
#include "services/hashingpool.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// auth.login: reserve a guess in the throttle -> read the credentials -> verify (argon2id, on
// the hashing pool, against a dummy hash when the user does not exist, so both failures look and
// time alike) -> open the session in the writer. The guess counts from the moment it is
// allowed, so a batch of concurrent attempts checks no more passwords than the limit.
void login(ServerContext& ctx, const CallContext& call, const api::LoginParams& p,
           Responder respond)
{
    const QString peer = call.peer;
    const qint64 reservedAt = ctx.clock();
    if (const qint64 wait = ctx.throttle.reserve(p.username, peer, reservedAt)) {
        qCInfo(lcAuth) << "login throttled for an account from" << peer;
        respond(rpc::RpcError::rateLimited(wait));
        return;
    }
    auto credentials = std::make_shared<std::optional<StoredCredentials>>();
    ctx.jobs.read(
        Principal {},
        [p, credentials](JobScope& scope) -> ServiceResult {
            *credentials = AuthService(scope.session, scope.now).credentials(p.username);
            return Outcome();
        },
        [&ctx, p, peer, reservedAt, credentials, respond](ServiceResult lookedUp) mutable {
            if (!lookedUp) {
                ctx.throttle.release(p.username, peer, reservedAt);
                respond(lookedUp.error());
                return;
            }
            const QByteArray hash = credentials->has_value() ? (*credentials)->passwordHash
                                                             : ctx.hashing.hasher().dummyHash();
            const bool queued = ctx.hashing.verify(
                hash, p.password,
                [&ctx, p, peer, reservedAt, credentials, respond](bool matches) {
                    const bool ok =
                        matches && credentials->has_value() && !(*credentials)->disabled;
                    if (!ok) {
                        // The reservation stays: it was this failed guess.
                        qCInfo(lcAuth) << "failed login from" << peer;
                        // audit: failed login (user name, peer)
                        respond(rpc::RpcError::invalidCredentials());
                        return;
                    }
                    ctx.throttle.release(p.username, peer, reservedAt);
                    ctx.throttle.recordSuccess(p.username);
                    const qint64 userId = (*credentials)->userId;
                    const qint64 ttl = ctx.limits.sessionTtlMs;
                    const QString client = p.client;
                    auto open = [&ctx, userId, peer, ttl, client,
                                 respond](const QByteArray& rehash) {
                        ctx.jobs.write(
                            Principal {},
                            [userId, peer, ttl, rehash, client](JobScope& scope) {
                                return AuthService(scope.session, scope.now)
                                    .openSession(userId, peer, ttl, rehash, client);
                            },
                            respond);
                    };
                    // A hash made with weaker parameters than today's is upgraded on login.
                    if (!ctx.hashing.hasher().needsRehash((*credentials)->passwordHash)
                        || !ctx.hashing.hash(p.password, open))
                        open(QByteArray());
                },
                peer);
            if (!queued) {
                ctx.throttle.release(p.username, peer, reservedAt);
                respond(rpc::RpcError::rateLimited(1000));
            }
        });
}

} // namespace

void registerAuthMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<api::LoginParams>(
        api::method::AuthLogin, Access::Anyone,
        [&ctx](const CallContext& call, const api::LoginParams& p, Responder respond) {
            login(ctx, call, p, std::move(respond));
        });
    registry.addRead<api::ResumeParams>(
        api::method::AuthResume, Access::Anyone, [](JobScope& scope, const api::ResumeParams& p) {
            return AuthService(scope.session, scope.now).resume(p.token);
        });
    registry.addWrite<api::EmptyParams>(
        api::method::AuthLogout, Access::Authenticated,
        [](JobScope& scope, const api::EmptyParams&) {
            return AuthService(scope.session, scope.now).logout(scope.principal.tokenHash);
        });
}

} // namespace frontline::server
