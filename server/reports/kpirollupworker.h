#pragma once

#include "storage/databaseconfig.h"
#include "storage/rebuildtracker.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace frontline::server {

class DbJob;
class SqlSession;
struct WorkflowConfig;

// Keeps the KPI rollups current while the server runs, away from the writer. The writer is the
// server's one serial resource (every durable write waits for it), and most of a rollup pass
// is reading: the new events, their tickets and KPI states, and computing the facts. So the
// worker does that on a snapshot of its own connection (KpiRollup::plan) and hands only the
// writes to the writer, as a job that commits with the next group of requests
// (KpiRollupPlan::apply). A plan whose events were counted meanwhile (a report caught up
// first) is dropped whole, so nothing is counted twice; rollups and their mark still commit
// together, so a crash loses nothing either.
//
// The writer nudges it after each write transaction. It plans once `Batch` events wait,
// `MaxDelay` after the first nudge, or at once when the writer falls idle.
//
// Started with more than a batch waiting (an upgrade emptied the rollups, or the history was
// written outside the server), it rebuilds them in the background while the server serves:
// passes of `Pacing::chunk` events one after the other, each a short job for the writer,
// reported to the RebuildTracker (system.ping, the reports' `rebuilding`, the log). A restart
// in the middle resumes from the mark: nothing is counted twice or lost.
class KpiRollupWorker
{
public:
    static constexpr qint64 Batch = 2000;
    static constexpr std::chrono::milliseconds MaxDelay {1000};

    using Pacing = RebuildPacing;

    // Hands a job to the writer (GroupCommitWriter::submit).
    using Submit = std::function<void(std::unique_ptr<DbJob>)>;
    // The workflow configuration current now (lifecycles, SLA calendars).
    using Workflow = std::function<std::shared_ptr<const WorkflowConfig>()>;

    KpiRollupWorker(DatabaseConfig database, Submit submit, Workflow workflow,
                    RebuildTracker* rebuilds = nullptr, RebuildPacing pacing = RebuildPacing());
    ~KpiRollupWorker();
    KpiRollupWorker(const KpiRollupWorker&) = delete;
    KpiRollupWorker& operator=(const KpiRollupWorker&) = delete;

    // Opens the worker's connection on its own thread and, if more than a batch of events
    // waits, starts a rebuild. Returns an error message on failure.
    QString start();
    // Stops planning; a plan already handed to the writer is waited for. Call it while the
    // writer still runs.
    void stop();

    // From the writer after each write transaction: new events may wait. `idle`: the writer
    // has nothing else to do, so count them now.
    void nudge(bool idle);

    struct Stats
    {
        quint64 applied = 0; // plans the writer applied
        quint64 dropped = 0; // plans whose events another pass had counted
        quint64 events = 0; // events counted by the applied plans
    };
    Stats stats() const;

private:
    enum class Outcome { Applied, Dropped, Failed };
    class ApplyJob; // a plan's writes, run by the writer

    void run(std::shared_ptr<std::promise<QString>> started);
    // Waits until a pass is due; false when stopping.
    bool waitUntilDue(std::unique_lock<std::mutex>& lock);
    qint64 waiting();
    // One plan, applied by the writer; what became of it (nothing: no event waited).
    std::optional<Outcome> pass();
    // After a pass during a rebuild: the progress, and whether the rebuild is over.
    void reportRebuild(qint64 counted);

    DatabaseConfig m_database;
    Submit m_submit;
    Workflow m_workflow;
    RebuildTracker* m_rebuilds;
    Pacing m_pacing;
    bool m_rebuilding = false; // the worker's thread only
    qint64 m_lastEvents = 0; // counted by the last pass (the worker's thread only)
    struct StepTimes
    {
        std::chrono::nanoseconds planned {0};
        std::chrono::nanoseconds applied {0};
        std::chrono::nanoseconds longestApply {0};
    };
    StepTimes m_steps; // the worker's thread only
    std::unique_ptr<SqlSession> m_session;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_nudged = false;
    bool m_idle = false;
    bool m_stopping = false;
    Stats m_stats;
};

} // namespace frontline::server
