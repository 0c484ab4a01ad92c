#pragma once

#include "api/eventapi.h"
#include "api/ticketresults.h"
#include "services/outcome.h"

#include <QList>

namespace frontline::server {

class SqlSession;

namespace notify {

// The mail marks of a ticket's history (ticket.history, staff only): the entries that came in
// by e-mail and the notification mails each entry caused, with their state in the outbox.
// A mail that was filed is recorded (mail_messages) in the transaction that made its ticket or
// comment, with that transaction's time: an entry is "in" when its time is the time a mail was
// filed on the ticket (a ticket created by mail, a public comment from a reply); its address
// is its author's, by which the filer found them.
QList<api::HistoryMail> historyMails(SqlSession& session, qint64 ticketId,
                                     const QList<TicketEvent>& events);

// The live push of mail marks that changed on a ticket (ticket.mailed, staff who may see the
// ticket): the comment each entry is, if any, looked up. Nothing when the ticket is gone.
std::optional<PushEvent> mailedEvent(SqlSession& session, qint64 ticketId,
                                     const QList<api::HistoryMail>& marks);

} // namespace notify
} // namespace frontline::server
