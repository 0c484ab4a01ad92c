#include "webhooks/webhookstore.h"

#include "core/timeutil.h"
#include "storage/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server::webhooks {

namespace {

const QString HookColumns =
    u"id, url, events, secret, active, failures, disabled_reason, created_at, updated_at"_s;

StoredHook hookOf(const Statement& query)
{
    StoredHook hook;
    hook.id = query.int64(0);
    hook.url = query.text(1);
    for (const QJsonValue& name : QJsonDocument::fromJson(query.text(2).toUtf8()).array())
        hook.events << name.toString();
    hook.sealedSecret = query.value(3).toByteArray();
    hook.active = query.boolean(4);
    hook.failures = query.integer(5);
    hook.disabledReason = query.text(6);
    hook.createdAt = query.int64(7);
    hook.updatedAt = query.int64(8);
    return hook;
}

QString eventsText(const QStringList& events)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(events)).toJson(QJsonDocument::Compact));
}

const QString DeliveryColumns =
    u"id, webhook_id, delivery_id, event, state, attempts, http_status, last_error, created_at, "
    "next_attempt_at, delivered_at"_s;

api::WebhookDelivery deliveryOf(const Statement& query)
{
    api::WebhookDelivery d;
    d.id = query.int64(0);
    d.webhookId = query.int64(1);
    d.deliveryId = query.text(2);
    d.event = query.text(3);
    d.state = query.text(4);
    d.attempts = query.integer(5);
    if (const auto status = query.optionalInt64(6))
        d.httpStatus = int(*status);
    d.lastError = query.text(7);
    d.createdAt = timeutil::toIso(query.int64(8));
    if (d.state == u"queued"_s)
        d.nextAttemptAt = timeutil::toIso(query.int64(9));
    if (const auto at = query.optionalInt64(10))
        d.deliveredAt = timeutil::toIso(*at);
    return d;
}

} // namespace

bool StoredHook::wants(const QString& event) const
{
    return active && (events.contains(event) || events.contains(QString(api::WebhookAllEvents)));
}

qint64 WebhookStore::insert(const StoredHook& hook)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO webhooks (url, events, secret, active, failures, disabled_reason, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 0, '', ?, ?)"_s);
    insert.bind(hook.url)
        .bind(eventsText(hook.events))
        .bind(hook.sealedSecret)
        .bind(hook.active ? 1 : 0)
        .bind(hook.createdAt)
        .bind(hook.updatedAt);
    insert.exec();
    return insert.insertedId();
}

