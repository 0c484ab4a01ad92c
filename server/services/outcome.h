#pragma once

#include "auth/policy.h"
#include "auth/principal.h"
#include "core/result.h"
#include "json/jsonwriter.h"
#include "rpc/jsonpayload.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <memory>
#include <optional>

namespace frontline::server {

struct WorkflowConfig;

// A notification to push to subscribed connections once the change is durable. Each
// recipient is checked against the policy with `access` (and `internal`) before it is sent.
struct PushEvent
{
    QString topic;
    QString method;
    rpc::JsonPayload params;
    TicketAccess access;
    bool internal = false;
    qint64 recipient = 0; // set: only this user's connections hear it (no ticket check)
    // Set: only these users' connections hear it (ascending ids; no ticket check). One event
    // for the thousands of people an outage announcement reaches.
    QList<qint64> recipients {};
    bool broadcast = false; // every subscriber hears it (no ticket check; `internal`: staff)
};

// What a method produced: its result, the events to push, and the effects on connection
// state that the network thread applies after the commit.
struct Outcome
{
    rpc::JsonPayload result;
    QList<PushEvent> events;
    std::optional<Principal> authenticated; // auth.login / auth.resume: the connection's principal
    bool loggedOut = false; // auth.logout: this connection's session ended
    QList<qint64> usersChanged; // role, groups or disabled changed: refresh/close
    QString keepTokenHash; // with usersChanged: sessions revoked except this one
    QStringList revokedTokens; // sessions or API tokens (by hash) ended: their connections now
    std::shared_ptr<const WorkflowConfig> workflow; // config.set: the snapshot to install
    std::optional<qint64> wakeAt; // the scheduler should look again by then

    Outcome() = default;
    explicit Outcome(rpc::JsonPayload value)
        : result(std::move(value))
    { }
    explicit Outcome(const QJsonObject& value)
        : result(value)
    { }
    // A typed result (shared/api, shared/domain): written once, by its write(JsonWriter&).
    template<typename T>
    requires requires(const T& value, json::JsonWriter& writer) { value.write(writer); }
    explicit Outcome(const T& value)
        : result(encode(value))
    { }
    // A typed result off the hot paths: its toJson().
    template<typename T>
    requires requires(const T& value)
    {
        {
            value.toJson()
            } -> std::convertible_to<QJsonObject>;
    } &&(!requires(const T& value, json::JsonWriter& writer) {
        value.write(writer);
    }) explicit Outcome(const T& value)
        : result(QJsonObject(value.toJson()))
    { }

private:
    template<typename T> static rpc::JsonPayload encode(const T& value)
    {
        json::JsonWriter writer;
        value.write(writer);
        return rpc::JsonPayload::encoded(writer.take());
    }
};

// Adds `from`'s events to `into`'s; the scheduler looks again at the earlier of the two times.
inline void mergeOutcome(Outcome& into, Outcome&& from)
{
    into.events.append(std::move(from.events));
    if (from.wakeAt && (!into.wakeAt || *from.wakeAt < *into.wakeAt))
        into.wakeAt = from.wakeAt;
}

using ServiceResult = Result<Outcome, rpc::RpcError>;

} // namespace frontline::server
