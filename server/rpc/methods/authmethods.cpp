#include "api/authapi.h"
#include "api/methods.h"
#include "api/paramreader.h"
#include "api/totpapi.h"
#include "auth/loginthrottle.h"
#include "auth/sessiontoken.h"
#include "core/timeutil.h"
#include "ldap/ldapdirectory.h"
#include "logging.h"
#include "rpc/methodregistry.h"
#include "rpc/serverlimits.h"
#include "rpc/sessionregistry.h"
#include "services/auditlog.h"
#include "services/authservice.h"
#include "services/blockingworker.h"
#include "services/configpush.h"
#include "services/hashingpool.h"
#include "services/jobrunner.h"
#include "services/ldapservice.h"
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

// A refused login: the failure goes into the audit log through the writer (batched with other
// writes) and the answer (`refusal`) waits for it, so a refused login is always on record.
void refuseLogin(ServerContext& ctx, const QString& username, std::optional<qint64> account,
                 const QString& peer, Responder respond,
                 rpc::RpcError refusal = rpc::RpcError::invalidCredentials())
{
    ctx.jobs.write(
        Principal {},
        [username, account, peer](JobScope& scope) -> ServiceResult {
            AuditLog::recordLoginFailure(scope.session, scope.now, username, account, peer);
            return Outcome();
        },
        [respond, refusal](ServiceResult) { respond(refusal); });
}

// The answer to a login whose password (or directory bind) was right: a wrong second-factor
// code keeps the guess's reservation (it was a failed guess too) and is a refused login on
// record; anything else frees the reservation, and a session that opened starts the account's
// count again.
Responder afterSecondFactor(ServerContext& ctx, const QString& username,
                            std::optional<qint64> account, const QString& peer, qint64 reservedAt,
                            Responder respond)
{
    return [&ctx, username, account, peer, reservedAt, respond](ServiceResult result) {
        if (!result && isWrongSecondFactor(result.error())) {
            qCInfo(lcAuth) << "wrong second factor from" << peer;
            refuseLogin(ctx, username, account, peer, respond, result.error());
            return;
        }
        ctx.throttle.release(username, peer, reservedAt);
        if (result)
            ctx.throttle.recordSuccess(username);
        respond(std::move(result));
    };
}

// A directory account (or a name no local account has, while directories are configured):
// the password is checked by binding to the directory as the person, on the directory worker.
// A wrong password is a failed guess like any other (the reservation stays); a directory that
// cannot be reached is not (the caller is told the directory is unavailable).
void directoryLogin(ServerContext& ctx, const api::LoginParams& p, const QString& peer,
                    qint64 reservedAt, QList<api::LdapDirectory> directories, Responder respond)
{
    const bool queued = ctx.directories->run([&ctx, p, peer, reservedAt, directories,
                                              respond]() -> std::function<void()> {
        std::optional<ldap::DirectoryPerson> person;
        QString unreachable;
        for (const api::LdapDirectory& directory : directories) {
            auto found = ldap::LdapDirectoryClient(directory).authenticate(p.username, p.password);
            if (!found) {
                unreachable = directory.name + u": "_s + found.error().message;
                continue;
            }
            if (found->has_value()) {
                person = std::move(*found);
                break;
            }
        }
        return [&ctx, p, peer, reservedAt, person, unreachable, respond] {
            if (!person) {
                if (!unreachable.isEmpty()) {
                    ctx.throttle.release(p.username, peer, reservedAt);
                    qCWarning(lcAuth).noquote() << "directory login not checked:" << unreachable;
                    respond(rpc::RpcError::unavailable(u"directory_unreachable"_s));
                    return;
                }
                qCInfo(lcAuth) << "failed directory login from" << peer;
                refuseLogin(ctx, p.username, std::nullopt, peer, respond);
                return;
            }
            const qint64 ttl = ctx.limits.sessionTtlMs;
            const mail::SecretSealer* sealer = ctx.mailSealer;
            Responder answer =
                afterSecondFactor(ctx, p.username, std::nullopt, peer, reservedAt, respond);
            ctx.jobs.write(
                Principal {},
                [person = *person, peer, ttl, otp = p.otp,
                 sealer](JobScope& scope) -> ServiceResult {
                    QList<qint64> changed;
                    bool staffChanged = false;
                    auto userId = LdapService(scope.session, scope.now)
                                      .signIn(person, &changed, &staffChanged);
                    if (!userId)
                        return userId.error();
                    // A directory account's second factor is Frontline's, like a local one's.
                    auto opened = AuthService(scope.session, scope.now, scope.workflow.security)
                                      .openSession(*userId, peer, ttl, QByteArray(), otp, sealer);
                    if (opened) {
                        opened->usersChanged += changed;
                        if (staffChanged)
                            opened->events.append(configChanged({QString(api::configpart::Groups),
                                                                 QString(api::configpart::Staff)}));
                    }
                    return opened;
                },
                [&ctx, answer](ServiceResult result) {
                    if (result && !result->usersChanged.isEmpty())
                        ctx.sessions.refreshUsers(result->usersChanged);
                    answer(std::move(result));
                });
        };
    });
    if (!queued) {
        ctx.throttle.release(p.username, peer, reservedAt);
        respond(rpc::RpcError::rateLimited(1000));
    }
}

// What a login needs from storage: the local credentials, and the directories to ask when the
// account is a directory one or there is no account of that name yet.
struct LoginLookup
{
    std::optional<StoredCredentials> credentials;
    QList<api::LdapDirectory> directories;
};

