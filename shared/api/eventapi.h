#pragma once

#include "api/ticketresults.h"
#include "domain/comment.h"
#include "domain/notification.h"
#include "domain/ticket.h"
#include "domain/user.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// events.subscribe / events.unsubscribe and the notifications the server pushes
// (docs/protocol.md, "Events"). announcement.published/withdrawn carry an Announcement.
namespace frontline::api {

// events.subscribe and events.unsubscribe: the connection's topics afterwards, sorted.
struct EventTopics
{
    QStringList topics;

    QJsonObject toJson() const;
    static EventTopics fromJson(const QJsonValue& value);
    bool operator==(const EventTopics&) const = default;
};

// One field of a ticket.changed: its wire name and the values before and after.
struct FieldChange
{
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;

    // What a value that is an object names: a user's display name, a group's or a file's
    // name, "#id" of a linked ticket; nullopt for plain values.
    static std::optional<QString> nameOf(const QJsonValue& value);

    void write(json::JsonWriter& writer) const;
    static FieldChange fromJson(const QJsonValue& value);
    bool operator==(const FieldChange&) const = default;
};

// The three ticket notifications are on the push hot path: the server encodes a ticket once
// and splices it into each (writeEncoded); write() is the same mapping from a Ticket.

// ticket.created
struct TicketCreatedEvent
{
    Ticket ticket;

    void write(json::JsonWriter& writer) const;
    static void writeEncoded(json::JsonWriter& writer, const QByteArray& ticket);
    static TicketCreatedEvent fromJson(const QJsonValue& value);
    bool operator==(const TicketCreatedEvent&) const = default;
};

// ticket.changed
struct TicketChangedEvent
{
    Ticket ticket;
    QList<FieldChange> changes;
    UserRef actor;

    // The change to `field`, if this event has one.
    const FieldChange* change(QStringView field) const;

    void write(json::JsonWriter& writer) const;
    static void writeEncoded(json::JsonWriter& writer, const QByteArray& ticket,
                             const QList<FieldChange>& changes, const UserRef& actor);
    static TicketChangedEvent fromJson(const QJsonValue& value);
    bool operator==(const TicketChangedEvent&) const = default;
};

// ticket.commented
struct TicketCommentedEvent
{
    Ticket ticket;
    Comment comment;

    void write(json::JsonWriter& writer) const;
    static void writeEncoded(json::JsonWriter& writer, const QByteArray& ticket,
                             const Comment& comment);
    static TicketCommentedEvent fromJson(const QJsonValue& value);
    bool operator==(const TicketCommentedEvent&) const = default;
};

// notification.received
struct NotificationReceivedEvent
{
    Notification notification;

    QJsonObject toJson() const;
    static NotificationReceivedEvent fromJson(const QJsonValue& value);
    bool operator==(const NotificationReceivedEvent&) const = default;
};

// session.revoked
struct SessionRevokedEvent
{
    QString reason;

    QJsonObject toJson() const;
    static SessionRevokedEvent fromJson(const QJsonValue& value);
    bool operator==(const SessionRevokedEvent&) const = default;
};

// config.changed (topic "configuration"; groups, staff, organisations, calendars, SLA policies
// and rules alone go to staff only): an administrator changed configuration that clients keep
// (api::configpart: workflow, categories, groups, staff, fields, ci_classes, catalog,
// organisations, calendars, sla_policies, rules); a client reads those parts again instead of
// waiting for its next login.
struct ConfigChangedEvent
{
    QStringList parts;

    QJsonObject toJson() const;
    static ConfigChangedEvent fromJson(const QJsonValue& value);
    bool operator==(const ConfigChangedEvent&) const = default;
};

// ticket.mailed (staff): mail marks of a ticket that changed — a notification mail the relay
// took ("sent") or that was given up on ("failed"), a reply filed from a mail ("in"). Each mark
// is shaped as in ticket.history's "mails"; `commentId` names the entry when it is a comment
// (a client that appended the comment from its push knows it by that, not by its event id).
struct MailMark
{
    HistoryMail mail;
    qint64 commentId = 0; // 0: the entry is no comment

    bool operator==(const MailMark&) const = default;
};

struct TicketMailedEvent
{
    qint64 ticketId = 0;
    QList<MailMark> mails;

    QJsonObject toJson() const;
    static TicketMailedEvent fromJson(const QJsonValue& value);
    bool operator==(const TicketMailedEvent&) const = default;
};

} // namespace frontline::api
