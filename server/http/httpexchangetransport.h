#pragma once

#include "rpc/rpctransport.h"

#include <functional>

namespace frontline::server {

// One HTTP request as a connection: its body is the only frame, the first frame written back
// is the answer. Stateless: it lives for one exchange, with the bearer token's principal.
class HttpExchangeTransport final : public RpcTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchangeTransport)

public:
    using Answer = std::function<void(const QByteArray& frame)>;
    HttpExchangeTransport(QString peerAddress, Answer answer, QObject* parent = nullptr);

    QLatin1StringView kind() const override { return QLatin1StringView("http"); }
    QString peerAddress() const override { return m_peerAddress; }
    bool isStateless() const override { return true; }
    bool isReady() const override { return true; }
    qint64 queuedBytes() const override { return 0; }
    void write(const QByteArray& frame) override;
    void closeGracefully() override { Q_EMIT disconnected(); }
    void abort() override { Q_EMIT disconnected(); }

private:
    QString m_peerAddress;
    Answer m_answer;
};

} // namespace frontline::server
