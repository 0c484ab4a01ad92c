#pragma once

#include <QtGlobal>

#include <memory>
#include <optional>

namespace frontline::server {

class KpiFactSums;
class KpiTicketStates;
struct KpiTermCounts;
class SqlSession;
struct WorkflowConfig;

// What one pass over the event log adds to the KPI rollups, computed from a read of the
// log and ready to be written: the facts summed per row, the tickets' new KPI states, and the
// title terms of the new tickets (top affected items). Computing it is most of the work and
// needs only a snapshot, so it can be done away from the writer (KpiRollupWorker); writing it
// is apply(), on the writer.
class KpiRollupPlan
{
public:
    KpiRollupPlan(qint64 from, qint64 to);
    ~KpiRollupPlan();
    KpiRollupPlan(KpiRollupPlan&&) noexcept;
    KpiRollupPlan& operator=(KpiRollupPlan&&) noexcept;

    qint64 events() const { return m_events; }
    qint64 tickets() const { return m_termsTo - m_termsFrom; } // whose title terms it counts

    // Writes the plan in the caller's write transaction and moves the marks (events, title
    // terms) to where it ends, each only if it still stands where the plan began; a part whose
    // mark moved meanwhile (another pass counted it) writes nothing, and apply() returns false.
    // Rollups and marks commit together, so a crash never counts an event twice or loses one.
    bool apply(SqlSession& session) const;

private:
    friend class KpiRollupPass;
    friend class KpiRollup;
    qint64 m_from; // the events' mark it was computed from
    qint64 m_to; // the last event it counts
    qint64 m_events = 0;
    std::unique_ptr<KpiFactSums> m_sums;
    std::unique_ptr<KpiTicketStates> m_states;
    qint64 m_termsFrom = 0;
    qint64 m_termsTo = 0;
    std::unique_ptr<KpiTermCounts> m_terms;
};

// Keeps the KPI rollups (docs/kpis.md) in step with the event log. A pass reads the events
// after the rollups' mark, moves each ticket's KPI state (kpi_tickets) along them and adds up
// the counters and duration histograms they imply in memory, with the title terms of the new
// tickets (plan); writing them is one upsert per touched row, with the new marks
// (KpiRollupPlan::apply). While the server runs, KpiRollupWorker plans on a snapshot of its
// own and the writer applies; the reports catch up first when they find events waiting
// (ReportMethods), so a figure always includes every acknowledged change. Started on an
// existing database, the same code reads the whole log once (the rollups are never a second
// truth: they can always be rebuilt from the events).
class KpiRollup
{
public:
    // The events (and tickets' titles) read per pass: bounds the memory of a rebuild.
    static constexpr int Chunk = 100000;

    // The next pass: up to `chunk` events after the rollups' mark and the titles of up to
    // `chunk` / 8 new tickets, as the session sees them (a snapshot: a read transaction);
    // nothing when none waits.
    static std::optional<KpiRollupPlan> plan(SqlSession& session, const WorkflowConfig& workflow,
                                             int chunk = Chunk);
    // Plans and applies passes in the caller's write transaction until nothing waits; returns
    // how many events were counted.
    static qint64 catchUp(SqlSession& session, const WorkflowConfig& workflow, int chunk = Chunk);
    // How many events the rollups have not counted yet.
    static qint64 pending(SqlSession& session);
    // Empties the rollups so that catchUp() rebuilds them from the whole log.
    static void reset(SqlSession& session);
};

} // namespace frontline::server
