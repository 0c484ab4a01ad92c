#include "api/methods.h"
#include "api/paramreader.h"
#include "api/tokenapi.h"
#include "auth/loginthrottle.h"
#include "logging.h"
#include "rpc/methodregistry.h"
#include "rpc/tokenusage.h"
#include "services/hashingpool.h"
#include "services/passwordreset.h"
#include "services/tokenservice.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// The lists read on a reader, then show the last uses noted since the last batch write.
template<typename List, typename Read>
void listWithUsage(ServerContext& ctx, const CallContext& call, Read read, Responder respond)
{
    struct Listed
    {
        List list;
        QHash<qint64, QString> hashes;
    };
    auto listed = std::make_shared<Listed>();
    ctx.jobs.read(
        call.caller(),
        [listed, read](JobScope& scope) -> ServiceResult {
            TokenService service(scope.session, scope.principal, scope.now);
            listed->list = read(service, listed->hashes);
            return Outcome();
        },
        [&ctx, listed, respond](ServiceResult result) {
            if (!result) {
                respond(result.error());
                return;
            }
            if (ctx.usage)
                TokenService::overlay(listed->list, *ctx.usage, listed->hashes);
            respond(Outcome(listed->list));
        });
}

// auth.reset.request: throttled per login and per address (unknown logins count too, so the
// throttle reveals nothing), then the same answer whoever exists.
void requestReset(ServerContext& ctx, const CallContext& call, const api::ResetRequestParams& p,
                  Responder respond)
{
    const QString peer = call.peer;
    if (ctx.resetThrottle) {
        if (const qint64 wait = ctx.resetThrottle->reserve(p.login, peer, ctx.clock())) {
            qCInfo(lcAuth) << "password reset request throttled from" << peer;
            respond(rpc::RpcError::rateLimited(wait));
            return;
        }
    }
    ctx.jobs.write(
        Principal {},
        [p, peer](JobScope& scope) {
            return PasswordResetService(scope.session, scope.now).request(p.login, peer);
        },
        std::move(respond));
}

// auth.reset.confirm: the code is a guess like a password, so it goes through the login
// throttle (the login and the address); the new password is hashed off the writer.
void confirmReset(ServerContext& ctx, const CallContext& call, const api::ResetConfirmParams& p,
                  Responder respond)
{
    const QString peer = call.peer;
    const qint64 reservedAt = ctx.clock();
    if (const qint64 wait = ctx.throttle.reserve(p.login, peer, reservedAt)) {
        qCInfo(lcAuth) << "password reset confirmation throttled from" << peer;
        respond(rpc::RpcError::rateLimited(wait));
        return;
    }
    const bool queued =
        ctx.hashing.hash(p.password, [&ctx, p, peer, reservedAt, respond](const QByteArray& hash) {
            ctx.jobs.write(
                Principal {},
                [p, hash](JobScope& scope) {
                    return PasswordResetService(scope.session, scope.now).confirm(p, hash);
                },
                [&ctx, p, respond](ServiceResult result) {
                    // A wrong code keeps its reservation: it was a failed guess.
                    if (result)
                        ctx.throttle.recordSuccess(p.login);
                    respond(std::move(result));
                });
        });
    if (!queued) {
        ctx.throttle.release(p.login, peer, reservedAt);
        respond(rpc::RpcError::rateLimited(1000));
    }
}

} // namespace

void registerTokenMethods(MethodRegistry& registry)
{
    ServerContext& ctx = registry.context();
    registry.addWrite<api::TokenCreateParams>(
        api::method::TokenCreate, Access::Authenticated,
        [](JobScope& scope, const api::TokenCreateParams& p) {
            return TokenService(scope.session, scope.principal, scope.now).createToken(p);
        });
    registry.addCustom<api::EmptyParams>(
        api::method::TokenList, Access::Authenticated,
        [&ctx](const CallContext& call, const api::EmptyParams&, Responder respond) {
            listWithUsage<api::TokenList>(
                ctx, call,
                [](TokenService& service, QHash<qint64, QString>& hashes) {
                    return service.listTokens(hashes);
                },
                std::move(respond));
        });
    registry.addWrite<api::IdParams>(
        api::method::TokenRevoke, Access::Authenticated,
        [](JobScope& scope, const api::IdParams& p) {
            return TokenService(scope.session, scope.principal, scope.now).revokeToken(p.id);
        });
    registry.addCustom<api::EmptyParams>(
        api::method::SessionList, Access::Authenticated,
        [&ctx](const CallContext& call, const api::EmptyParams&, Responder respond) {
            listWithUsage<api::SessionList>(
                ctx, call,
                [](TokenService& service, QHash<qint64, QString>& hashes) {
                    return service.listSessions(hashes);
                },
                std::move(respond));
        });
    registry.addWrite<api::IdParams>(
        api::method::SessionRevoke, Access::Authenticated,
        [](JobScope& scope, const api::IdParams& p) {
            return TokenService(scope.session, scope.principal, scope.now).revokeSession(p.id);
        });
    registry.addWrite<api::SessionRevokeAllParams>(
        api::method::SessionRevokeAll, Access::Authenticated,
        [](JobScope& scope, const api::SessionRevokeAllParams& p) {
            return TokenService(scope.session, scope.principal, scope.now)
                .revokeAllSessions(p.userId);
        });
    registry.addCustom<api::ResetRequestParams>(
        api::method::AuthResetRequest, Access::Anyone,
        [&ctx](const CallContext& call, const api::ResetRequestParams& p, Responder respond) {
            requestReset(ctx, call, p, std::move(respond));
        });
    registry.addCustom<api::ResetConfirmParams>(
        api::method::AuthResetConfirm, Access::Anyone,
        [&ctx](const CallContext& call, const api::ResetConfirmParams& p, Responder respond) {
            confirmReset(ctx, call, p, std::move(respond));
        });
}

} // namespace frontline::server
