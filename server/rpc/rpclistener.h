#pragma once

#include "rpc/serverlimits.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

namespace frontline::server {

class Dispatcher;
class EventBus;
class RpcConnection;
class SessionRegistry;

// Accepts connections (TLS when a certificate is set), enforces the connection caps before a
// peer costs anything but a file descriptor, and supervises deadlines once a second. TLS
// handshakes run concurrently, so one that never finishes stalls nobody.
class RpcListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcListener)

public:
    RpcListener(const ServerLimits& limits, Dispatcher& dispatcher, EventBus& events,
                SessionRegistry& sessions, QObject* parent = nullptr);
    ~RpcListener() override;

    void setTls(const QSslCertificate& certificate, const QSslKey& key,
                const QList<QSslCertificate>& chain);
    bool tlsEnabled() const { return !m_certificate.isNull(); }
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

    // Closes every connection (server shutdown).
    void closeAll();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onClosed(RpcConnection* connection);
    void onAuthenticationChanged(RpcConnection* connection);
    void sweep();

    const ServerLimits& m_limits;
    Dispatcher& m_dispatcher;
    EventBus& m_events;
    SessionRegistry& m_sessions;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
    QHash<quint64, RpcConnection*> m_connections;
    QHash<QString, int> m_perAddress;
    QHash<QString, int> m_unauthenticatedPerAddress;
    QSet<quint64> m_authenticated;
    quint64 m_nextId = 1;
    QTimer m_sweepTimer;
};

} // namespace frontline::server
