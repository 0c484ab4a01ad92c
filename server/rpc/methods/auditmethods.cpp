#include "api/auditapi.h"
#include "api/methods.h"
#include "rpc/methodregistry.h"
#include "services/auditservice.h"

namespace frontline::server {

// The audit log (issue 20): admins read and export it; nobody writes it but the changes
// themselves (services/auditlog.h), and nothing alters it.
void registerAuditMethods(MethodRegistry& registry)
{
    registry.addRead<api::AuditListParams>(
        api::method::AuditList, Access::Admin,
        [](JobScope& s, const api::AuditListParams& p) { return AuditService(s.session).list(p); });
    registry.addRead<api::AuditExportParams>(api::method::AuditExport, Access::Admin,
                                             [](JobScope& s, const api::AuditExportParams& p) {
                                                 return AuditService(s.session).exportCsv(p);
                                             });
}

} // namespace frontline::server
