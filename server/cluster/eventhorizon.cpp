#include "cluster/eventhorizon.h"

#include "storage/sqlsession.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::server::cluster {
namespace {

qint64 countEvents(SqlSession& session, qint64 after, qint64 upTo)
{
    Statement count =
        session.prepare(u"SELECT COUNT(*) FROM ticket_events WHERE id > ? AND id <= ?"_s);
    count.bind(after).bind(upTo);
    count.exec();
    return count.next() ? count.int64(0) : 0;
}

} // namespace

qint64 settledEvents(SqlSession& session, qint64 after, qint64 upTo, qint64 now)
{
    if (session.isSqlite() || upTo <= after)
        return upTo;
    qint64 expected = after + 1; // the first id not seen yet, in order
    qint64 visible = 0;
    std::optional<qint64> gapSeenAt; // the time of the first event after the first gap
    {
        Statement ids = session.prepare(
            u"SELECT id, at FROM ticket_events WHERE id > ? AND id <= ? ORDER BY id"_s);
        ids.bind(after).bind(upTo);
        ids.exec();
        while (ids.next()) {
            ++visible;
            if (gapSeenAt)
                continue;
            if (ids.int64(0) != expected)
                gapSeenAt = ids.int64(1);
            else
                expected = ids.int64(0) + 1;
        }
    }
    if (!gapSeenAt)
        return upTo;
    if (*gapSeenAt < now - GraceMs)
        return upTo; // an old gap: a rolled-back job's ids
    Statement writing =
        session.prepare(u"SELECT COUNT(*) FROM pg_locks WHERE relation = 'ticket_events'::regclass "
                        "AND mode = 'RowExclusiveLock' AND granted AND pid <> pg_backend_pid()"_s);
    writing.exec();
    if (writing.next() && writing.int64(0) > 0)
        return expected - 1;
    // Nobody writes now: the gap is for good, unless what filled it committed meanwhile (seen
    // by a new statement under READ COMMITTED): then it is read next time.
    return countEvents(session, after, upTo) > visible ? expected - 1 : upTo;
}

} // namespace frontline::server::cluster
