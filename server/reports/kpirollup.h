#pragma once

#include <QtGlobal>

#include <chrono>
#include <memory>
#include <optional>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// Keeps the KPI rollups (docs/kpis.md) in step with the event log. catchUp() reads the events
// after the rollups' mark once, moves each ticket's KPI state (kpi_tickets) along them, adds
// up the counters and duration histograms they imply in memory and writes one upsert per
// touched row, with the new mark, in the caller's transaction: rollups and mark commit
// together, so a crash never counts an event twice or loses one. The writer runs it in
// batches (KpiRollupBatches), and the reports catch up first when they find it behind
// (ReportMethods), so a figure always includes every acknowledged change. Started on an
// existing database, the same code reads the whole log once (the rollups are never a second
// truth: they can always be rebuilt from the events).
class KpiRollup
{
public:
    // The events read per pass: bounds the memory of a rebuild.
    static constexpr int Chunk = 100000;

    // Adds every event after the rollups' mark, `chunk` events a pass; returns how many there
    // were.
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

// When the writer brings the rollups up to date: a row touched by many events costs one
// upsert, so the work is done for many transactions at once — once `Batch` events wait,
// `MaxDelay` after the first of them was written, or when the writer falls idle. Offered in
// every write transaction (GroupCommitWriter's deferred work).
class KpiRollupBatches
{
public:
    static constexpr qint64 Batch = 2000;
    static constexpr std::chrono::milliseconds MaxDelay {1000};

    void offer(SqlSession& session, const WorkflowConfig& workflow, bool idle);

private:
    std::optional<std::chrono::steady_clock::time_point> m_waitingSince;
};

} // namespace frontline::server
