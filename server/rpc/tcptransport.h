#pragma once

#include "rpc/lineframer.h"
#include "rpc/rpctransport.h"

class QTcpSocket;

namespace frontline::server {

// JSON-RPC over TCP (or TLS): one message per line, read through a bounded buffer so that the
// kernel's flow control holds back a peer that sends faster than we parse.
class TcpTransport final : public RpcTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpTransport)

public:
    TcpTransport(QTcpSocket* socket, qsizetype maxMessageBytes, bool tls,
                 QObject* parent = nullptr);

    QLatin1StringView kind() const override { return QLatin1StringView("tcp"); }
    QString peerAddress() const override { return m_peerAddress; }
    bool isReady() const override { return m_ready; }
    qint64 partialSince() const override { return m_partialSince; }
    qint64 queuedBytes() const override;
    void write(const QByteArray& frame) override;
    void closeGracefully() override;
    void abort() override;

private:
    void onReadyRead();
    void onEncrypted();

    QTcpSocket* m_socket;
    QString m_peerAddress;
    rpc::LineFramer m_framer;
    bool m_ready = false;
    bool m_closing = false;
    qint64 m_partialSince = 0; // when the current unfinished message started
};

} // namespace frontline::server
