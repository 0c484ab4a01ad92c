#pragma once

#include "rpc/jsonrpcprocessor.h"
#include "rpc/methodregistry.h"

#include <QObject>

#include <functional>

namespace frontline::server {

class RpcConnection;

// Turns frames into method calls: the JSON-RPC semantics come from JsonRpcProcessor (shared);
// here the method is looked up, the policy's access check runs before any handler, in-flight
// requests are bounded per connection, and the effects of an outcome (session changes, pushed
// events) are applied once the change is durable.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    Dispatcher(MethodRegistry& registry, QObject* parent = nullptr);

    void handleFrame(RpcConnection* connection, const QByteArray& frame);

    // Told of every answered call (metrics): the method ("unknown" for a name no method has),
    // the transport, how long until the answer, and whether it was an error.
    using CallObserver = std::function<void(const QString& method, QLatin1StringView transport,
                                            qint64 micros, bool ok)>;
    void setCallObserver(CallObserver observer) { m_observer = std::move(observer); }

private:
    void call(RpcConnection* connection, const rpc::JsonRpcProcessor::Call& call,
              rpc::JsonRpcProcessor::Respond respond);
    void applyEffects(RpcConnection* connection, Outcome& outcome); // connection may be null

    MethodRegistry& m_registry;
    ServerContext& m_context;
    rpc::JsonRpcProcessor m_processor;
    CallObserver m_observer;
};

} // namespace frontline::server
