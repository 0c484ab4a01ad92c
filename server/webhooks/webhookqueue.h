#pragma once

#include "services/outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace frontline::server {

class SqlSession;

namespace webhooks {

// Queues the webhook deliveries of a change in the writer's transaction of that change: the
// JobRunner calls it for every write job that succeeded, before the commit, with the push
// events the job produced. A change that rolls back takes its deliveries with it; a change
// that commits has them on disk, whatever happens to the process next (WebhookSender sends
// them). Hooks receive the ticket notifications exactly as pushed (topic "tickets"), for every
// ticket and internal notes included: hooks are configured by admins.
class WebhookQueue
{
public:
    // Returns how many deliveries were queued.
    static int enqueue(SqlSession& session, const QList<PushEvent>& events, qint64 now);

    // One delivery (webhook.test, webhook.redeliver): a new delivery id and its body.
    static qint64 enqueueOne(SqlSession& session, qint64 webhookId, const QString& event,
                             const QByteArray& data, qint64 now);

    // The body a receiver gets: {"id", "event", "created_at", "data"} in compact JSON.
    static QByteArray body(const QString& deliveryId, const QString& event, qint64 createdAt,
                           const QByteArray& data);
    static QString newDeliveryId();
};

} // namespace webhooks
} // namespace frontline::server
