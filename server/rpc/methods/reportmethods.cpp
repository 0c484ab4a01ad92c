#include "api/methods.h"
#include "api/reportapi.h"
#include "rpc/methodregistry.h"
#include "services/reportservice.h"

namespace frontline::server {

using namespace api;

void registerReportMethods(MethodRegistry& registry)
{
    registry.addRead<ReportFilter>(
        method::ReportKpis, Access::Manager,
        [](JobScope& s, const ReportFilter& p) { return ReportService(s.session, s.now).kpis(p); });
    registry.addRead<ReportTicketsParams>(method::ReportTickets, Access::Manager,
                                          [](JobScope& s, const ReportTicketsParams& p) {
                                              return ReportService(s.session, s.now).tickets(p);
                                          });
    registry.addRead<ReportExportParams>(method::ReportExport, Access::Manager,
                                         [](JobScope& s, const ReportExportParams& p) {
                                             return ReportService(s.session, s.now).exportFile(p);
                                         });
}

} // namespace frontline::server
