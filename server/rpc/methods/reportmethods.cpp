#include "api/methods.h"
#include "api/reportapi.h"
#include "reports/kpirollup.h"
#include "rpc/methodregistry.h"
#include "services/reportservice.h"

#include <memory>

namespace frontline::server {

using namespace api;

namespace {

// A report reads the rollups, which a worker keeps current in batches (KpiRollupWorker). So
// that a figure includes every change acknowledged before it was asked for, a cheap read first
// looks whether events wait; if some do, a write job counts them (after every write queued
// before it), and only then does the report run.
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
                     auto report = [&ctx, run, principal, p = std::move(parsed).value(),
                                    respond = std::move(respond)]() {
                         ctx.jobs.read(
                             principal, [run, p](JobScope& s) { return run(s, p); }, respond);
                     };
                     auto behind = std::make_shared<bool>(false);
                     ctx.jobs.read(
                         principal,
                         [behind](JobScope& s) -> ServiceResult {
                             *behind = KpiRollup::pending(s.session) > 0;
                             return Outcome {};
                         },
                         [&ctx, behind, principal, report](ServiceResult checked) {
                             if (!checked || !*behind || ctx.jobs.writesFailed()) {
                                 report();
                                 return;
                             }
                             ctx.jobs.write(
                                 principal,
                                 [](JobScope& s) -> ServiceResult {
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
    addReport<ReportFilter>(registry, method::ReportKpis, [](JobScope& s, const ReportFilter& p) {
        return ReportService(s.session, s.now).kpis(p);
    });
    addReport<ReportTicketsParams>(registry, method::ReportTickets,
                                   [](JobScope& s, const ReportTicketsParams& p) {
                                       return ReportService(s.session, s.now).tickets(p);
                                   });
    addReport<ReportExportParams>(registry, method::ReportExport,
                                  [](JobScope& s, const ReportExportParams& p) {
                                      return ReportService(s.session, s.now).exportFile(p);
                                  });
}

} // namespace frontline::server
