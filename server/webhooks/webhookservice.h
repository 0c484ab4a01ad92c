#pragma once

#include "api/webhookapi.h"
#include "services/outcome.h"
#include "webhooks/webhookstore.h"

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

namespace webhooks {

// The administration of webhooks (webhook.* methods): URLs checked (https, or http to loopback
// unless config "security" allows plain http), secrets made when not given, sealed with the
// server's mail key on the way in and answered once (create); the delivery log; test and
// redelivery as new deliveries of the queue.
class WebhookService
{
public:
    WebhookService(SqlSession& session, const mail::SecretSealer& sealer, qint64 now,
                   bool plainHttpAllowed)
        : m_session(session)
        , m_sealer(sealer)
        , m_now(now)
        , m_plainHttpAllowed(plainHttpAllowed)
    { }

    ServiceResult create(const api::WebhookCreateParams& params);
    ServiceResult update(const api::WebhookUpdateParams& params);
    ServiceResult remove(qint64 id);
    ServiceResult list();
    ServiceResult deliveries(const api::WebhookDeliveriesParams& params);
    ServiceResult test(qint64 id); // queues a "ping"
    ServiceResult redeliver(qint64 deliveryId); // the same event and data, a new delivery id

    // Why `url` may not be used, if it may not.
    static std::optional<QString> urlProblem(const QString& url, bool plainHttpAllowed);
    static QString generateSecret();

private:
    std::optional<rpc::RpcError> apply(const api::WebhookFields& fields, StoredHook& hook);
    ServiceResult answerDelivery(qint64 rowId);

    SqlSession& m_session;
    const mail::SecretSealer& m_sealer;
    qint64 m_now;
    bool m_plainHttpAllowed;
};

} // namespace webhooks
} // namespace frontline::server
