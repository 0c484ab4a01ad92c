#include "reportcatchup.h"

#include "reports/kpirollup.h"
#include "storage/rebuildtracker.h"

#include <memory>

namespace frontline::server {

void ReportCatchUp::run(Principal principal, Report report, JobRunner::Done done) const
{
    JobRunner& jobs = m_jobs;
    const Rebuilding rebuilding = m_rebuilds.progress(QString(api::RebuildProgress::KpiRollups));
    auto answer = [&jobs, principal, report = std::move(report), rebuilding,
                   done = std::move(done)]() {
        jobs.read(
            principal, [report, rebuilding](JobScope& s) { return report(s, rebuilding); }, done);
    };
    if (rebuilding) {
        answer();
        return;
    }
    auto waiting = std::make_shared<std::optional<KpiRollupPlan>>();
    jobs.read(
        principal,
        [waiting](JobScope& s) -> ServiceResult {
            *waiting = KpiRollup::plan(s.session, s.workflow);
            return Outcome {};
        },
        [&jobs, waiting, principal, answer](ServiceResult planned) {
            if (!planned || !waiting->has_value() || jobs.writesFailed()) {
                answer();
                return;
            }
            jobs.write(
                principal,
                [waiting](JobScope& s) -> ServiceResult {
                    (*waiting)->apply(s.session);
                    KpiRollup::catchUp(s.session, s.workflow);
                    return Outcome {};
                },
                [answer](ServiceResult) { answer(); });
        });
}

} // namespace frontline::server
