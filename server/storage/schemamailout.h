#pragma once

#include "storage/migrations.h"

namespace frontline::server {

// Schema of the notification mails (issue 19, outbound): the outbox filled in the transaction of
// the change that causes a mail, the planner's mark in the event log, the outgoing SMTP settings
// (password sealed), the admins' template overrides, each user's language and choices, and the
// addresses that bounced (never written to again).
Migration mailOutSchema();
// The mail marks of a ticket's history (ticket.history): its filed mails and its outbox rows
// found by ticket, without reading the whole tables.
Migration mailHistorySchema();
// Ticket mails indexed by (event, recipient) alone: their Message-ID and ticket follow from
// it; only mails without an event are indexed by Message-ID and ticket.
Migration mailOutboxLeanIndexes();

} // namespace frontline::server
