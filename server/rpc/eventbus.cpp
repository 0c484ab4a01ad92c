#include "eventbus.h"

#include "rpc/jsonrpc.h"
#include "rpc/rpcconnection.h"

#include <algorithm>

namespace frontline::server {

void EventBus::subscribe(RpcConnection* connection, const QStringList& topics)
{
    for (const QString& topic : topics) {
        m_subscribers[topic].insert(connection);
        connection->topics().insert(topic);
    }
}

void EventBus::unsubscribe(RpcConnection* connection, const QStringList& topics)
{
    for (const QString& topic : topics) {
        m_subscribers[topic].remove(connection);
        connection->topics().remove(topic);
    }
}

void EventBus::remove(RpcConnection* connection)
{
    for (const QString& topic : std::as_const(connection->topics()))
        m_subscribers[topic].remove(connection);
    connection->topics().clear();
}

void EventBus::publish(const PushEvent& event)
{
    if (m_relay)
        m_relay(event);
    publishHere(event);
}

void EventBus::publishHere(const PushEvent& event)
{
    const auto it = m_subscribers.constFind(event.topic);
    if (it == m_subscribers.constEnd() || it->isEmpty())
        return;
    const QByteArray frame = rpc::jsonrpc::encodeNotification(event.method, event.params) + '\n';
    for (RpcConnection* connection : *it) {
        const auto& principal = connection->principal();
        if (!principal)
            continue;
        if (event.broadcast) {
            if (!event.internal || policy::canSeeInternal(*principal))
                connection->send(frame);
            continue;
        }
        if (!event.recipients.isEmpty()) {
            if (std::binary_search(event.recipients.cbegin(), event.recipients.cend(),
                                   principal->userId))
                connection->send(frame);
            continue;
        }
        if (event.recipient) {
            if (principal->userId == event.recipient)
                connection->send(frame);
            continue;
        }
        if (!policy::canReadTicket(*principal, event.access))
            continue;
        if (event.internal && !policy::canSeeInternal(*principal))
            continue;
        connection->send(frame);
    }
}

int EventBus::subscriberCount(const QString& topic) const
{
    return static_cast<int>(m_subscribers.value(topic).size());
}

} // namespace frontline::server
