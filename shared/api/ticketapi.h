#pragma once

#include "api/fieldapi.h"
#include "api/paramreader.h"
#include "api/ticketresults.h"
#include "core/result.h"
#include "domain/enums.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::api {

inline constexpr int MaxTitleLength = 200;
inline constexpr int MaxBodyLength = 65536;
inline constexpr int MaxStatusLength = 40;

struct TicketCreateParams
{
    QString title;
    QString description;
    TicketType type = TicketType::Incident;
    std::optional<QString> category;
    Level impact = Level::Medium;
    Level urgency = Level::Medium;
    // Agents only: a ticket raised on behalf of a requester (phone call), routed by hand.
    std::optional<qint64> requester;
    std::optional<qint64> assignee;
    std::optional<qint64> group;
    // Optional, unique per user: a retry with the same reference answers with the first result
    // instead of creating a second ticket (the offline outbox relies on it).
    QString clientRef;
    // The reporter's computer as the tray applet found it (see selfserviceapi.h).
    QJsonObject systemInfo;
    // Custom field values by field name (see fieldapi.h).
    QJsonObject fields;
    // The configuration items the ticket is about (see cmdbapi.h).
    QList<qint64> cis;

    QJsonObject toJson() const;
    static Result<TicketCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// Who a filter on a person or group means.
struct Selector
{
    enum class Kind { Id, Me, None, Mine };
    Kind kind = Kind::Id;
    qint64 id = 0;

    QJsonValue toJson() const;
    friend bool operator==(const Selector&, const Selector&) = default;
};

struct TicketFilter
{
    std::optional<QStringList> statuses;
    std::optional<bool> open;
    std::optional<Selector> assignee; // id, "me" or null (unassigned)
    std::optional<Selector> requester; // id or "me"
    std::optional<Selector> group; // id, "mine" (the caller's groups) or null (no group)
    std::optional<QList<int>> priorities;
    std::optional<QList<TicketType>> types;
    std::optional<QString> category;
    std::optional<qint64> dueBefore; // the next SLA deadline is before this time (ms)
    std::optional<QStringList> slaStates; // on_track, at_risk, breached, paused, met
    std::optional<QList<qint64>> orgs; // the tickets of these organisations (ids)
    QList<FieldCondition> fields; // custom field conditions, all of which hold
    std::optional<qint64> parent; // the fulfilment tasks of this service request

    QJsonObject toJson() const;
    // Reads `filter` from `parent` (errors name filter.<field>).
    static void read(ParamReader& parent, TicketFilter& filter);
};

// Due: the next SLA deadline first (tickets without one — paused, done — are left out).
enum class TicketSort { Priority, CreatedAsc, CreatedDesc, UpdatedAsc, UpdatedDesc, Due };
QString toString(TicketSort sort);
std::optional<TicketSort> ticketSortFromString(QStringView text);
QStringList ticketSortNames();

struct TicketListParams
{
    TicketFilter filter;
    TicketSort sort = TicketSort::UpdatedDesc;
    int limit = 50;
    QString cursor; // opaque, from a previous page's next_cursor
    bool includeFields = false; // rows carry their custom field values

    QJsonObject toJson() const;
    static Result<TicketListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct TicketUpdateParams
{
    qint64 id = 0;
    int version = 0;
    std::optional<QString> title;
    std::optional<QString> description;
    Nullable<QString> category;
    std::optional<Level> impact;
    std::optional<Level> urgency;
    std::optional<int> priority;
    Nullable<qint64> assignee;
    Nullable<qint64> group;
    std::optional<QString> resolution;
    std::optional<QJsonObject> fields; // custom field values to set (null clears one)
    std::optional<QList<qint64>> cis; // the ticket's configuration items (replaces the list)

    bool hasChanges() const;
    QJsonObject toJson() const;
    static Result<TicketUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct TicketTransitionParams
{
    qint64 id = 0;
    QString status;
    QString note; // a resolution note, a reason; becomes a comment
    std::optional<int> version; // when given, a stale version is a conflict

    QJsonObject toJson() const;
    static Result<TicketTransitionParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct TicketCommentParams
{
    qint64 id = 0;
    QString body;
    bool internal = false;
    QString clientRef; // as in TicketCreateParams

    QJsonObject toJson() const;
    static Result<TicketCommentParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ticket.count: how many tickets the caller may see match (up to a cap).
struct TicketCountParams
{
    TicketFilter filter;

    QJsonObject toJson() const;
    static Result<TicketCountParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ticket.link / ticket.unlink: "related" tickets, shown on both.
struct TicketLinkParams
{
    qint64 id = 0;
    qint64 other = 0;

    QJsonObject toJson() const;
    static Result<TicketLinkParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ticket.merge: `id` (a duplicate) ends, merged into `into`, which goes on.
struct TicketMergeParams
{
    qint64 id = 0;
    qint64 into = 0;
    QString note;

    QJsonObject toJson() const;
    static Result<TicketMergeParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// ticket.escalate: functional escalation to a group, by default the next tier's.
struct TicketEscalateParams
{
    qint64 id = 0;
    std::optional<qint64> group;
    QString note;
    std::optional<int> version;

    QJsonObject toJson() const;
    static Result<TicketEscalateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

inline constexpr int MaxLoggedMinutes = 24 * 60;

struct TicketLogTimeParams
{
    qint64 id = 0;
    int minutes = 0;
    QString note;

    QJsonObject toJson() const;
    static Result<TicketLogTimeParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct SubscribeParams
{
    QStringList topics;

    QJsonObject toJson() const;
    static Result<SubscribeParams, rpc::RpcError> fromJson(const QJsonValue& params);
};
QStringList topicNames();

struct ConfigGetParams
{
    QString key;

    QJsonObject toJson() const;
    static Result<ConfigGetParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct ConfigSetParams
{
    QString key;
    QJsonValue value;

    QJsonObject toJson() const;
    static Result<ConfigSetParams, rpc::RpcError> fromJson(const QJsonValue& params);
};
QStringList configKeys();

} // namespace frontline::api
