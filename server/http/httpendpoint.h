#pragma once

#include "auth/principal.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QTimer>

#include <functional>
#include <memory>

class QHostAddress;
class QSslConfiguration;

namespace frontline::server {

class Dispatcher;
class RpcConnection;
class ServerMetrics;
struct ServerContext;

// The HTTP listener (Qt HTTP Server): JSON-RPC as POST /rpc with a bearer API token, the
// WebSocket at /ws (the TCP protocol's semantics, push included), /healthz, /readyz and
// /metrics. Off unless --http-port is given; TLS with the TCP listener's certificate.
class HttpEndpoint final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEndpoint)

public:
    struct Wiring
    {
        Dispatcher& dispatcher;
        ServerContext& context;
        ServerMetrics& metrics;
        std::function<bool()> writerHealthy; // the writer runs and takes writes
    };

    explicit HttpEndpoint(Wiring wiring, QObject* parent = nullptr);
    ~HttpEndpoint() override;

    void setTls(const QSslConfiguration& configuration);
    // The port bound, 0 when it cannot listen.
    quint16 listenOn(const QHostAddress& address, quint16 port);
    int webSocketCount() const { return int(m_webSockets.size()); }
    int exchangeCount() const { return m_exchanges; }
    // Closes every WebSocket (server shutdown).
    void closeAll();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct PendingResponse;
    void serveRpc(const QHttpServerRequest& request, QTcpSocket* socket);
    void answerRpc(const std::shared_ptr<PendingResponse>& pending, const QByteArray& body,
                   const QString& peer, const Principal& principal);
    void serveReady(const QHttpServerRequest& request, QTcpSocket* socket);
    void serveMetrics(const QHttpServerRequest& request, QTcpSocket* socket);
    void renderMetrics(const std::shared_ptr<PendingResponse>& pending);
    // The principal of an "Authorization: Bearer <token>" header (as auth.resume gives it).
    void authenticate(const QByteArray& authorization,
                      std::function<void(Result<Principal, rpc::RpcError>)> done);
    // An exchange is over: its connection leaves the registries (a method may have attached
    // it, e.g. auth.totp.confirm) and goes.
    void endExchange(RpcConnection* connection);
    void acceptWebSockets();
    void onWebSocketClosed(RpcConnection* connection);
    void sweep();

    Wiring m_wiring;
    QHash<quint64, RpcConnection*> m_webSockets;
    QHash<QString, int> m_webSocketsPerAddress;
    int m_exchanges = 0; // HTTP requests being answered
    quint64 m_nextId = quint64(1) << 40; // beside the TCP listener's ids, for the logs
    QTimer m_sweepTimer;
};

} // namespace frontline::server
