#pragma once

#include "api/paramreader.h"
#include "api/ticketapi.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>

#include <optional>

// Params of the agents' workspace: canned responses, saved views, presence.
namespace frontline::api {

inline constexpr int MaxCannedBody = 20000;

struct CannedCreateParams
{
    QString title;
    QString body; // may hold placeholders such as {{requester.name}} (see docs/protocol.md)

    QJsonObject toJson() const;
    static Result<CannedCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct CannedUpdateParams
{
    qint64 id = 0;
    std::optional<QString> title;
    std::optional<QString> body;

    QJsonObject toJson() const;
    static Result<CannedUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// A saved view: a named ticket.list query (filter and sort) of the caller's own.
struct ViewSaveParams
{
    std::optional<qint64> id; // update this view; absent: a new one
    QString name;
    TicketFilter filter;
    TicketSort sort = TicketSort::Priority;

    QJsonObject toJson() const;
    static Result<ViewSaveParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// What an agent is looking at: a ticket (or none) and whether they are typing a reply to it.
struct PresenceParams
{
    std::optional<qint64> ticket;
    bool typing = false;

    QJsonObject toJson() const;
    static Result<PresenceParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

} // namespace frontline::api
