#include "httpexchangetransport.h"

namespace frontline::server {

HttpExchangeTransport::HttpExchangeTransport(QString peerAddress, Answer answer, QObject* parent)
    : RpcTransport(parent)
    , m_peerAddress(std::move(peerAddress))
    , m_answer(std::move(answer))
{ }

void HttpExchangeTransport::write(const QByteArray& frame)
{
    if (!m_answer)
        return; // one answer per exchange
    const Answer answer = std::move(m_answer);
    m_answer = nullptr;
    answer(frame.endsWith('\n') ? frame.chopped(1) : frame);
}

} // namespace frontline::server
