#include "dispatcher.h"

#include "api/methods.h"
#include "auth/apitoken.h"
#include "rpc/eventbus.h"
#include "rpc/rpcconnection.h"
#include "rpc/sessionregistry.h"
#include "rpc/tokenusage.h"
#include "workflow/workflowconfig.h"

#include <QElapsedTimer>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Over HTTP every request stands alone (the bearer token authenticates it): the methods that
// keep state on a connection have nothing to keep it on.
std::optional<rpc::RpcError> statelessRefusal(const QString& method)
{
    rpc::RpcError error = rpc::RpcError::forbidden(u"stateless_transport"_s);
    if (method == api::method::AuthLogin || method == api::method::AuthResume) {
        error.message = u"HTTP is stateless: send an API token in the Authorization: Bearer "
                        "header of every request instead of logging in (or use the WebSocket "
                        "at /ws)"_s;
        return error;
    }
    if (method == api::method::EventsSubscribe || method == api::method::EventsUnsubscribe) {
        error.message = u"HTTP is stateless and cannot push events: subscribe over the "
                        "WebSocket at /ws (or TCP)"_s;
        return error;
    }
    return std::nullopt;
}

} // namespace

Dispatcher::Dispatcher(MethodRegistry& registry, QObject* parent)
    : QObject(parent)
    , m_registry(registry)
    , m_context(registry.context())
    , m_processor(registry.context().limits.maxBatchSize)
{ }

void Dispatcher::handleFrame(RpcConnection* connection, const QByteArray& frame)
{
    QPointer<RpcConnection> guard(connection);
    m_processor.process(
        frame,
        [this, guard](const rpc::JsonRpcProcessor::Call& request,
                      rpc::JsonRpcProcessor::Respond respond) {
            if (!guard) {
                respond(rpc::RpcError::unavailable(u"connection_closed"_s));
                return;
            }
            call(guard, request, std::move(respond));
        },
        [guard](const QByteArray& answer) {
            if (guard)
                guard->send(answer);
        });
}

void Dispatcher::call(RpcConnection* connection, const rpc::JsonRpcProcessor::Call& request,
                      rpc::JsonRpcProcessor::Respond answer)
{
    const MethodSpec* method = m_registry.find(request.method);
    rpc::JsonRpcProcessor::Respond respond = std::move(answer);
    if (m_observer) {
        QElapsedTimer timer;
        timer.start();
        respond = [observer = m_observer, timer, name = method ? method->name : u"unknown"_s,
                   kind = connection->transportKind(),
                   respond = std::move(respond)](Result<rpc::JsonPayload, rpc::RpcError> result) {
            observer(name, kind, timer.nsecsElapsed() / 1000, bool(result));
            respond(std::move(result));
        };
    }
    if (!method) {
        respond(rpc::RpcError::methodNotFound(request.method));
        return;
    }
    if (connection->isStateless()) {
        if (auto refusal = statelessRefusal(request.method)) {
            respond(*refusal);
            return;
        }
    }
    if (const auto& principal = connection->principal();
        principal && principal->expiresAt <= m_context.clock())
        m_context.sessions.endSession(principal->tokenHash, nullptr, u"expired"_s);
    const std::optional<Principal>& principal = connection->principal();
    if (principal) {
        // A call made with an API token stays inside the token's scopes.
        if (auto outside = tokenscope::check(*principal, request.method)) {
            respond(*outside);
            return;
        }
        if (m_context.usage)
            m_context.usage->record(*principal, connection->peerAddress(), m_context.clock());
    }
    if (!policy::allowsMethod(principal ? &*principal : nullptr, method->access, method->name)) {
        if (principal && principal->enrolmentOnly && policy::allows(&*principal, method->access))
            respond(rpc::RpcError::forbidden(u"second_factor_enrolment_required"_s));
        else
            respond(principal ? rpc::RpcError::forbidden(u"role_not_allowed"_s)
                              : rpc::RpcError::unauthenticated());
        return;
    }
    if (connection->inFlight() >= m_context.limits.maxInFlightPerConnection) {
        respond(rpc::RpcError::rateLimited(100));
        return;
    }

    connection->beginRequest();
    CallContext context {connection, principal, connection->peerAddress()};
    if (context.principal)
        context.principal->peer = context.peer; // for the audit log
    QPointer<RpcConnection> guard(connection);
    method->handler(context, request.params,
                    [this, guard, respond = std::move(respond)](ServiceResult result) {
                        if (guard)
                            guard->endRequest();
                        if (!result) {
                            respond(result.error());
                            return;
                        }
                        Outcome& outcome = result.value();
                        applyEffects(guard.data(), outcome);
                        respond(outcome.result);
                        for (const PushEvent& event : std::as_const(outcome.events))
                            m_context.events.publish(event);
                    });
}

void Dispatcher::applyEffects(RpcConnection* connection, Outcome& outcome)
{
    // `connection` is null when the caller left before the answer: the change happened all
    // the same, so everything but the caller's own session state still applies.
    if (outcome.authenticated && connection)
        m_context.sessions.attach(connection, *outcome.authenticated);
    if (outcome.loggedOut && connection && connection->principal())
        m_context.sessions.endSession(connection->principal()->tokenHash, connection,
                                      u"logged_out"_s);
    // A revoked session or token: its connections are refused from their next call and hear no
    // more pushed events, now (session.revoked, reason "revoked").
    for (const QString& tokenHash : std::as_const(outcome.revokedTokens))
        m_context.sessions.endSession(tokenHash, nullptr, u"revoked"_s);
    if (!outcome.usersChanged.isEmpty())
        m_context.sessions.refreshUsers(outcome.usersChanged);
    if (outcome.workflow) {
        m_context.workflow.replace(outcome.workflow);
        if (m_context.workflowChanged)
            m_context.workflowChanged();
    }
    if (outcome.wakeAt && m_context.wake)
        m_context.wake(*outcome.wakeAt);
}

} // namespace frontline::server
