#include "notify/historymails.h"

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
    Statement out = session.prepare(u"SELECT event_id, address, kind, state FROM mail_outbox "
                                    "WHERE ticket_id = ? ORDER BY id"_s);
    out.bind(ticketId);
    out.exec();
    while (out.next())
        mails.append({out.int64(0), u"out"_s, out.text(1), out.text(2), out.text(3)});
    return mails;
}

} // namespace frontline::server::notify
