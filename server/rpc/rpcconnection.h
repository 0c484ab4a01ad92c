#pragma once

#include "auth/principal.h"
#include "rpc/serverlimits.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace frontline::server {

class RpcTransport;

// One client connection, whatever carries its frames (RpcTransport: TCP, WebSocket, an HTTP
// exchange): its session (principal), its event subscriptions and the bookkeeping the
// supervisor uses to drop peers that stall.
class RpcConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcConnection)

public:
    // Takes ownership of `transport`.
    RpcConnection(RpcTransport* transport, quint64 id, const ServerLimits& limits,
                  QObject* parent = nullptr);
    ~RpcConnection() override;

    quint64 id() const { return m_id; }
    const QString& peerAddress() const { return m_peerAddress; }
    bool isReady() const;
    QLatin1StringView transportKind() const;
    // An HTTP exchange: the methods that keep state on a connection are refused.
    bool isStateless() const;
    bool isClosing() const { return m_closing; }

    const std::optional<Principal>& principal() const { return m_principal; }
    void setPrincipal(std::optional<Principal> principal);
    bool isAuthenticated() const { return m_principal.has_value(); }

    QSet<QString>& topics() { return m_topics; }

    int inFlight() const { return m_inFlight; }
    void beginRequest() { ++m_inFlight; }
    void endRequest() { --m_inFlight; }

    // Queues one encoded frame; a peer that does not read its answers is dropped.
    void send(const QByteArray& frame);
    // Sends what is queued, then closes.
    void closeGracefully();
    void abort();

    // Supervisor: enforces the handshake, per-message and idle deadlines.
    void checkDeadlines(qint64 now);

Q_SIGNALS:
    void frameReceived(frontline::server::RpcConnection* connection, const QByteArray& frame);
    void authenticationChanged(frontline::server::RpcConnection* connection);
    void closed(frontline::server::RpcConnection* connection);

private:
    void onDisconnected();
    void refuse(const QByteArray& errorFrame);

    RpcTransport* m_transport;
    quint64 m_id;
    const ServerLimits& m_limits;
    QString m_peerAddress;
    std::optional<Principal> m_principal;
    QSet<QString> m_topics;
    int m_inFlight = 0;
    bool m_closing = false;
    bool m_closedEmitted = false;
    qint64 m_connectedAt = 0;
    qint64 m_unauthenticatedSince = 0; // connected, or logged out, and not logged in since
    qint64 m_lastActivity = 0;
};

} // namespace frontline::server
