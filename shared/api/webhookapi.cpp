#include "webhookapi.h"

#include "api/jsonhelpers.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule UrlRule {.minLength = 1, .maxLength = 2000};
constexpr TextRule SecretRule {.minLength = 16, .maxLength = 200};

QJsonArray arrayOf(const QStringList& names)
{
    return QJsonArray::fromStringList(names);
}

} // namespace

QStringList webhookEventNames()
{
    return {u"ticket.created"_s, u"ticket.changed"_s, u"ticket.commented"_s};
}

QStringList webhookDeliveryStates()
{
    return {u"queued"_s, u"sending"_s, u"delivered"_s, u"failed"_s};
}

void WebhookFields::insertInto(QJsonObject& object) const
{
    if (url)
        object.insert("url"_L1, *url);
    if (events)
        object.insert("events"_L1, arrayOf(*events));
    if (secret)
        object.insert("secret"_L1, *secret);
    if (active)
        object.insert("active"_L1, *active);
}

void WebhookFields::read(ParamReader& reader, bool creating)
{
    url = creating ? std::optional(reader.requiredString("url"_L1, UrlRule))
                   : reader.optionalString("url"_L1, UrlRule);
    if (url && reader.ok()) {
        const QUrl parsed(*url, QUrl::StrictMode);
        const QString scheme = parsed.scheme();
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (scheme != u"http"_s && scheme != u"https"_s) || !parsed.userInfo().isEmpty())
            reader.fail("url"_L1, u"must be an http:// or https:// URL without credentials"_s);
    }
    QStringList allowed = webhookEventNames();
    allowed << QString(WebhookAllEvents);
    if (creating && !reader.contains("events"_L1))
        reader.fail("events"_L1, u"is required"_s);
    events = reader.optionalEnumList("events"_L1, allowed);
    if (events && events->contains(QString(WebhookAllEvents)) && events->size() > 1)
        reader.fail("events"_L1, u"\"*\" stands alone"_s);
    secret = reader.optionalString("secret"_L1, SecretRule);
    active = reader.optionalBool("active"_L1);
}

QJsonObject WebhookCreateParams::toJson() const
{
    QJsonObject object;
    fields.insertInto(object);
    return object;
}

Result<WebhookCreateParams, rpc::RpcError> WebhookCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    WebhookCreateParams p;
    p.fields.read(reader, true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject WebhookUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    fields.insertInto(object);
    return object;
}

Result<WebhookUpdateParams, rpc::RpcError> WebhookUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    WebhookUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.fields.read(reader, false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject WebhookInfo::toJson() const
{
    return {{"id"_L1, id},
            {"url"_L1, url},
            {"events"_L1, arrayOf(events)},
            {"active"_L1, active},
            {"failures"_L1, failures},
            {"disabled_reason"_L1, disabledReason},
            {"created_at"_L1, createdAt},
            {"updated_at"_L1, updatedAt},
            {"backlog"_L1, backlog}};
}

WebhookInfo WebhookInfo::fromJson(const QJsonValue& value)
{
    WebhookInfo info;
    info.id = value["id"_L1].toInteger();
    info.url = value["url"_L1].toString();
    info.events = stringsOf(value["events"_L1]);
    info.active = value["active"_L1].toBool();
    info.failures = value["failures"_L1].toInt();
    info.disabledReason = value["disabled_reason"_L1].toString();
    info.createdAt = value["created_at"_L1].toString();
    info.updatedAt = value["updated_at"_L1].toString();
    info.backlog = value["backlog"_L1].toInt();
    return info;
}

QJsonObject WebhookCreated::toJson() const
{
    QJsonObject object = webhook.toJson();
    object.insert("secret"_L1, secret);
    return object;
}

WebhookCreated WebhookCreated::fromJson(const QJsonValue& value)
{
    return {WebhookInfo::fromJson(value), value["secret"_L1].toString()};
}

QJsonObject WebhookList::toJson() const
{
    QJsonArray array;
    for (const WebhookInfo& item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}};
}

WebhookList WebhookList::fromJson(const QJsonValue& value)
{
    WebhookList list;
    for (const QJsonValue& item : value["items"_L1].toArray())
        list.items << WebhookInfo::fromJson(item);
    return list;
}

QJsonObject WebhookDeleted::toJson() const
{
    return {{"id"_L1, id}, {"deleted"_L1, true}};
}

QJsonObject WebhookDeliveriesParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"limit"_L1, limit}};
    if (state)
        object.insert("state"_L1, *state);
    if (cursor)
        object.insert("cursor"_L1, *cursor);
    return object;
}

Result<WebhookDeliveriesParams, rpc::RpcError>
WebhookDeliveriesParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    WebhookDeliveriesParams p;
    p.id = reader.requiredId("id"_L1);
    p.state = reader.optionalEnum("state"_L1, webhookDeliveryStates());
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    p.cursor = reader.optionalId("cursor"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject WebhookDelivery::toJson() const
{
    return {{"id"_L1, id},
            {"webhook_id"_L1, webhookId},
            {"delivery_id"_L1, deliveryId},
            {"event"_L1, event},
            {"state"_L1, state},
            {"attempts"_L1, attempts},
            {"http_status"_L1, httpStatus ? QJsonValue(*httpStatus) : QJsonValue()},
            {"last_error"_L1, lastError},
            {"created_at"_L1, createdAt},
            {"next_attempt_at"_L1, nextAttemptAt.isEmpty() ? QJsonValue() : nextAttemptAt},
            {"delivered_at"_L1, deliveredAt.isEmpty() ? QJsonValue() : deliveredAt}};
}

WebhookDelivery WebhookDelivery::fromJson(const QJsonValue& value)
{
    WebhookDelivery d;
    d.id = value["id"_L1].toInteger();
    d.webhookId = value["webhook_id"_L1].toInteger();
    d.deliveryId = value["delivery_id"_L1].toString();
    d.event = value["event"_L1].toString();
    d.state = value["state"_L1].toString();
    d.attempts = value["attempts"_L1].toInt();
    if (value["http_status"_L1].isDouble())
        d.httpStatus = value["http_status"_L1].toInt();
    d.lastError = value["last_error"_L1].toString();
    d.createdAt = value["created_at"_L1].toString();
    d.nextAttemptAt = value["next_attempt_at"_L1].toString();
    d.deliveredAt = value["delivered_at"_L1].toString();
    return d;
}

QJsonObject WebhookDeliveryList::toJson() const
{
    QJsonArray array;
    for (const WebhookDelivery& item : items)
        array.append(item.toJson());
    return {{"items"_L1, array},
            {"next_cursor"_L1, nextCursor ? QJsonValue(*nextCursor) : QJsonValue()}};
}

WebhookDeliveryList WebhookDeliveryList::fromJson(const QJsonValue& value)
{
    WebhookDeliveryList list;
    for (const QJsonValue& item : value["items"_L1].toArray())
        list.items << WebhookDelivery::fromJson(item);
    if (value["next_cursor"_L1].isDouble())
        list.nextCursor = value["next_cursor"_L1].toInteger();
    return list;
}

} // namespace frontline::api
