#pragma once

// The connection itself: only client/core (the controllers) and the tools use it. The UI
// libraries (client/app, client/widgets, client/tray) are built with FRONTLINE_UI_LAYER and may
// not see it (docs/architecture.md, "Layers").
#if defined(FRONTLINE_UI_LAYER)
#error "rpcclient.h in a UI library: a controller in client/core makes the call"
#endif

#include "rpc/lineframer.h"
#include "rpc/rpcerror.h"
#include "rpc/serverendpoint.h"

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace frontline::rpc {

// The answer to one call. Emits finished() exactly once: with a result, a server error, or a
// local one (timeout, connection lost). The owner deletes it (deleteLater in the slot).
class RpcReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcReply)

public:
    explicit RpcReply(QString method, QObject* parent = nullptr);

    const QString& method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool isError() const { return m_error.has_value(); }
    const QJsonValue& result() const { return m_result; }
    const RpcError& error() const { return *m_error; }

Q_SIGNALS:
    void finished();

private:
    friend class RpcClient;
    void finish(QJsonValue result);
    void fail(RpcError error);

    QString m_method;
    QJsonValue m_result;
    std::optional<RpcError> m_error;
    bool m_finished = false;
};

// One JSON-RPC connection to a Frontline server, used by the desktop client and the tray
// applet: asynchronous calls with timeouts, server notifications as signals, automatic
// reconnection with backoff, and TLS with a pinned (trust-on-first-use) certificate.
class RpcClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcClient)

public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect };
    Q_ENUM(State)

    explicit RpcClient(QObject* parent = nullptr);
    ~RpcClient() override;

    void setEndpoint(const ServerEndpoint& endpoint);
    const ServerEndpoint& endpoint() const { return m_endpoint; } // the one in use or next
    // Several servers of one desk (one database): open() tries them in order and uses the
    // first that answers; a connection that fails or is lost goes on to the next at once
    // (endpointChanged first), and only when each was tried does the backoff apply.
    void setEndpoints(const QList<ServerEndpoint>& endpoints);
    const QList<ServerEndpoint>& endpoints() const { return m_endpoints; }
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    void setDefaultTimeout(int milliseconds) { m_defaultTimeoutMs = milliseconds; }
    void setMaxMessageBytes(qsizetype bytes) { m_maxMessageBytes = bytes; }
    // Sends system.ping after this much silence, so idle sessions stay open; 0 disables.
    void setKeepAliveInterval(int milliseconds);
    // SHA-256 of the server certificate (DER) to accept; empty: trust on first use.
    void setTrustedFingerprint(const QByteArray& sha256);
    QByteArray peerFingerprint() const { return m_peerFingerprint; }

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }

    void open();
    void close();

    // Sends a request. Calls made while not connected fail at once (ClientDisconnected),
    // except while a connection is being set up, when they are sent once it is.
    RpcReply* call(const QString& method, const QJsonValue& params = {}, int timeoutMs = -1);
    // Same, with a callback run in `context`'s lifetime; the reply is deleted afterwards.
    void call(const QString& method, const QJsonValue& params, QObject* context,
              std::function<void(const RpcReply&)> done, int timeoutMs = -1);
    void notify(const QString& method, const QJsonValue& params = {});

Q_SIGNALS:
    void stateChanged(frontline::rpc::RpcClient::State state);
    // endpoint() is now another of endpoints(): the next connection goes there.
    void endpointChanged();
    void connected();
    void disconnected();
    void notificationReceived(const QString& method, const QJsonValue& params);
    // TLS: first connection to a server whose certificate is not pinned yet.
    void certificateFirstSeen(const QByteArray& sha256);
    // TLS: the certificate differs from the pinned one; the connection is refused and not
    // retried until setTrustedFingerprint() accepts the new one.
    void certificateMismatch(const QByteArray& expected, const QByteArray& actual);
    void transportError(const QString& message);

private:
    struct Pending
    {
        QPointer<RpcReply> reply;
        QDeadlineTimer deadline;
    };

    void setState(State state);
    void onConnected();
    void onEncrypted();
    void becomeReady();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void handleFrame(const QByteArray& frame);
    void handleResponse(const QJsonValue& id, const QJsonValue& result,
                        const std::optional<RpcError>& error);
    void send(const QByteArray& frame);
    void sweepTimeouts();
    void failAllPending(const RpcError& error);
    void scheduleReconnect();
    void dropSocket();

    ServerEndpoint m_endpoint;
    QList<ServerEndpoint> m_endpoints {ServerEndpoint()};
    qsizetype m_endpointIndex = 0;
    qsizetype m_failovers = 0; // other endpoints tried since the last connection
    QSslSocket* m_socket = nullptr;
    LineFramer m_framer {1};
    qsizetype m_maxMessageBytes = 16 * 1024 * 1024;
    State m_state = State::Disconnected;
    bool m_autoReconnect = true;
    bool m_userClosed = true;
    bool m_refusedCertificate = false;
    int m_defaultTimeoutMs = 30000;
    int m_reconnectAttempt = 0;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QList<QByteArray> m_queued; // frames written before the connection was ready
    QByteArray m_trustedFingerprint;
    QByteArray m_peerFingerprint;
    QTimer m_timeoutSweep;
    QTimer m_reconnectTimer;
    QTimer m_keepAlive;
};

} // namespace frontline::rpc
