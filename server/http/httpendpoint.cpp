#include "httpendpoint.h"

#include "http/httpexchangetransport.h"
#include "http/metrics.h"
#include "http/websockettransport.h"
#include "logging.h"
#include "rpc/dispatcher.h"
#include "rpc/eventbus.h"
#include "rpc/jsonrpc.h"
#include "rpc/rpcconnection.h"
#include "rpc/servercontext.h"
#include "rpc/serverlimits.h"
#include "rpc/sessionregistry.h"
#include "services/authservice.h"
#include "services/jobrunner.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using HttpStatus = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

const QByteArray JsonType = "application/json"_ba;

QByteArray errorBody(const rpc::RpcError& error)
{
    return rpc::jsonrpc::encode(rpc::jsonrpc::failure(QJsonValue::Null, error)).trimmed();
}

} // namespace

// The responder outlives the handler (answers come after the storage threads); std::function
// needs a copyable holder, and a peer that left takes its socket with it.
struct HttpEndpoint::PendingResponse
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;

    bool alive() const { return !socket.isNull(); }
};

namespace {

bool isMetricsPeer(const QHostAddress& address)
{
    return address.isLoopback();
}

} // namespace

HttpEndpoint::HttpEndpoint(Wiring wiring, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_wiring(std::move(wiring))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpEndpoint::acceptWebSockets);
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &HttpEndpoint::sweep);
    m_sweepTimer.start();
}

HttpEndpoint::~HttpEndpoint()
{
    closeAll();
}

void HttpEndpoint::setTls(const QSslConfiguration& configuration)
{
    sslSetup(configuration);
}

quint16 HttpEndpoint::listenOn(const QHostAddress& address, quint16 port)
{
    return listen(address, port);
}

void HttpEndpoint::closeAll()
{
    const QList<RpcConnection*> connections = m_webSockets.values();
    for (RpcConnection* connection : connections)
        connection->abort();
}

bool HttpEndpoint::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    // A WebSocket upgrade: Qt 6.4 hands the socket to its WebSocket server when the request
    // counts as handled and nothing was written (acceptWebSockets takes it from there).
    if (request.value("Upgrade"_ba).toLower() == "websocket"_ba)
        return path == u"/ws"_s;
    if (path == u"/rpc"_s) {
        serveRpc(request, socket);
        return true;
    }
    const bool probe = path == u"/healthz"_s || path == u"/readyz"_s || path == u"/metrics"_s;
    if (!probe)
        return false;
    if (request.method() != Method::Get && request.method() != Method::Head) {
        makeResponder(request, socket)
            .write(QByteArray(), {{"Allow"_ba, "GET, HEAD"_ba}}, HttpStatus::MethodNotAllowed);
        return true;
    }
    if (path == u"/healthz"_s)
        makeResponder(request, socket).write("ok\n"_ba, "text/plain"_ba);
    else if (path == u"/readyz"_s)
        serveReady(request, socket);
    else
        serveMetrics(request, socket);
    return true;
}

void HttpEndpoint::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write("not found\n"_ba, "text/plain"_ba, HttpStatus::NotFound);
}

void HttpEndpoint::authenticate(const QByteArray& authorization,
                                std::function<void(Result<Principal, rpc::RpcError>)> done)
{
    const QByteArray header = authorization.trimmed();
    if (!header.startsWith("Bearer "_ba) || header.size() <= 7) {
        done(rpc::RpcError::unauthenticated(u"bearer_token_required"_s));
        return;
    }
    const QString token = QString::fromUtf8(header.mid(7).trimmed());
    auto principal = std::make_shared<std::optional<Principal>>();
    m_wiring.context.jobs.read(
        Principal {},
        [token, principal](JobScope& scope) -> ServiceResult {
            ServiceResult resumed = AuthService(scope.session, scope.now, scope.workflow.security)
                                        .resume(token, AuthService::Record::Silently);
            if (resumed)
                *principal = resumed.value().authenticated;
            return resumed;
        },
        [principal, done = std::move(done)](const ServiceResult& result) {
            if (!result) {
                done(result.error());
                return;
            }
            if (!*principal) {
                done(rpc::RpcError::unauthenticated(u"invalid_or_expired_token"_s));
                return;
            }
            done(**principal);
        });
}

