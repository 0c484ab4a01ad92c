#include "rpcclient.h"

#include "api/methods.h"
#include "core/logging.h"
#include "rpc/jsonrpc.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace frontline::rpc {

RpcReply::RpcReply(QString method, QObject* parent)
    : QObject(parent)
    , m_method(std::move(method))
{ }

void RpcReply::finish(QJsonValue result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

void RpcReply::fail(RpcError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
}

RpcClient::RpcClient(QObject* parent)
    : QObject(parent)
{
    m_timeoutSweep.setInterval(100);
    connect(&m_timeoutSweep, &QTimer::timeout, this, &RpcClient::sweepTimeouts);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_userClosed)
            open();
    });
    m_keepAlive.setInterval(240000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (isConnected()) {
            RpcReply* reply = call(QString(api::method::SystemPing));
            connect(reply, &RpcReply::finished, reply, &QObject::deleteLater);
        }
    });
}

RpcClient::~RpcClient()
{
    m_userClosed = true;
    failAllPending(RpcError(ErrorCode::ClientDisconnected, u"Client closed"_s));
    dropSocket();
}

void RpcClient::setEndpoint(const ServerEndpoint& endpoint)
{
    setEndpoints({endpoint});
}

void RpcClient::setEndpoints(const QList<ServerEndpoint>& endpoints)
{
    m_endpoints = endpoints.isEmpty() ? QList<ServerEndpoint> {ServerEndpoint()} : endpoints;
    m_endpointIndex = 0;
    m_failovers = 0;
    m_endpoint = m_endpoints.first();
}

void RpcClient::setKeepAliveInterval(int milliseconds)
{
    m_keepAlive.setInterval(milliseconds);
    if (milliseconds <= 0)
        m_keepAlive.stop();
}

void RpcClient::setTrustedFingerprint(const QByteArray& sha256)
{
    m_trustedFingerprint = sha256;
    m_refusedCertificate = false;
}

void RpcClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RpcClient::open()
{
    m_userClosed = false;
    m_reconnectTimer.stop();
    if (m_socket)
        return;
    m_framer = LineFramer(m_maxMessageBytes);
    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QSslSocket::connected, this, &RpcClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &RpcClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &RpcClient::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &RpcClient::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &RpcClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &RpcClient::onSslErrors);
    setState(State::Connecting);
    if (m_endpoint.tls) {
        QSslConfiguration configuration = m_socket->sslConfiguration();
        // The certificate is checked by its pinned fingerprint in onEncrypted() (trust on
        // first use, like ssh); self-signed server certificates are the norm on-premises.
        configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_socket->setSslConfiguration(configuration);
        m_socket->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    } else {
        m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
    }
}

void RpcClient::close()
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    m_keepAlive.stop();
    failAllPending(RpcError(ErrorCode::ClientDisconnected, u"Connection closed"_s));
    if (m_socket) {
        m_socket->flush();
        dropSocket();
        Q_EMIT disconnected();
    }
    setState(State::Disconnected);
}

void RpcClient::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_queued.clear();
}

void RpcClient::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (!m_endpoint.tls)
        becomeReady(); // with TLS, after the handshake and the pin check
}

void RpcClient::becomeReady()
{
    m_reconnectAttempt = 0;
    m_failovers = 0;
    setState(State::Connected);
    for (const QByteArray& frame : std::as_const(m_queued))
        m_socket->write(frame);
    m_queued.clear();
    if (m_keepAlive.interval() > 0)
        m_keepAlive.start();
    Q_EMIT connected();
}

void RpcClient::onEncrypted()
{
    const QByteArray der = m_socket->peerCertificate().toDer();
    m_peerFingerprint = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    if (m_trustedFingerprint.isEmpty()) {
        m_trustedFingerprint = m_peerFingerprint;
        Q_EMIT certificateFirstSeen(m_peerFingerprint);
    } else if (m_trustedFingerprint != m_peerFingerprint) {
        qCWarning(lcSharedClient) << "server certificate changed; refusing the connection";
        m_refusedCertificate = true;
        const QByteArray expected = m_trustedFingerprint;
        m_userClosed = true;
        failAllPending(RpcError(ErrorCode::ClientDisconnected, u"Server certificate changed"_s));
        dropSocket();
        setState(State::Disconnected);
        Q_EMIT certificateMismatch(expected, m_peerFingerprint);
        return;
    }
    becomeReady();
}

void RpcClient::onSslErrors(const QList<QSslError>& errors)
{
    // Chain validation errors are expected (self-signed); the pin decides in onEncrypted().
    QList<QSslError> ignorable;
    for (const QSslError& error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
            ignorable.append(error);
            break;
        default:
            break;
        }
    }
    if (m_socket)
        m_socket->ignoreSslErrors(ignorable);
}

void RpcClient::onReadyRead()
{
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(64 * 1024);
        if (m_framer.append(chunk) == LineFramer::Status::TooLarge) {
            Q_EMIT transportError(tr("The server sent a message larger than allowed."));
            onDisconnected();
            return;
        }
        while (auto frame = m_framer.takeFrame())
            handleFrame(*frame);
        if (m_framer.failed()) {
            Q_EMIT transportError(tr("The server sent a message larger than allowed."));
            onDisconnected();
            return;
        }
    }
    if (m_keepAlive.isActive())
        m_keepAlive.start(); // restart the idle period
}

