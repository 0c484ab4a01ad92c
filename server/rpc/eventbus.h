#pragma once

#include "services/outcome.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

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
    void publish(const PushEvent& event);
    int subscriberCount(const QString& topic) const;

private:
    QHash<QString, QSet<RpcConnection*>> m_subscribers;
};

} // namespace frontline::server
