#include "api/methods.h"
#include "api/reportapi.h"
#include "reports/reportcatchup.h"
#include "rpc/methodregistry.h"
#include "services/reportservice.h"
#include "workflow/workflowconfig.h"

namespace frontline::server {

using namespace api;

namespace {

// Reports are custom methods: they first catch the rollups up (ReportCatchUp), which takes a
// read and a write before the report's own read.
template<typename Params, typename Run>
void addReport(MethodRegistry& registry, QLatin1StringView name, Run run)
{
    ServerContext& ctx = registry.context();
    registry.addCustom<Params>(
        name, Access::Manager,
        [&ctx, run](const CallContext& call, const Params& p, Responder respond) {
            ReportCatchUp(ctx.jobs, ctx.rebuilds)
                .run(
                    call.principal.value_or(Principal {}),
                    [run, p](JobScope& s, const ReportCatchUp::Rebuilding& rebuilding) {
                        return run(ReportService(s.session, s.now, s.workflow.sla, rebuilding), p);
                    },
                    std::move(respond));
        });
}

} // namespace

void registerReportMethods(MethodRegistry& registry)
{
    addReport<ReportFilter>(
        registry, method::ReportKpis,
        [](ReportService service, const ReportFilter& p) { return service.kpis(p); });
    addReport<ReportTicketsParams>(
        registry, method::ReportTickets,
        [](ReportService service, const ReportTicketsParams& p) { return service.tickets(p); });
    addReport<ReportExportParams>(
        registry, method::ReportExport,
        [](ReportService service, const ReportExportParams& p) { return service.exportFile(p); });
}

} // namespace frontline::server
