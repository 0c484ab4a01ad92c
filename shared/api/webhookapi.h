#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Params and results of the webhook administration (issue 23): webhook.create/list/update/
// delete/deliveries/test/redeliver, admins only. The secret goes in (or is made) and is answered
// once, by webhook.create; no other answer carries it.
namespace frontline::api {

namespace method {
inline constexpr auto WebhookCreate = QLatin1StringView("webhook.create");
inline constexpr auto WebhookList = QLatin1StringView("webhook.list");
inline constexpr auto WebhookUpdate = QLatin1StringView("webhook.update");
inline constexpr auto WebhookDelete = QLatin1StringView("webhook.delete");
inline constexpr auto WebhookDeliveries = QLatin1StringView("webhook.deliveries");
inline constexpr auto WebhookTest = QLatin1StringView("webhook.test");
inline constexpr auto WebhookRedeliver = QLatin1StringView("webhook.redeliver");
} // namespace method

// The events a hook can ask for: the ticket notifications the server pushes, or "*" for all.
QStringList webhookEventNames(); // ticket.created, ticket.changed, ticket.commented
inline constexpr auto WebhookAllEvents = QLatin1StringView("*");
inline constexpr auto WebhookPingEvent = QLatin1StringView("ping"); // webhook.test
QStringList webhookDeliveryStates(); // queued, sending, delivered, failed

// webhook.create (url and events required) and webhook.update (all optional but id).
struct WebhookFields
{
    std::optional<QString> url; // http(s); plain http only to loopback unless allowed
    std::optional<QStringList> events; // webhookEventNames() or ["*"]
    std::optional<QString> secret; // made when not given (create); replaced when given (update)
    std::optional<bool> active;

    void insertInto(QJsonObject& object) const;
    void read(ParamReader& reader, bool creating);
};

struct WebhookCreateParams
{
    WebhookFields fields;

    QJsonObject toJson() const;
    static Result<WebhookCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct WebhookUpdateParams
{
    qint64 id = 0;
    WebhookFields fields;

    QJsonObject toJson() const;
    static Result<WebhookUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// A hook as every answer shows it (never its secret).
struct WebhookInfo
{
    qint64 id = 0;
    QString url;
    QStringList events;
    bool active = true;
    int failures = 0; // consecutive failed attempts (0 after a success)
    QString disabledReason; // set when the server turned it off after repeated failures
    QString createdAt;
    QString updatedAt;
    int backlog = 0; // deliveries queued or being sent

    QJsonObject toJson() const;
    static WebhookInfo fromJson(const QJsonValue& value);
    bool operator==(const WebhookInfo&) const = default;
};

// webhook.create's answer: the hook and, this once, its secret.
struct WebhookCreated
{
    WebhookInfo webhook;
    QString secret;

    QJsonObject toJson() const;
    static WebhookCreated fromJson(const QJsonValue& value);
};

struct WebhookList
{
    QList<WebhookInfo> items;

    QJsonObject toJson() const;
    static WebhookList fromJson(const QJsonValue& value);
};

struct WebhookDeleted
{
    qint64 id = 0;

    QJsonObject toJson() const;
};

struct WebhookDeliveriesParams
{
    qint64 id = 0; // the hook
    std::optional<QString> state;
    int limit = 50;
    std::optional<qint64> cursor; // next_cursor of the previous page

    QJsonObject toJson() const;
    static Result<WebhookDeliveriesParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// One delivery of the log: an event for one hook, through its attempts.
struct WebhookDelivery
{
    qint64 id = 0;
    qint64 webhookId = 0;
    QString deliveryId; // X-Frontline-Delivery and the body's "id": stable across attempts
    QString event;
    QString state; // queued, sending, delivered, failed
    int attempts = 0;
    std::optional<int> httpStatus; // of the last attempt that got an answer
    QString lastError;
    QString createdAt;
    QString nextAttemptAt; // queued only
    QString deliveredAt;

    QJsonObject toJson() const;
    static WebhookDelivery fromJson(const QJsonValue& value);
    bool operator==(const WebhookDelivery&) const = default;
};

struct WebhookDeliveryList
{
    QList<WebhookDelivery> items;
    std::optional<qint64> nextCursor;

    QJsonObject toJson() const;
    static WebhookDeliveryList fromJson(const QJsonValue& value);
};

} // namespace frontline::api