void RpcClient::handleFrame(const QByteArray& frame)
{
    const ParsedMessage parsed = jsonrpc::parse(frame);
    if (parsed.error) {
        qCWarning(lcSharedClient) << "unparseable message from server:" << parsed.error->message;
        return;
    }
    for (const Message& message : parsed.items) {
        switch (message.kind) {
        case Message::Kind::Response:
            handleResponse(message.id, message.result, message.error);
            break;
        case Message::Kind::Notification:
            Q_EMIT notificationReceived(message.method, message.params);
            break;
        case Message::Kind::Request:
            send(jsonrpc::encode(
                jsonrpc::failure(message.id, RpcError::methodNotFound(message.method))));
            break;
        case Message::Kind::Invalid:
            // A server error that could not be tied to a request (id null) is a protocol slip.
            if (message.error)
                qCWarning(lcSharedClient)
                    << "invalid message from server:" << message.error->message;
            break;
        }
    }
}

void RpcClient::handleResponse(const QJsonValue& id, const QJsonValue& result,
                               const std::optional<RpcError>& error)
{
    if (!id.isDouble()) {
        if (error)
            qCWarning(lcSharedClient) << "server error without request id:" << error->message;
        return;
    }
    const auto it = m_pending.find(id.toInteger());
    if (it == m_pending.end())
        return; // timed out already
    QPointer<RpcReply> reply = it->reply;
    m_pending.erase(it);
    if (m_pending.isEmpty())
        m_timeoutSweep.stop();
    if (!reply)
        return;
    if (error)
        reply->fail(*error);
    else
        reply->finish(result);
}

void RpcClient::send(const QByteArray& frame)
{
    if (m_state == State::Connected && m_socket)
        m_socket->write(frame);
    else if (m_state == State::Connecting)
        m_queued.append(frame);
}

RpcReply* RpcClient::call(const QString& method, const QJsonValue& params, int timeoutMs)
{
    auto* reply = new RpcReply(method, this);
    if (m_state != State::Connected && m_state != State::Connecting) {
        QMetaObject::invokeMethod(
            reply,
            [reply] { reply->fail(RpcError(ErrorCode::ClientDisconnected, u"Not connected"_s)); },
            Qt::QueuedConnection);
        return reply;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(
        id, Pending {reply, QDeadlineTimer(timeoutMs < 0 ? m_defaultTimeoutMs : timeoutMs)});
    if (!m_timeoutSweep.isActive())
        m_timeoutSweep.start();
    send(jsonrpc::encode(jsonrpc::request(method, params, id)));
    return reply;
}

void RpcClient::call(const QString& method, const QJsonValue& params, QObject* context,
                     std::function<void(const RpcReply&)> done, int timeoutMs)
{
    RpcReply* reply = call(method, params, timeoutMs);
    connect(reply, &RpcReply::finished, context, [reply, done = std::move(done)] {
        done(*reply);
        reply->deleteLater();
    });
    connect(context, &QObject::destroyed, reply, &QObject::deleteLater);
}

void RpcClient::notify(const QString& method, const QJsonValue& params)
{
    send(jsonrpc::encode(jsonrpc::notification(method, params)));
}

void RpcClient::sweepTimeouts()
{
    QList<QPointer<RpcReply>> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadline.hasExpired()) {
            expired.append(it->reply);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (m_pending.isEmpty())
        m_timeoutSweep.stop();
    for (const QPointer<RpcReply>& reply : std::as_const(expired)) {
        if (reply)
            reply->fail(RpcError(ErrorCode::ClientTimeout, u"The server did not answer in time"_s));
    }
}

void RpcClient::failAllPending(const RpcError& error)
{
    const auto pending = std::exchange(m_pending, {});
    m_timeoutSweep.stop();
    for (const Pending& entry : pending) {
        if (entry.reply)
            entry.reply->fail(error);
    }
}

void RpcClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString message = m_socket->errorString();
    qCInfo(lcSharedClient) << "connection error" << error << message;
    Q_EMIT transportError(message);
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void RpcClient::onDisconnected()
{
    if (!m_socket)
        return;
    const bool wasConnected = m_state == State::Connected;
    dropSocket();
    m_keepAlive.stop();
    failAllPending(RpcError(ErrorCode::ClientDisconnected, u"Connection lost"_s));
    if (wasConnected)
        Q_EMIT disconnected();
    if (m_autoReconnect && !m_userClosed && !m_refusedCertificate)
        scheduleReconnect();
    else
        setState(State::Disconnected);
}

void RpcClient::scheduleReconnect()
{
    if (m_endpoints.size() > 1) {
        // Another server of the desk: at once while some in the list were not tried yet.
        m_endpointIndex = (m_endpointIndex + 1) % m_endpoints.size();
        m_endpoint = m_endpoints[m_endpointIndex];
        Q_EMIT endpointChanged();
        if (++m_failovers < m_endpoints.size()) {
            m_reconnectTimer.start(0);
            setState(State::WaitingToReconnect);
            return;
        }
        m_failovers = 0;
    }
    // 250 ms doubling to 30 s, with +-20% jitter so that thousands of applets that lost the
    // server together do not all come back in the same millisecond.
    const int base = std::min(30000, 250 << std::min(m_reconnectAttempt, 7));
    ++m_reconnectAttempt;
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_reconnectTimer.start(static_cast<int>(base * jitter));
    setState(State::WaitingToReconnect);
}

} // namespace frontline::rpc
