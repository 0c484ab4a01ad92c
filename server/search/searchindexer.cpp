#include "searchindexer.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

void SearchIndexer::offer(SqlSession& session, bool idle)
{
    if (!session.isSqlite())
        return;
    const auto now = std::chrono::steady_clock::now();
    if (!idle && now - m_lastFlush < MaxLag) {
        Statement waiting = session.prepare(
            u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tickets) - tickets_to FROM search_state"_s);
        waiting.exec();
        if (!waiting.next() || waiting.int64(0) < Batch)
            return;
    }
    flush(session);
    m_lastFlush = now;
}

void SearchIndexer::flush(SqlSession& session)
{
    if (!session.isSqlite())
        return;
    qint64 ticketsTo = 0;
    qint64 commentsTo = 0;
    qint64 ticketsMax = 0;
    qint64 commentsMax = 0;
    {
        Statement marks = session.prepare(
            u"SELECT tickets_to, comments_to, (SELECT COALESCE(MAX(id), 0) FROM tickets), "
            "(SELECT COALESCE(MAX(id), 0) FROM comments) FROM search_state"_s);
        marks.exec();
        if (!marks.next())
            return;
        ticketsTo = marks.int64(0);
        commentsTo = marks.int64(1);
        ticketsMax = marks.int64(2);
        commentsMax = marks.int64(3);
    }
    if (ticketsMax == ticketsTo && commentsMax == commentsTo)
        return;
    session
        .prepare(uR"(INSERT INTO search_tickets (rowid, title, description, requester)
        SELECT id, title, description, requester_id FROM tickets
        WHERE id > ? AND id <= ?)"_s)
        .bind(ticketsTo)
        .bind(ticketsMax)
        .exec();
    session
        .prepare(uR"(INSERT INTO search_comments (rowid, body, access)
        SELECT c.id, c.body, CASE WHEN c.internal <> 0 THEN 'internal'
            ELSE 'p' || t.requester_id END
        FROM comments c JOIN tickets t ON t.id = c.ticket_id
        WHERE c.id > ? AND c.id <= ?)"_s)
        .bind(commentsTo)
        .bind(commentsMax)
        .exec();
    session.prepare(u"UPDATE search_state SET tickets_to = ?, comments_to = ?"_s)
        .bind(ticketsMax)
        .bind(commentsMax)
        .exec();
}

} // namespace frontline::server
