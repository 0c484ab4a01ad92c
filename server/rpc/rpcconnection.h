#pragma once

#include "auth/principal.h"
#include "rpc/lineframer.h"
#include "rpc/serverlimits.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QTcpSocket;

namespace frontline::server {

// One client connection: framing with a bounded buffer, its session (principal), its event
// subscriptions and the bookkeeping the supervisor uses to drop peers that stall.
class RpcConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcConnection)

public:
    RpcConnection(QTcpSocket* socket, quint64 id, const ServerLimits& limits, bool tls,
                  QObject* parent = nullptr);
    ~RpcConnection() override;

    quint64 id() const { return m_id; }
    const QString& peerAddress() const { return m_peerAddress; }
    bool isReady() const { return m_ready; }
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
    void onReadyRead();
    void onReady();
    void onDisconnected();
    void refuse(const QByteArray& errorFrame);

    QTcpSocket* m_socket;
    quint64 m_id;
    const ServerLimits& m_limits;
    QString m_peerAddress;
    rpc::LineFramer m_framer;
    std::optional<Principal> m_principal;
    QSet<QString> m_topics;
    int m_inFlight = 0;
    bool m_ready = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
    qint64 m_connectedAt = 0;
    qint64 m_unauthenticatedSince = 0; // connected, or logged out, and not logged in since
    qint64 m_lastActivity = 0;
    qint64 m_partialSince = 0; // when the current unfinished message started
};

} // namespace frontline::server
