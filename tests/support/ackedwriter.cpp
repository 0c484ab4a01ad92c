#include "ackedwriter.h"

#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace frontline::test {

AckedWriter::AckedWriter(quint16 port, const QString& token, const QString& prefix, int depth)
    : m_prefix(prefix)
{
    m_client.setEndpoint({u"127.0.0.1"_s, port, false});
    m_client.setAutoReconnect(false);
    m_client.open();
    m_client.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}, &m_client,
                  [this, depth](const rpc::RpcReply& reply) {
                      for (int i = 0; !reply.isError() && i < depth; ++i)
                          sendOne();
                  });
}

void AckedWriter::sendOne()
{
    if (m_stopped || !m_client.isConnected())
        return;
    const QString title = m_prefix + u' ' + QString::number(m_sent++);
    m_client.call(
        u"ticket.create"_s, QJsonObject {{"title"_L1, title}, {"description"_L1, u"durable?"_s}},
        &m_client,
        [this, title](const rpc::RpcReply& reply) {
            if (reply.isError()) {
                ++m_failures;
                m_lastErrorCode = reply.error().code;
                QTimer::singleShot(50, &m_client, [this] { sendOne(); });
                return;
            }
            m_acknowledged.insert(title, reply.result().toObject().value("id"_L1).toInteger());
            sendOne();
        },
        10000);
}

} // namespace frontline::test