// auth.login: reserve a guess in the throttle -> read the credentials -> verify (argon2id, on
// the hashing pool, against a dummy hash when the user does not exist, so both failures look and
// time alike; by a bind on the directory for directory accounts) -> check the second factor and
// open the session in the writer. The guess counts from the moment it is allowed, so a batch of
// concurrent attempts checks no more passwords than the limit; a wrong second-factor code counts
// like a wrong password, and the account's count starts again only when a session was opened.
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
    auto lookup = std::make_shared<LoginLookup>();
    const bool directories = ctx.directories != nullptr;
    ctx.jobs.read(
        Principal {},
        [&ctx, p, lookup, directories](JobScope& scope) -> ServiceResult {
            lookup->credentials = UserRepository(scope.session).credentials(p.username);
            const auto& found = lookup->credentials;
            if (directories && (!found || !found->directory.isEmpty())) {
                auto usable = LdapService(scope.session, scope.now)
                                  .forUse(ctx.mailSealer,
                                          found ? std::optional(found->directory) : std::nullopt);
                if (usable)
                    lookup->directories = *usable;
            }
            return Outcome();
        },
        [&ctx, p, peer, reservedAt, lookup, respond](ServiceResult lookedUp) mutable {
            if (!lookedUp) {
                ctx.throttle.release(p.username, peer, reservedAt);
                respond(lookedUp.error());
                return;
            }
            const auto& credentials = lookup->credentials;
            const bool local = credentials && credentials->directory.isEmpty();
            if (!local && !lookup->directories.isEmpty() && ctx.directories) {
                if (credentials && credentials->disabled) {
                    refuseLogin(ctx, p.username, credentials->userId, peer, respond);
                    return;
                }
                directoryLogin(ctx, p, peer, reservedAt, lookup->directories, respond);
                return;
            }
            const QByteArray hash =
                local ? credentials->passwordHash : ctx.hashing.hasher().dummyHash();
            const bool queued = ctx.hashing.verify(
                hash, p.password,
                [&ctx, p, peer, reservedAt, lookup, local, respond](bool matches) {
                    const auto& credentials = lookup->credentials;
                    const bool ok = matches && local && !credentials->disabled;
                    if (!ok) {
                        // The reservation stays: it was this failed guess. The failure goes
                        // into the audit log through the writer (batched with other writes);
                        // the answer waits for it, so a refused login is always on record.
                        qCInfo(lcAuth) << "failed login from" << peer;
                        refuseLogin(ctx, p.username,
                                    credentials ? std::optional(credentials->userId) : std::nullopt,
                                    peer, respond);
                        return;
                    }
                    const qint64 userId = credentials->userId;
                    const qint64 ttl = ctx.limits.sessionTtlMs;
                    auto opened = afterSecondFactor(ctx, p.username, credentials->userId, peer,
                                                    reservedAt, respond);
                    const QString client = p.client;
                    auto open = [&ctx, userId, peer, ttl, otp = p.otp, client,
                                 opened](const QByteArray& rehash) {
                        const mail::SecretSealer* sealer = ctx.mailSealer;
                        ctx.jobs.write(
                            Principal {},
                            [userId, peer, ttl, rehash, otp, sealer, client](JobScope& scope) {
                                return AuthService(scope.session, scope.now,
                                                   scope.workflow.security)
                                    .openSession(userId, peer, ttl, rehash, otp, sealer, client);
                            },
                            opened);
                    };
                    // A hash made with weaker parameters than today's is upgraded on login.
                    if (!ctx.hashing.hasher().needsRehash(credentials->passwordHash)
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

// user.unlock: the account's failed logins are forgotten (the throttle lives on this thread),
// once the admin's entry in the audit log has committed.
void unlockUser(ServerContext& ctx, const CallContext& call, const api::IdParams& p,
                Responder respond)
{
    auto username = std::make_shared<QString>();
    ctx.jobs.write(
        call.caller(),
        [id = p.id, username](JobScope& scope) -> ServiceResult {
            const auto user = UserRepository(scope.session).find(id);
            if (!user)
                return rpc::RpcError::notFound(u"user"_s);
            *username = user->username;
            AuditLog(scope.session, scope.principal, scope.now)
                .record({u"user.unlock"_s, u"user"_s, id, user->username, {}});
            return Outcome();
        },
        [&ctx, username, respond](ServiceResult found) {
            if (!found) {
                respond(found.error());
                return;
            }
            ctx.throttle.unlock(*username);
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
    // A write: the resumed sign-in is in the audit log, like a login.
    registry.addWrite<api::ResumeParams>(
        api::method::AuthResume, Access::Anyone, [](JobScope& scope, const api::ResumeParams& p) {
            return AuthService(scope.session, scope.now, scope.workflow.security).resume(p.token);
        });
    registry.addWrite<api::EmptyParams>(api::method::AuthLogout, Access::Authenticated,
                                        [](JobScope& scope, const api::EmptyParams&) {
                                            return AuthService(scope.session, scope.now,
                                                               scope.workflow.security)
                                                .logout(scope.principal);
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
    registry.addWrite<api::IdParams>(
        api::method::AuthTotpReset, Access::Admin, [&ctx](JobScope& s, const api::IdParams& p) {
            return totp(ctx, s).reset(s.principal, p.id, s.workflow.security);
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