void HttpEndpoint::serveRpc(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (request.method() != Method::Post) {
        makeResponder(request, socket)
            .write(errorBody(rpc::RpcError::invalidRequest(u"POST a JSON-RPC request"_s)),
                   {{"Content-Type"_ba, JsonType}, {"Allow"_ba, "POST"_ba}},
                   HttpStatus::MethodNotAllowed);
        return;
    }
    const QByteArray type = request.value("Content-Type"_ba).toLower();
    if (!type.startsWith(JsonType)) {
        makeResponder(request, socket)
            .write(errorBody(rpc::RpcError::invalidRequest(u"Content-Type must be "
                                                           "application/json"_s)),
                   JsonType, HttpStatus::UnsupportedMediaType);
        return;
    }
    const qsizetype limit = m_wiring.context.limits.maxMessageBytes;
    if (request.value("Content-Length"_ba).toLongLong() > limit || request.body().size() > limit) {
        makeResponder(request, socket)
            .write(errorBody(rpc::RpcError::tooLarge(u"message"_s, limit)), JsonType,
                   HttpStatus::PayloadTooLarge);
        return;
    }
    ++m_exchanges;
    auto pending = std::make_shared<PendingResponse>(
        PendingResponse {makeResponder(request, socket), QPointer<QTcpSocket>(socket)});
    authenticate(
        request.value("Authorization"_ba),
        [this, alive = QPointer<HttpEndpoint>(this), pending, body = request.body(),
         peer = request.remoteAddress().toString()](Result<Principal, rpc::RpcError> principal) {
            if (!alive)
                return; // the server stopped meanwhile
            if (!principal) {
                --m_exchanges;
                if (pending->alive())
                    pending->responder.write(
                        errorBody(principal.error()),
                        {{"Content-Type"_ba, JsonType}, {"WWW-Authenticate"_ba, "Bearer"_ba}},
                        HttpStatus::Unauthorized);
                return;
            }
            answerRpc(pending, body, peer, *principal);
        });
}

void HttpEndpoint::answerRpc(const std::shared_ptr<PendingResponse>& pending,
                             const QByteArray& body, const QString& peer,
                             const Principal& principal)
{
    auto self = std::make_shared<QPointer<RpcConnection>>();
    auto answered = std::make_shared<bool>(false);
    auto* transport =
        new HttpExchangeTransport(peer, [this, pending, self, answered](const QByteArray& answer) {
            *answered = true;
            --m_exchanges;
            if (pending->alive())
                pending->responder.write(answer, JsonType);
            if (*self) // the exchange is over
                endExchange(*self);
        });
    auto* connection = new RpcConnection(transport, m_nextId++, m_wiring.context.limits, this);
    *self = connection;
    connection->setPrincipal(principal);
    m_wiring.dispatcher.handleFrame(connection, body);
    // A body of notifications only gets no answer: 204 at once (their work goes on). A batch
    // refused as a whole (too large) was answered already.
    if (*answered)
        return;
    const rpc::ParsedMessage parsed = rpc::jsonrpc::parse(body);
    const bool notificationsOnly = !parsed.error
        && std::all_of(parsed.items.cbegin(), parsed.items.cend(), [](const rpc::Message& m) {
               return m.kind == rpc::Message::Kind::Notification;
           });
    if (notificationsOnly) {
        --m_exchanges;
        if (pending->alive())
            pending->responder.write(HttpStatus::NoContent);
        endExchange(connection);
    }
}

void HttpEndpoint::endExchange(RpcConnection* connection)
{
    m_wiring.context.sessions.detach(connection);
    m_wiring.context.events.remove(connection);
    connection->deleteLater();
}

