#include "rpclistener.h"

#include "logging.h"
#include "rpc/dispatcher.h"
#include "rpc/eventbus.h"
#include "rpc/rpcconnection.h"
#include "rpc/sessionregistry.h"
#include "rpc/tcptransport.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace frontline::server {

RpcListener::RpcListener(const ServerLimits& limits, Dispatcher& dispatcher, EventBus& events,
                         SessionRegistry& sessions, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_dispatcher(dispatcher)
    , m_events(events)
    , m_sessions(sessions)
{
    setListenBacklogSize(4096);
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &RpcListener::sweep);
    m_sweepTimer.start();
}

RpcListener::~RpcListener()
{
    closeAll();
}

void RpcListener::setTls(const QSslCertificate& certificate, const QSslKey& key,
                         const QList<QSslCertificate>& chain)
{
    m_certificate = certificate;
    m_key = key;
    m_chain = chain;
}

void RpcListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = tlsEnabled() ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    const bool overCap = m_connections.size() >= m_limits.maxConnections
        || m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress
        || m_unauthenticatedPerAddress.value(address) >= m_limits.maxUnauthenticatedPerAddress;
    if (overCap) {
        qCInfo(lcRpc) << "refusing a connection from" << address << "(connection limit reached)";
        socket->abort();
        delete socket;
        return;
    }
    auto* transport = new TcpTransport(socket, m_limits.maxMessageBytes, tlsEnabled());
    auto* connection = new RpcConnection(transport, m_nextId++, m_limits, this);
    m_connections.insert(connection->id(), connection);
    ++m_perAddress[address];
    ++m_unauthenticatedPerAddress[address];
    connect(connection, &RpcConnection::frameReceived, &m_dispatcher, &Dispatcher::handleFrame);
    connect(connection, &RpcConnection::authenticationChanged, this,
            &RpcListener::onAuthenticationChanged);
    connect(connection, &RpcConnection::closed, this, &RpcListener::onClosed);
    if (tlsEnabled()) {
        auto* ssl = static_cast<QSslSocket*>(socket);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setLocalCertificateChain(QList<QSslCertificate> {m_certificate} + m_chain);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        ssl->setSslConfiguration(configuration);
        ssl->startServerEncryption();
    }
}

static void decrement(QHash<QString, int>& counts, const QString& key)
{
    auto it = counts.find(key);
    if (it != counts.end() && --*it <= 0)
        counts.erase(it);
}

void RpcListener::onAuthenticationChanged(RpcConnection* connection)
{
    const bool authenticated = connection->isAuthenticated();
    if (authenticated == m_authenticated.contains(connection->id()))
        return;
    if (authenticated) {
        m_authenticated.insert(connection->id());
        decrement(m_unauthenticatedPerAddress, connection->peerAddress());
    } else {
        m_authenticated.remove(connection->id());
        ++m_unauthenticatedPerAddress[connection->peerAddress()];
    }
}

void RpcListener::onClosed(RpcConnection* connection)
{
    m_sessions.detach(connection);
    m_events.remove(connection);
    m_connections.remove(connection->id());
    decrement(m_perAddress, connection->peerAddress());
    if (!m_authenticated.remove(connection->id()))
        decrement(m_unauthenticatedPerAddress, connection->peerAddress());
    connection->deleteLater();
}

void RpcListener::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<RpcConnection*> connections = m_connections.values();
    for (RpcConnection* connection : connections)
        connection->checkDeadlines(now);
    m_sessions.expireSessions();
}

void RpcListener::closeAll()
{
    const QList<RpcConnection*> connections = m_connections.values();
    for (RpcConnection* connection : connections)
        connection->abort();
}

} // namespace frontline::server
