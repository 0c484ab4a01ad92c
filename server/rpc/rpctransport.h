#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QObject>
#include <QString>

namespace frontline::server {

// How one connection's frames travel; RpcConnection (session, subscriptions, deadlines) and
// the dispatcher never see the socket. A frame is one JSON-RPC message or batch: a line on TCP
// (TcpTransport), a text message on a WebSocket, the body of one HTTP exchange.
class RpcTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RpcTransport)

public:
    using QObject::QObject;
    ~RpcTransport() override = default;

    // "tcp", "ws" or "http": for metrics and logs.
    virtual QLatin1StringView kind() const = 0;
    virtual QString peerAddress() const = 0;
    // An HTTP exchange: no session lives beyond it (no login, no subscriptions).
    virtual bool isStateless() const { return false; }
    // The handshake (TLS) is done: frames flow.
    virtual bool isReady() const = 0;
    // When the message being received started; 0 when none is unfinished.
    virtual qint64 partialSince() const { return 0; }
    // Bytes written that the peer has not taken yet.
    virtual qint64 queuedBytes() const = 0;
    // One encoded frame as the codec makes it (ending with '\n').
    virtual void write(const QByteArray& frame) = 0;
    // Sends what is queued, then closes; emits disconnected() once closed.
    virtual void closeGracefully() = 0;
    virtual void abort() = 0;

Q_SIGNALS:
    void ready();
    void activity(); // bytes arrived (the idle deadline starts again)
    void frameReceived(const QByteArray& frame);
    void tooLarge(); // a message over the size limit: refused, then closed
    void disconnected();
};

} // namespace frontline::server
