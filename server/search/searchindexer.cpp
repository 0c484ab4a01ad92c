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
        Statement queued =
            session.prepare(u"SELECT COALESCE(MAX(seq) - MIN(seq) + 1, 0) FROM search_queue"_s);
        queued.exec();
        if (!queued.next() || queued.int64(0) < Batch)
            return;
    }
    flush(session);
    m_lastFlush = now;
}

void SearchIndexer::flush(SqlSession& session)
{
    if (!session.isSqlite())
        return;
    {
        Statement pending = session.prepare(u"SELECT EXISTS (SELECT 1 FROM search_queue)"_s);
        pending.exec();
        if (!pending.next() || !pending.boolean(0))
            return;
    }
    session
        .prepare(uR"(INSERT INTO search_tickets (rowid, title, description, requester)
        SELECT t.id, t.title, t.description, t.requester_id FROM search_queue q
        JOIN tickets t ON t.id = q.doc_id WHERE q.kind = 'ticket')"_s)
        .exec();
    session
        .prepare(uR"(INSERT INTO search_comments (rowid, body, access)
        SELECT c.id, c.body, CASE WHEN c.internal <> 0 THEN 'internal'
            ELSE 'p' || t.requester_id END
        FROM search_queue q JOIN comments c ON c.id = q.doc_id
        JOIN tickets t ON t.id = c.ticket_id WHERE q.kind = 'comment')"_s)
        .exec();
    session.prepare(u"DELETE FROM search_queue"_s).exec();
}

} // namespace frontline::server
