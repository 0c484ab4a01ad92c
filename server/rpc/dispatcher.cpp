#include "dispatcher.h"

#include "logging.h"
#include "rpc/eventbus.h"
#include "rpc/rpcconnection.h"
#include "rpc/sessionregistry.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Collects the answers of a batch; sends them as one array when the last one arrives. A batch
// of notifications only gets no answer at all.
struct BatchCollector
{
    QPointer<RpcConnection> connection;
    QJsonArray responses;
    int pending = 0;

    void add(const QJsonObject& response)
    {
        responses.append(response);
        finishOne();
    }
    void finishOne()
    {
        if (--pending == 0 && connection && !responses.isEmpty())
            connection->send(rpc::jsonrpc::encode(responses));
    }
};

} // namespace

Dispatcher::Dispatcher(MethodRegistry& registry, QObject* parent)
    : QObject(parent)
    , m_registry(registry)
    , m_context(registry.context())
{
}

void Dispatcher::handleFrame(RpcConnection* connection, const QByteArray& frame)
{
    const rpc::ParsedMessage parsed = rpc::jsonrpc::parse(frame);
    if (parsed.error) {
        connection->send(rpc::jsonrpc::encode(rpc::jsonrpc::failure(QJsonValue::Null, *parsed.error)));
        return;
    }
    if (!parsed.isBatch) {
        const rpc::Message& message = parsed.items.constFirst();
        QPointer<RpcConnection> guard(connection);
        dispatch(connection, message, [guard](const QJsonObject& response) {
            if (guard)
                guard->send(rpc::jsonrpc::encode(response));
        });
        return;
    }
    if (parsed.items.size() > m_context.limits.maxBatchSize) {
        connection->send(rpc::jsonrpc::encode(rpc::jsonrpc::failure(
                QJsonValue::Null, rpc::RpcError::tooLarge(u"batch"_s, m_context.limits.maxBatchSize))));
        return;
    }
    auto batch = std::make_shared<BatchCollector>();
    batch->connection = connection;
    batch->pending = static_cast<int>(parsed.items.size()) + 1; // +1: held until all dispatched
    for (const rpc::Message& message : parsed.items) {
        if (message.isNotification()) {
            dispatch(connection, message, {});
            batch->finishOne();
        } else {
            dispatch(connection, message, [batch](const QJsonObject& response) { batch->add(response); });
        }
    }
    batch->finishOne();
}

void Dispatcher::dispatch(RpcConnection* connection, const rpc::Message& message, Reply reply)
{
    const bool isRequest = message.isRequest();
    const auto fail = [&](const rpc::RpcError& error) {
        if (reply)
            reply(rpc::jsonrpc::failure(message.id, error));
    };
    if (message.isInvalid()) {
        fail(*message.error);
        return;
    }
    if (message.isResponse()) {
        // The server never sends requests, so a response is out of place here.
        fail(rpc::RpcError::invalidRequest(u"unexpected response"_s));
        return;
    }
    const MethodSpec* method = m_registry.find(message.method);
    if (!method) {
        fail(rpc::RpcError::methodNotFound(message.method));
        return;
    }
    const std::optional<Principal>& principal = connection->principal();
    if (principal && principal->expiresAt <= m_context.clock()) {
        m_context.sessions.endSession(principal->tokenHash, nullptr, u"expired"_s);
    }
    if (!policy::allows(connection->principal() ? &*connection->principal() : nullptr, method->access)) {
        fail(connection->isAuthenticated() ? rpc::RpcError::forbidden(u"role_not_allowed"_s)
                                           : rpc::RpcError::unauthenticated());
        return;
    }
    if (connection->inFlight() >= m_context.limits.maxInFlightPerConnection) {
        fail(rpc::RpcError::rateLimited(100));
        return;
    }

    connection->beginRequest();
    CallContext call{connection, connection->principal(), connection->peerAddress()};
    QPointer<RpcConnection> guard(connection);
    const QJsonValue id = message.id;
    method->handler(call, message.params,
                    [this, guard, id, isRequest, reply = std::move(reply)](ServiceResult result) {
                        if (guard)
                            guard->endRequest();
                        if (!result) {
                            if (isRequest && reply)
                                reply(rpc::jsonrpc::failure(id, result.error()));
                            return;
                        }
                        Outcome& outcome = result.value();
                        applyEffects(guard.data(), outcome);
                        if (isRequest && reply)
                            reply(rpc::jsonrpc::success(id, outcome.result));
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
        m_context.sessions.endSession(connection->principal()->tokenHash, connection, u"logged_out"_s);
    if (!outcome.usersChanged.isEmpty())
        m_context.sessions.refreshUsers(outcome.usersChanged);
    if (outcome.workflow)
        m_context.workflow.replace(outcome.workflow);
}

} // namespace frontline::server
