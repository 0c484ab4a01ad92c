#include "websockettransport.h"

#include "logging.h"

#include <QWebSocket>

namespace frontline::server {

WebSocketTransport::WebSocketTransport(std::unique_ptr<QWebSocket> socket,
                                       qsizetype maxMessageBytes, QObject* parent)
    : RpcTransport(parent)
    , m_socket(std::move(socket))
    , m_maxMessageBytes(maxMessageBytes)
{
    m_peerAddress = m_socket->peerAddress().toString();
    // Messages up to twice the limit reach us and are answered with the protocol's error;
    // beyond that Qt stops reading them at once.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(maxMessageBytes) * 2);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString& message) { onMessage(message.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            &WebSocketTransport::onMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (m_disconnected)
            return;
        m_disconnected = true;
        Q_EMIT disconnected();
    });
}

WebSocketTransport::~WebSocketTransport()
{
    // The socket's own signals must not reach a half-destroyed transport.
    m_socket->disconnect(this);
}

void WebSocketTransport::onMessage(const QByteArray& message)
{
    if (m_closing)
        return;
    Q_EMIT activity();
    if (message.size() > m_maxMessageBytes) {
        Q_EMIT tooLarge();
        return;
    }
    Q_EMIT frameReceived(message);
}

qint64 WebSocketTransport::queuedBytes() const
{
    return m_socket->bytesToWrite();
}

void WebSocketTransport::write(const QByteArray& frame)
{
    // The codec's frames end with the line feed TCP needs; a WebSocket message has its own end.
    const QByteArray message = frame.endsWith('\n') ? frame.chopped(1) : frame;
    m_socket->sendTextMessage(QString::fromUtf8(message));
    m_socket->flush();
}

void WebSocketTransport::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void WebSocketTransport::abort()
{
    m_closing = true;
    m_socket->abort();
    if (!m_disconnected) {
        m_disconnected = true;
        Q_EMIT disconnected();
    }
}

} // namespace frontline::server
