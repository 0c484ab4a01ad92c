#include "kpirollupworker.h"

#include "api/systemapi.h"
#include "logging.h"
#include "reports/kpirollup.h"
#include "storage/dbjob.h"
#include "storage/rebuildtracker.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// How often the worker looks whether a batch's worth of events waits.
constexpr std::chrono::milliseconds Poll {100};
// After the writer refused a plan (overloaded, or its storage failed): the pause before the
// next try.
constexpr std::chrono::seconds RollupBackoff {1};

} // namespace

// The writes of a plan, run by the writer in its next transaction.
class KpiRollupWorker::ApplyJob final : public DbJob
{
public:
    explicit ApplyJob(KpiRollupPlan plan)
        : m_plan(std::move(plan))
    { }

    // What became of it, and how long the writer spent applying it.
    struct Done
    {
        Outcome outcome;
        std::chrono::nanoseconds applyTime {0};
    };
    std::future<Done> outcome() { return m_outcome.get_future(); }

    bool run(SqlSession& session) override
    {
        // It may run again if another job broke the transaction: each run starts afresh.
        const auto start = std::chrono::steady_clock::now();
        m_applied = m_plan.apply(session);
        m_applyTime = std::chrono::steady_clock::now() - start;
        return true;
    }
    void completed() override
    {
        m_outcome.set_value({m_applied ? Outcome::Applied : Outcome::Dropped, m_applyTime});
    }
    void failed(JobFailure) override { m_outcome.set_value({Outcome::Failed}); }

private:
    KpiRollupPlan m_plan;
    bool m_applied = false;
    std::chrono::nanoseconds m_applyTime {0};
    std::promise<Done> m_outcome;
};

KpiRollupWorker::KpiRollupWorker(DatabaseConfig database, Submit submit, Workflow workflow,
                                 RebuildTracker* rebuilds, Pacing pacing)
    : m_database(std::move(database))
    , m_submit(std::move(submit))
    , m_workflow(std::move(workflow))
    , m_rebuilds(rebuilds)
    , m_pacing(pacing)
{
    m_pacing.chunk = std::max(1, m_pacing.chunk);
}

KpiRollupWorker::~KpiRollupWorker()
{
    stop();
}

QString KpiRollupWorker::start()
{
    if (m_thread.joinable())
        return {};
    {
        std::lock_guard lock(m_mutex); // started again after a stop (the lead came back)
        m_stopping = false;
    }
    auto started = std::make_shared<std::promise<QString>>();
    auto result = started->get_future();
    m_thread = std::thread([this, started] { run(started); });
    const QString error = result.get();
    if (!error.isEmpty() && m_thread.joinable())
        m_thread.join();
    return error;
}

void KpiRollupWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void KpiRollupWorker::nudge(bool idle)
{
    // Called after every write transaction: the worker is woken only when this changes what
    // it waits for (a first nudge, or the writer falling idle), not hundreds of times a second.
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        wake = !m_nudged || (idle && !m_idle);
        m_nudged = true;
        m_idle = m_idle || idle;
    }
    if (wake)
        m_wake.notify_one();
}

KpiRollupWorker::Stats KpiRollupWorker::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void KpiRollupWorker::run(std::shared_ptr<std::promise<QString>> started)
{
    auto opened = SqlSession::open(m_database, u"frontline-kpi-rollups"_s);
    if (!opened) {
        started->set_value(opened.error());
        return;
    }
    m_session = std::move(opened).value();
    const qint64 backlog = waiting();
    if (backlog > Batch && m_rebuilds) {
        m_rebuilding = true;
        m_rebuilds->begin(QString(api::RebuildProgress::KpiRollups), u"KPI rollups"_s, u"events"_s,
                          backlog);
    }
    started->set_value(QString());

    std::unique_lock lock(m_mutex);
    m_nudged = m_nudged || backlog > 0; // what waits now is counted without waiting for a write
    while (waitUntilDue(lock)) {
        lock.unlock();
        const std::optional<Outcome> outcome = pass();
        if (m_rebuilding)
            reportRebuild(outcome == Outcome::Applied ? m_lastEvents : 0);
        lock.lock();
        if (m_rebuilding && m_pacing.pause.count() > 0)
            m_wake.wait_for(lock, m_pacing.pause, [this] { return m_stopping; });
        if (!outcome)
            continue;
        if (*outcome == Outcome::Failed) {
            m_wake.wait_for(lock, RollupBackoff, [this] { return m_stopping; });
            m_nudged = true; // the events still wait
        } else if (*outcome == Outcome::Dropped) {
            ++m_stats.dropped;
            m_nudged = true; // counted by someone else, but more may have come since
        }
    }
    lock.unlock();
    m_session.reset();
}

