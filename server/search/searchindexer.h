#pragma once

#include <QtGlobal>

#include <chrono>

namespace frontline::server {

class RebuildTracker;
class SqlSession;

// Indexes the tickets and comments written since the last batch — ids above the marks in
// search_state (SQLite) — in one statement each: FTS5 writes its pending data out at every
// statement savepoint and every commit, so indexing row by row in triggers cost ~50 µs per
// ticket and every small transaction a new segment to merge later.
// The writer offers the work before each commit; it is done once Batch rows wait or the
// oldest has waited MaxLag, and whenever the writer falls idle — so under load the index
// follows in batches, and a search sees a new ticket at most MaxLag (plus one write) after it
// was acknowledged; an idle desk sees it at once (GroupCommitWriter::IdleMs).
// A flush indexes at most `MaxRows` tickets and as many comments, so the writer is never held
// for long; a larger backlog (an upgrade that rebuilds the index, the demo data, a bulk
// import) is indexed in the background by SearchBackfill, one bounded flush per writer job.
// PostgreSQL keeps its index in step by itself: nothing to do there.
class SearchIndexer
{
public:
    static constexpr int Batch = 64;
    static constexpr int MaxRows = 5000;
    static constexpr std::chrono::milliseconds MaxLag {250};

    // `rebuilds`: while SearchBackfill runs, the backlog is its work alone.
    explicit SearchIndexer(const RebuildTracker* rebuilds = nullptr)
        : m_rebuilds(rebuilds)
    { }

    // GroupCommitWriter::DeferredWork: `idle` indexes whatever waits (up to MaxRows).
    void offer(SqlSession& session, bool idle);
    // Indexes up to `limit` tickets and `limit` comments not indexed yet, the oldest first;
    // returns how many rows it indexed.
    static qint64 flush(SqlSession& session, qint64 limit = MaxRows);
    // How many tickets and comments are not indexed yet (0 on PostgreSQL).
    static qint64 backlog(SqlSession& session);
    // Empties the index so that it is built again from the rows (what a migration that
    // changes the index does); SQLite only.
    static void reset(SqlSession& session);

private:
    const RebuildTracker* m_rebuilds;
    std::chrono::steady_clock::time_point m_lastFlush = std::chrono::steady_clock::now();
};

} // namespace frontline::server
