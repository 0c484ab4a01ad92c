#include "notify/historymails.h"

#include "api/methods.h"
#include "storage/sqlsession.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

QList<api::HistoryMail> historyMails(SqlSession& session, qint64 ticketId,
                                     const QList<TicketEvent>& events)
{
    QList<api::HistoryMail> mails;
    QSet<qint64> ticketMails; // times a mail became this ticket
    QSet<qint64> replyMails; // times a mail became a comment on it
    {
        Statement query =
            session.prepare(u"SELECT received_at, outcome FROM mail_messages WHERE ticket_id = ? "
                            "AND outcome IN ('ticket', 'comment')"_s);
        query.bind(ticketId);
        query.exec();
        while (query.next())
            (query.text(1) == u"ticket"_s ? ticketMails : replyMails).insert(query.int64(0));
    }
    if (!ticketMails.isEmpty() || !replyMails.isEmpty()) {
        QHash<qint64, QString> addresses;
        Statement email = session.prepare(u"SELECT email FROM users WHERE id = ?"_s);
        for (const TicketEvent& event : events) {
            const bool in = event.kind == TicketEvent::Kind::Created
                ? ticketMails.contains(event.at)
                : event.kind == TicketEvent::Kind::Comment && !event.internal
                    && replyMails.contains(event.at);
            if (!in)
                continue;
            if (!addresses.contains(event.actor.id)) {
                email.bind(event.actor.id);
                email.exec();
                addresses.insert(event.actor.id, email.next() ? email.text(0) : QString());
            }
            mails.append({event.id, u"in"_s, addresses.value(event.actor.id), {}, {}});
        }
    }
    // A ticket mail is found by its event (the outbox indexes those by event and recipient),
    // an approval mail, which has no event, by its ticket.
    Statement out = session.prepare(
        u"SELECT id, event_id, address, kind, state FROM mail_outbox WHERE event_id IN "
        "(SELECT id FROM ticket_events WHERE ticket_id = ?) UNION ALL "
        "SELECT id, event_id, address, kind, state FROM mail_outbox "
        "WHERE event_id IS NULL AND ticket_id = ? ORDER BY 1"_s);
    out.bind(ticketId).bind(ticketId);
    out.exec();
    while (out.next())
        mails.append({out.int64(1), u"out"_s, out.text(2), out.text(3), out.text(4)});
    return mails;
}

std::optional<PushEvent> mailedEvent(SqlSession& session, qint64 ticketId,
                                     const QList<api::HistoryMail>& marks)
{
    if (marks.isEmpty())
        return std::nullopt;
    PushEvent event;
    {
        Statement ticket = session.prepare(
            u"SELECT requester_id, assignee_id, group_id, org_id FROM tickets WHERE id = ?"_s);
        ticket.bind(ticketId);
        ticket.exec();
        if (!ticket.next())
            return std::nullopt;
        event.access.requesterId = ticket.int64(0);
        event.access.assigneeId = ticket.optionalInt64(1);
        event.access.groupId = ticket.optionalInt64(2);
        event.access.orgId = ticket.optionalInt64(3);
    }
    api::TicketMailedEvent mailed;
    mailed.ticketId = ticketId;
    Statement comment = session.prepare(u"SELECT comment_id FROM ticket_events WHERE id = ?"_s);
    for (const api::HistoryMail& mark : marks) {
        comment.bind(mark.eventId);
        comment.exec();
        mailed.mails.append({mark, comment.next() ? comment.optionalInt64(0).value_or(0) : 0});
    }
    event.topic = QString(api::topic::Tickets);
    event.method = QString(api::notification::TicketMailed);
    event.params = rpc::JsonPayload(mailed.toJson());
    event.internal = true; // mail marks are staff-only, as in ticket.history
    return event;
}

} // namespace frontline::server::notify
