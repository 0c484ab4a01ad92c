#include "ticket.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

std::optional<qint64> optionalTime(const QJsonValue& value)
{
    return value.isString() ? timeutil::fromIso(value.toString()) : std::nullopt;
}

} // namespace

QJsonObject SlaInfo::toJson() const
{
    return {{"response_due"_L1, timeutil::toJson(responseDue)},
            {"resolve_due"_L1, timeutil::toJson(resolveDue)},
            {"first_response_at"_L1, timeutil::toJson(firstResponseAt)},
            {"state"_L1, state}};
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

QJsonObject Ticket::toJson() const
{
    return {{"id"_L1, id},
            {"type"_L1, toString(type)},
            {"title"_L1, title},
            {"description"_L1, description},
            {"status"_L1, status},
            {"open"_L1, open},
            {"impact"_L1, toString(impact)},
            {"urgency"_L1, toString(urgency)},
            {"priority"_L1, priority},
            {"category"_L1, category.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(category)},
            {"requester"_L1, requester.toJson()},
            {"assignee"_L1, assignee ? QJsonValue(assignee->toJson()) : QJsonValue(QJsonValue::Null)},
            {"group"_L1, group ? QJsonValue(group->toJson()) : QJsonValue(QJsonValue::Null)},
            {"created_at"_L1, timeutil::toIso(createdAt)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)},
            {"version"_L1, version},
            {"sla"_L1, sla.toJson()},
            {"resolved_at"_L1, timeutil::toJson(resolvedAt)},
            {"closed_at"_L1, timeutil::toJson(closedAt)},
            {"resolution"_L1, resolution}};
}

Ticket Ticket::fromJson(const QJsonObject& object)
{
    Ticket ticket;
    ticket.id = object.value("id"_L1).toInteger();
    ticket.type = ticketTypeFromString(object.value("type"_L1).toString()).value_or(TicketType::Incident);
    ticket.title = object.value("title"_L1).toString();
    ticket.description = object.value("description"_L1).toString();
    ticket.status = object.value("status"_L1).toString();
    ticket.open = object.value("open"_L1).toBool(true);
    ticket.impact = levelFromString(object.value("impact"_L1).toString()).value_or(Level::Medium);
    ticket.urgency = levelFromString(object.value("urgency"_L1).toString()).value_or(Level::Medium);
    ticket.priority = object.value("priority"_L1).toInt(3);
    ticket.category = object.value("category"_L1).toString();
    ticket.requester = UserRef::fromJson(object.value("requester"_L1).toObject());
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
    return ticket;
}

} // namespace frontline
