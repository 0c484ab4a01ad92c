#pragma once

#include "enums.h"
#include "group.h"
#include "organisation.h"
#include "user.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline {

// ITIL priorities: 1 critical, 2 high, 3 medium, 4 low, 5 planning.
inline constexpr int HighestPriority = 1;
inline constexpr int LowestPriority = 5;

struct SlaInfo
{
    std::optional<qint64> responseDue;
    std::optional<qint64> resolveDue;
    std::optional<qint64> firstResponseAt;
    // on_track, at_risk, breached, paused or met
    QString state;

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static SlaInfo fromJson(const QJsonObject& object);
    bool operator==(const SlaInfo&) const = default;
};

// The requester's answer to the satisfaction survey of a resolved ticket.
struct Rating
{
    int score = 0; // 1 (very dissatisfied) to 5 (very satisfied)
    QString comment; // may be empty
    qint64 ratedAt = 0;

    void write(json::JsonWriter& writer) const;
    static Rating fromJson(const QJsonObject& object);
    bool operator==(const Rating&) const = default;
};

// A fulfilment task of a service request as its request shows it (ticket.get; issue 21).
struct TicketTask
{
    qint64 id = 0;
    QString title;
    std::optional<GroupRef> group;
    QString status;
    bool open = true;
    int stage = 1; // tasks of one stage run in parallel, stages one after the other

    void write(json::JsonWriter& writer) const;
    static TicketTask fromJson(const QJsonObject& object);
    bool operator==(const TicketTask&) const = default;
};

// The catalog item a service request was filed from.
struct CatalogItemRef
{
    qint64 id = 0;
    QString name;

    void write(json::JsonWriter& writer) const;
    static CatalogItemRef fromJson(const QJsonObject& object);
    bool operator==(const CatalogItemRef&) const = default;
};

struct Ticket
{
    qint64 id = 0;
    TicketType type = TicketType::Incident;
    QString title;
    QString description;
    QString status;
    bool open = true; // false once resolved, closed or cancelled
    Level impact = Level::Medium;
    Level urgency = Level::Medium;
    int priority = 3;
    QString category; // empty when uncategorised
    UserRef requester;
    std::optional<OrgRef> org; // the requester's organisation when the ticket was raised
    std::optional<UserRef> assignee;
    std::optional<GroupRef> group;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 1;
    SlaInfo sla;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    QString resolution;
    int timeSpentMinutes = 0;
    QStringList tags; // lower-case labels, set by agents and automation rules
    // ticket.get only: the reporter's computer as the tray applet described it.
    QJsonObject systemInfo;
    // ticket.get, and the ticket.changed pushed for a rating, only: the requester's rating.
    std::optional<Rating> rating;
    // ticket.get, a change's answer, and ticket.list rows when asked: the custom field values
    // the caller may see, by field name.
    std::optional<QJsonObject> fields;
    // A fulfilment task (type task): the service request it belongs to.
    std::optional<qint64> parent;
    // ticket.get and catalog.request only: a catalog request's item and its tasks so far.
    std::optional<CatalogItemRef> catalogItem;
    std::optional<QList<TicketTask>> tasks;
    // ticket.get and a change's answer: the configuration items the ticket is about, each
    // {kind, id, name, class, status} (api::CiNode; issue 22).
    std::optional<QJsonArray> cis;

    // The next SLA deadline: the response target until someone answered, then the resolution
    // target; none while the clock is paused or once the ticket is done.
    static std::optional<qint64> nextDue(bool open, bool paused, std::optional<qint64> responseDue,
                                         std::optional<qint64> resolveDue,
                                         std::optional<qint64> firstResponseAt);
    std::optional<qint64> nextDue() const; // from the SLA state the server reported

    // The one JSON mapping of a ticket (toJson() is derived from it).
    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static Ticket fromJson(const QJsonObject& object);
    bool operator==(const Ticket&) const = default;
};

} // namespace frontline
