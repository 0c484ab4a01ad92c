#pragma once

#include <QtGlobal>

#include <vector>

namespace frontline::server {

class SqlSession;

namespace cluster {

// Where a reader of the event log may stop so that it skips nothing (the mail planner's and
// the KPI rollups' marks). With several servers writing one PostgreSQL database, an event id
// is taken when its row is inserted, long before its transaction commits: a reader can see
// event 101 committed while 100 is still in flight on another server, and a mark moved past
// 100 would never come back for it. So: the events in (after, upTo] up to the first missing
// id, if another transaction is writing the log right now (it holds the table's
// RowExclusiveLock until it ends) and the gap is younger than GraceMs; otherwise all of them
// (a gap nobody is writing into was left by a rolled-back job, for good). On SQLite (one
// writer) always `upTo`.
qint64 settledEvents(SqlSession& session, qint64 after, qint64 upTo, qint64 now);

// An event the reader has read: its id and time.
struct SeenEvent
{
    qint64 id = 0;
    qint64 at = 0;
};

// The same for a reader that has read the events after `after` itself (`seen`, in id order,
// the last one being `upTo`): judged from what that read saw rather than from a second read,
// so that an event committed between the two is never passed over unread (and, on
// PostgreSQL, one round trip fewer).
qint64 settledEvents(SqlSession& session, qint64 after, const std::vector<SeenEvent>& seen,
                     qint64 now);

inline constexpr qint64 GraceMs = 30'000;

} // namespace cluster
} // namespace frontline::server
