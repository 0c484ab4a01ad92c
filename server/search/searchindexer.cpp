#include "searchindexer.h"

#include "api/systemapi.h"
#include "storage/rebuildtracker.h"
#include "storage/sqlsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {

void SearchIndexer::offer(SqlSession& session, bool idle)
{
    if (!session.isSqlite())
        return;
    if (m_rebuilds && m_rebuilds->running(QString(api::RebuildProgress::SearchIndex)))
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

qint64 SearchIndexer::backlog(SqlSession& session)
{
    if (!session.isSqlite())
        return 0;
    Statement q = session.prepare(
        u"SELECT (SELECT COALESCE(MAX(id), 0) FROM tickets) - tickets_to + "
        "(SELECT COALESCE(MAX(id), 0) FROM comments) - comments_to FROM search_state"_s);
    q.exec();
    return q.next() ? std::max<qint64>(0, q.int64(0)) : 0;
}

void SearchIndexer::reset(SqlSession& session)
{
    if (!session.isSqlite())
        return;
    // Contentless FTS5 tables forget everything at once with their 'delete-all' command.
    session.execute(u"INSERT INTO search_tickets (search_tickets) VALUES ('delete-all')"_s);
    session.execute(u"INSERT INTO search_comments (search_comments) VALUES ('delete-all')"_s);
    session.execute(u"UPDATE search_state SET tickets_to = 0, comments_to = 0"_s);
}

qint64 SearchIndexer::flush(SqlSession& session, qint64 limit)
{
    if (!session.isSqlite())
        return 0;
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
            return 0;
        ticketsTo = marks.int64(0);
        commentsTo = marks.int64(1);
        ticketsMax = marks.int64(2);
        commentsMax = marks.int64(3);
    }
    if (ticketsMax == ticketsTo && commentsMax == commentsTo)
        return 0;
    // Ids are dense but may have gaps (rolled-back inserts): a bound by id indexes at most
    // `limit` rows of each.
    limit = std::max<qint64>(1, limit);
    const qint64 ticketsEnd = std::min(ticketsMax, ticketsTo + limit);
    const qint64 commentsEnd = std::min(commentsMax, commentsTo + limit);
    session
        .prepare(uR"(INSERT INTO search_tickets (rowid, title, description, requester)
        SELECT id, title, description, requester_id FROM tickets
        WHERE id > ? AND id <= ?)"_s)
        .bind(ticketsTo)
        .bind(ticketsEnd)
        .exec();
    session
        .prepare(uR"(INSERT INTO search_comments (rowid, body, access)
        SELECT c.id, c.body, CASE WHEN c.internal <> 0 THEN 'internal'
            ELSE 'p' || t.requester_id END
        FROM comments c JOIN tickets t ON t.id = c.ticket_id
        WHERE c.id > ? AND c.id <= ?)"_s)
        .bind(commentsTo)
        .bind(commentsEnd)
        .exec();
    session.prepare(u"UPDATE search_state SET tickets_to = ?, comments_to = ?"_s)
        .bind(ticketsEnd)
        .bind(commentsEnd)
        .exec();
    return (ticketsEnd - ticketsTo) + (commentsEnd - commentsTo);
}

} // namespace frontline::server
