#pragma once

#include <QList>
#include <QString>

namespace frontline::server {

class SqlSession;

struct TicketLink
{
    qint64 other = 0;
    QString kind; // related, merged_into, merged_from
    qint64 createdBy = 0;
    qint64 createdAt = 0;
};

// Tickets related to each other, and merges. "related" is stored both ways; a merge stores
// merged_into on the ticket that ended and merged_from on the one that goes on.
class TicketLinkRepository
{
public:
    explicit TicketLinkRepository(SqlSession& session)
        : m_session(session)
    { }

    QList<TicketLink> linksOf(qint64 ticketId);
    bool exists(qint64 ticketId, qint64 otherId);
    void add(qint64 ticketId, qint64 otherId, const QString& kind, qint64 userId, qint64 now);
    bool removeRelated(qint64 ticketId, qint64 otherId); // both directions

private:
    SqlSession& m_session;
};

} // namespace frontline::server
