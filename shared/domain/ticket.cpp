#include "ticket.h"

#include "core/timeutil.h"
#include "json/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

std::optional<qint64> optionalTime(const QJsonValue& value)
{
    return value.isString() ? timeutil::fromIso(value.toString()) : std::nullopt;
}

} // namespace

void SlaInfo::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.key("response_due"_L1);
    writer.time(responseDue);
    writer.key("resolve_due"_L1);
    writer.time(resolveDue);
    writer.key("first_response_at"_L1);
    writer.time(firstResponseAt);
    writer.field("state"_L1, state);
    writer.endObject();
}

QJsonObject SlaInfo::toJson() const
{
    return json::objectOf(*this);
}

SlaInfo SlaInfo::fromJson(const QJsonObject& object)
{
    SlaInfo sla;
    sla.responseDue = optionalTime(object.value("response_due"_L1));
    sla.resolveDue = optionalTime(object.value("resolve_due"_L1));
    sla.firstResponseAt = optionalTime(object.value("first_response_at"_L1));
    sla.state = object.value("state"_L1).toString();
    return sla;
}

void Rating::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("score"_L1, score);
    writer.field("comment"_L1, comment);
    writer.key("rated_at"_L1);
    writer.time(ratedAt);
    writer.endObject();
}

Rating Rating::fromJson(const QJsonObject& object)
{
    Rating rating;
    rating.score = object.value("score"_L1).toInt();
    rating.comment = object.value("comment"_L1).toString();
    rating.ratedAt = timeutil::fromIso(object.value("rated_at"_L1).toString()).value_or(0);
    return rating;
}

void TicketTask::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("title"_L1, title);
    writer.key("group"_L1);
    if (group)
        group->write(writer);
    else
        writer.null();
    writer.field("status"_L1, status);
    writer.field("open"_L1, open);
    writer.field("stage"_L1, stage);
    writer.endObject();
}

TicketTask TicketTask::fromJson(const QJsonObject& object)
{
    TicketTask task;
    task.id = object.value("id"_L1).toInteger();
    task.title = object.value("title"_L1).toString();
    if (object.value("group"_L1).isObject())
        task.group = GroupRef::fromJson(object.value("group"_L1).toObject());
    task.status = object.value("status"_L1).toString();
    task.open = object.value("open"_L1).toBool(true);
    task.stage = object.value("stage"_L1).toInt(1);
    return task;
}

void CatalogItemRef::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("name"_L1, name);
    writer.endObject();
}

CatalogItemRef CatalogItemRef::fromJson(const QJsonObject& object)
{
    return {object.value("id"_L1).toInteger(), object.value("name"_L1).toString()};
}

void Ticket::write(json::JsonWriter& writer) const
{
    writer.startObject();
    writer.field("id"_L1, id);
    writer.field("type"_L1, toString(type));
    writer.field("title"_L1, title);
    writer.field("description"_L1, description);
    writer.field("status"_L1, status);
    writer.field("open"_L1, open);
    writer.field("impact"_L1, toString(impact));
    writer.field("urgency"_L1, toString(urgency));
    writer.field("priority"_L1, priority);
    writer.key("category"_L1);
    writer.stringOrNull(category);
    writer.key("requester"_L1);
    requester.write(writer);
    writer.key("org"_L1);
    if (org)
        org->write(writer);
    else
        writer.null();
    writer.key("assignee"_L1);
    if (assignee)
        assignee->write(writer);
    else
        writer.null();
    writer.key("group"_L1);
    if (group)
        group->write(writer);
    else
        writer.null();
    writer.key("created_at"_L1);
    writer.time(createdAt);
    writer.key("updated_at"_L1);
    writer.time(updatedAt);
    writer.field("version"_L1, version);
    writer.key("sla"_L1);
    sla.write(writer);
    writer.key("resolved_at"_L1);
    writer.time(resolvedAt);
    writer.key("closed_at"_L1);
    writer.time(closedAt);
    writer.field("resolution"_L1, resolution);
    writer.field("time_spent_minutes"_L1, timeSpentMinutes);
    writer.key("tags"_L1);
    writer.startArray();
    for (const QString& tag : tags)
        writer.value(tag);
    writer.endArray();
    if (!systemInfo.isEmpty())
        writer.field("system_info"_L1, QJsonValue(systemInfo));
    if (rating) {
        writer.key("rating"_L1);
        rating->write(writer);
    }
    if (fields)
        writer.field("fields"_L1, QJsonValue(*fields));
    if (parent)
        writer.field("parent"_L1, *parent);
    if (catalogItem) {
        writer.key("catalog_item"_L1);
        catalogItem->write(writer);
    }
    if (tasks) {
        writer.key("tasks"_L1);
        writer.startArray();
        for (const TicketTask& task : *tasks)
            task.write(writer);
        writer.endArray();
    }
    if (cis)
        writer.field("cis"_L1, QJsonValue(*cis));
    writer.endObject();
}

