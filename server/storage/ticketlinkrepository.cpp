#include "ticketlinkrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

QList<TicketLink> TicketLinkRepository::linksOf(qint64 ticketId)
{
    Statement query = m_session.prepare(
        u"SELECT other_id, kind, created_by, created_at FROM ticket_links WHERE ticket_id = ? ORDER BY created_at, other_id"_s);
    query.bind(ticketId);
    query.exec();
    QList<TicketLink> links;
    while (query.next())
        links.append({query.int64(0), query.text(1), query.int64(2), query.int64(3)});
    return links;
}

bool TicketLinkRepository::exists(qint64 ticketId, qint64 otherId)
{
    Statement query =
        m_session.prepare(u"SELECT 1 FROM ticket_links WHERE ticket_id = ? AND other_id = ?"_s);
    query.bind(ticketId).bind(otherId);
    query.exec();
    return query.next();
}

void TicketLinkRepository::add(qint64 ticketId, qint64 otherId, const QString& kind, qint64 userId,
                               qint64 now)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO ticket_links (ticket_id, other_id, kind, created_by, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(ticketId).bind(otherId).bind(kind).bind(userId).bind(now);
    insert.exec();
}

bool TicketLinkRepository::removeRelated(qint64 ticketId, qint64 otherId)
{
    Statement remove = m_session.prepare(
        u"DELETE FROM ticket_links WHERE kind = 'related' AND ((ticket_id = ? AND other_id = ?) OR (ticket_id = ? AND other_id = ?))"_s);
    remove.bind(ticketId).bind(otherId).bind(otherId).bind(ticketId);
    remove.exec();
    return remove.rowsAffected() > 0;
}

} // namespace frontline::server
