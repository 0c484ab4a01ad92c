#include "webhooks/webhookqueue.h"

#include "api/methods.h"
#include "api/webhookapi.h"
#include "core/timeutil.h"
#include "webhooks/webhookstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline::server::webhooks {

QString WebhookQueue::newDeliveryId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray WebhookQueue::body(const QString& deliveryId, const QString& event, qint64 createdAt,
                              const QByteArray& data)
{
    // The data is spliced in as encoded (the push's own bytes); the other fields are plain
    // ASCII names, but go through the JSON encoder all the same.
    QByteArray head = QJsonDocument(QJsonObject {{"id"_L1, deliveryId},
                                                 {"event"_L1, event},
                                                 {"created_at"_L1, timeutil::toIso(createdAt)}})
                          .toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace
    return head + ",\"data\":" + (data.isEmpty() ? QByteArray("{}") : data) + '}';
}

int WebhookQueue::enqueue(SqlSession& session, const QList<PushEvent>& events, qint64 now)
{
    static const QStringList names = api::webhookEventNames();
    std::optional<QList<StoredHook>> hooks; // read once, and only for a change that pushes
    int queued = 0;
    for (const PushEvent& event : events) {
        if (event.topic != QString(api::topic::Tickets) || !names.contains(event.method))
            continue;
        WebhookStore store(session);
        if (!hooks)
            hooks = store.active();
        if (hooks->isEmpty())
            return 0;
        const QByteArray data = event.params.toBytes();
        for (const StoredHook& hook : std::as_const(*hooks)) {
            if (!hook.wants(event.method))
                continue;
            const QString id = newDeliveryId();
            store.enqueue(hook.id, id, event.method, body(id, event.method, now, data), now);
            ++queued;
        }
    }
    return queued;
}

qint64 WebhookQueue::enqueueOne(SqlSession& session, qint64 webhookId, const QString& event,
                                const QByteArray& data, qint64 now)
{
    const QString id = newDeliveryId();
    return WebhookStore(session).enqueue(webhookId, id, event, body(id, event, now, data), now);
}

} // namespace frontline::server::webhooks