bool KpiRollupWorker::waitUntilDue(std::unique_lock<std::mutex>& lock)
{
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_nudged; });
        if (m_stopping)
            return false;
        const auto first = std::chrono::steady_clock::now();
        while (!m_stopping && !m_idle) {
            // The events of the transaction that nudged may not be committed yet; if none
            // waits, the next transaction (or the writer's idle nudge) says so again.
            m_nudged = false;
            lock.unlock();
            const qint64 count = waiting();
            lock.lock();
            if (count == 0 && !m_nudged && !m_idle)
                break;
            const auto left = first + MaxDelay - std::chrono::steady_clock::now();
            if (count >= Batch || left <= std::chrono::steady_clock::duration::zero())
                return !m_stopping;
            m_wake.wait_for(lock, std::min<std::chrono::steady_clock::duration>(left, Poll),
                            [this] { return m_stopping || m_idle; });
        }
        if (m_stopping)
            return false;
        if (m_idle) {
            m_idle = false;
            m_nudged = false;
            return true;
        }
    }
}

qint64 KpiRollupWorker::waiting()
{
    try {
        return KpiRollup::pending(*m_session);
    } catch (const DbException& e) {
        qCWarning(lcServer) << "KPI rollups: cannot look for new events:" << e.describe();
        return 0;
    }
}

std::optional<KpiRollupWorker::Outcome> KpiRollupWorker::pass()
{
    std::optional<KpiRollupPlan> plan;
    m_lastEvents = 0;
    const auto planStart = std::chrono::steady_clock::now();
    try {
        // One snapshot: the events, their tickets and the states as of one moment.
        m_session->beginRead();
        plan = KpiRollup::plan(*m_session, *m_workflow(), m_pacing.chunk);
        m_session->commit();
    } catch (const DbException& e) {
        m_session->rollback();
        qCWarning(lcServer) << "KPI rollups: a pass failed, tried again later:" << e.describe();
        return Outcome::Failed;
    }
    if (!plan)
        return std::nullopt;
    const qint64 events = plan->events();
    const auto planned = std::chrono::steady_clock::now() - planStart;
    auto job = std::make_unique<ApplyJob>(std::move(*plan));
    std::future<ApplyJob::Done> outcome = job->outcome();
    m_submit(std::move(job));
    // The writer completes or fails every job it is given, also when it stops.
    const ApplyJob::Done done = outcome.get();
    const Outcome result = done.outcome;
    if (result == Outcome::Applied) {
        m_lastEvents = events;
        m_steps.planned += planned;
        m_steps.applied += done.applyTime;
        m_steps.longestApply = std::max(m_steps.longestApply, done.applyTime);
        std::lock_guard lock(m_mutex);
        ++m_stats.applied;
        m_stats.events += static_cast<quint64>(events);
    }
    return result;
}

void KpiRollupWorker::reportRebuild(qint64 counted)
{
    const qint64 left = waiting();
    m_rebuilds->advance(QString(api::RebuildProgress::KpiRollups), counted, left);
    // Done once what waits is what live writes leave between two passes.
    if (left <= Batch) {
        m_rebuilding = false;
        m_rebuilds->finish(QString(api::RebuildProgress::KpiRollups));
        const auto ms = [](std::chrono::nanoseconds t) {
            return QString::number(double(t.count()) / 1e6, 'f', 0);
        };
        qCInfo(lcServer).noquote()
            << u"KPI rollups: the rebuild planned for %1 ms on its own thread and held the "
               "writer for %2 ms in all, %3 ms at the longest step"_s.arg(
                   ms(m_steps.planned), ms(m_steps.applied), ms(m_steps.longestApply));
    }
}

} // namespace frontline::server
