#pragma once

#include <chrono>

namespace frontline::server {

class SqlSession;

// Indexes the tickets and comments written since the last batch — ids above the marks in
// search_state (SQLite) — in one statement each: FTS5 writes its pending data out at every
// statement savepoint and every commit, so indexing row by row in triggers cost ~50 µs per
// ticket and every small transaction a new segment to merge later.
// The writer offers the work before each commit; it is done once Batch rows wait or the
// oldest has waited MaxLag, and whenever the writer falls idle — so under load the index
// follows in batches, and a search sees a new ticket at most MaxLag (plus one write) after it
// was acknowledged; an idle desk sees it at once (GroupCommitWriter::IdleMs).
// PostgreSQL keeps its index in step by itself: nothing to do there.
class SearchIndexer
{
public:
    static constexpr int Batch = 64;
    static constexpr std::chrono::milliseconds MaxLag {250};

    // GroupCommitWriter::DeferredWork: `idle` indexes whatever waits.
    void offer(SqlSession& session, bool idle);
    // Indexes everything not indexed yet (start-up: the demo data, a bulk import).
    static void flush(SqlSession& session);

private:
    std::chrono::steady_clock::time_point m_lastFlush = std::chrono::steady_clock::now();
};

} // namespace frontline::server
