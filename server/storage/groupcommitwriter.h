#pragma once

#include "storage/databaseconfig.h"
#include "storage/dbjob.h"

#include <QString>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace frontline::server {

class SqlSession;

// The single writer. Jobs queue up while a commit is in flight; the writer then runs them all
// in one transaction (each in a savepoint) and commits once, so one fsync acknowledges many
// requests (group commit). A job learns its outcome only after the commit is durable.
//
// If a commit fails on SQLite (a failed fsync, a full disk), the writer stops accepting writes
// for good: after a failed sync the state of the file is unknown, so pretending would risk
// acknowledging data that is gone. Reads go on; an operator restarts the server once storage
// is fixed. The same on PostgreSQL when a commit fails on a live connection; but a lost
// connection (a restart, a failover) is an outage: writes fail as unavailable until the
// database answers again, then go on by themselves.
class GroupCommitWriter
{
public:
    struct Stats
    {
        quint64 batches = 0;
        quint64 jobs = 0; // committed jobs (including those that failed on their own)
        quint64 largestBatch = 0;
        // For /metrics: jobs per committed batch, and each commit's time in microseconds,
        // counted per bucket of BatchBounds and CommitMicrosBounds (the last: above them all).
        std::array<quint64, 11> batchSizes {};
        std::array<quint64, 12> commitMicros {};
        quint64 commitMicrosSum = 0;
        quint64 queued = 0; // jobs waiting for the next batch, when the stats were taken
    };
    static constexpr std::array<quint64, 10> BatchBounds {1, 2, 4, 8, 16, 32, 64, 128, 256, 512};
    static constexpr std::array<quint64, 11> CommitMicrosBounds {
        250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 1000000};

    GroupCommitWriter(DatabaseConfig config, int maxBatch = 512, int maxQueued = 50000);
    ~GroupCommitWriter();
    GroupCommitWriter(const GroupCommitWriter&) = delete;
    GroupCommitWriter& operator=(const GroupCommitWriter&) = delete;

    // Opens the writer's connection on its own thread. Returns an error message on failure.
    QString start();
    // Finishes the queued jobs, then stops the thread.
    void stop();

    void submit(std::unique_ptr<DbJob> job);
    // Writes are refused: storage failed (SQLite) or the database is away (PostgreSQL).
    bool isFailed() const { return m_failed.load() || m_disconnected.load(); }
    Stats stats() const;

    // Test seam: called on the writer thread with the open session before jobs run.
    void setSessionHook(std::function<void(SqlSession&)> hook) { m_sessionHook = std::move(hook); }
    // Work that costs less the more of it is done at once (the search index): offered in every
    // transaction after the jobs, before the commit (`idle` false: it decides whether it is
    // due), and in a transaction of its own once no job came for IdleMs after a batch (`idle`
    // true: do everything). Its failure is logged and never fails the jobs' writes; it is
    // offered again later. Set before start().
    using DeferredWork = std::function<void(SqlSession&, bool idle)>;
    static constexpr int IdleMs = 100;
    static constexpr int ReconnectMs = 500; // while the database is away
    void setDeferredWork(DeferredWork work) { m_deferred = std::move(work); }

private:
    void run(std::shared_ptr<std::promise<QString>> started);
    void runBatch(std::deque<std::unique_ptr<DbJob>>& batch);
    void runDeferred(bool idle);
    void enterFailedState(const QString& reason);
    // Failed for good, or (PostgreSQL, the connection lost) away until it answers again.
    void storageLost(const QString& reason);
    bool connectionAlive();
    void tryReconnect();

    DatabaseConfig m_config;
    int m_maxBatch;
    int m_maxQueued;
    std::unique_ptr<SqlSession> m_session;
    std::function<void(SqlSession&)> m_sessionHook;
    DeferredWork m_deferred;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<DbJob>> m_queue;
    bool m_stopping = false;
    std::atomic<bool> m_failed {false};
    std::atomic<bool> m_disconnected {false};
    Stats m_stats;
};

} // namespace frontline::server
