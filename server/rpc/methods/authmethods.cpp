#include "api/authapi.h"
#include "api/methods.h"
#include "api/paramreader.h"
#include "api/totpapi.h"
#include "auth/loginthrottle.h"
#include "auth/sessiontoken.h"
#include "core/timeutil.h"
#include "logging.h"
#include "rpc/methodregistry.h"
#include "rpc/serverlimits.h"
#include "services/authservice.h"
#include "services/hashingpool.h"
#include "services/totpservice.h"
#include "storage/userrepository.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Too many failed attempts: when the next one may be made, in milliseconds and as a time.
rpc::RpcError throttled(qint64 wait, qint64 now)
{
    rpc::RpcError error = rpc::RpcError::rateLimited(wait);
    QJsonObject data = error.data.toObject();
    data.insert("retry_at"_L1, timeutil::toIso(now + wait));
    error.data = data;
    return error;
}

bool isWrongSecondFactor(const rpc::RpcError& error)
{
    return error.is(rpc::ErrorCode::SecondFactor) && error.reason() == u"invalid"_s;
}

// auth.login: reserve a guess in the throttle -> read the credentials -> verify (argon2id, on
// the hashing pool, against a dummy hash when the user does not exist, so both failures look and
// time alike) -> check the second factor and open the session in the writer. The guess counts
// from the moment it is allowed, so a batch of concurrent attempts checks no more passwords
// than the limit; a wrong second-factor code counts like a wrong password, and the account's
// count starts again only when a session was opened.
void login(ServerContext& ctx, const CallContext& call, const api::LoginParams& p,
           Responder respond)
{
    const QString peer = call.peer;
    const qint64 reservedAt = ctx.clock();
    if (const qint64 wait = ctx.throttle.reserve(p.username, peer, reservedAt)) {
        qCInfo(lcAuth) << "login throttled for an account from" << peer;
        respond(throttled(wait, reservedAt));
        return;
    }
    auto credentials = std::make_shared<std::optional<StoredCredentials>>();
    ctx.jobs.read(
        Principal {},
        [p, credentials](JobScope& scope) -> ServiceResult {
            *credentials = UserRepository(scope.session).credentials(p.username);
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
                        respond(rpc::RpcError::invalidCredentials()); // audit: login failure
                        return;
                    }
                    const qint64 userId = (*credentials)->userId;
                    const qint64 ttl = ctx.limits.sessionTtlMs;
                    auto opened = [&ctx, p, peer, reservedAt, respond](ServiceResult result) {
                        if (!result && isWrongSecondFactor(result.error())) {
                            // The reservation stays: a wrong code is a failed guess too.
                            qCInfo(lcAuth) << "wrong second factor from" << peer;
                        } else {
                            ctx.throttle.release(p.username, peer, reservedAt);
                            if (result)
                                ctx.throttle.recordSuccess(p.username);
                        }
                        respond(std::move(result));
                    };
                    auto open = [&ctx, userId, peer, ttl, otp = p.otp,
                                 opened](const QByteArray& rehash) {
                        const mail::SecretSealer* sealer = ctx.mailSealer;
                        ctx.jobs.write(
                            Principal {},
                            [userId, peer, ttl, rehash, otp, sealer](JobScope& scope) {
                                return AuthService(scope.session, scope.now,
                                                   scope.workflow.security)
                                    .openSession(userId, peer, ttl, rehash, otp, sealer);
                            },
                            opened);
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

// auth.totp.disable: the own password first (a guess like auth.login's, through the same
// throttle), then a current code or a recovery code in the writer.
void disableTotp(ServerContext& ctx, const CallContext& call, const api::TotpDisableParams& p,
                 Responder respond)
{
    const Principal caller = call.caller();
    const QString account = caller.username;
    const QString peer = call.peer;
    const qint64 reservedAt = ctx.clock();
    if (const qint64 wait = ctx.throttle.reserve(account, peer, reservedAt)) {
        respond(throttled(wait, reservedAt));
        return;
    }
    auto current = std::make_shared<QByteArray>();
    ctx.jobs.read(
        caller,
        [current](JobScope& scope) -> ServiceResult {
            if (const auto stored =
                    UserRepository(scope.session).credentials(scope.principal.userId))
                *current = stored->passwordHash;
            return Outcome();
        },
        [&ctx, p, caller, account, peer, reservedAt, current, respond](ServiceResult result) {
            if (!result) {
                ctx.throttle.release(account, peer, reservedAt);
                respond(result.error());
                return;
            }
            const bool queued = ctx.hashing.verify(
                *current, p.password,
                [&ctx, p, caller, account, peer, reservedAt, respond](bool ok) {
                    if (!ok) {
                        respond(rpc::RpcError::invalidParams(u"password"_s, u"is not correct"_s));
                        return;
                    }
                    const mail::SecretSealer* sealer = ctx.mailSealer;
                    ctx.jobs.write(
                        caller,
                        [code = p.code, sealer](JobScope& s) {
                            return TotpService(s.session, sealer, s.now)
                                .disable(s.principal, code, s.workflow.security);
                        },
                        [&ctx, account, peer, reservedAt, respond](ServiceResult done) {
                            if (done || done.error().field() != u"code"_s) {
                                ctx.throttle.release(account, peer, reservedAt);
                                if (done)
                                    ctx.throttle.recordSuccess(account);
                            }
                            respond(std::move(done));
                        });
                },
                peer);
            if (!queued) {
                ctx.throttle.release(account, peer, reservedAt);
                respond(rpc::RpcError::rateLimited(1000));
            }
        });
}

// user.unlock: the account's failed logins are forgotten (the throttle lives on this thread).
void unlockUser(ServerContext& ctx, const CallContext& call, const api::IdParams& p,
                Responder respond)
{
    auto username = std::make_shared<QString>();
    ctx.jobs.read(
        call.caller(),
        [id = p.id, username](JobScope& scope) -> ServiceResult {
            const auto user = UserRepository(scope.session).find(id);
            if (!user)
                return rpc::RpcError::notFound(u"user"_s);
            *username = user->username;
            return Outcome();
        },
        [&ctx, username, respond](ServiceResult found) {
            if (!found) {
                respond(found.error());
                return;
            }
            ctx.throttle.unlock(*username);
            // audit: account unlocked by an admin (*username)
            respond(Outcome(api::UnlockResult {}));
        });
}

TotpService totp(ServerContext& ctx, JobScope& scope)
{
    return TotpService(scope.session, ctx.mailSealer, scope.now);
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
            return AuthService(scope.session, scope.now, scope.workflow.security).resume(p.token);
        });
    registry.addWrite<api::EmptyParams>(api::method::AuthLogout, Access::Authenticated,
                                        [](JobScope& scope, const api::EmptyParams&) {
                                            return AuthService(scope.session, scope.now,
                                                               scope.workflow.security)
                                                .logout(scope.principal.tokenHash);
                                        });

    // Two-factor sign-in. A session limited to enrolment may call status, begin and confirm
    // (policy::allowsMethod).
    registry.addRead<api::EmptyParams>(api::method::AuthTotpStatus, Access::Authenticated,
                                       [&ctx](JobScope& s, const api::EmptyParams&) {
                                           return totp(ctx, s).status(s.principal,
                                                                      s.workflow.security);
                                       });
    registry.addWrite<api::EmptyParams>(
        api::method::AuthTotpBegin, Access::Authenticated,
        [&ctx](JobScope& s, const api::EmptyParams&) { return totp(ctx, s).begin(s.principal); });
    registry.addWrite<api::TotpCodeParams>(api::method::AuthTotpConfirm, Access::Authenticated,
                                           [&ctx](JobScope& s, const api::TotpCodeParams& p) {
                                               return totp(ctx, s).confirm(s.principal, p.code);
                                           });
    registry.addCustom<api::TotpDisableParams>(
        api::method::AuthTotpDisable, Access::Authenticated,
        [&ctx](const CallContext& call, const api::TotpDisableParams& p, Responder respond) {
            disableTotp(ctx, call, p, std::move(respond));
        });
    registry.addWrite<api::IdParams>(api::method::AuthTotpReset, Access::Admin,
                                     [&ctx](JobScope& s, const api::IdParams& p) {
                                         return totp(ctx, s).reset(p.id, s.workflow.security);
                                     });
    registry.addWrite<api::TotpCodeParams>(api::method::AuthRecoveryRegenerate,
                                           Access::Authenticated,
                                           [&ctx](JobScope& s, const api::TotpCodeParams& p) {
                                               return totp(ctx, s).regenerate(s.principal, p.code);
                                           });
    registry.addCustom<api::IdParams>(
        api::method::UserUnlock, Access::Admin,
        [&ctx](const CallContext& call, const api::IdParams& p, Responder respond) {
            unlockUser(ctx, call, p, std::move(respond));
        });
}

} // namespace frontline::server
