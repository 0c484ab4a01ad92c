#pragma once

#include "api/webhookapi.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

namespace webhooks {

// A hook as stored: its secret sealed with the server's mail key.
struct StoredHook
{
    qint64 id = 0;
    QString url;
    QStringList events; // names or ["*"]
    QByteArray sealedSecret;
    bool active = true;
    int failures = 0;
    QString disabledReason;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool wants(const QString& event) const;
};

// A delivery claimed by the sender: what it POSTs, and where.
struct ClaimedDelivery
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QString deliveryId;
    QString event;
    QByteArray body;
    QString url;
    QByteArray sealedSecret;
    int attempts = 0; // including the one now claimed
};

// How one attempt ended.
struct AttemptResult
{
    bool delivered = false;
    std::optional<int> httpStatus;
    QString error;
};

// The tables webhooks and webhook_deliveries (migration 22). Every call runs in the caller's
// transaction.
class WebhookStore
{
public:
    explicit WebhookStore(SqlSession& session)
        : m_session(session)
    { }

    // --- hooks
    qint64 insert(const StoredHook& hook);
    void update(const StoredHook& hook);
    std::optional<StoredHook> find(qint64 id);
    QList<StoredHook> all();
    QList<StoredHook> active();
    // Deletes the hook and its delivery log.
    bool remove(qint64 id);
    QHash<qint64, int> backlogByHook();

    // --- deliveries
    qint64 enqueue(qint64 webhookId, const QString& deliveryId, const QString& event,
                   const QByteArray& body, qint64 now);
    // Rows left "sending" longer than `timeoutMs` (a process that died, or lost its claim): due
    // again now, with the same delivery id.
    int recover(qint64 now, qint64 timeoutMs);
    // Due rows of active hooks (oldest first), marked sending under `attemptId`.
    QList<ClaimedDelivery> claim(qint64 now, int limit, const QString& attemptId);
    // Records the attempt's end; returns the hook's consecutive failures afterwards (-1 when the
    // claim was lost meanwhile: nothing recorded).
    int finish(const ClaimedDelivery& delivery, const AttemptResult& result,
               const QString& attemptId, qint64 now, qint64 retryAt, bool giveUp);
    // Turns the hook off after repeated failures (true when it was on).
    bool disable(qint64 webhookId, const QString& reason, qint64 now);
    std::optional<qint64> nextDue();
    qint64 backlog(); // queued or sending, of every hook

    api::WebhookDeliveryList deliveries(const api::WebhookDeliveriesParams& params);
    std::optional<api::WebhookDelivery> delivery(qint64 id);
    // The event and data of a stored delivery (webhook.redeliver).
    std::optional<std::pair<qint64, QByteArray>> bodyOf(qint64 id);

private:
    SqlSession& m_session;
};

} // namespace webhooks
} // namespace frontline::server
