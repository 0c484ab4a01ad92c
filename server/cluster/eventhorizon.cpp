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

// The events in (after, upTo] as a reader saw them, in id order: how many, the first id it
// did not see, and the time of the first event after that gap.
struct Sight
{
    qint64 visible = 0;
    qint64 expected = 0;
    std::optional<qint64> gapSeenAt;

    explicit Sight(qint64 after)
        : expected(after + 1)
    { }

    void see(qint64 id, qint64 at)
    {
        ++visible;
        if (gapSeenAt)
            return;
        if (id != expected)
            gapSeenAt = at;
        else
            expected = id + 1;
    }
};

qint64 settledAfterSight(SqlSession& session, qint64 after, qint64 upTo, const Sight& sight,
                         qint64 now)
{
    if (!sight.gapSeenAt)
        return upTo;
    if (*sight.gapSeenAt < now - GraceMs)
        return upTo; // an old gap: a rolled-back job's ids
    Statement writing =
        session.prepare(u"SELECT COUNT(*) FROM pg_locks WHERE relation = 'ticket_events'::regclass "
                        "AND mode = 'RowExclusiveLock' AND granted AND pid <> pg_backend_pid()"_s);
    writing.exec();
    if (writing.next() && writing.int64(0) > 0)
        return sight.expected - 1;
    // Nobody writes now: the gap is for good, unless what filled it committed meanwhile (seen
    // by a new statement under READ COMMITTED): then it is read next time.
    return countEvents(session, after, upTo) > sight.visible ? sight.expected - 1 : upTo;
}

} // namespace

qint64 settledEvents(SqlSession& session, qint64 after, qint64 upTo, qint64 now)
{
    if (session.isSqlite() || upTo <= after)
        return upTo;
    Sight sight(after);
    Statement ids =
        session.prepare(u"SELECT id, at FROM ticket_events WHERE id > ? AND id <= ? ORDER BY id"_s);
    ids.bind(after).bind(upTo);
    ids.exec();
    while (ids.next())
        sight.see(ids.int64(0), ids.int64(1));
    return settledAfterSight(session, after, upTo, sight, now);
}

qint64 settledEvents(SqlSession& session, qint64 after, const std::vector<SeenEvent>& seen,
                     qint64 now)
{
    if (seen.empty())
        return after;
    const qint64 upTo = seen.back().id;
    if (session.isSqlite() || upTo <= after)
        return upTo;
    Sight sight(after);
    for (const SeenEvent& event : seen)
        sight.see(event.id, event.at);
    return settledAfterSight(session, after, upTo, sight, now);
}

} // namespace frontline::server::cluster
