#include "ticketresults.h"

#include "api/jsonhelpers.h"
#include "core/timeutil.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

template<typename T> void writeList(json::JsonWriter& writer, const QList<T>& items)
{
    writer.key("items"_L1);
    writer.startArray();
    for (const T& item : items)
        item.write(writer);
    writer.endArray();
}

} // namespace

void TicketPage::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writeList(writer, items);
    writer.key("next_cursor"_L1);
    writer.stringOrNull(nextCursor);
    writer.endObject();
}

QJsonObject TicketPage::toJson() const
{
    return json::objectOf(*this);
}

TicketPage TicketPage::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    TicketPage page;
    page.items = listOf<Ticket>(object.value("items"_L1),
                                [](const QJsonValue& v) { return Ticket::fromJson(v.toObject()); });
    page.nextCursor = object.value("next_cursor"_L1).toString();
    return page;
}

void HistoryMail::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("event_id"_L1, eventId);
    writer.field("direction"_L1, direction);
    writer.field("address"_L1, address);
    if (direction == u"out"_s) {
        writer.field("kind"_L1, kind);
        writer.field("state"_L1, state);
    }
    writer.endObject();
}

QJsonObject HistoryMail::toJson() const
{
    return json::objectOf(*this);
}

HistoryMail HistoryMail::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("event_id"_L1).toInteger(), object.value("direction"_L1).toString(),
            object.value("address"_L1).toString(), object.value("kind"_L1).toString(),
            object.value("state"_L1).toString()};
}

void TicketHistory::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("ticket_id"_L1, ticketId);
    writeList(writer, items);
    if (!mails.isEmpty()) {
        writer.key("mails"_L1);
        writer.startArray();
        for (const HistoryMail& mail : mails)
            mail.write(writer);
        writer.endArray();
    }
    writer.endObject();
}

QJsonObject TicketHistory::toJson() const
{
    return json::objectOf(*this);
}

TicketHistory TicketHistory::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    TicketHistory history;
    history.ticketId = object.value("ticket_id"_L1).toInteger();
    history.items = listOf<TicketEvent>(object.value("items"_L1), [](const QJsonValue& v) {
        return TicketEvent::fromJson(v.toObject());
    });
    history.mails = listOf<HistoryMail>(object.value("mails"_L1), HistoryMail::fromJson);
    return history;
}

QJsonObject TicketCount::toJson() const
{
    return {{"count"_L1, count}, {"capped"_L1, capped}};
}

TicketCount TicketCount::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("count"_L1).toInt(), object.value("capped"_L1).toBool()};
}

void TicketLink::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.key("ticket"_L1);
    writer.startObject();
    writer.field("id"_L1, ticket.id);
    writer.field("title"_L1, ticket.title);
    writer.field("status"_L1, ticket.status);
    writer.field("open"_L1, ticket.open);
    writer.endObject();
    writer.field("kind"_L1, kind);
    writer.key("created_at"_L1);
    writer.time(createdAt);
    writer.endObject();
}

TicketLink TicketLink::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QJsonObject other = object.value("ticket"_L1).toObject();
    TicketLink link;
    link.ticket = {other.value("id"_L1).toInteger(), other.value("title"_L1).toString(),
                   other.value("status"_L1).toString(), other.value("open"_L1).toBool(true)};
    link.kind = object.value("kind"_L1).toString();
    link.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    return link;
}

void TicketLinks::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("ticket_id"_L1, ticketId);
    writeList(writer, items);
    writer.endObject();
}

QJsonObject TicketLinks::toJson() const
{
    return json::objectOf(*this);
}

TicketLinks TicketLinks::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value("ticket_id"_L1).toInteger(),
            listOf<TicketLink>(object.value("items"_L1), &TicketLink::fromJson)};
}

QJsonObject TicketLinked::toJson() const
{
    return {{"linked"_L1, linked}};
}

TicketLinked TicketLinked::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("linked"_L1).toBool()};
}

QJsonObject TicketUnlinked::toJson() const
{
    return {{"unlinked"_L1, unlinked}};
}

TicketUnlinked TicketUnlinked::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("unlinked"_L1).toBool()};
}

void TicketMerged::writeEncoded(json::JsonWriter& writer, const QByteArray& ticket,
                                const QByteArray& into)
{
    writer.startObject();
    writer.key("ticket"_L1);
    writer.raw(ticket);
    writer.key("into"_L1);
    writer.raw(into);
    writer.endObject();
}

void TicketMerged::write(json::JsonWriter& writer) const
{
    json::JsonWriter first;
    ticket.write(first);
    json::JsonWriter second;
    into.write(second);
    writeEncoded(writer, first.take(), second.take());
}

QJsonObject TicketMerged::toJson() const
{
    return json::objectOf(*this);
}

TicketMerged TicketMerged::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {Ticket::fromJson(object.value("ticket"_L1).toObject()),
            Ticket::fromJson(object.value("into"_L1).toObject())};
}

} // namespace frontline::api
