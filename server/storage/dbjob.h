#pragma once

namespace frontline::server {

class SqlSession;

enum class JobFailure {
    Internal, // an unexpected SQL error in this job; nothing of it was kept
    StorageUnavailable, // the commit failed (or failed before): nothing is acknowledged
    Overloaded, // the queue is full; the job never ran
};

// A unit of database work run on a storage thread (the writer or a reader). Exactly one of
// completed() or failed() is called, on that storage thread, after the transaction ended.
class DbJob
{
public:
    virtual ~DbJob() = default;

    // Runs inside a transaction. Returns false when the job failed for its own reasons (bad
    // version, not allowed): its changes are rolled back, the other jobs of the batch are kept.
    // It may run more than once if another job of its batch broke the transaction, so it must
    // have no effect outside the database.
    virtual bool run(SqlSession& session) = 0;
    // The transaction committed (or the read finished): report the outcome of run().
    virtual void completed() = 0;
    virtual void failed(JobFailure failure) = 0;
};

} // namespace frontline::server
