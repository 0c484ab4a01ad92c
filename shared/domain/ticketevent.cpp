#include "ticketevent.h"

#include "core/timeutil.h"
#include "json/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace frontline {

QString TicketEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return u"created"_s;
    case Kind::Change:
        return u"change"_s;
    case Kind::Comment:
        return u"comment"_s;
    }
    return {};
}

std::optional<TicketEvent::Kind> TicketEvent::kindFromName(QStringView name)
{
    for (Kind kind : {Kind::Created, Kind::Change, Kind::Comment}) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

void TicketEvent::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("ticket_id"_L1, ticketId);
    writer.field("kind"_L1, kindName(kind));
    writer.key("actor"_L1);
    actor.write(writer);
    writer.key("at"_L1);
    writer.time(at);
    writer.field("internal"_L1, internal);
    if (kind == Kind::Change) {
        writer.field("field"_L1, field);
        writer.field("old"_L1, oldValue);
        writer.field("new"_L1, newValue);
    }
    if (comment) {
        writer.key("comment"_L1);
        comment->write(writer);
    }
    writer.endObject();
}

QJsonObject TicketEvent::toJson() const
{
    return json::objectOf(*this);
}

TicketEvent TicketEvent::fromJson(const QJsonObject& object)
{
    TicketEvent event;
    event.id = object.value("id"_L1).toInteger();
    event.ticketId = object.value("ticket_id"_L1).toInteger();
    event.kind = kindFromName(object.value("kind"_L1).toString()).value_or(Kind::Change);
    event.actor = UserRef::fromJson(object.value("actor"_L1).toObject());
    event.at = timeutil::fromIso(object.value("at"_L1).toString()).value_or(0);
    event.field = object.value("field"_L1).toString();
    // Missing (a comment's entry): the default, null, as for every missing key.
    if (object.contains("old"_L1))
        event.oldValue = object.value("old"_L1);
    if (object.contains("new"_L1))
        event.newValue = object.value("new"_L1);
    if (object.value("comment"_L1).isObject())
        event.comment = Comment::fromJson(object.value("comment"_L1).toObject());
    event.internal = object.value("internal"_L1).toBool();
    return event;
}

} // namespace frontline
