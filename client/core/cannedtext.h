#pragma once

#include "domain/ticket.h"
#include "domain/user.h"

#include <QString>

namespace frontline::client {

// Fills a canned response's placeholders for one ticket: {{requester.name}},
// {{requester.first_name}}, {{agent.name}}, {{ticket.id}}, {{ticket.title}}. Unknown
// placeholders stay as they are, so the agent sees what was not filled.
QString fillPlaceholders(const QString& body, const Ticket& ticket, const User& agent);

} // namespace frontline::client