void HttpEndpoint::serveReady(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const auto pending = std::make_shared<PendingResponse>(
        PendingResponse {makeResponder(request, socket), QPointer<QTcpSocket>(socket)});
    if (m_wiring.writerHealthy && !m_wiring.writerHealthy()) {
        pending->responder.write("writer not running\n"_ba, "text/plain"_ba,
                                 HttpStatus::ServiceUnavailable);
        return;
    }
    auto version = std::make_shared<int>(-1);
    m_wiring.context.jobs.read(
        Principal {},
        [version](JobScope& scope) -> ServiceResult {
            auto query =
                scope.session.prepare(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
            query.exec();
            if (query.next())
                *version = query.integer(0);
            return Outcome();
        },
        [pending, version](const ServiceResult& result) {
            if (!pending->alive())
                return;
            if (!result)
                pending->responder.write("database unreachable\n"_ba, "text/plain"_ba,
                                         HttpStatus::ServiceUnavailable);
            else if (*version != latestSchemaVersion())
                pending->responder.write("database not migrated\n"_ba, "text/plain"_ba,
                                         HttpStatus::ServiceUnavailable);
            else
                pending->responder.write("ready\n"_ba, "text/plain"_ba);
        });
}

void HttpEndpoint::serveMetrics(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto pending = std::make_shared<PendingResponse>(
        PendingResponse {makeResponder(request, socket), QPointer<QTcpSocket>(socket)});
    if (isMetricsPeer(request.remoteAddress())) {
        renderMetrics(pending);
        return;
    }
    authenticate(
        request.value("Authorization"_ba),
        [this, alive = QPointer<HttpEndpoint>(this),
         pending](Result<Principal, rpc::RpcError> principal) {
            if (!alive || !pending->alive())
                return;
            if (!principal || principal->role != Role::Admin) {
                pending->responder.write(
                    "metrics: from loopback, or with an administrator's token\n"_ba,
                    {{"Content-Type"_ba, "text/plain"_ba}, {"WWW-Authenticate"_ba, "Bearer"_ba}},
                    principal ? HttpStatus::Forbidden : HttpStatus::Unauthorized);
                return;
            }
            renderMetrics(pending);
        });
}

void HttpEndpoint::renderMetrics(const std::shared_ptr<PendingResponse>& pending)
{
    auto values = std::make_shared<QList<qint64>>();
    QList<std::function<qint64(SqlSession&)>> reads;
    for (const ServerMetrics::DatabaseGauge& gauge : m_wiring.metrics.databaseGauges())
        reads.append(gauge.read);
    m_wiring.context.jobs.read(
        Principal {},
        [values, reads](JobScope& scope) -> ServiceResult {
            for (const auto& read : reads)
                values->append(read(scope.session));
            return Outcome();
        },
        [this, alive = QPointer<HttpEndpoint>(this), pending, values](const ServiceResult&) {
            if (alive && pending->alive())
                pending->responder.write(m_wiring.metrics.render(*values),
                                         "text/plain; version=0.0.4"_ba);
        });
}

void HttpEndpoint::acceptWebSockets()
{
    const ServerLimits& limits = m_wiring.context.limits;
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            break;
        const QString address = socket->peerAddress().toString();
        if (socket->requestUrl().path() != u"/ws"_s) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"use /ws"_s);
            socket.release()->deleteLater();
            continue;
        }
        if (m_webSockets.size() >= limits.maxConnections
            || m_webSocketsPerAddress.value(address) >= limits.maxConnectionsPerAddress) {
            qCInfo(lcRpc) << "refusing a WebSocket from" << address << "(connection limit reached)";
            socket->close(QWebSocketProtocol::CloseCodeTooMuchData, u"connection limit"_s);
            socket.release()->deleteLater();
            continue;
        }
        auto* transport = new WebSocketTransport(std::move(socket), limits.maxMessageBytes);
        auto* connection = new RpcConnection(transport, m_nextId++, limits, this);
        m_webSockets.insert(connection->id(), connection);
        ++m_webSocketsPerAddress[address];
        connect(connection, &RpcConnection::frameReceived, &m_wiring.dispatcher,
                &Dispatcher::handleFrame);
        connect(connection, &RpcConnection::closed, this, &HttpEndpoint::onWebSocketClosed);
    }
}

void HttpEndpoint::onWebSocketClosed(RpcConnection* connection)
{
    m_wiring.context.sessions.detach(connection);
    m_wiring.context.events.remove(connection);
    m_webSockets.remove(connection->id());
    auto it = m_webSocketsPerAddress.find(connection->peerAddress());
    if (it != m_webSocketsPerAddress.end() && --*it <= 0)
        m_webSocketsPerAddress.erase(it);
    connection->deleteLater();
}

void HttpEndpoint::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<RpcConnection*> connections = m_webSockets.values();
    for (RpcConnection* connection : connections)
        connection->checkDeadlines(now);
}

} // namespace frontline::server
