#include "api/methods.h"
#include "api/reportapi.h"
#include "api/systemapi.h"
#include "reports/kpirollup.h"
#include "rpc/methodregistry.h"
#include "services/reportservice.h"
#include "storage/rebuildtracker.h"

#include <memory>
#include <optional>

namespace frontline::server {

using namespace api;

namespace {

// A report reads the rollups, which a worker keeps current in batches (KpiRollupWorker). So
// that a figure includes every change acknowledged before it was asked for, a first read looks
// whether events wait and, if some do, plans them on its snapshot as the worker would; a write
// job then applies the plan (after every write queued before it) and counts inline only what
// it could not (the worker got there first, or more came), and only then does the report run.
// The writer, which every durable write waits for, does the least of that work.
// While the rollups are rebuilt in the background (RebuildTracker), catching up would mean
// counting the whole history in the writer: the report answers at once with what is counted
// so far, marked `rebuilding` (ReportService).
template<typename Params, typename Run>
void addReport(MethodRegistry& registry, QLatin1StringView name, Run run)
{
    ServerContext& ctx = registry.context();
    registry.add(name, Access::Manager,
                 [&ctx, run](const CallContext& call, const QJsonValue& params, Responder respond) {
                     auto parsed = Params::fromJson(params);
                     if (!parsed) {
                         respond(parsed.error());
                         return;
                     }
                     const Principal principal = call.principal.value_or(Principal {});
                     const std::optional<RebuildProgress> rebuilding =
                         ctx.rebuilds.progress(QString(RebuildProgress::KpiRollups));
                     auto report = [&ctx, run, principal, p = std::move(parsed).value(), rebuilding,
                                    respond = std::move(respond)]() {
                         ctx.jobs.read(
                             principal,
                             [run, p, rebuilding](JobScope& s) { return run(s, p, rebuilding); },
                             respond);
                     };
                     if (rebuilding) {
                         report();
                         return;
                     }
                     auto waiting = std::make_shared<std::optional<KpiRollupPlan>>();
                     ctx.jobs.read(
                         principal,
                         [waiting](JobScope& s) -> ServiceResult {
                             *waiting = KpiRollup::plan(s.session, s.workflow);
                             return Outcome {};
                         },
                         [&ctx, waiting, principal, report](ServiceResult planned) {
                             if (!planned || !waiting->has_value() || ctx.jobs.writesFailed()) {
                                 report();
                                 return;
                             }
                             ctx.jobs.write(
                                 principal,
                                 [waiting](JobScope& s) -> ServiceResult {
                                     (*waiting)->apply(s.session);
                                     KpiRollup::catchUp(s.session, s.workflow);
                                     return Outcome {};
                                 },
                                 [report](ServiceResult) { report(); });
                         });
                 });
}

} // namespace

void registerReportMethods(MethodRegistry& registry)
{
    using Rebuilding = std::optional<RebuildProgress>;
    addReport<ReportFilter>(registry, method::ReportKpis,
                            [](JobScope& s, const ReportFilter& p, const Rebuilding& r) {
                                return ReportService(s.session, s.now, r).kpis(p);
                            });
    addReport<ReportTicketsParams>(
        registry, method::ReportTickets,
        [](JobScope& s, const ReportTicketsParams& p, const Rebuilding& r) {
            return ReportService(s.session, s.now, r).tickets(p);
        });
    addReport<ReportExportParams>(
        registry, method::ReportExport,
        [](JobScope& s, const ReportExportParams& p, const Rebuilding& r) {
            return ReportService(s.session, s.now, r).exportFile(p);
        });
}

} // namespace frontline::server
