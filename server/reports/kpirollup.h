#pragma once

#include <QtGlobal>

#include <memory>
#include <optional>

namespace frontline::server {

class KpiFactSums;
class KpiTicketStates;
class SqlSession;
struct WorkflowConfig;

// What one pass over the event log adds to the KPI rollups, computed from a read of the
// log and ready to be written: the facts summed per row and the tickets' new KPI states.
// Computing it is most of the work and needs only a snapshot, so it can be done away from the
// writer (KpiRollupWorker); writing it is apply(), on the writer.
class KpiRollupPlan
{
public:
    KpiRollupPlan(qint64 from, qint64 to);
    ~KpiRollupPlan();
    KpiRollupPlan(KpiRollupPlan&&) noexcept;
    KpiRollupPlan& operator=(KpiRollupPlan&&) noexcept;

    qint64 from() const { return m_from; } // the rollups' mark it was computed from
    qint64 to() const { return m_to; } // the last event it counts
    qint64 events() const { return m_events; }

    // Writes the plan and moves the mark to to(), in the caller's write transaction, if the
    // mark is still from(); otherwise (another pass counted these events meanwhile) writes
    // nothing and returns false. Rollups and mark commit together, so a crash never counts an
    // event twice or loses one.
    bool apply(SqlSession& session) const;

private:
    friend class KpiRollupPass;
    qint64 m_from;
    qint64 m_to;
    qint64 m_events = 0;
    std::unique_ptr<KpiFactSums> m_sums;
    std::unique_ptr<KpiTicketStates> m_states;
};

// Keeps the KPI rollups (docs/kpis.md) in step with the event log. A pass reads the events
// after the rollups' mark, moves each ticket's KPI state (kpi_tickets) along them and adds up
// the counters and duration histograms they imply in memory (plan); writing them is one upsert
// per touched row, with the new mark (KpiRollupPlan::apply). While the server runs,
// KpiRollupWorker plans on a snapshot of its own and the writer applies; the reports catch up
// first when they find events waiting (ReportMethods), so a figure always includes every
// acknowledged change. Started on an existing database, the same code reads the whole log
// once (the rollups are never a second truth: they can always be rebuilt from the events).
class KpiRollup
{
public:
    // The events read per pass: bounds the memory of a rebuild.
    static constexpr int Chunk = 100000;

    // The next pass: up to `chunk` events after the rollups' mark, as the session sees them
    // (a snapshot: a read transaction); nothing when none waits.
    static std::optional<KpiRollupPlan> plan(SqlSession& session, const WorkflowConfig& workflow,
                                             int chunk = Chunk);
    // Plans and applies passes in the caller's write transaction until no event waits;
    // returns how many events were counted.
    static qint64 catchUp(SqlSession& session, const WorkflowConfig& workflow, int chunk = Chunk);
    // How many events the rollups have not counted yet.
    static qint64 pending(SqlSession& session);
    // Counts the words of the titles of tickets created since the last call into kpi_terms
    // (top affected items). Cheap per ticket but not free: done once `Batch` tickets wait,
    // or when `all` (the writer is idle).
    static constexpr qint64 TermsBatch = 2000;
    static void indexTerms(SqlSession& session, bool all);
    // Empties the rollups so that catchUp() rebuilds them from the whole log.
    static void reset(SqlSession& session);
};

} // namespace frontline::server
