#include "webhookadmin.h"

#include "api/paramreader.h"

#include <QJsonObject>

namespace frontline::client {

WebhookAdmin::WebhookAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

QStringList WebhookAdmin::eventNames()
{
    return api::webhookEventNames();
}

std::optional<api::WebhookInfo> WebhookAdmin::hook(qint64 id) const
{
    for (const api::WebhookInfo& hook : m_hooks) {
        if (hook.id == id)
            return hook;
    }
    return std::nullopt;
}

void WebhookAdmin::reload()
{
    sendLatest(api::method::WebhookList, QJsonObject(), [this](const QJsonValue& result) {
        m_hooks = api::WebhookList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

void WebhookAdmin::create(const api::WebhookCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::WebhookCreate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT created(api::WebhookCreated::fromJson(result));
        reload();
    });
}

void WebhookAdmin::update(const api::WebhookUpdateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::WebhookUpdate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(api::WebhookInfo::fromJson(result));
        reload();
    });
}

void WebhookAdmin::remove(qint64 id)
{
    send(api::method::WebhookDelete, api::IdParams {id}.toJson(), [this, id](const QJsonValue&) {
        if (m_deliveriesOf == id) {
            m_deliveriesOf = 0;
            m_deliveries.setDeliveries({});
        }
        Q_EMIT removed(id);
        reload();
    });
}

void WebhookAdmin::sendTest(qint64 id)
{
    send(api::method::WebhookTest, api::IdParams {id}.toJson(), [this](const QJsonValue& result) {
        const api::WebhookDelivery delivery = api::WebhookDelivery::fromJson(result);
        Q_EMIT testQueued(delivery);
        if (delivery.webhookId == m_deliveriesOf)
            loadDeliveries(m_deliveriesOf);
    });
}

void WebhookAdmin::loadDeliveries(qint64 hookId)
{
    m_deliveriesOf = hookId;
    if (hookId == 0) {
        m_deliveries.setDeliveries({});
        Q_EMIT deliveriesLoaded();
        return;
    }
    api::WebhookDeliveriesParams params;
    params.id = hookId;
    params.limit = DeliveryLimit;
    send(api::method::WebhookDeliveries, params.toJson(), [this, hookId](const QJsonValue& result) {
        if (hookId != m_deliveriesOf)
            return; // another hook was chosen meanwhile: its own answer follows
        m_deliveries.setDeliveries(api::WebhookDeliveryList::fromJson(result).items);
        Q_EMIT deliveriesLoaded();
    });
}

void WebhookAdmin::redeliver(qint64 deliveryId)
{
    send(api::method::WebhookRedeliver, api::IdParams {deliveryId}.toJson(),
         [this](const QJsonValue& result) {
             Q_EMIT redelivered(api::WebhookDelivery::fromJson(result));
             loadDeliveries(m_deliveriesOf);
         });
}

} // namespace frontline::client
