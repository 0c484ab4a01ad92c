#pragma once

#include "services/outcome.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace frontline::server {

class RpcConnection;

// Pushes notifications to the connections that subscribed to their topic and may see them:
// the policy is checked per recipient (a requester only hears of their own tickets and never
// of internal notes). Each notification is encoded once, whatever the number of recipients.
class EventBus
{
public:
    void subscribe(RpcConnection* connection, const QStringList& topics);
    void unsubscribe(RpcConnection* connection, const QStringList& topics);
    void remove(RpcConnection* connection);
    // An event of this server: told to the relay (the other servers on the same database,
    // cluster::ClusterBus), then pushed here.
    void publish(const PushEvent& event);
    // An event another server published: pushed here only.
    void publishHere(const PushEvent& event);
    void setRelay(std::function<void(const PushEvent&)> relay) { m_relay = std::move(relay); }
    int subscriberCount(const QString& topic) const;

private:
    QHash<QString, QSet<RpcConnection*>> m_subscribers;
    std::function<void(const PushEvent&)> m_relay;
};

} // namespace frontline::server
