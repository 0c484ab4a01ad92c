#pragma once

#include "rpc/jsonrpc.h"
#include "rpc/methodregistry.h"

#include <QObject>

namespace frontline::server {

class RpcConnection;

// Turns frames into method calls and answers into frames: JSON-RPC 2.0 complete (requests,
// notifications, batches, error objects, id echo), the policy's access check before any
// handler runs, and the effects of an outcome (session changes, pushed events) applied once
// the change is durable.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    Dispatcher(MethodRegistry& registry, QObject* parent = nullptr);

    void handleFrame(RpcConnection* connection, const QByteArray& frame);

private:
    using Reply = std::function<void(const QJsonObject& response)>;

    // Runs one element; `reply` is called once with the response (never for notifications).
    void dispatch(RpcConnection* connection, const rpc::Message& message, Reply reply);
    void applyEffects(RpcConnection* connection, Outcome& outcome); // connection may be null

    MethodRegistry& m_registry;
    ServerContext& m_context;
};

} // namespace frontline::server