std::optional<qint64> Ticket::nextDue(bool open, bool paused, std::optional<qint64> responseDue,
                                      std::optional<qint64> resolveDue,
                                      std::optional<qint64> firstResponseAt)
{
    if (!open || paused)
        return std::nullopt;
    if (!firstResponseAt && responseDue && (!resolveDue || *responseDue < *resolveDue))
        return responseDue;
    return resolveDue;
}

std::optional<qint64> Ticket::nextDue() const
{
    return nextDue(open, sla.state == u"paused"_s, sla.responseDue, sla.resolveDue,
                   sla.firstResponseAt);
}

QJsonObject Ticket::toJson() const
{
    return json::objectOf(*this);
}

Ticket Ticket::fromJson(const QJsonObject& object)
{
    Ticket ticket;
    ticket.id = object.value("id"_L1).toInteger();
    ticket.type =
        ticketTypeFromString(object.value("type"_L1).toString()).value_or(TicketType::Incident);
    ticket.title = object.value("title"_L1).toString();
    ticket.description = object.value("description"_L1).toString();
    ticket.status = object.value("status"_L1).toString();
    ticket.open = object.value("open"_L1).toBool(true);
    ticket.impact = levelFromString(object.value("impact"_L1).toString()).value_or(Level::Medium);
    ticket.urgency = levelFromString(object.value("urgency"_L1).toString()).value_or(Level::Medium);
    ticket.priority = object.value("priority"_L1).toInt(3);
    ticket.category = object.value("category"_L1).toString();
    ticket.requester = UserRef::fromJson(object.value("requester"_L1).toObject());
    if (object.value("org"_L1).isObject())
        ticket.org = OrgRef::fromJson(object.value("org"_L1).toObject());
    if (object.value("assignee"_L1).isObject())
        ticket.assignee = UserRef::fromJson(object.value("assignee"_L1).toObject());
    if (object.value("group"_L1).isObject())
        ticket.group = GroupRef::fromJson(object.value("group"_L1).toObject());
    ticket.createdAt = timeutil::fromIso(object.value("created_at"_L1).toString()).value_or(0);
    ticket.updatedAt = timeutil::fromIso(object.value("updated_at"_L1).toString()).value_or(0);
    ticket.version = object.value("version"_L1).toInt(1);
    ticket.sla = SlaInfo::fromJson(object.value("sla"_L1).toObject());
    ticket.resolvedAt = optionalTime(object.value("resolved_at"_L1));
    ticket.closedAt = optionalTime(object.value("closed_at"_L1));
    ticket.resolution = object.value("resolution"_L1).toString();
    ticket.timeSpentMinutes = object.value("time_spent_minutes"_L1).toInt();
    for (const QJsonValue& tag : object.value("tags"_L1).toArray())
        ticket.tags.append(tag.toString());
    ticket.systemInfo = object.value("system_info"_L1).toObject();
    if (object.value("rating"_L1).isObject())
        ticket.rating = Rating::fromJson(object.value("rating"_L1).toObject());
    if (object.value("fields"_L1).isObject())
        ticket.fields = object.value("fields"_L1).toObject();
    if (object.value("parent"_L1).isDouble())
        ticket.parent = object.value("parent"_L1).toInteger();
    if (object.value("catalog_item"_L1).isObject())
        ticket.catalogItem = CatalogItemRef::fromJson(object.value("catalog_item"_L1).toObject());
    if (object.value("tasks"_L1).isArray()) {
        QList<TicketTask> list;
        for (const QJsonValue& task : object.value("tasks"_L1).toArray())
            list.append(TicketTask::fromJson(task.toObject()));
        ticket.tasks = list;
    }
    if (object.value("cis"_L1).isArray())
        ticket.cis = object.value("cis"_L1).toArray();
    return ticket;
}

} // namespace frontline
