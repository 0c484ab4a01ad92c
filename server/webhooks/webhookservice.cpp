#include "webhooks/webhookservice.h"

#include "core/timeutil.h"
#include "mail/secretsealer.h"
#include "webhooks/webhookqueue.h"
#include "webhooks/webhookstore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace frontline::server::webhooks {

namespace {

api::WebhookInfo infoOf(const StoredHook& hook, int backlog)
{
    api::WebhookInfo info;
    info.id = hook.id;
    info.url = hook.url;
    info.events = hook.events;
    info.active = hook.active;
    info.failures = hook.failures;
    info.disabledReason = hook.disabledReason;
    info.createdAt = timeutil::toIso(hook.createdAt);
    info.updatedAt = timeutil::toIso(hook.updatedAt);
    info.backlog = backlog;
    return info;
}

} // namespace

std::optional<QString> WebhookService::urlProblem(const QString& url, bool plainHttpAllowed)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (parsed.scheme() == u"https"_s || plainHttpAllowed)
        return std::nullopt;
    const QString host = parsed.host();
    if (host == u"localhost"_s || QHostAddress(host).isLoopback())
        return std::nullopt;
    return u"plain http only to a loopback address (use https, or allow plain http with "
           "config key \"security\", webhook_plain_http)"_s;
}

QString WebhookService::generateSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

std::optional<rpc::RpcError> WebhookService::apply(const api::WebhookFields& fields,
                                                   StoredHook& hook)
{
    if (fields.url) {
        if (auto problem = urlProblem(*fields.url, m_plainHttpAllowed))
            return rpc::RpcError::invalidParams(u"url"_s, *problem);
        hook.url = *fields.url;
    }
    if (fields.events)
        hook.events = *fields.events;
    if (fields.secret)
        hook.sealedSecret = m_sealer.seal(*fields.secret);
    if (fields.active) {
        if (*fields.active && !hook.active) { // on again: counted afresh
            hook.failures = 0;
            hook.disabledReason.clear();
        }
        hook.active = *fields.active;
    }
    hook.updatedAt = m_now;
    return std::nullopt;
}

ServiceResult WebhookService::create(const api::WebhookCreateParams& params)
{
    StoredHook hook;
    hook.createdAt = m_now;
    api::WebhookFields fields = params.fields;
    const QString secret = fields.secret.value_or(generateSecret());
    fields.secret = secret;
    if (auto error = apply(fields, hook))
        return *error;
    hook.id = WebhookStore(m_session).insert(hook);
    return Outcome(api::WebhookCreated {infoOf(hook, 0), secret});
}

ServiceResult WebhookService::update(const api::WebhookUpdateParams& params)
{
    WebhookStore store(m_session);
    auto hook = store.find(params.id);
    if (!hook)
        return rpc::RpcError::notFound(u"webhook"_s);
    if (auto error = apply(params.fields, *hook))
        return *error;
    store.update(*hook);
    return Outcome(infoOf(*hook, store.backlogByHook().value(hook->id)));
}

ServiceResult WebhookService::remove(qint64 id)
{
    if (!WebhookStore(m_session).remove(id))
        return rpc::RpcError::notFound(u"webhook"_s);
    return Outcome(api::WebhookDeleted {id});
}

ServiceResult WebhookService::list()
{
    WebhookStore store(m_session);
    const QHash<qint64, int> backlog = store.backlogByHook();
    api::WebhookList list;
    for (const StoredHook& hook : store.all())
        list.items << infoOf(hook, backlog.value(hook.id));
    return Outcome(list);
}

ServiceResult WebhookService::deliveries(const api::WebhookDeliveriesParams& params)
{
    WebhookStore store(m_session);
    if (!store.find(params.id))
        return rpc::RpcError::notFound(u"webhook"_s);
    return Outcome(store.deliveries(params));
}

ServiceResult WebhookService::answerDelivery(qint64 rowId)
{
    const auto delivery = WebhookStore(m_session).delivery(rowId);
    if (!delivery)
        return rpc::RpcError::notFound(u"delivery"_s);
    return Outcome(*delivery);
}

ServiceResult WebhookService::test(qint64 id)
{
    if (!WebhookStore(m_session).find(id))
        return rpc::RpcError::notFound(u"webhook"_s);
    const QByteArray data =
        QJsonDocument(QJsonObject {{"webhook_id"_L1, id}}).toJson(QJsonDocument::Compact);
    return answerDelivery(
        WebhookQueue::enqueueOne(m_session, id, QString(api::WebhookPingEvent), data, m_now));
}

ServiceResult WebhookService::redeliver(qint64 deliveryId)
{
    WebhookStore store(m_session);
    const auto stored = store.bodyOf(deliveryId);
    if (!stored)
        return rpc::RpcError::notFound(u"delivery"_s);
    const QJsonObject body = QJsonDocument::fromJson(stored->second).object();
    const QByteArray data =
        QJsonDocument(body.value("data"_L1).toObject()).toJson(QJsonDocument::Compact);
    return answerDelivery(WebhookQueue::enqueueOne(m_session, stored->first,
                                                   body.value("event"_L1).toString(), data, m_now));
}

} // namespace frontline::server::webhooks
