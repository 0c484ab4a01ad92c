#pragma once

#include "domain/ticket.h"
#include "domain/ticketevent.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Results of the ticket.* methods (docs/protocol.md). ticket.create/get/update/transition/
// escalate/log_time answer with a Ticket, ticket.comment with a Comment (shared/domain).
namespace frontline::api {

// ticket.list: one page of a queue.
struct TicketPage
{
    QList<Ticket> items;
    QString nextCursor; // empty on the last page (null on the wire)

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static TicketPage fromJson(const QJsonValue& value);
    bool operator==(const TicketPage&) const = default;
};

// ticket.history, staff only (issue 19): an entry that came in by e-mail ("in": the ticket's
// first mail or a reply, from `address`), or a notification mail an entry caused ("out": to
// `address`, its `kind` and `state`: queued, sending, sent, failed).
struct HistoryMail
{
    qint64 eventId = 0;
    QString direction; // in | out
    QString address;
    QString kind; // out only
    QString state; // out only

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static HistoryMail fromJson(const QJsonValue& value);
    bool operator==(const HistoryMail&) const = default;
};

// ticket.history: the conversation and change events the caller may see, oldest first.
struct TicketHistory
{
    qint64 ticketId = 0;
    QList<TicketEvent> items;
    QList<HistoryMail> mails; // staff only; the key is left out when there are none

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static TicketHistory fromJson(const QJsonValue& value);
    bool operator==(const TicketHistory&) const = default;
};

// ticket.count: how many tickets a filter matches, up to a cap.
struct TicketCount
{
    int count = 0;
    bool capped = false; // more than `count` match

    QJsonObject toJson() const;
    static TicketCount fromJson(const QJsonValue& value);
    bool operator==(const TicketCount&) const = default;
};

// ticket.links: the tickets linked to one (related, merged, raised from...).
struct LinkedTicket
{
    qint64 id = 0;
    QString title;
    QString status;
    bool open = true;

    bool operator==(const LinkedTicket&) const = default;
};

struct TicketLink
{
    LinkedTicket ticket;
    QString kind; // related, merged_into, merged_from, ...
    qint64 createdAt = 0;

    void write(json::JsonWriter& writer) const;
    static TicketLink fromJson(const QJsonValue& value);
    bool operator==(const TicketLink&) const = default;
};

struct TicketLinks
{
    qint64 ticketId = 0;
    QList<TicketLink> items;

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static TicketLinks fromJson(const QJsonValue& value);
    bool operator==(const TicketLinks&) const = default;
};

// ticket.link and ticket.unlink: {"linked": true} / {"unlinked": true}.
struct TicketLinked
{
    bool linked = true;

    QJsonObject toJson() const;
    static TicketLinked fromJson(const QJsonValue& value);
    bool operator==(const TicketLinked&) const = default;
};

struct TicketUnlinked
{
    bool unlinked = true;

    QJsonObject toJson() const;
    static TicketUnlinked fromJson(const QJsonValue& value);
    bool operator==(const TicketUnlinked&) const = default;
};

// ticket.merge: the duplicate (now merged) and the ticket it went into.
struct TicketMerged
{
    Ticket ticket;
    Ticket into;

    void write(json::JsonWriter& writer) const;
    // The same object from tickets the server already encoded (Ticket::write output).
    static void writeEncoded(json::JsonWriter& writer, const QByteArray& ticket,
                             const QByteArray& into);
    QJsonObject toJson() const;
    static TicketMerged fromJson(const QJsonValue& value);
    bool operator==(const TicketMerged&) const = default;
};

} // namespace frontline::api
