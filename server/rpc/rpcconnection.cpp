#include "rpcconnection.h"

#include "logging.h"
#include "rpc/jsonrpc.h"
#include "rpc/rpctransport.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QByteArray errorFrame(const rpc::RpcError& error)
{
    return rpc::jsonrpc::encode(rpc::jsonrpc::failure(QJsonValue::Null, error));
}

} // namespace

RpcConnection::RpcConnection(RpcTransport* transport, quint64 id, const ServerLimits& limits,
                             QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_id(id)
    , m_limits(limits)
{
    m_transport->setParent(this);
    m_peerAddress = m_transport->peerAddress();
    m_connectedAt = m_lastActivity = m_unauthenticatedSince = QDateTime::currentMSecsSinceEpoch();
    connect(m_transport, &RpcTransport::activity, this,
            [this] { m_lastActivity = QDateTime::currentMSecsSinceEpoch(); });
    connect(m_transport, &RpcTransport::frameReceived, this,
            [this](const QByteArray& frame) { Q_EMIT frameReceived(this, frame); });
    connect(m_transport, &RpcTransport::tooLarge, this, [this] {
        refuse(errorFrame(rpc::RpcError::tooLarge(u"message"_s, m_limits.maxMessageBytes)));
    });
    connect(m_transport, &RpcTransport::disconnected, this, &RpcConnection::onDisconnected);
}

RpcConnection::~RpcConnection() = default;

bool RpcConnection::isReady() const
{
    return m_transport->isReady();
}

QLatin1StringView RpcConnection::transportKind() const
{
    return m_transport->kind();
}

bool RpcConnection::isStateless() const
{
    return m_transport->isStateless();
}

void RpcConnection::setPrincipal(std::optional<Principal> principal)
{
    if (m_principal && !principal)
        m_unauthenticatedSince = QDateTime::currentMSecsSinceEpoch();
    m_principal = std::move(principal);
    Q_EMIT authenticationChanged(this);
}

void RpcConnection::send(const QByteArray& frame)
{
    if (m_closing)
        return;
    if (m_transport->queuedBytes() + frame.size() > m_limits.maxOutputBufferBytes) {
        qCInfo(lcRpc) << "connection" << m_id << "from" << m_peerAddress
                      << "does not read its answers; closing it";
        abort();
        return;
    }
    m_transport->write(frame);
}

void RpcConnection::refuse(const QByteArray& frame)
{
    qCDebug(lcRpc) << "connection" << m_id << "from" << m_peerAddress
                   << "refused:" << frame.trimmed();
    m_transport->write(frame);
    closeGracefully();
}

void RpcConnection::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    m_transport->closeGracefully();
}

void RpcConnection::abort()
{
    m_closing = true;
    m_transport->abort();
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
    if (!m_transport->isReady()) {
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
    const qint64 partialSince = m_transport->partialSince();
    if (partialSince && now - partialSince > m_limits.messageTimeoutMs) {
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
