#pragma once

#include "api/systemapi.h"
#include "auth/principal.h"
#include "services/jobrunner.h"

#include <functional>
#include <optional>

namespace frontline::server {

class RebuildTracker;

// How a report (report.kpis, report.tickets, report.export) gets figures that include every
// change acknowledged before it was asked for.
//
// A report reads the rollups, which a worker keeps current in batches (KpiRollupWorker). So a
// first read looks whether events wait and, if some do, plans them on its snapshot as the
// worker would; a write job then applies the plan (after every write queued before it) and
// counts inline only what it could not (the worker got there first, or more came), and only
// then does the report run, on a reader. The writer, which every durable write waits for, does
// the least of that work.
// While the rollups are rebuilt in the background (RebuildTracker), catching up would mean
// counting the whole history in the writer: the report runs at once with what is counted so
// far, and is told so (`rebuilding`), so that it can say it (ReportService).
class ReportCatchUp
{
public:
    using Rebuilding = std::optional<api::RebuildProgress>;
    using Report = std::function<ServiceResult(JobScope&, const Rebuilding&)>;

    ReportCatchUp(JobRunner& jobs, const RebuildTracker& rebuilds)
        : m_jobs(jobs)
        , m_rebuilds(rebuilds)
    { }

    // Catches the rollups up, then runs `report` on a reader; `done` gets its result on the
    // thread of the job runner (the network thread). A failed catch-up still runs the report.
    void run(Principal principal, Report report, JobRunner::Done done) const;

private:
    JobRunner& m_jobs;
    const RebuildTracker& m_rebuilds;
};

} // namespace frontline::server
