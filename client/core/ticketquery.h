#pragma once

#include "api/ticketapi.h"
#include "domain/ticket.h"
#include "domain/user.h"

#include <optional>

namespace frontline::client {

// A list query (filter and sort) evaluated on the client too: whether a pushed ticket belongs
// in a list, and where, with the same rules as the server's ticket.list.
class TicketQuery
{
public:
    TicketQuery() = default;
    TicketQuery(api::TicketFilter filter, api::TicketSort sort)
        : m_filter(std::move(filter))
        , m_sort(sort)
    { }

    const api::TicketFilter& filter() const { return m_filter; }
    api::TicketSort sort() const { return m_sort; }

    // `me` resolves "me" and "mine".
    bool matches(const Ticket& ticket, const User& me) const;
    // The order ticket.list returns.
    bool before(const Ticket& a, const Ticket& b) const;

    api::TicketListParams params(int limit) const;

    // The same tickets in the same order (the filter as the wire has it, and the sort).
    bool operator==(const TicketQuery& other) const;

private:
    api::TicketFilter m_filter;
    api::TicketSort m_sort = api::TicketSort::Priority;
};

// A ticket number as typed into a search box ("42" or "#42"); nothing for words.
std::optional<qint64> ticketNumber(const QString& typed);

} // namespace frontline::client
