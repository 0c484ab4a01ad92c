#pragma once

#include "api/paramreader.h"
#include "api/ticketapi.h"
#include "core/result.h"
#include "domain/notification.h"
#include "domain/user.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// Params and results of the agents' workspace: canned responses, saved views, presence,
// notifications.
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

// canned.create/update answer with one, canned.list with all of them (by title).
struct CannedResponse
{
    qint64 id = 0;
    QString title;
    QString body;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static CannedResponse fromJson(const QJsonValue& value);
    bool operator==(const CannedResponse&) const = default;
};

struct CannedList
{
    QList<CannedResponse> items;

    QJsonObject toJson() const;
    static CannedList fromJson(const QJsonValue& value);
    bool operator==(const CannedList&) const = default;
};

// view.save answers with one, view.list with the caller's. `filter` is a ticket.list filter
// (TicketFilter's wire form), kept as sent so that a client passes it back unchanged.
struct SavedView
{
    qint64 id = 0;
    QString name;
    QJsonObject filter;
    QString sort;
    qint64 updatedAt = 0;

    // The view as the ticket.list query it is, read with that method's rules.
    Result<TicketListParams, rpc::RpcError> listParams() const;

    QJsonObject toJson() const;
    static SavedView fromJson(const QJsonValue& value);
    bool operator==(const SavedView&) const = default;
};

struct SavedViewList
{
    QList<SavedView> items;

    QJsonObject toJson() const;
    static SavedViewList fromJson(const QJsonValue& value);
    bool operator==(const SavedViewList&) const = default;
};

// canned.delete and view.delete: {"deleted": true}.
struct Deleted
{
    bool deleted = true;

    QJsonObject toJson() const;
    static Deleted fromJson(const QJsonValue& value);
    bool operator==(const Deleted&) const = default;
};

// presence.update answers with it and presence.changed pushes it: who has a ticket open (one
// entry per user, typing if any of their windows is). No ticket: null and no viewers.
struct PresenceViewer
{
    UserRef user;
    bool typing = false;

    bool operator==(const PresenceViewer&) const = default;
};

struct Presence
{
    std::optional<qint64> ticketId;
    QList<PresenceViewer> viewers;

    QJsonObject toJson() const;
    static Presence fromJson(const QJsonValue& value);
    bool operator==(const Presence&) const = default;
};

// notification.list and notification.read: NotificationList and NotificationReadResult
// (automationapi.h).

} // namespace frontline::api
