#include "rpcconnection.h"

#include "logging.h"
#include "rpc/jsonrpc.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr qint64 ReadChunk = 64 * 1024;

QByteArray errorFrame(const rpc::RpcError& error)
{
    return rpc::jsonrpc::encode(rpc::jsonrpc::failure(QJsonValue::Null, error));
}

} // namespace

RpcConnection::RpcConnection(QTcpSocket* socket, quint64 id, const ServerLimits& limits, bool tls,
                             QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_limits(limits)
    , m_framer(limits.maxMessageBytes)
{
    m_socket->setParent(this);
    // Qt sockets buffer without bound by default; with a bounded read buffer the kernel's
    // flow control holds back a peer that sends faster than we parse.
    m_socket->setReadBufferSize(ReadChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerAddress = m_socket->peerAddress().toString();
    m_connectedAt = m_lastActivity = m_unauthenticatedSince = QDateTime::currentMSecsSinceEpoch();
    connect(m_socket, &QTcpSocket::readyRead, this, &RpcConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &RpcConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcRpc) << "connection" << m_id << "error:" << m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    if (tls) {
        auto* ssl = static_cast<QSslSocket*>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, &RpcConnection::onReady);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            qCDebug(lcRpc) << "connection" << m_id << "TLS errors" << errors;
        });
    } else {
        m_ready = true;
    }
}

RpcConnection::~RpcConnection() = default;

void RpcConnection::setPrincipal(std::optional<Principal> principal)
{
    if (m_principal && !principal)
        m_unauthenticatedSince = QDateTime::currentMSecsSinceEpoch();
    m_principal = std::move(principal);
    Q_EMIT authenticationChanged(this);
}

void RpcConnection::onReady()
{
    m_ready = true;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void RpcConnection::onReadyRead()
{
    if (!m_ready || m_closing)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_lastActivity = now;
    while (m_socket->bytesAvailable() > 0 && !m_closing) {
        const QByteArray chunk = m_socket->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        const bool hadPartial = m_framer.hasPartialFrame();
        if (m_framer.append(chunk) == rpc::LineFramer::Status::TooLarge) {
            refuse(errorFrame(rpc::RpcError::tooLarge(u"message"_s, m_limits.maxMessageBytes)));
            return;
        }
        while (auto frame = m_framer.takeFrame()) {
            Q_EMIT frameReceived(this, *frame);
            if (m_closing)
                return;
        }
        if (m_framer.failed()) {
            refuse(errorFrame(rpc::RpcError::tooLarge(u"message"_s, m_limits.maxMessageBytes)));
            return;
        }
        if (!m_framer.hasPartialFrame())
            m_partialSince = 0;
        else if (!hadPartial || m_partialSince == 0)
            m_partialSince = now;
    }
}

void RpcConnection::send(const QByteArray& frame)
{
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() + frame.size() > m_limits.maxOutputBufferBytes) {
        qCInfo(lcRpc) << "connection" << m_id << "from" << m_peerAddress
                      << "does not read its answers; closing it";
        abort();
        return;
    }
    m_socket->write(frame);
    // Send now rather than on the next event-loop pass: one pass less per round trip.
    m_socket->flush();
}

void RpcConnection::refuse(const QByteArray& frame)
{
    qCDebug(lcRpc) << "connection" << m_id << "from" << m_peerAddress
                   << "refused:" << frame.trimmed();
    m_socket->write(frame);
    closeGracefully();
}

void RpcConnection::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost(); // flushes what is queued, then closes
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void RpcConnection::abort()
{
    m_closing = true;
    m_socket->abort();
    onDisconnected();
}

void RpcConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_closing = true;
    Q_EMIT closed(this);
}

void RpcConnection::checkDeadlines(qint64 now)
{
    if (m_closedEmitted)
        return;
    if (!m_ready) {
        if (now - m_connectedAt > m_limits.handshakeTimeoutMs) {
            qCDebug(lcRpc) << "connection" << m_id << "TLS handshake timed out";
            abort();
        }
        return;
    }
    if (m_closing) {
        // A peer that does not take our last bytes within the message timeout is cut off.
        if (now - m_lastActivity > m_limits.messageTimeoutMs)
            abort();
        return;
    }
    if (m_partialSince && now - m_partialSince > m_limits.messageTimeoutMs) {
        refuse(errorFrame(rpc::RpcError::invalidRequest(u"message not completed in time"_s)));
        return;
    }
    // Pings keep a connection alive, but not one that never logs in: the login deadline counts
    // from connecting (or logging out), whatever the traffic.
    if (!m_principal && m_inFlight == 0
        && now - m_unauthenticatedSince > m_limits.loginDeadlineMs) {
        qCDebug(lcRpc) << "connection" << m_id << "did not log in in time; closing";
        closeGracefully();
        return;
    }
    const qint64 idleLimit =
        m_principal ? m_limits.authenticatedIdleMs : m_limits.unauthenticatedIdleMs;
    if (m_inFlight == 0 && now - m_lastActivity > idleLimit) {
        qCDebug(lcRpc) << "connection" << m_id << "idle; closing";
        closeGracefully();
    }
}

} // namespace frontline::server
