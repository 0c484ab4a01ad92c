#pragma once

#include <QtGlobal>

#include <memory>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// Keeps the KPI rollups (docs/kpis.md) in step with the event log. Every write transaction
// ends with catchUp(): the events it appended are read back once, each ticket's KPI state
// (kpi_tickets) moves along them, and the per-day counters and duration histograms they
// imply are added up in memory and written as one upsert per touched row. The rollups thus
// commit with the events they count, and a crash loses neither or both. Started on an
// existing database, the same code reads the whole log once (the rollups are never a second
// truth: they can always be rebuilt from the events).
class KpiRollup
{
public:
    // The events read per pass: bounds the memory of a rebuild.
    static constexpr int Chunk = 20000;

    // Adds every event after the rollups' mark; returns how many there were.
    static qint64 catchUp(SqlSession& session, const WorkflowConfig& workflow);
    // Counts the words of the titles of tickets created since the last call into kpi_terms
    // (top affected items). Cheap per ticket but not free: done once `Batch` tickets wait,
    // or when `all` (the writer is idle).
    static constexpr qint64 TermsBatch = 2000;
    static void indexTerms(SqlSession& session, bool all);
    // Empties the rollups so that catchUp() rebuilds them from the whole log.
    static void reset(SqlSession& session);
};

} // namespace frontline::server
