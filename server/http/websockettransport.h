#pragma once

#include "rpc/rpctransport.h"

#include <memory>

class QWebSocket;

namespace frontline::server {

// JSON-RPC over a WebSocket: one text message is one JSON-RPC message or batch, each way. A
// message over the size limit gets the same error as on TCP, then the socket is closed (Qt
// itself drops one over twice the limit without buffering it: close code 1009).
class WebSocketTransport final : public RpcTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketTransport)

public:
    WebSocketTransport(std::unique_ptr<QWebSocket> socket, qsizetype maxMessageBytes,
                       QObject* parent = nullptr);
    ~WebSocketTransport() override;

    QLatin1StringView kind() const override { return QLatin1StringView("ws"); }
    QString peerAddress() const override { return m_peerAddress; }
    bool isReady() const override { return true; } // upgraded (and TLS) by the HTTP server
    qint64 queuedBytes() const override;
    void write(const QByteArray& frame) override;
    void closeGracefully() override;
    void abort() override;

private:
    void onMessage(const QByteArray& message);

    std::unique_ptr<QWebSocket> m_socket;
    QString m_peerAddress;
    qsizetype m_maxMessageBytes;
    bool m_closing = false;
    bool m_disconnected = false;
};

} // namespace frontline::server