void WebhookStore::update(const StoredHook& hook)
{
    Statement update = m_session.prepare(
        u"UPDATE webhooks SET url = ?, events = ?, secret = ?, active = ?, failures = ?, "
        "disabled_reason = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(hook.url)
        .bind(eventsText(hook.events))
        .bind(hook.sealedSecret)
        .bind(hook.active ? 1 : 0)
        .bind(hook.failures)
        .bind(hook.disabledReason)
        .bind(hook.updatedAt)
        .bind(hook.id);
    update.exec();
}

std::optional<StoredHook> WebhookStore::find(qint64 id)
{
    Statement query =
        m_session.prepare(u"SELECT "_s + HookColumns + u" FROM webhooks WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return hookOf(query);
}

QList<StoredHook> WebhookStore::all()
{
    Statement query =
        m_session.prepare(u"SELECT "_s + HookColumns + u" FROM webhooks ORDER BY id"_s);
    query.exec();
    QList<StoredHook> hooks;
    while (query.next())
        hooks << hookOf(query);
    return hooks;
}

QList<StoredHook> WebhookStore::active()
{
    Statement query = m_session.prepare(u"SELECT "_s + HookColumns
                                        + u" FROM webhooks WHERE active = 1 ORDER BY id"_s);
    query.exec();
    QList<StoredHook> hooks;
    while (query.next())
        hooks << hookOf(query);
    return hooks;
}

bool WebhookStore::remove(qint64 id)
{
    Statement deliveries =
        m_session.prepare(u"DELETE FROM webhook_deliveries WHERE webhook_id = ?"_s);
    deliveries.bind(id);
    deliveries.exec();
    Statement hook = m_session.prepare(u"DELETE FROM webhooks WHERE id = ?"_s);
    hook.bind(id);
    hook.exec();
    return hook.rowsAffected() > 0;
}

QHash<qint64, int> WebhookStore::backlogByHook()
{
    Statement query = m_session.prepare(
        u"SELECT webhook_id, COUNT(*) FROM webhook_deliveries WHERE state IN ('queued', "
        "'sending') GROUP BY webhook_id"_s);
    query.exec();
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.int64(0), query.integer(1));
    return counts;
}

qint64 WebhookStore::enqueue(qint64 webhookId, const QString& deliveryId, const QString& event,
                             const QByteArray& body, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, body, state, "
        "next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)"_s);
    insert.bind(webhookId)
        .bind(deliveryId)
        .bind(event)
        .bind(QString::fromUtf8(body))
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

int WebhookStore::recover(qint64 now, qint64 timeoutMs)
{
    Statement update =
        m_session.prepare(u"UPDATE webhook_deliveries SET state = 'queued', next_attempt_at = ? "
                          "WHERE state = 'sending' AND claimed_at <= ?"_s);
    update.bind(now).bind(now - timeoutMs);
    update.exec();
    return update.rowsAffected();
}

QList<ClaimedDelivery> WebhookStore::claim(qint64 now, int limit, const QString& attemptId)
{
    QList<ClaimedDelivery> claimed;
    {
        Statement query = m_session.prepare(
            u"SELECT d.id, d.webhook_id, d.delivery_id, d.event, d.body, w.url, w.secret, "
            "d.attempts FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id "
            "WHERE d.state = 'queued' AND d.next_attempt_at <= ? AND w.active = 1 "
            "ORDER BY d.next_attempt_at, d.id LIMIT ?"_s);
        query.bind(now).bind(limit);
        query.exec();
        while (query.next()) {
            claimed.append({query.int64(0), query.int64(1), query.text(2), query.text(3),
                            query.text(4).toUtf8(), query.text(5), query.value(6).toByteArray(),
                            query.integer(7) + 1});
        }
    }
    Statement mark = m_session.prepare(
        u"UPDATE webhook_deliveries SET state = 'sending', attempt_id = ?, claimed_at = ?, "
        "attempts = attempts + 1 WHERE id = ? AND state = 'queued'"_s);
    for (const ClaimedDelivery& delivery : std::as_const(claimed)) {
        mark.bind(attemptId).bind(now).bind(delivery.id);
        mark.exec();
    }
    return claimed;
}

int WebhookStore::finish(const ClaimedDelivery& delivery, const AttemptResult& result,
                         const QString& attemptId, qint64 now, qint64 retryAt, bool giveUp)
{
    Statement update = m_session.prepare(
        u"UPDATE webhook_deliveries SET state = ?, next_attempt_at = ?, http_status = ?, "
        "last_error = ?, delivered_at = ? WHERE id = ? AND attempt_id = ? AND state = 'sending'"_s);
    const QString state = result.delivered ? u"delivered"_s : giveUp ? u"failed"_s : u"queued"_s;
    update.bind(state)
        .bind(result.delivered ? now : retryAt)
        .bindNullable(result.httpStatus ? std::optional<qint64>(*result.httpStatus) : std::nullopt)
        .bind(result.error.left(1000))
        .bindNullable(result.delivered ? std::optional<qint64>(now) : std::nullopt)
        .bind(delivery.id)
        .bind(attemptId);
    update.exec();
    if (update.rowsAffected() == 0)
        return -1;
    Statement hook = m_session.prepare(
        result.delivered ? u"UPDATE webhooks SET failures = 0 WHERE id = ?"_s
                         : u"UPDATE webhooks SET failures = failures + 1 WHERE id = ?"_s);
    hook.bind(delivery.webhookId);
    hook.exec();
    Statement failures = m_session.prepare(u"SELECT failures FROM webhooks WHERE id = ?"_s);
    failures.bind(delivery.webhookId);
    failures.exec();
    return failures.next() ? failures.integer(0) : 0;
}

bool WebhookStore::disable(qint64 webhookId, const QString& reason, qint64 now)
{
    Statement update =
        m_session.prepare(u"UPDATE webhooks SET active = 0, disabled_reason = ?, updated_at = ? "
                          "WHERE id = ? AND active = 1"_s);
    update.bind(reason).bind(now).bind(webhookId);
    update.exec();
    return update.rowsAffected() > 0;
}

std::optional<qint64> WebhookStore::nextDue()
{
    Statement query = m_session.prepare(
        u"SELECT MIN(d.next_attempt_at) FROM webhook_deliveries d JOIN webhooks w "
        "ON w.id = d.webhook_id WHERE d.state = 'queued' AND w.active = 1"_s);
    query.exec();
    return query.next() ? query.optionalInt64(0) : std::nullopt;
}

qint64 WebhookStore::backlog()
{
    Statement query = m_session.prepare(
        u"SELECT COUNT(*) FROM webhook_deliveries WHERE state IN ('queued', 'sending')"_s);
    query.exec();
    return query.next() ? query.int64(0) : 0;
}

api::WebhookDeliveryList WebhookStore::deliveries(const api::WebhookDeliveriesParams& params)
{
    QString sql =
        u"SELECT "_s + DeliveryColumns + u" FROM webhook_deliveries WHERE webhook_id = ?"_s;
    if (params.state)
        sql += u" AND state = ?"_s;
    if (params.cursor)
        sql += u" AND id < ?"_s;
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    Statement query = m_session.prepare(sql);
    query.bind(params.id);
    if (params.state)
        query.bind(*params.state);
    if (params.cursor)
        query.bind(*params.cursor);
    query.bind(params.limit + 1);
    query.exec();
    api::WebhookDeliveryList list;
    while (query.next())
        list.items << deliveryOf(query);
    if (list.items.size() > params.limit) {
        list.items.removeLast();
        list.nextCursor = list.items.constLast().id;
    }
    return list;
}

std::optional<api::WebhookDelivery> WebhookStore::delivery(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT "_s + DeliveryColumns
                                        + u" FROM webhook_deliveries WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return deliveryOf(query);
}

std::optional<std::pair<qint64, QByteArray>> WebhookStore::bodyOf(qint64 id)
{
    Statement query =
        m_session.prepare(u"SELECT webhook_id, body FROM webhook_deliveries WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return std::pair(query.int64(0), query.text(1).toUtf8());
}

} // namespace frontline::server::webhooks
