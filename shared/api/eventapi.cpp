#include "eventapi.h"

#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

QByteArray encoded(const Ticket& ticket)
{
    json::JsonWriter writer;
    ticket.write(writer);
    return writer.take();
}

Ticket ticketOf(const QJsonObject& object)
{
    return Ticket::fromJson(object.value("ticket"_L1).toObject());
}

} // namespace

QJsonObject EventTopics::toJson() const
{
    return {{"topics"_L1, QJsonArray::fromStringList(topics)}};
}

EventTopics EventTopics::fromJson(const QJsonValue& value)
{
    EventTopics result;
    for (const QJsonValue& topic : value.toObject().value("topics"_L1).toArray())
        result.topics.append(topic.toString());
    return result;
}

std::optional<QString> FieldChange::nameOf(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (object.contains("display_name"_L1))
        return object.value("display_name"_L1).toString();
    if (object.contains("name"_L1))
        return object.value("name"_L1).toString();
    if (object.contains("ticket"_L1))
        return u"#%1"_s.arg(object.value("ticket"_L1).toInteger());
    return std::nullopt;
}

void FieldChange::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("field"_L1, field);
    writer.field("old"_L1, oldValue);
    writer.field("new"_L1, newValue);
    writer.endObject();
}

FieldChange FieldChange::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("field"_L1).toString(), object.value("old"_L1), object.value("new"_L1)};
}

void TicketCreatedEvent::writeEncoded(json::JsonWriter& writer, const QByteArray& ticket)
{
    writer.startObject();
    writer.key("ticket"_L1);
    writer.raw(ticket);
    writer.endObject();
}

void TicketCreatedEvent::write(json::JsonWriter& writer) const
{
    writeEncoded(writer, encoded(ticket));
}

TicketCreatedEvent TicketCreatedEvent::fromJson(const QJsonValue& value)
{
    return {ticketOf(value.toObject())};
}

const FieldChange* TicketChangedEvent::change(QStringView field) const
{
    for (const FieldChange& c : changes) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

void TicketChangedEvent::writeEncoded(json::JsonWriter& writer, const QByteArray& ticket,
                                      const QList<FieldChange>& changes, const UserRef& actor)
{
    writer.startObject();
    writer.key("ticket"_L1);
    writer.raw(ticket);
    writer.key("changes"_L1);
    writer.startArray();
    for (const FieldChange& change : changes)
        change.write(writer);
    writer.endArray();
    writer.key("actor"_L1);
    actor.write(writer);
    writer.endObject();
}

void TicketChangedEvent::write(json::JsonWriter& writer) const
{
    writeEncoded(writer, encoded(ticket), changes, actor);
}

TicketChangedEvent TicketChangedEvent::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    TicketChangedEvent event;
    event.ticket = ticketOf(object);
    for (const QJsonValue& change : object.value("changes"_L1).toArray())
        event.changes.append(FieldChange::fromJson(change));
    event.actor = UserRef::fromJson(object.value("actor"_L1).toObject());
    return event;
}

void TicketCommentedEvent::writeEncoded(json::JsonWriter& writer, const QByteArray& ticket,
                                        const Comment& comment)
{
    writer.startObject();
    writer.key("ticket"_L1);
    writer.raw(ticket);
    writer.key("comment"_L1);
    comment.write(writer);
    writer.endObject();
}

void TicketCommentedEvent::write(json::JsonWriter& writer) const
{
    writeEncoded(writer, encoded(ticket), comment);
}

TicketCommentedEvent TicketCommentedEvent::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {ticketOf(object), Comment::fromJson(object.value("comment"_L1).toObject())};
}

QJsonObject NotificationReceivedEvent::toJson() const
{
    return {{"notification"_L1, notification.toJson()}};
}

NotificationReceivedEvent NotificationReceivedEvent::fromJson(const QJsonValue& value)
{
    return {Notification::fromJson(value.toObject().value("notification"_L1).toObject())};
}

QJsonObject SessionRevokedEvent::toJson() const
{
    return {{"reason"_L1, reason}};
}

SessionRevokedEvent SessionRevokedEvent::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("reason"_L1).toString()};
}

QJsonObject ConfigChangedEvent::toJson() const
{
    return {{"parts"_L1, QJsonArray::fromStringList(parts)}};
}

ConfigChangedEvent ConfigChangedEvent::fromJson(const QJsonValue& value)
{
    ConfigChangedEvent event;
    for (const QJsonValue& part : value.toObject().value("parts"_L1).toArray())
        event.parts.append(part.toString());
    return event;
}

QJsonObject TicketMailedEvent::toJson() const
{
    QJsonArray marks;
    for (const MailMark& mark : mails) {
        QJsonObject object = mark.mail.toJson();
        if (mark.commentId)
            object.insert("comment_id"_L1, mark.commentId);
        marks.append(object);
    }
    return {{"ticket_id"_L1, ticketId}, {"mails"_L1, marks}};
}

TicketMailedEvent TicketMailedEvent::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    TicketMailedEvent event;
    event.ticketId = object.value("ticket_id"_L1).toInteger();
    for (const QJsonValue& mark : object.value("mails"_L1).toArray())
        event.mails.append({HistoryMail::fromJson(mark), mark["comment_id"_L1].toInteger()});
    return event;
}

} // namespace frontline::api
