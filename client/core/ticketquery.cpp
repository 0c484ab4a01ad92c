#include "ticketquery.h"

namespace frontline::client {
namespace {

bool selects(const api::Selector& selector, std::optional<qint64> value, qint64 me,
             const QList<GroupRef>& mine)
{
    switch (selector.kind) {
    case api::Selector::Kind::Id:
        return value == selector.id;
    case api::Selector::Kind::Me:
        return value == me;
    case api::Selector::Kind::None:
        return !value.has_value();
    case api::Selector::Kind::Mine:
        for (const GroupRef& group : mine) {
            if (value == group.id)
                return true;
        }
        return false;
    }
    return false;
}

} // namespace

bool TicketQuery::matches(const Ticket& ticket, const User& me) const
{
    const api::TicketFilter& f = m_filter;
    if (f.statuses && !f.statuses->contains(ticket.status))
        return false;
    if (f.open && *f.open != ticket.open)
        return false;
    if (f.assignee
        && !selects(*f.assignee,
                    ticket.assignee ? std::optional(ticket.assignee->id) : std::nullopt, me.id,
                    me.groups))
        return false;
    if (f.requester && !selects(*f.requester, ticket.requester.id, me.id, me.groups))
        return false;
    if (f.group
        && !selects(*f.group, ticket.group ? std::optional(ticket.group->id) : std::nullopt, me.id,
                    me.groups))
        return false;
    if (f.priorities && !f.priorities->contains(ticket.priority))
        return false;
    if (f.types && !f.types->contains(ticket.type))
        return false;
    if (f.category && *f.category != ticket.category)
        return false;
    if (f.orgs && (!ticket.org || !f.orgs->contains(ticket.org->id)))
        return false;
    if (f.dueBefore) {
        const auto due = ticket.nextDue();
        if (!due || *due >= *f.dueBefore)
            return false;
    }
    if (m_sort == api::TicketSort::Due && !ticket.nextDue())
        return false; // the server's due order leaves tickets without a deadline out
    return true;
}

bool TicketQuery::before(const Ticket& a, const Ticket& b) const
{
    switch (m_sort) {
    case api::TicketSort::Priority:
        return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
    case api::TicketSort::CreatedAsc:
        return a.id < b.id;
    case api::TicketSort::CreatedDesc:
        return a.id > b.id;
    case api::TicketSort::UpdatedAsc:
        return a.updatedAt != b.updatedAt ? a.updatedAt < b.updatedAt : a.id < b.id;
    case api::TicketSort::UpdatedDesc:
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id > b.id;
    case api::TicketSort::Due: {
        const qint64 dueA = a.nextDue().value_or(0);
        const qint64 dueB = b.nextDue().value_or(0);
        return dueA != dueB ? dueA < dueB : a.id < b.id;
    }
    }
    return a.id < b.id;
}

bool TicketQuery::operator==(const TicketQuery& other) const
{
    return m_sort == other.m_sort && m_filter.toJson() == other.m_filter.toJson();
}

api::TicketListParams TicketQuery::params(int limit) const
{
    api::TicketListParams params;
    params.filter = m_filter;
    params.sort = m_sort;
    params.limit = limit;
    return params;
}

std::optional<qint64> ticketNumber(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    return isNumber && id > 0 ? std::optional(id) : std::nullopt;
}

} // namespace frontline::client
