#include "tcptransport.h"

#include "logging.h"

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>

namespace frontline::server {
namespace {

constexpr qint64 ReadChunk = 64 * 1024;

} // namespace

TcpTransport::TcpTransport(QTcpSocket* socket, qsizetype maxMessageBytes, bool tls, QObject* parent)
    : RpcTransport(parent)
    , m_socket(socket)
    , m_framer(maxMessageBytes)
{
    m_socket->setParent(this);
    // Qt sockets buffer without bound by default; with a bounded read buffer the kernel's
    // flow control holds back a peer that sends faster than we parse.
    m_socket->setReadBufferSize(ReadChunk);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerAddress = m_socket->peerAddress().toString();
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpTransport::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpTransport::disconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcRpc) << "connection from" << m_peerAddress
                           << "error:" << m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            Q_EMIT disconnected();
    });
    if (tls) {
        auto* ssl = static_cast<QSslSocket*>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, &TcpTransport::onEncrypted);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            qCDebug(lcRpc) << "connection from" << m_peerAddress << "TLS errors" << errors;
        });
    } else {
        m_ready = true;
    }
}

void TcpTransport::onEncrypted()
{
    m_ready = true;
    Q_EMIT ready();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void TcpTransport::onReadyRead()
{
    if (!m_ready || m_closing)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT activity();
    while (m_socket->bytesAvailable() > 0 && !m_closing) {
        const QByteArray chunk = m_socket->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        const bool hadPartial = m_framer.hasPartialFrame();
        if (m_framer.append(chunk) == rpc::LineFramer::Status::TooLarge) {
            Q_EMIT tooLarge();
            return;
        }
        while (auto frame = m_framer.takeFrame()) {
            Q_EMIT frameReceived(*frame);
            if (m_closing)
                return;
        }
        if (m_framer.failed()) {
            Q_EMIT tooLarge();
            return;
        }
        if (!m_framer.hasPartialFrame())
            m_partialSince = 0;
        else if (!hadPartial || m_partialSince == 0)
            m_partialSince = now;
    }
}

qint64 TcpTransport::queuedBytes() const
{
    return m_socket->bytesToWrite();
}

void TcpTransport::write(const QByteArray& frame)
{
    m_socket->write(frame);
    // Send now rather than on the next event-loop pass: one pass less per round trip.
    m_socket->flush();
}

void TcpTransport::closeGracefully()
{
    m_closing = true;
    m_socket->disconnectFromHost(); // flushes what is queued, then closes
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        Q_EMIT disconnected();
}

void TcpTransport::abort()
{
    m_closing = true;
    m_socket->abort();
    Q_EMIT disconnected();
}

} // namespace frontline::server
