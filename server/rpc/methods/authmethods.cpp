#include "api/authapi.h"
#include "api/methods.h"
#include "auth/loginthrottle.h"
#include "auth/sessiontoken.h"
#include "ldap/directoryworker.h"
#include "ldap/ldapdirectory.h"
#include "logging.h"
#include "rpc/methodregistry.h"
#include "rpc/serverlimits.h"
#include "rpc/sessionregistry.h"
#include "services/auditlog.h"
#include "services/authservice.h"
#include "services/hashingpool.h"
#include "services/jobrunner.h"
#include "services/ldapservice.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// A refused login: the failure goes into the audit log through the writer (batched with other
// writes) and the answer waits for it, so a refused login is always on record.
void refuseLogin(ServerContext& ctx, const QString& username, std::optional<qint64> account,
                 const QString& peer, Responder respond)
{
    ctx.jobs.write(
        Principal {},
        [username, account, peer](JobScope& scope) -> ServiceResult {
            AuditLog::recordLoginFailure(scope.session, scope.now, username, account, peer);
            return Outcome();
        },
        [respond](ServiceResult) { respond(rpc::RpcError::invalidCredentials()); });
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
            ctx.throttle.release(p.username, peer, reservedAt);
            ctx.throttle.recordSuccess(p.username);
            const qint64 ttl = ctx.limits.sessionTtlMs;
            ctx.jobs.write(
                Principal {},
                [person = *person, peer, ttl](JobScope& scope) -> ServiceResult {
                    QList<qint64> changed;
                    auto userId = LdapService(scope.session, scope.now).signIn(person, &changed);
                    if (!userId)
                        return userId.error();
                    auto opened = AuthService(scope.session, scope.now)
                                      .openSession(*userId, peer, ttl, QByteArray());
                    if (opened)
                        opened->usersChanged += changed;
                    return opened;
                },
                [&ctx, respond](ServiceResult result) {
                    if (result && !result->usersChanged.isEmpty())
                        ctx.sessions.refreshUsers(result->usersChanged);
                    respond(std::move(result));
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
// time alike; by a bind on the directory for directory accounts) -> open the session in the
// writer. The guess counts from the moment it is allowed, so a batch of concurrent attempts
// checks no more passwords than the limit.
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
    auto lookup = std::make_shared<LoginLookup>();
    const bool directories = ctx.directories != nullptr;
    ctx.jobs.read(
        Principal {},
        [&ctx, p, lookup, directories](JobScope& scope) -> ServiceResult {
            lookup->credentials = AuthService(scope.session, scope.now).credentials(p.username);
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
                    ctx.throttle.release(p.username, peer, reservedAt);
                    ctx.throttle.recordSuccess(p.username);
                    const qint64 userId = credentials->userId;
                    const qint64 ttl = ctx.limits.sessionTtlMs;
                    auto open = [&ctx, userId, peer, ttl, respond](const QByteArray& rehash) {
                        ctx.jobs.write(
                            Principal {},
                            [userId, peer, ttl, rehash](JobScope& scope) {
                                return AuthService(scope.session, scope.now)
                                    .openSession(userId, peer, ttl, rehash);
                            },
                            respond);
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
